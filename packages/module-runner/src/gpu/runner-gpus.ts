// The runner's GPUs as nvidia-smi reports them: once before the run (what there is, for the
// preflight and the report's GPU line) and continuously during it (memory and utilisation).
// nvidia-smi is the one source on every NVIDIA host; the path is an option so tests can stand in
// a program that prints real outputs captured on an H100 (test/fixtures/gpu).

import { execFile, spawn } from 'node:child_process';
import { NvidiaSmiError, parseNvidiaSmiCsv, parseNvidiaSmiXml, type GpuInfo } from './nvidia-smi';
import type { GpuUsage } from '../report/types';

export const SAMPLE_FIELDS = ['index', 'name', 'memory.used', 'utilization.gpu'];

/** `nvidia-smi -q -x`, parsed; a missing or failing nvidia-smi becomes an NvidiaSmiError that says so. */
export function readRunnerGpus(nvidiaSmi = 'nvidia-smi', timeoutMs = 15_000): Promise<GpuInfo[]> {
  return new Promise((resolve, reject) => {
    execFile(nvidiaSmi, ['-q', '-x'], { timeout: timeoutMs, maxBuffer: 16 * 1024 * 1024 }, (error, stdout, stderr) => {
      const code = (error as NodeJS.ErrnoException | null)?.code;
      if (code === 'ENOENT') return reject(new NvidiaSmiError('empty', `${nvidiaSmi} was not found: this runner has no NVIDIA driver`));
      if (code === 'EACCES') return reject(new NvidiaSmiError('empty', `${nvidiaSmi} cannot be run (permission denied)`));
      if (error && (error as { killed?: boolean }).killed) {
        // A wedged driver makes nvidia-smi hang rather than fail.
        return reject(new NvidiaSmiError('driver-unreachable', `${nvidiaSmi} -q -x did not answer within ${timeoutMs / 1000} s and was killed: the NVIDIA driver may be hung`));
      }
      if (error && !stdout) {
        // nvidia-smi explains itself on stdout or stderr ("couldn't communicate with the NVIDIA driver").
        try {
          return resolve(parseNvidiaSmiXml(`${stderr}`));
        } catch (parseError) {
          return reject(parseError);
        }
      }
      try {
        resolve(parseNvidiaSmiXml(stdout));
      } catch (parseError) {
        reject(parseError);
      }
    });
  });
}

export interface GpuSampler {
  /** Stops sampling; the usage of the sampled GPUs, or null when no sample arrived. */
  stop(): GpuUsage | null;
}

/** Samples memory and utilisation of the GPUs at `indexes` every `intervalMs` until stopped. */
export function sampleGpus(indexes: number[], options: { nvidiaSmi?: string; intervalMs?: number } = {}): GpuSampler {
  const child = spawn(
    options.nvidiaSmi ?? 'nvidia-smi',
    [`--query-gpu=${SAMPLE_FIELDS.join(',')}`, '--format=csv,noheader,nounits', `-lms`, String(options.intervalMs ?? 500)],
    { stdio: ['ignore', 'pipe', 'ignore'] },
  );
  child.on('error', () => undefined); // no nvidia-smi: no samples, stop() says null
  const wanted = new Set(indexes);
  const samples: GpuInfo[][] = [];
  let partial = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
    const lines = (partial + chunk).split('\n');
    partial = lines.pop() ?? '';
    const rows = lines.filter((l) => l.trim() !== '');
    if (rows.length === 0) return;
    try {
      samples.push(parseNvidiaSmiCsv(rows.join('\n'), { fields: SAMPLE_FIELDS }).filter((g) => wanted.has(g.index)));
    } catch {
      // a garbled line is a lost sample, not a failed run
    }
  });
  return {
    stop() {
      child.kill('SIGTERM');
      return summarizeSamples(samples.flat());
    },
  };
}

/** Peak memory and mean/peak utilisation over every sample of every sampled GPU. */
export function summarizeSamples(samples: GpuInfo[]): GpuUsage | null {
  const usable = samples.filter((s) => s.memoryUsedMiB !== undefined || s.utilizationPercent !== undefined);
  if (usable.length === 0) return null;
  // nvidia-smi prints [N/A] for what it cannot read: such a sample says nothing, not 0 %.
  const utilization = usable.flatMap((s) => (s.utilizationPercent === undefined ? [] : [s.utilizationPercent]));
  return {
    samples: usable.length,
    peakMemoryMiB: Math.max(...usable.map((s) => s.memoryUsedMiB ?? 0)),
    meanUtilizationPercent: utilization.length ? Math.round((utilization.reduce((a, b) => a + b, 0) / utilization.length) * 10) / 10 : 0,
    peakUtilizationPercent: utilization.length ? Math.max(...utilization) : 0,
  };
}
