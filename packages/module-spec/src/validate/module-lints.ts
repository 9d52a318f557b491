// Checks on the rendered module that the Lilypad CLI does not make but a resource provider's run
// depends on (docs/lilypad-module-format.md §4.5, §4.5.1, §8). They read the JSON as Lilypad's
// Go decoder binds it: keys match fields case-insensitively and the last duplicate wins. Since
// Lilypad v2.11 the provider hands Bacalhau only Docker.{Image, Entrypoint,
// EnvironmentVariables}, Resources, Network, Timeout and Outputs (translateJob); everything else
// in the job is dropped, and what Bacalhau refuses fails the job after it was matched.
import { SOLVER_DEFAULT_EXECUTION_SECONDS } from '../lilypad-defaults';
import { DOCKER_MIN_MEMORY_BYTES, readResource } from '../provider/bacalhau-resources';
import { OUTPUT_NAME, dockerfileOutputPaths, type DockerfileSource, type HandedPath } from './dockerfile-hints';
import { checkImageReference, imageHostProblem } from './image-ref';
import { field, isEmpty, items, locateRoot, numberValue, stringValue, type JsonNode, type Located } from './json-view';
import { RULES, type RuleInfo } from './rules';

export interface ModuleFinding {
  rule: RuleInfo;
  message: string;
  /** Where in the JSON (its offsets map back to the template). */
  at: Located;
}

/** The network's hard cap on any job (TIMEOUT_TOTAL_SECONDS). */
export const MAX_TIMEOUT_SECONDS = 7200;

/** Where Lilypad's docs tell a module to write its results, and where its tooling looks. */
const OUTPUTS = '/outputs';

/** The Docker image the module runs, if it names one. */
export function moduleImage(root: JsonNode): string | undefined {
  return stringValue(field(field(field(field(locateRoot(root), 'job'), 'Spec'), 'Docker'), 'Image'));
}

type Report = (rule: RuleInfo, message: string, at: Located) => void;

/** What else the validation knows about the module: its Dockerfile, when it has one. */
export interface ModuleContext {
  dockerfile?: DockerfileSource | undefined;
}

export function lintModule(rootNode: JsonNode, context: ModuleContext = {}): ModuleFinding[] {
  const out: ModuleFinding[] = [];
  const report: Report = (rule, message, at) => void out.push({ rule, message, at });
  const root = locateRoot(rootNode);
  if (rootNode.kind !== 'object') {
    // `null` decodes, as in Go, to an all-zero module: nothing to run.
    if (rootNode.kind === 'null') report(RULES.imageMissing, 'The module is null, which Lilypad decodes to an empty module: there is no image to run.', root);
    return out;
  }
  const spec = field(field(root, 'job'), 'Spec');
  const docker = field(spec, 'Docker');

  lintImage(root, spec, docker, report);
  lintContainer(spec, docker, report);
  lintResources(root, spec, report);
  lintOutputs(spec, docker, context.dockerfile ? dockerfileOutputPaths(context.dockerfile) : [], report);
  lintTimeouts(root, spec, report);

  const netType = field(field(spec, 'Network'), 'Type');
  const netText = stringValue(netType);
  if (netText !== undefined && netText.trim().toLowerCase() !== 'none' && netText.trim() !== '') {
    report(RULES.networkNotNone, `Network.Type is "${netText}": the job asks for network access, which a resource provider gives only when its operator allows networked jobs.`, netType!);
  }

  // inputFiles: Lilypad refuses a definition that names a file twice.
  const inputFiles = field(root, 'inputFiles');
  const seen = new Set<string>();
  for (const list of ['required', 'optional']) {
    for (const entry of items(field(inputFiles, list))) {
      const name = stringValue(entry);
      if (name === undefined) continue;
      if (seen.has(name)) report(RULES.inputFilesDuplicate, `inputFiles lists "${name}" twice: Lilypad refuses it with "duplicate file ${name} in input files definition".`, entry);
      seen.add(name);
    }
  }
  return out;
}

