// Whether a module runs on the runner's GPUs, on its CPU, or not at all. Lilypad's resource
// providers give a GPU module a GPU; a test that quietly ran it on CPU would pass modules that
// never worked on the hardware users get, so a missing GPU fails unless the caller opted into CPU
// runs (`allow-cpu: true`, for pipeline tests), and then the warning leads the report.

import type { GpuInfo } from './nvidia-smi';

export interface GpuPreflightInput {
  /** GPUs the job gets on a provider (`job.Spec.Resources.GPU`); 0 for a CPU module. */
  moduleNeedsGpu: number;
  /** What nvidia-smi reported, or why it could not be read. */
  gpus: GpuInfo[] | Error;
  /** Docker can hand GPUs to containers (NVIDIA container toolkit / `nvidia` runtime present). */
  dockerGpuSupport: boolean;
  allowCpu: boolean;
}

export type GpuDecision =
  /** Run with these GPUs (the first `moduleNeedsGpu` of the runner's). */
  | { run: 'gpu'; gpus: GpuInfo[] }
  /** Run without GPUs; `warning` is set when the module wanted some (allow-cpu) and must lead the report. */
  | { run: 'cpu'; warning: string | null }
  /** Do not run: `message` says what is missing and how to get it. */
  | { run: 'fail'; message: string };

/** Decides GPU, CPU (only a CPU module, or with allowCpu) or a hard failure naming what is missing. */
export function decideGpu(input: GpuPreflightInput): GpuDecision {
  const needed = input.moduleNeedsGpu;
  if (!Number.isInteger(needed) || needed < 0) {
    return { run: 'fail', message: `the module's GPU count must be a whole number of at least 0 (found ${needed})` };
  }
  if (needed === 0) return { run: 'cpu', warning: null };
  const missing = missingForGpu(needed, input.gpus, input.dockerGpuSupport);
  if (missing.length === 0) return { run: 'gpu', gpus: (input.gpus as GpuInfo[]).slice(0, needed) };
  const wanted = `the module needs ${needed} GPU${needed === 1 ? '' : 's'}`;
  if (input.allowCpu) {
    return { run: 'cpu', warning: `WARNING: ran on CPU, not GPU (allow-cpu is true): ${wanted}, but ${missing.join('; ')}` };
  }
  return {
    run: 'fail',
    message: `${wanted} and this runner cannot give them: ${missing.join('; ')}. Run it on a GPU runner, or set allow-cpu: true to test the pipeline on CPU.`,
  };
}

function missingForGpu(needed: number, gpus: GpuInfo[] | Error, dockerGpuSupport: boolean): string[] {
  const missing: string[] = [];
  if (gpus instanceof Error) missing.push(`no GPU could be read (${gpus.message})`);
  else if (gpus.length < needed) {
    missing.push(gpus.length === 0 ? 'nvidia-smi lists no GPU' : `the runner has only ${gpus.length} (${gpus.map((g) => g.name).join(', ')})`);
  }
  if (!dockerGpuSupport) {
    missing.push('Docker cannot hand GPUs to containers (install the NVIDIA Container Toolkit and restart dockerd)');
  }
  return missing;
}
