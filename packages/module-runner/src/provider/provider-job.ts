// The job a Lilypad v2.23.0 provider hands its Bacalhau v1.6.0, read from a rendered module, with
// Bacalhau's checks and defaults applied: what the container will be (image, entrypoint,
// environment, resources, network, outputs) and when the provider and the solver give up on it.
// docs/lilypad-module-format.md §4.5 and §4.5.1 hold the sources; in short:
//   - Lilypad's translateJob keeps only Image, Entrypoint and EnvironmentVariables of Spec.Docker,
//     copies Resources as strings, casts Network, sets ExecutionTimeout = Spec.Timeout and the
//     result paths to Outputs[].{Name, Path};
//   - Bacalhau refuses at submission what does not validate (Job.ValidateSubmission), with the
//     messages kept here; empty CPU and Memory become 500m and 1Gb;
//   - only Spec.Timeout stops the container (0: never); the solver refuses results after
//     executionTimeoutSeconds (0: its own 900 s), and any job after 7200 s in all.
// Pure: everything is decided from the module, so it is tested field by field.

import { SOLVER_DEFAULT_EXECUTION_SECONDS, type Module } from '@lilypad-actions/module-spec';
import type { ReportFinding } from '../report/types';
import { providerResources, type ProviderResources } from '@lilypad-actions/module-spec';

/** Lilypad's solver: no job lives longer than this, from its offer (TIMEOUT_TOTAL_SECONDS). */
export const SOLVER_TOTAL_SECONDS = 7200;

export type NetworkType = 'None' | 'Full' | 'HTTP';

export interface ProviderJob {
  image: string;
  /** null: the image's ENTRYPOINT and CMD run. An empty list clears the ENTRYPOINT and runs the image's CMD, as Docker does for `"Entrypoint": []`. */
  entrypoint: string[] | null;
  env: string[];
  resources: ProviderResources;
  /** Resources that were empty and took Bacalhau's default. */
  defaulted: Array<'CPU' | 'Memory'>;
  network: NetworkType;
  domains: string[];
  /** Spec.Timeout in seconds: the provider stops the container then. 0: no limit. */
  timeoutSeconds: number;
  /** When the solver refuses the results (it does not stop the container). */
  solver: { seconds: number; source: 'executionTimeoutSeconds' | 'solver default' | 'solver total' };
  /** Each becomes an empty root-owned 0755 directory at `path`, delivered as `<name>/`. */
  outputs: Array<{ name: string; path: string }>;
}

export type ProviderJobResult =
  | { ok: true; job: ProviderJob; findings: ReportFinding[] }
  | { ok: false; /** The provider's own words, for a job it refuses or cannot start. */ reason: string; findings: ReportFinding[] };

/** What a provider makes of the rendered module: the job it runs, or why it refuses it. */
export function providerJob(module: Module): ProviderJobResult {
  const spec = module.Job.Spec;
  const findings = ignoredByProvider(module);
  const timeout = Number(spec.Timeout);
  const outputs = (spec.Outputs ?? []).map((o) => ({ name: String(o.Name ?? ''), path: String(o.Path ?? '') }));

  // Task.ValidateSubmission, in its order; every failure joined, as errors.Join prints them.
  const problems: string[] = [];
  // ExecutionTimeout < 0 is refused; the message prints GetExecutionTimeout(), which falls back
  // to the (unset) total timeout: "0s".
  if (timeout < 0) problems.push('task timeouts validation failed: invalid execution timeout value: 0s');
  const resources = providerResources({ CPU: spec.Resources.CPU, Memory: spec.Resources.Memory, Disk: spec.Resources.Disk, GPU: spec.Resources.GPU });
  if (!resources.ok) problems.push(`task resources validation failed: ${resources.message}`);
  const outputProblem = outputs.map(resultPathProblem).find((p) => p !== null);
  if (outputProblem) problems.push(`output validation failed: ${outputProblem}`);
  problems.push(...collisions(outputs));
  if (problems.length > 0 || !resources.ok) {
    return { ok: false, reason: `the provider refuses the job: task main validation failed: ${problems.join('\n')}`, findings };
  }

  const normalized = outputs.map((o) => ({ name: o.name.trim(), path: o.path.trim() }));
  const executorProblem = normalized.map(resultsDirProblem).find((p) => p !== null);
  if (executorProblem) return { ok: false, reason: executorProblem, findings };

  const network = networkType(String(spec.Network.Type));
  const execution = Number(module.ExecutionTimeoutSeconds);
  const solver: ProviderJob['solver'] =
    execution > SOLVER_TOTAL_SECONDS
      ? { seconds: SOLVER_TOTAL_SECONDS, source: 'solver total' }
      : execution > 0
        ? { seconds: execution, source: 'executionTimeoutSeconds' }
        : { seconds: SOLVER_DEFAULT_EXECUTION_SECONDS, source: 'solver default' };

  if (resources.defaulted.length > 0) {
    const what = resources.defaulted.map((f) => (f === 'CPU' ? 'CPU 500m (half a core)' : 'Memory 1Gb (10⁹ bytes)')).join(' and ');
    findings.push({ rule: 'resources', severity: 'notice', message: `job.Spec.Resources leaves ${resources.defaulted.join(' and ')} empty: a provider's Bacalhau gives ${what}, and so does this run` });
  }
  if (outputs.length === 0) {
    findings.push({ rule: 'outputs', severity: 'warning', message: 'job.Spec.Outputs is empty: a provider mounts no /outputs and delivers only stdout, stderr and exitCode' });
  }

  return {
    ok: true,
    job: {
      image: String(spec.Docker.Image ?? ''),
      entrypoint: spec.Docker.Entrypoint === null || spec.Docker.Entrypoint === undefined ? null : [...spec.Docker.Entrypoint].map(String),
      env: [...(spec.Docker.EnvironmentVariables ?? [])].map(String),
      resources: resources.resources,
      defaulted: resources.defaulted,
      network,
      domains: [...(spec.Network.Domains ?? [])].map(String),
      timeoutSeconds: timeout,
      solver,
      outputs: normalized,
    },
    findings,
  };
}