function lintImage(root: Located, spec: Located | undefined, docker: Located | undefined, report: Report): void {
  const image = field(docker, 'Image');
  const imageText = stringValue(image);
  if (!imageText) {
    const elsewhere = stringValue(field(field(field(spec, 'EngineSpec'), 'Params'), 'Image'));
    const why = elsewhere
      ? `the image "${elsewhere}" is named in EngineSpec.Params, which resource providers do not read`
      : 'a resource provider has nothing to run';
    report(RULES.imageMissing, `job.Spec.Docker.Image is empty: ${why}.`, image ?? docker ?? spec ?? field(root, 'job') ?? root);
    return;
  }
  const malformed = checkImageReference(imageText);
  if (malformed) {
    report(RULES.imageMalformed, `Image "${imageText}" is not a valid reference: ${malformed}.`, image!);
    return;
  }
  const host = imageHostProblem(imageText);
  if (host) {
    report(RULES.imageHost, `Image "${imageText}" cannot be pulled: ${host}.`, image!);
    return;
  }
  if (!/@sha256:[0-9a-f]{64}$/.test(imageText)) {
    report(RULES.imageNotPinned, `Image "${imageText}" is not pinned by digest: resource providers may run different images under this tag.`, image!);
  }
}

function lintContainer(spec: Located | undefined, docker: Located | undefined, report: Report): void {
  const engine = field(spec, 'Engine');
  const engineText = stringValue(engine);
  // An engine name Lilypad does not know is only logged; Noop and Wasm are known but no longer
  // run: either way the provider runs the Docker image.
  if (engineText !== undefined && engineText.trim() !== '' && !/^docker$/i.test(engineText.trim())) {
    const known = /^(noop|wasm)$/i.test(engineText.replace(/\u017f/g, 's').trim());
    report(
      RULES.engineNotDocker,
      known ? `Engine is "${engineText}", but resource providers run every job as a Docker container.` : `Engine is "${engineText}", which Lilypad does not know (it only logs it); resource providers run the Docker image.`,
      engine!,
    );
  }

  const entrypoint = field(docker, 'Entrypoint');
  const program = stringValue(items(entrypoint)[0]);
  if (program !== undefined && /\s/.test(program)) {
    const words = program.trim().split(/\s+/);
    report(
      RULES.entrypointSpaces,
      `Entrypoint[0] is "${program}": Docker runs it as one program whose name contains spaces, and the container fails to start (executable file not found). Write ${JSON.stringify(words)}.`,
      items(entrypoint)[0]!,
    );
  }

  const parameters = field(docker, 'Parameters');
  if (parameters && !isEmpty(parameters)) {
    const what = entrypoint && !isEmpty(entrypoint) ? 'the Entrypoint runs without these arguments' : "the image's own command runs instead";
    report(RULES.parametersDropped, `Docker.Parameters is dropped by resource providers: ${what}.`, parameters);
  }
  const inputs = field(spec, 'Inputs');
  if (inputs && !isEmpty(inputs)) {
    const paths = items(inputs)
      .map((i) => stringValue(field(i, 'Path')))
      .filter((p): p is string => !!p);
    const where = paths.length > 0 ? ` (nothing appears at ${paths.map((p) => `"${p}"`).join(', ')})` : '';
    report(RULES.inputsDropped, `Spec.Inputs is dropped by resource providers: the job never receives this data${where}.`, inputs);
  }

  const workdir = field(docker, 'WorkingDirectory');
  if (workdir && !isEmpty(workdir)) {
    report(RULES.droppedField, `Docker.WorkingDirectory is dropped by resource providers: the job runs in the image's WORKDIR (fine if it is the same).`, workdir);
  }
  for (const name of ['PublisherSpec', 'Publisher']) {
    const publisher = field(spec, name);
    const type = name === 'Publisher' ? publisher : field(publisher, 'Type');
    const typeText = stringValue(type);
    if (typeText && typeText.trim() !== '') {
      report(RULES.droppedField, `${name} "${typeText}" is dropped by resource providers: results come back through Lilypad, and are not published to ${typeText}.`, type!);
    }
  }
  const deal = field(spec, 'Deal');
  const concurrency = numberValue(field(deal, 'Concurrency'));
  if (concurrency !== undefined && concurrency > 1) {
    report(RULES.droppedField, `Deal.Concurrency is ${concurrency}, but the job runs once: resource providers drop Deal.`, field(deal, 'Concurrency')!);
  }
  const selectors = field(spec, 'NodeSelectors');
  if (selectors && !isEmpty(selectors)) report(RULES.droppedField, 'NodeSelectors are dropped by resource providers: any matched provider runs the job.', selectors);
  const engineSpec = field(spec, 'EngineSpec');
  if (engineSpec && !isEmpty(engineSpec) && stringValue(field(docker, 'Image'))) {
    report(RULES.droppedField, 'EngineSpec is not read by resource providers: they run Docker.Image with Docker.Entrypoint and Docker.EnvironmentVariables.', engineSpec);
  }
}

