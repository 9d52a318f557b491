// Checks on the rendered module that the Lilypad CLI does not make but a resource provider's run
// depends on (docs/lilypad-module-format.md §4, §8). They read the JSON as Lilypad's Go
// decoder binds it: keys match fields case-insensitively and the last duplicate wins.
import { checkImageReference } from './image-ref';
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

/** The Docker image the module runs, if it names one. */
export function moduleImage(root: JsonNode): string | undefined {
  return stringValue(field(field(field(field(locateRoot(root), 'job'), 'Spec'), 'Docker'), 'Image'));
}

export function lintModule(rootNode: JsonNode): ModuleFinding[] {
  const out: ModuleFinding[] = [];
  const report = (rule: RuleInfo, message: string, at: Located): void => {
    out.push({ rule, message, at });
  };
  const root = locateRoot(rootNode);
  if (rootNode.kind !== 'object') return out;

  const machine = field(root, 'machine');
  const job = field(root, 'job');
  const spec = field(job, 'Spec');
  const docker = field(spec, 'Docker');

  // Image and engine: what the resource provider pulls and runs.
  const image = field(docker, 'Image');
  const imageText = stringValue(image);
  if (!imageText) {
    report(RULES.imageMissing, 'job.Spec.Docker.Image is empty: a resource provider has nothing to run.', image ?? docker ?? spec ?? job ?? root);
  } else {
    const problem = checkImageReference(imageText);
    if (problem) report(RULES.imageMalformed, `Image "${imageText}" is not a valid reference: ${problem}.`, image!);
    else if (!/@sha256:[0-9a-f]{64}$/.test(imageText)) {
      report(RULES.imageNotPinned, `Image "${imageText}" is not pinned by digest: resource providers may run different images under this tag.`, image!);
    }
  }
  const engine = field(spec, 'Engine');
  const engineText = stringValue(engine);
  // An unknown engine name is the schema check's finding (Lilypad only logs it); here only the
  // engines Lilypad knows but resource providers no longer run.
  if (engineText !== undefined && /^(noop|wasm)$/i.test(engineText.replace(/\u017f/g, 's'))) {
    report(RULES.engineNotDocker, `Engine is "${engineText}", but resource providers run every job with Docker.`, engine!);
  }

  // GPU: the solver matches machine.*, the executor reserves Resources.GPU.
  const machineGpu = field(machine, 'gpu');
  const gpuCount = numberValue(machineGpu) ?? 0;
  const resources = field(spec, 'Resources');
  const resGpu = field(resources, 'GPU');
  const resGpuText = (stringValue(resGpu) ?? '').trim();
  const resGpuCount = resGpuText === '' ? 0 : Number(resGpuText);
  if (resGpuCount !== gpuCount) {
    report(RULES.gpuMismatch, `machine.gpu is ${gpuCount} but job.Spec.Resources.GPU is ${resGpu ? JSON.stringify(resGpuText) : 'not set'}.`, resGpu ?? machineGpu ?? resources ?? spec ?? root);
  }
  const hasVram = items(field(machine, 'gpus')).some((g) => (numberValue(field(g, 'vram')) ?? 0) > 0);
  if (gpuCount > 0 && !hasVram) {
    report(RULES.gpuWithoutVram, `The module asks for ${gpuCount} GPU(s) but sets no VRAM minimum (machine.gpus[].vram).`, machineGpu!);
  }

  // Network, outputs, timeout, memory.
  const netType = field(field(spec, 'Network'), 'Type');
  const netText = stringValue(netType);
  if (netText !== undefined && netText.toLowerCase() !== 'none') {
    report(RULES.networkNotNone, `Network.Type is "${netText}": the job asks for network access.`, netType!);
  }
  if (spec) {
    const outputs = field(spec, 'Outputs');
    if (!items(outputs).some((o) => stringValue(field(o, 'Path')) === '/outputs')) {
      report(RULES.noOutputs, 'No entry of Spec.Outputs has Path "/outputs": results written by the job are not returned.', outputs ?? spec);
    }
    const timeout = field(spec, 'Timeout');
    const seconds = numberValue(timeout);
    if (!seconds) report(RULES.timeoutMissing, 'Spec.Timeout is not set.', timeout ?? spec);
    else if (seconds > MAX_TIMEOUT_SECONDS) report(RULES.timeoutOverCap, `Spec.Timeout is ${seconds} s, over the network's ${MAX_TIMEOUT_SECONDS} s cap.`, timeout!);
  }
  const execTimeout = field(root, 'executionTimeoutSeconds');
  const execSeconds = numberValue(execTimeout);
  if (execSeconds !== undefined && execSeconds > MAX_TIMEOUT_SECONDS) {
    report(RULES.timeoutOverCap, `executionTimeoutSeconds is ${execSeconds} s, over the network's ${MAX_TIMEOUT_SECONDS} s cap.`, execTimeout!);
  }
  const memory = field(resources, 'Memory');
  const memText = stringValue(memory);
  if (memText && /^\s*\d+(\.\d+)?\s*$/.test(memText)) report(RULES.memoryUnitless, `Resources.Memory is "${memText}" with no unit.`, memory!);

  // Fields the resource provider drops since v2.11 (it runs only Image, Entrypoint, EnvironmentVariables).
  for (const name of ['WorkingDirectory', 'Parameters']) {
    const f = field(docker, name);
    if (f && !isEmpty(f)) report(RULES.droppedField, `Docker.${name} is dropped by resource providers: only Image, Entrypoint and EnvironmentVariables are run.`, f);
  }
  const inputs = field(spec, 'Inputs');
  if (inputs && !isEmpty(inputs)) report(RULES.droppedField, 'Spec.Inputs is dropped by resource providers: the job will not receive these inputs (use inputFiles).', inputs);

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
