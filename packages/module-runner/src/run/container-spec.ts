// The container a Lilypad resource provider would start for a rendered job, as one Docker create
// request. Since Lilypad v2.11.0 the provider hands Bacalhau only the job's Image, Entrypoint and
// EnvironmentVariables (docs/lilypad-module-format.md §4.5); everything else in Spec.Docker is
// dropped, so a module that relies on it works in `docker run` and fails on the network. We run
// exactly what the provider runs and say what was dropped (`ignoredByProvider`).
//
// Pure: no engine calls, so the whole request (GPU device requests included, which this machine
// cannot exercise) is asserted field by field in tests.

import type { Module } from '@lilypad-actions/module-spec';
import type Docker from 'dockerode';
import type { ReportFinding } from '../report/types';

/** Lilypad's solver gives a job this long when the module sets no executionTimeoutSeconds (§5.4). */
export const SOLVER_DEFAULT_EXECUTION_SECONDS = 900;
export const OUTPUTS_PATH = '/outputs';
export const INPUTS_PATH = '/inputs';

export interface RunLimits {
  /** The action's own cap on the run, seconds. */
  timeoutSeconds: number;
  /** Fork bombs stop here. */
  pidsLimit: number;
  /** The runner's CPUs (the engine refuses a CPU limit above them). */
  hostCpus: number;
  /** Memory limit when the module states none (`machine.ram` 0), bytes. */
  defaultMemoryBytes: number;
}

export const DEFAULT_PIDS_LIMIT = 1024;

export interface ContainerPlan {
  create: Docker.ContainerCreateOptions;
  /** The run's deadline: the smallest of the job's Timeout, executionTimeoutSeconds and the action's timeout. */
  timeoutSeconds: number;
  timeoutSource: 'job Timeout' | 'executionTimeoutSeconds' | 'solver default' | 'action timeout';
  /** GPUs requested from the engine (0 on a CPU run). */
  gpus: number;
  findings: ReportFinding[];
}

export interface ContainerPlanInput {
  module: Module;
  /** What to run: the job's Image, or the action's `image` override (what was just built). */
  image: string;
  /** GPUs to request: `machine.gpu` when the runner has them, 0 on a CPU run (allow-cpu). */
  gpus: number;
  /**
   * The UUIDs of the GPUs to hand over (the ones the preflight read and the sampler watches), as
   * `--gpus '"device=…"'`; without them the NVIDIA runtime picks any `gpus` devices.
   */
  gpuDeviceIds?: string[];
  labels: Record<string, string>;
  outputsVolume: string;
  /** Only when the module declares inputFiles. */
  inputsVolume?: string;
  limits: RunLimits;
}

/** The create request and deadline for one run of a rendered module. */
export function planContainer(input: ContainerPlanInput): ContainerPlan {
  const { module, limits } = input;
  const docker = module.Job.Spec.Docker;
  const findings: ReportFinding[] = [...ignoredByProvider(module)];

  const cpu = cpuLimit(Number(module.Machine.CPU), limits.hostCpus, findings);
  const memory = memoryLimit(Number(module.Machine.RAM), limits.defaultMemoryBytes, findings);
  const network = networkMode(String(module.Job.Spec.Network.Type), findings);
  const deadline = runDeadline(module, limits.timeoutSeconds);

  const mounts: Docker.MountSettings[] = [{ Type: 'volume', Source: input.outputsVolume, Target: OUTPUTS_PATH, ReadOnly: false }];
  // The provider mounts the inputs read-write too (§4.4).
  if (input.inputsVolume) mounts.push({ Type: 'volume', Source: input.inputsVolume, Target: INPUTS_PATH, ReadOnly: false });

  const hostConfig: Docker.HostConfig = {
    Mounts: mounts,
    NetworkMode: network,
    CapDrop: ['ALL'],
    SecurityOpt: ['no-new-privileges'],
    PidsLimit: limits.pidsLimit,
    Memory: memory,
    // Swap would let a module exceed its memory quietly and slowly; the provider's limit is RAM.
    MemorySwap: memory,
    NanoCpus: cpu,
    Privileged: false,
    // Output is read through attach and capped there; the engine keeps no copy that could fill its disk.
    LogConfig: { Type: 'none', Config: {} },
    AutoRemove: false,
  };
  if (input.gpus > 0) {
    // What `docker run --gpus N` (or --gpus '"device=UUID,…"') sends.
    const ids = input.gpuDeviceIds?.length === input.gpus ? input.gpuDeviceIds : undefined;
    hostConfig.DeviceRequests = ids
      ? [{ Driver: '', Count: 0, DeviceIDs: [...ids], Capabilities: [['gpu']], Options: {} }]
      : [{ Driver: '', Count: input.gpus, DeviceIDs: null as unknown as string[], Capabilities: [['gpu']], Options: {} }];
  }

  const create: Docker.ContainerCreateOptions = {
    Image: input.image,
    // null/[] keeps the image's ENTRYPOINT and CMD; a job Entrypoint replaces both, as on the provider.
    ...(docker.Entrypoint && docker.Entrypoint.length > 0 ? { Entrypoint: [...docker.Entrypoint] } : {}),
    Cmd: [],
    Env: [...(docker.EnvironmentVariables ?? [])],
    Labels: input.labels,
    AttachStdin: false,
    AttachStdout: true,
    AttachStderr: true,
    Tty: false,
    OpenStdin: false,
    NetworkDisabled: network === 'none',
    HostConfig: hostConfig,
  };
  return { create, ...deadline, gpus: input.gpus, findings };
}