function lintResources(root: Located, spec: Located | undefined, report: Report): void {
  const machine = field(root, 'machine');
  const resources = field(spec, 'Resources');
  for (const [name, what] of [
    ['CPU', 'cores ("8", "0.5") or milli-cores ("500m")'],
    ['Memory', 'a size ("16Gb", "512Mb")'],
    ['Disk', 'a size ("20Gb")'],
    ['GPU', 'a whole number ("1")'],
  ] as const) {
    const value = field(resources, name);
    const text = stringValue(value);
    if (text !== undefined && readResource(name, text).value === null) {
      report(RULES.resourcesInvalid, `Resources.${name} is "${text}", which the resource provider's Bacalhau cannot read (it expects ${what}): it refuses the job.`, value!);
    }
  }
  const memory = field(resources, 'Memory');
  const bytes = readResource('Memory', stringValue(memory) ?? '').value;
  if (typeof bytes === 'bigint' && bytes > 0n && bytes < DOCKER_MIN_MEMORY_BYTES) {
    const bare = /^\s*[\d.]+\s*$/.test(stringValue(memory)!);
    report(
      RULES.memoryTooSmall,
      `Resources.Memory is "${stringValue(memory)}", ${bytes} bytes${bare ? ' (a number without a unit is bytes)' : ''}: Docker creates no container with less than 6 MiB, so the job fails.`,
      memory!,
    );
  }

  // GPU: the solver matches machine.gpu, the provider's Bacalhau reserves Resources.GPU.
  const machineGpu = field(machine, 'gpu');
  const gpuCount = numberValue(machineGpu) ?? 0;
  const resGpu = field(resources, 'GPU');
  const resGpuValue = readResource('GPU', stringValue(resGpu) ?? '').value;
  const resGpuCount = resGpuValue === null ? undefined : Number(resGpuValue ?? 0n);
  if (resGpuCount !== undefined && resGpuCount !== gpuCount) {
    const given = resGpu && stringValue(resGpu)?.trim() ? `"${stringValue(resGpu)}"` : 'empty';
    const why =
      gpuCount > resGpuCount
        ? resGpuCount === 0
          ? 'the job is matched to a machine with a GPU, but its container is given none'
          : 'the job is matched by machine.gpu, but its container asks for fewer GPUs'
        : 'the job can be matched to a machine with fewer GPUs than its container asks for, which then refuses it';
    report(RULES.gpuMismatch, `machine.gpu is ${gpuCount} but job.Spec.Resources.GPU is ${given}: ${why}.`, resGpu ?? machineGpu ?? resources ?? spec ?? root);
  }
  const hasVram = items(field(machine, 'gpus')).some((g) => (numberValue(field(g, 'vram')) ?? 0) > 0);
  // A misplaced VRAM need is reported where it is written (misplaced-key).
  const misplacedVram = (numberValue(field(machine, 'vram')) ?? 0) > 0 || items(field(root, 'gpus')).some((g) => (numberValue(field(g, 'vram')) ?? 0) > 0);
  if (gpuCount > 0 && !hasVram && !misplacedVram) {
    report(RULES.gpuWithoutVram, `The module asks for ${gpuCount} GPU(s) but sets no VRAM minimum (machine.gpus[].vram): any GPU matches, however small.`, machineGpu!);
  }
}