/** Fields a module may set that the provider does not pass on, each a warning (an empty image, an error). */
export function ignoredByProvider(module: Module): ReportFinding[] {
  const spec = module.Job.Spec;
  const found: ReportFinding[] = [];
  const warn = (message: string) => found.push({ rule: 'ignored-by-provider', severity: 'warning', message });
  if (spec.Docker.WorkingDirectory) {
    warn(`job.Spec.Docker.WorkingDirectory "${spec.Docker.WorkingDirectory}" is dropped by resource providers: the container starts in the image's WORKDIR (set WORKDIR in the Dockerfile instead)`);
  }
  if (spec.Docker.Parameters && spec.Docker.Parameters.length > 0) {
    warn('job.Spec.Docker.Parameters is dropped by resource providers: put the arguments at the end of Entrypoint instead');
  }
  if (spec.Inputs && spec.Inputs.length > 0) {
    warn('job.Spec.Inputs is dropped by resource providers: nothing is downloaded into the container (use inputFiles, or fetch in the entrypoint with Network "Full")');
  }
  if (!spec.Docker.Image) {
    found.push({ rule: 'ignored-by-provider', severity: 'error', message: 'job.Spec.Docker.Image is empty: a resource provider has nothing to run (EngineSpec and Wasm are not used)' });
  }
  return found;
}

/** ResultPath.Validate (before Normalize, so a padded path is not absolute). */
function resultPathProblem(o: { name: string; path: string }): string | null {
  const problems = [];
  if (o.path.trim() === '') problems.push('missing path');
  if (o.name.trim() === '') problems.push('missing name');
  if (!o.path.startsWith('/')) problems.push(`result path \`${o.path}\` must be absolute`);
  return problems.length > 0 ? problems.join('\n') : null;
}

function collisions(outputs: Array<{ name: string; path: string }>): string[] {
  const problems: string[] = [];
  const names = new Set<string>();
  const paths = new Set<string>();
  for (const o of outputs) {
    if (o.name !== '') {
      if (names.has(o.name)) problems.push(`result path with name '${o.name}' already exists`);
      names.add(o.name);
    }
    if (o.path !== '') {
      if (paths.has(o.path)) problems.push(`result path '${o.path}' already exists`);
      paths.add(o.path);
    }
  }
  return problems;
}

/**
 * The Docker executor makes `<results>/<Name>` with os.Mkdir beside the stdout, stderr and
 * exitCode files: a name that is not one new path segment fails the run there.
 */
function resultsDirProblem(o: { name: string; path: string }): string | null {
  if (o.name.includes('/') || o.name === '.' || o.name === '..' || ['stdout', 'stderr', 'exitCode'].includes(o.name)) {
    return `the provider cannot run the job: output name "${o.name}" must be one new folder name beside the stdout, stderr and exitCode files of its results`;
  }
  return null;
}

function networkType(type: string): NetworkType {
  const t = type.trim().toLowerCase();
  return t === 'full' ? 'Full' : t === 'http' ? 'HTTP' : 'None';
}