/** Fields a module may set that the provider does not pass on, each a warning. */
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
  for (const output of spec.Outputs ?? []) {
    if (output.Path && output.Path !== OUTPUTS_PATH) {
      warn(`job.Spec.Outputs path "${output.Path}" is not ${OUTPUTS_PATH}: this run collects ${OUTPUTS_PATH} only, write results there`);
    }
  }
  if (!spec.Docker.Image) {
    found.push({ rule: 'ignored-by-provider', severity: 'error', message: 'job.Spec.Docker.Image is empty: a resource provider has nothing to run (EngineSpec and Wasm are not used)' });
  }
  return found;
}

function cpuLimit(milliCpu: number, hostCpus: number, findings: ReportFinding[]): number | undefined {
  if (!(milliCpu > 0)) return undefined;
  const wanted = milliCpu * 1_000_000;
  const available = hostCpus * 1_000_000_000;
  if (hostCpus > 0 && wanted > available) {
    findings.push({
      rule: 'resources',
      severity: 'notice',
      message: `machine.cpu ${milliCpu} asks for ${milliCpu / 1000} CPUs; this runner has ${hostCpus}, so the run uses all ${hostCpus}`,
    });
    return available;
  }
  return wanted;
}

function memoryLimit(ramMb: number, fallback: number, findings: ReportFinding[]): number {
  if (ramMb > 0) return Math.max(ramMb, 6) * 1024 * 1024; // the engine's minimum is 6 MiB
  findings.push({
    rule: 'resources',
    severity: 'warning',
    message: `machine.ram is not set: providers match any amount; this run limits memory to ${Math.round(fallback / 1024 / 1024)} MiB`,
  });
  return fallback;
}

function networkMode(type: string, findings: ReportFinding[]): 'none' | 'bridge' {
  const t = type.trim().toLowerCase();
  if (t === 'full') return 'bridge';
  if (t === 'http') {
    findings.push({
      rule: 'network',
      severity: 'notice',
      message: 'Network "HTTP" limits a provider run to the listed Domains; this run gives full network access and does not filter domains',
    });
    return 'bridge';
  }
  return 'none';
}

function runDeadline(module: Module, actionSeconds: number): Pick<ContainerPlan, 'timeoutSeconds' | 'timeoutSource'> {
  const jobTimeout = Number(module.Job.Spec.Timeout);
  const execution = Number(module.ExecutionTimeoutSeconds);
  const candidates: Array<[number, ContainerPlan['timeoutSource']]> = [
    [actionSeconds, 'action timeout'],
    execution > 0 ? [execution, 'executionTimeoutSeconds'] : [SOLVER_DEFAULT_EXECUTION_SECONDS, 'solver default'],
  ];
  if (jobTimeout > 0) candidates.push([jobTimeout, 'job Timeout']);
  const [timeoutSeconds, timeoutSource] = candidates.reduce((a, b) => (b[0] < a[0] ? b : a));
  return { timeoutSeconds, timeoutSource };
}