function lintOutputs(spec: Located | undefined, docker: Located | undefined, fromImage: readonly HandedPath[], report: Report): void {
  if (!spec) return;
  const outputs = field(spec, 'Outputs');
  const entries = items(outputs);
  // Bacalhau's ResultPath.Validate and Task.ValidateSubmission: a name, an absolute path, each once.
  const names = new Set<string>();
  const paths = new Set<string>();
  entries.forEach((entry, i) => {
    const name = (stringValue(field(entry, 'Name')) ?? '').trim();
    const path = (stringValue(field(entry, 'Path')) ?? '').trim();
    const at = field(entry, 'Path') ?? entry;
    if (name === '') report(RULES.outputsPath, `Outputs[${i}] has no Name: the resource provider's Bacalhau refuses the job ("missing name").`, field(entry, 'Name') ?? entry);
    else if (names.has(name)) report(RULES.outputsPath, `Outputs[${i}] repeats the name "${name}": Bacalhau refuses the job.`, field(entry, 'Name')!);
    if (path === '') report(RULES.outputsPath, `Outputs[${i}] has no Path: the resource provider's Bacalhau refuses the job ("missing path").`, at);
    else if (!path.startsWith('/')) report(RULES.outputsPath, `Outputs[${i}].Path "${path}" is not absolute: the resource provider's Bacalhau refuses the job.`, at);
    else if (paths.has(normalizePath(path))) report(RULES.outputsPath, `Outputs[${i}] repeats the path "${path}": Bacalhau refuses the job.`, at);
    names.add(name);
    paths.add(normalizePath(path));
  });

  // Where the template tells the program to write (OUTPUT_DIR=/x, --result_dir /x, anything under
  // /outputs), or the Dockerfile prepares for it: a path no Outputs entry collects is lost with
  // the container.
  const told = [...outputPathsHanded(docker)];
  for (const h of fromImage) if (!told.some((t) => t.path === normalizePath(h.path))) told.push({ path: normalizePath(h.path), how: h.how });
  const collected = (p: string) => [...paths].some((c) => c.startsWith('/') && (p === c || p.startsWith(c === '/' ? '/' : `${c}/`)));
  const lost = told.filter((t) => !collected(t.path));
  for (const t of lost) {
    if (entries.length === 0) {
      report(RULES.noOutputs, `The job is told to write to ${t.path} (${t.how}), but Spec.Outputs is empty: only stdout and stderr come back, the files are lost with the container.`, outputs ?? spec);
    } else {
      report(RULES.outputsPath, `The job is told to write to ${t.path} (${t.how}), which no Spec.Outputs entry collects: those files are lost with the container.`, outputs!);
    }
  }
  if (entries.length === 0 || paths.has(OUTPUTS) || told.length > 0) return;
  // Outputs that collect only other paths, and nothing in the template says where the program
  // writes: a program that follows Lilypad's docs writes to /outputs, which nothing collects.
  entries.forEach((entry, i) => {
    const path = normalizePath((stringValue(field(entry, 'Path')) ?? '').trim());
    if (!path.startsWith('/')) return;
    const name = (stringValue(field(entry, 'Name')) ?? '').trim() || 'outputs';
    report(
      RULES.outputsPath,
      `Outputs[${i}].Path is "${path}", and nothing collects ${OUTPUTS}: a program that writes its results to ${OUTPUTS}, as Lilypad's docs tell modules to, loses them (only files under ${path} come back, as "${name}/").`,
      field(entry, 'Path') ?? entry,
    );
  });
}

