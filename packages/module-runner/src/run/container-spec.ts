// The container a provider's Bacalhau v1.6.0 starts for a job, as one Docker create request, field
// by field (docs/lilypad-module-format.md §4.5.1, pkg/executor/docker/executor.go): the job's
// image, entrypoint and environment; no User (the image's), no capability change, no
// no-new-privileges, default shm; Memory in bytes and NanoCPUs from job.Spec.Resources; GPUs by
// device index; every output an empty root-owned 0755 directory.
//
// What run-module adds changes nothing a well-behaved module sees (deliberate-differences.ts
// lists each, and the comparison test holds the list to what a process observes): a pids limit,
// the logs read through attach instead of a log file, engine volumes (created without the image's
// content) instead of bind mounts, a CPU limit no larger than the runner, and for a networked job
// an isolated bridge instead of the host's network. `hardening: strict` also drops every
// capability and sets no-new-privileges.
//
// Pure: no engine calls, so the whole request (GPU device requests included, which this machine
// cannot exercise) is asserted field by field in tests.

import type Docker from 'dockerode';
import type { ProviderJob } from '../provider/provider-job';
import { nanoCpus } from '@lilypad-actions/module-spec';
import type { ReportFinding } from '../report/types';

export const OUTPUTS_PATH = '/outputs';
export const INPUTS_PATH = '/inputs';

/** Fork bombs stop here; high enough for a busy ML process (threads count too). */
export const DEFAULT_PIDS_LIMIT = 4096;

export const HARDENING_MODES = ['provider', 'strict'] as const;
/** `provider`: as a provider starts it. `strict`: also no capabilities and no new privileges. */
export type Hardening = (typeof HARDENING_MODES)[number];

export type ContainerNetwork = { mode: 'none' } | { mode: 'isolated'; name: string };

export interface ContainerPlanInput {
  job: ProviderJob;
  /** What to run: the job's Image, or the action's `image` override (what was just built). */
  image: string;
  /**
   * The GPUs to hand over, by index, as a provider's Bacalhau passes the ones it allocated. Empty
   * for a CPU run.
   */
  gpuIndices: string[];
  labels: Record<string, string>;
  /** One volume per job output, in the job's order. */
  outputVolumes: Array<{ volume: string; path: string }>;
  /** Only when the module declares inputFiles. */
  inputsVolume?: string;
  network: ContainerNetwork;
  hardening: Hardening;
  pidsLimit: number;
  /** The runner's CPUs (the engine refuses a CPU limit above them). */
  hostCpus: number;
}

export interface ContainerPlan {
  create: Docker.ContainerCreateOptions;
  findings: ReportFinding[];
}

const MAX_INT64 = (1n << 63n) - 1n;

/** The create request for one run of the provider's job. Throws PlanError for what a provider could not create either. */
export function planContainer(input: ContainerPlanInput): ContainerPlan {
  const { job } = input;
  const findings: ReportFinding[] = [];
  if (job.resources.memoryBytes > MAX_INT64) {
    throw new PlanError(`the provider cannot run the job: memory value ${job.resources.memoryBytes} exceeds maximum allowed integer value`);
  }

  // A volume is created empty and, with NoCopy, stays empty: the image's own /outputs (its files,
  // owner and mode) does not leak in, so the module sees the provider's fresh root-owned 0755 folder.
  const mounts: Docker.MountSettings[] = input.outputVolumes.map(({ volume, path }) => emptyVolume(volume, path));
  // The provider mounts the inputs read-write too (§4.4).
  if (input.inputsVolume) mounts.push(emptyVolume(input.inputsVolume, INPUTS_PATH));

  const hostConfig: Docker.HostConfig = {
    Mounts: mounts,
    NetworkMode: input.network.mode === 'none' ? 'none' : input.network.name,
    // Bacalhau sets Memory alone; the engine then allows as much swap again, where the host has swap.
    Memory: Number(job.resources.memoryBytes),
    NanoCpus: cpuLimit(job, input.hostCpus, findings),
    PidsLimit: input.pidsLimit,
    // Output is read through attach and capped there; the engine keeps no copy that could fill its disk.
    LogConfig: { Type: 'none', Config: {} },
  };
  if (input.hardening === 'strict') {
    hostConfig.CapDrop = ['ALL'];
    hostConfig.SecurityOpt = ['no-new-privileges'];
  }
  if (input.gpuIndices.length > 0) {
    // What Bacalhau's configureDevices sends for NVIDIA GPUs: their indices, the gpu capability.
    hostConfig.DeviceRequests = [{ Driver: '', Count: 0, DeviceIDs: [...input.gpuIndices], Capabilities: [['gpu']], Options: null as unknown as Record<string, string> }];
  }

  const create: Docker.ContainerCreateOptions = {
    Image: input.image,
    // null keeps the image's ENTRYPOINT and CMD; a list (even empty) replaces the ENTRYPOINT and,
    // as Docker does when an entrypoint is given without a command, drops the image's CMD too.
    ...(job.entrypoint !== null ? { Entrypoint: [...job.entrypoint] } : {}),
    Env: [...job.env],
    Labels: input.labels,
    Tty: false,
    AttachStdout: true,
    AttachStderr: true,
    NetworkDisabled: input.network.mode === 'none',
    HostConfig: hostConfig,
  };
  return { create, findings };
}

/** A read-write volume mount that never receives the image's files at that path. */
function emptyVolume(volume: string, target: string): Docker.MountSettings {
  // @types/dockerode wants every VolumeOptions field; the engine takes NoCopy alone.
  return { Type: 'volume', Source: volume, Target: target, ReadOnly: false, VolumeOptions: { NoCopy: true } as Docker.MountSettings['VolumeOptions'] };
}

/** A container a provider could not create either (its executor refuses it): the case fails with this. */
export class PlanError extends Error {
  override name = 'PlanError';
}

function cpuLimit(job: ProviderJob, hostCpus: number, findings: ReportFinding[]): number {
  const wanted = nanoCpus(job.resources.cpu);
  const available = BigInt(Math.round(hostCpus * 1e9));
  if (hostCpus > 0 && wanted > available) {
    findings.push({
      rule: 'resources',
      severity: 'notice',
      message: `job.Spec.Resources.CPU asks for ${job.resources.cpu} cores; this runner has ${hostCpus}, so the run uses all ${hostCpus} (a provider with fewer than ${job.resources.cpu} cores does not take the job)`,
    });
    return Number(available);
  }
  return Number(wanted);
}
