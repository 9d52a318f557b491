// The two clocks a networked Lilypad job runs against, and what a case's run says about each.
//   - The provider's: Bacalhau wraps the whole execution, image pull and container create
//     included, in a context with Spec.Timeout (0: none); at the deadline it stops the container
//     (the image's stop signal, 1 second, SIGKILL) and delivers nothing (pkg/compute/executor_buffer.go,
//     pkg/executor/docker/handler.go).
//   - The solver's: past executionTimeoutSeconds (900 when 0) after the deal, or 7200 s after the
//     offer, it marks the job timed out and refuses its results; the container is not stopped
//     (Lilypad pkg/solver/controller.go).
// run-module runs the same clock from the pull, stops the container the provider's way at the
// provider's deadline (or earlier at the action's own `timeout`), and fails the case on either.

import type { ProviderJob } from './provider-job';

/** Bacalhau's ContainerStop grace between the stop signal and SIGKILL. */
export const PROVIDER_STOP_GRACE_SECONDS = 1;

export interface CaseClock {
  /** When a provider stops the job, seconds from the pull; null: never (Timeout 0). */
  providerStopSeconds: number | null;
  /** When this run stops it: the provider's deadline, or the action's timeout when that comes first. */
  enforcedSeconds: number;
  enforcedBy: 'job Timeout' | 'action timeout';
  solver: ProviderJob['solver'];
}

export function caseClock(job: ProviderJob, actionTimeoutSeconds: number): CaseClock {
  const provider = job.timeoutSeconds > 0 ? job.timeoutSeconds : null;
  const byJob = provider !== null && provider <= actionTimeoutSeconds;
  return {
    providerStopSeconds: provider,
    enforcedSeconds: byJob ? provider : actionTimeoutSeconds,
    enforcedBy: byJob ? 'job Timeout' : 'action timeout',
    solver: job.solver,
  };
}

/** How the container's run ended, as runContainer saw it. */
export interface RunEnd {
  /** Seconds from the start of the clock (the pull) to the container's exit, or null if it never started. */
  elapsedSeconds: number | null;
  /** Stopped at the enforced deadline. */
  timedOut: boolean;
  oomKilled: boolean;
  exitCode: number | null;
  /** Why it ended another way (output limit, cancelled, refused by the engine), or null. */
  otherError: string | null;
}

export interface ProviderOutcome {
  /** Spec.Timeout, or null for none. */
  stopsAtSeconds: number | null;
  solverRefusesAfterSeconds: number;
  solverLimit: ProviderJob['solver']['source'];
  elapsedSeconds: number | null;
  /** A provider would deliver this run's results and the solver would take them. */
  delivered: boolean;
  /** One sentence for people. */
  summary: string;
  /** When not delivered: why the case fails on that account (null when delivered, or when `otherError` already says why). */
  failure: string | null;
}

/** What a provider and the solver would have made of this run. */
export function providerOutcome(clock: CaseClock, end: RunEnd): ProviderOutcome {
  const base = {
    stopsAtSeconds: clock.providerStopSeconds,
    solverRefusesAfterSeconds: clock.solver.seconds,
    solverLimit: clock.solver.source,
    elapsedSeconds: end.elapsedSeconds,
  };
  const stopText = clock.providerStopSeconds === null ? 'a provider would not stop it (job Timeout 0 is no limit)' : `a provider would stop it at ${clock.providerStopSeconds} s (job Timeout)`;
  const solverText = `the solver would refuse results after ${clock.solver.seconds} s (${clock.solver.source})`;
  const took = end.elapsedSeconds === null ? '' : `, ${seconds(end.elapsedSeconds)} s from the pull`;
  if (end.timedOut && clock.enforcedBy === 'job Timeout') {
    const failure = `timed out: ${stopText}, and did${took}; it gets the stop signal, ${PROVIDER_STOP_GRACE_SECONDS} s, then SIGKILL, and delivers no results`;
    return { ...base, delivered: false, summary: failure, failure };
  }
  if (end.timedOut) {
    const failure = `stopped at the action's timeout of ${clock.enforcedSeconds} s${took}, before the job's own deadline (${stopText}; ${solverText})`;
    return { ...base, delivered: false, summary: failure, failure };
  }
  if (end.oomKilled) {
    const failure = 'killed for running out of memory (job.Spec.Resources.Memory): a provider fails the job ("memory limit exceeded") and delivers no results';
    return { ...base, delivered: false, summary: failure, failure };
  }
  if (end.otherError !== null || end.exitCode === null) {
    return { ...base, delivered: false, summary: `not delivered: ${end.otherError ?? 'the container did not run'}`, failure: null };
  }
  if (end.elapsedSeconds !== null && end.elapsedSeconds > clock.solver.seconds) {
    const failure = `${solverText}: this run took ${seconds(end.elapsedSeconds)} s from the pull; ${stopText}`;
    return { ...base, delivered: false, summary: failure, failure };
  }
  const nonZero = end.exitCode === 0 ? '' : " (providers deliver a non-zero exit too: the test plan's exitCode decides)";
  return { ...base, delivered: true, summary: `a provider would deliver this run: exit code ${end.exitCode}${nonZero} with stdout, stderr and exitCode${took}; ${stopText}; ${solverText}`, failure: null };
}

function seconds(s: number): string {
  return s < 10 ? s.toFixed(2) : s.toFixed(1);
}