/** `/outputs/` and `/outputs` are one mount point. */
function normalizePath(p: string): string {
  return p.length > 1 ? p.replace(/\/+$/, '') : p;
}


/**
 * Paths the template tells the program to write to: anything under /outputs, the value of an
 * environment variable named for output (`OUTPUT_DIR=/x`), and the argument of an output flag
 * (`--result_dir /x`, `-o=/x`), in an entrypoint word or inside a shell command.
 */
function outputPathsHanded(docker: Located | undefined): HandedPath[] {
  const out = new Map<string, string>();
  const add = (path: string, how: string) => {
    const p = normalizePath(path.replace(/\/[^/]*\.[A-Za-z0-9]{1,5}$/, ''));
    if (p !== '' && p !== '/' && !out.has(p)) out.set(p, how);
  };
  const words = items(field(docker, 'Entrypoint'))
    .map(stringValue)
    .filter((s): s is string => s !== undefined);
  words.forEach((w, i) => {
    if (!w.includes('/')) {
      // No path in it, but it may be a flag whose path is the next word.
      const next = words[i + 1];
      if (/^--?[\w-]+$/.test(w) && OUTPUT_NAME.test(w) && next?.startsWith('/')) add(next, `Entrypoint: "${w}", "${next}"`);
      return;
    }
    for (const m of w.matchAll(/(?:^|[\s=:,"'])(\/outputs(?:\/[\w.\-/]*)?)/g)) add(m[1]!, `Entrypoint: "${shorten(w)}"`);
    for (const m of w.matchAll(/(?:^|\s)(--?[\w-]+)(?:=|\s+)(\/[\w.\-/]+)/g)) if (OUTPUT_NAME.test(m[1]!)) add(m[2]!, `Entrypoint: "${shorten(w)}"`);
    const next = words[i + 1];
    if (/^--?[\w-]+$/.test(w) && OUTPUT_NAME.test(w) && next?.startsWith('/')) add(next, `Entrypoint: "${w}", "${next}"`);
  });
  for (const env of items(field(docker, 'EnvironmentVariables')).map(stringValue)) {
    if (env === undefined) continue;
    const eq = env.indexOf('=');
    const name = eq < 0 ? env : env.slice(0, eq);
    const value = eq < 0 ? '' : env.slice(eq + 1).trim();
    if (value.startsWith('/outputs') || (OUTPUT_NAME.test(name) && value.startsWith('/'))) add(value.split(/[\s,;:]/)[0]!, `EnvironmentVariables: "${shorten(env)}"`);
  }
  return [...out].map(([path, how]) => ({ path, how }));
}

function shorten(s: string, max = 80): string {
  return s.length > max ? `${s.slice(0, max - 1)}…` : s;
}

function lintTimeouts(root: Located, spec: Located | undefined, report: Report): void {
  if (spec) {
    const timeout = field(spec, 'Timeout');
    const seconds = numberValue(timeout);
    if (!seconds) report(RULES.timeoutMissing, `Spec.Timeout is not set: the solver ends the job after its ${SOLVER_DEFAULT_EXECUTION_SECONDS} s default.`, timeout ?? spec);
    else if (seconds > MAX_TIMEOUT_SECONDS) report(RULES.timeoutOverCap, `Spec.Timeout is ${seconds} s, over the network's ${MAX_TIMEOUT_SECONDS} s cap: the job ends at the cap however long it asks for.`, timeout!);
  }
  const execTimeout = field(root, 'executionTimeoutSeconds');
  const execSeconds = numberValue(execTimeout);
  if (execSeconds !== undefined && execSeconds > MAX_TIMEOUT_SECONDS) {
    report(RULES.timeoutOverCap, `executionTimeoutSeconds is ${execSeconds} s, over the network's ${MAX_TIMEOUT_SECONDS} s cap.`, execTimeout!);
  }
}
