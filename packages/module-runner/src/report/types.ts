// The run report (`report.json`): what run-module measured and decided, for people (the job
// summary is made from it) and for the next run (its timings become the regression baseline).
// Published as schema/run-report.schema.json; bump `version` on any incompatible change.

import type { ExpectationResult, PhaseResult } from '../plan/evaluate-case';
import type { RegressionAlert } from '../plan/regression';
import type { Phase } from '../plan/test-plan';

export const REPORT_VERSION = 1;

/** Seconds per phase; a phase that did not happen is absent. */
export type PhaseTimings = Partial<Record<Phase, number>>;

/** What every timing is keyed by, so results from different runners and images never mix. */
export interface TimingKey {
  moduleRef: string;
  /** `sha256:…` image id, or the repo digest when the image came from a registry. */
  imageDigest: string;
  /** null on a CPU run. */
  gpuModel: string | null;
  driverVersion: string | null;
  /** 1 for the first run of a case in this job, GitHub's run attempt otherwise. */
  attempt: number;
}

export interface CapturedLog {
  /** Bytes the container wrote to this stream. */
  bytes: number;
  /** Only the first and last part were kept (the cap); `text` shows where the cut is. */
  truncated: boolean;
  text: string;
}

export interface SkippedOutput {
  /** Relative to /outputs. */
  path: string;
  /** e.g. `symbolic link to /etc: not followed`, `device file`, `over the 10 MiB per-file limit`. */
  reason: string;
}

export interface GpuUsage {
  samples: number;
  peakMemoryMiB: number;
  meanUtilizationPercent: number;
  peakUtilizationPercent: number;
}

export interface CaseReport {
  name: string;
  passed: boolean;
  /** Why the run itself failed (timeout, output limit, engine gone); null when it ran to the end. */
  error: string | null;
  key: TimingKey;
  /** The -i inputs the case rendered the template with. */
  inputs: Record<string, string>;
  exitCode: number | null;
  timedOut: boolean;
  oomKilled: boolean;
  timings: PhaseTimings;
  /** Docker's own State.StartedAt / FinishedAt (RFC 3339), null if the container never started. */
  startedAt: string | null;
  finishedAt: string | null;
  expectations: ExpectationResult[];
  phases: PhaseResult[];
  regressions: RegressionAlert[];
  stdout: CapturedLog;
  stderr: CapturedLog;
  outputs: {
    /** Where this case's /outputs were copied on the runner (relative to the report's directory). */
    dir: string;
    files: Array<{ path: string; bytes: number }>;
    totalBytes: number;
    skipped: SkippedOutput[];
  };
  gpuUsage: GpuUsage | null;
}

export interface ReportFinding {
  /** e.g. `ignored-by-provider`, `image-mismatch`, `cpu-fallback`. */
  rule: string;
  severity: 'error' | 'warning' | 'notice';
  message: string;
}

export interface RunReport {
  version: typeof REPORT_VERSION;
  /** One line that leads the job summary; starts with the CPU warning when a GPU module ran on CPU. */
  headline: string;
  passed: boolean;
  module: { ref: string };
  image: { reference: string; id: string; digest: string | null };
  runner: {
    /** `gpu`, or `cpu` (a CPU module, or a GPU module with allow-cpu). */
    mode: 'gpu' | 'cpu';
    gpus: Array<{ name: string; memoryTotalMiB: number | null; driverVersion: string | null; cudaVersion: string | null }>;
    engine: { serverVersion: string; apiVersion: string };
  };
  startedAt: string;
  finishedAt: string;
  findings: ReportFinding[];
  cases: CaseReport[];
}
