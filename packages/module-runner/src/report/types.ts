// The run report (`report.json`): what run-module measured and decided, for people (the job
// summary is made from it) and for the next run (its timings become the regression baseline).
// Published as schema/run-report.schema.json; bump `version` on any incompatible change.

import type { ExpectationResult, PhaseResult } from '../plan/evaluate-case';
import type { RegressionAlert } from '../plan/regression';
import type { Phase } from '../plan/test-plan';

/** 2: results laid out as a provider delivers them (stdout, stderr, exitCode, output folders), the provider's verdict per case, the hardening mode. */
export const REPORT_VERSION = 2;

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

/** What a provider and Lilypad's solver would have made of a case's run (provider/deadlines.ts). */
export interface ProviderVerdict {
  /** Spec.Timeout: a provider stops the job this many seconds after the pull; null: never. */
  stopsAtSeconds: number | null;
  /** The solver refuses results after this many seconds. */
  solverRefusesAfterSeconds: number;
  solverLimit: 'executionTimeoutSeconds' | 'solver default' | 'solver total';
  /** From the image pull to the container's exit, as both clocks count. */
  elapsedSeconds: number | null;
  /** A provider would deliver the results and the solver would take them. */
  delivered: boolean;
  summary: string;
}

export interface CaseReport {
  name: string;
  passed: boolean;
  /** Why the run itself failed (timeout, a limit, refused by the provider or the engine); null when it ran to the end. */
  error: string | null;
  key: TimingKey;
  /** The -i inputs the case rendered the template with. */
  inputs: Record<string, string>;
  /** The container's exit code (also after a stop at the deadline); null when it never exited by itself or a stop. */
  exitCode: number | null;
  timedOut: boolean;
  /** How the deadline stopped it: the image's stop signal, and whether SIGKILL followed the 1 s grace. */
  stop: { signal: string; killed: boolean } | null;
  oomKilled: boolean;
  /** null when the job never reached a provider's container (a render error, a refused job). */
  provider: ProviderVerdict | null;
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
    /**
     * This case's results on the runner (relative to the report's directory), as a provider
     * delivers them: `stdout`, `stderr`, `exitCode`, and one folder per output (`outputs/`).
     */
    dir: string;
    /** The job's outputs: each folder's name and the container path it holds. */
    mounts: Array<{ name: string; path: string }>;
    /** Relative to /outputs, or the absolute container path for an output elsewhere. */
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
    /** `provider`: the container as a provider starts it; `strict`: also no capabilities, no new privileges. */
    hardening: 'provider' | 'strict';
    /** For a networked job: the isolated network it ran on and what the probe found reachable. */
    network: { name: string; probed: string[]; reachable: string[] } | null;
    gpus: Array<{ name: string; memoryTotalMiB: number | null; driverVersion: string | null; cudaVersion: string | null }>;
    engine: { serverVersion: string; apiVersion: string };
  };
  startedAt: string;
  finishedAt: string;
  findings: ReportFinding[];
  cases: CaseReport[];
}
