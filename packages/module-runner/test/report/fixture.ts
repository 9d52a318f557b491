// A realistic run report for the report tests: two cases on an H100, one passing, one failing an
// expectation and a threshold, with a regression and a finding.
import type { CaseReport, RunReport } from '../../src/report/types';

export const DIGEST = `sha256:${'a1'.repeat(32)}`;
export const IMAGE_ID = `sha256:${'b2'.repeat(32)}`;

export function passingCase(overrides: Partial<CaseReport> = {}): CaseReport {
  return {
    name: 'hello',
    passed: true,
    error: null,
    key: { moduleRef: 'github.com/acme/hello-lilypad:v1.0.0', imageDigest: DIGEST, gpuModel: 'NVIDIA H100 80GB HBM3', driverVersion: '550.54.15', attempt: 1 },
    inputs: { Message: 'hi' },
    exitCode: 0,
    timedOut: false,
    stop: null,
    oomKilled: false,
    provider: {
      stopsAtSeconds: 600,
      solverRefusesAfterSeconds: 900,
      solverLimit: 'solver default',
      elapsedSeconds: 8.7,
      delivered: true,
      summary: 'a provider would deliver this run: exit code 0 with stdout, stderr and exitCode, 8.70 s from the pull; a provider would stop it at 600 s (job Timeout); the solver would refuse results after 900 s (solver default)',
    },
    timings: { pull: 3.25, create: 0.21, run: 5.1, collect: 0.03, total: 8.7 },
    startedAt: '2025-05-01T10:00:03.123456789Z',
    finishedAt: '2025-05-01T10:00:08.223456789Z',
    expectations: [
      { expectation: 'exitCode', passed: true, detail: 'expected 0, got 0' },
      { expectation: 'files[0] result.txt', passed: true, detail: '1 file under /outputs matches, expected at least 1' },
    ],
    phases: [
      { phase: 'run', thresholdSeconds: 60, measuredSeconds: 5.1, ratio: 0.085, status: 'pass' },
      { phase: 'total', thresholdSeconds: 600, measuredSeconds: 8.7, ratio: 0.0145, status: 'pass' },
    ],
    regressions: [],
    stdout: { bytes: 5, truncated: false, text: 'done\n' },
    stderr: { bytes: 0, truncated: false, text: '' },
    outputs: { dir: 'outputs/hello', mounts: [{ name: 'outputs', path: '/outputs' }], files: [{ path: 'result.txt', bytes: 3 }], totalBytes: 3, skipped: [] },
    gpuUsage: { samples: 5, peakMemoryMiB: 1234, meanUtilizationPercent: 40.5, peakUtilizationPercent: 97 },
    ...overrides,
  };
}

export function failingCase(): CaseReport {
  return passingCase({
    name: 'big|prompt',
    passed: false,
    exitCode: 1,
    inputs: { Message: 'a very long prompt' },
    timings: { create: 0.2, run: 75, collect: 0.05, total: 80.25 },
    expectations: [
      { expectation: 'exitCode', passed: false, detail: 'expected 0, got 1' },
      { expectation: 'stdout /^done$/', passed: true, detail: 'matches' },
    ],
    phases: [
      { phase: 'pull', thresholdSeconds: 30, measuredSeconds: null, ratio: null, status: 'not-measured' },
      { phase: 'run', thresholdSeconds: 60, measuredSeconds: 75, ratio: 1.25, status: 'fail' },
    ],
    regressions: [{ phase: 'run', measuredSeconds: 75, medianSeconds: 10, ratio: 7.5, samples: 5 }],
    stdout: { bytes: 5, truncated: false, text: 'done\n' },
    stderr: { bytes: 40, truncated: false, text: 'Traceback:\nCUDA out of memory | try ```less```\n' },
    provider: {
      stopsAtSeconds: 600,
      solverRefusesAfterSeconds: 900,
      solverLimit: 'solver default',
      elapsedSeconds: 80.25,
      delivered: true,
      summary: "a provider would deliver this run: exit code 1 (providers deliver a non-zero exit too: the test plan's exitCode decides) with stdout, stderr and exitCode, 80.3 s from the pull; a provider would stop it at 600 s (job Timeout); the solver would refuse results after 900 s (solver default)",
    },
    outputs: { dir: 'outputs/big-prompt', mounts: [{ name: 'outputs', path: '/outputs' }], files: [], totalBytes: 0, skipped: [{ path: 'link', reason: 'symbolic link to /etc: not followed' }] },
  });
}

export function sampleReport(overrides: Partial<RunReport> = {}): RunReport {
  return {
    version: 2,
    headline: 'hello-lilypad: 1 of 2 cases failed on NVIDIA H100 80GB HBM3',
    passed: false,
    module: { ref: 'github.com/acme/hello-lilypad:v1.0.0' },
    image: { reference: 'ghcr.io/acme/hello-lilypad:1.0.0', id: IMAGE_ID, digest: `ghcr.io/acme/hello-lilypad@${DIGEST}` },
    runner: {
      mode: 'gpu',
      hardening: 'provider',
      network: null,
      gpus: [{ name: 'NVIDIA H100 80GB HBM3', memoryTotalMiB: 81559, driverVersion: '550.54.15', cudaVersion: '12.4' }],
      engine: { serverVersion: '26.1.5+dfsg1', apiVersion: '1.45' },
    },
    startedAt: '2025-05-01T10:00:00Z',
    finishedAt: '2025-05-01T10:01:40.5Z',
    findings: [{ rule: 'ignored-by-provider', severity: 'warning', message: 'Spec.Network is ignored by resource providers: `Allow` lists are not enforced' }],
    cases: [passingCase(), failingCase()],
    ...overrides,
  };
}

/** The CPU variant: a GPU module run with allow-cpu. */
export function cpuReport(): RunReport {
  const warning = 'WARNING: ran on CPU, not GPU (allow-cpu is true): the module needs 1 GPU, but nvidia-smi lists no GPU';
  const key = { ...passingCase().key, gpuModel: null, driverVersion: null };
  return sampleReport({
    headline: `${warning}. hello-lilypad: 1 of 1 case passed`,
    passed: true,
    runner: { mode: 'cpu', hardening: 'provider', network: null, gpus: [], engine: { serverVersion: '26.1.5+dfsg1', apiVersion: '1.45' } },
    findings: [{ rule: 'cpu-fallback', severity: 'warning', message: warning }],
    cases: [passingCase({ key, gpuUsage: null, phases: [], timings: { create: 0.5, run: 12.5, collect: 0.1, total: 13.1 } })],
  });
}
