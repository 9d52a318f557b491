// The provider's clock (Spec.Timeout, from the pull; stop signal, 1 s, SIGKILL; nothing
// delivered) and the solver's (executionTimeoutSeconds or 900; results refused, nothing stopped),
// and what each makes of a run.
import { describe, expect, it } from 'vitest';
import { caseClock, providerOutcome, type RunEnd } from '../../src/provider/deadlines';
import { providerJob } from '../../src/provider/provider-job';
import { moduleOf } from './module-of';

const clockOf = (o: Parameters<typeof moduleOf>[0], actionTimeout = 900) => {
  const r = providerJob(moduleOf(o));
  if (!r.ok) throw new Error(r.reason);
  return caseClock(r.job, actionTimeout);
};
const ended = (end: Partial<RunEnd>): RunEnd => ({ elapsedSeconds: 2, timedOut: false, oomKilled: false, exitCode: 0, otherError: null, ...end });

describe('caseClock', () => {
  it('enforces the job Timeout when it comes before the action timeout', () => {
    expect(clockOf({ timeout: 600 }, 900)).toStrictEqual({ providerStopSeconds: 600, enforcedSeconds: 600, enforcedBy: 'job Timeout', solver: { seconds: 900, source: 'solver default' } });
  });

  it('enforces the action timeout when it comes first, or when the job has none', () => {
    expect(clockOf({ timeout: 1800 }, 900)).toMatchObject({ providerStopSeconds: 1800, enforcedSeconds: 900, enforcedBy: 'action timeout' });
    expect(clockOf({ timeout: 0 }, 900)).toMatchObject({ providerStopSeconds: null, enforcedSeconds: 900, enforcedBy: 'action timeout' });
  });

  it('does not stop a run at the solver\'s limit (the solver stops nothing)', () => {
    expect(clockOf({ timeout: 0, executionTimeoutSeconds: 5 }, 900)).toMatchObject({ enforcedSeconds: 900, solver: { seconds: 5, source: 'executionTimeoutSeconds' } });
  });
});

describe('providerOutcome', () => {
  it('Timeout 0 with executionTimeoutSeconds 5: the provider lets it run, the solver refuses results after 5 s', () => {
    const outcome = providerOutcome(clockOf({ timeout: 0, executionTimeoutSeconds: 5 }), ended({ elapsedSeconds: 8.25 }));
    expect(outcome).toStrictEqual({
      stopsAtSeconds: null,
      solverRefusesAfterSeconds: 5,
      solverLimit: 'executionTimeoutSeconds',
      elapsedSeconds: 8.25,
      delivered: false,
      summary: 'the solver would refuse results after 5 s (executionTimeoutSeconds): this run took 8.25 s from the pull; a provider would not stop it (job Timeout 0 is no limit)',
      failure: 'the solver would refuse results after 5 s (executionTimeoutSeconds): this run took 8.25 s from the pull; a provider would not stop it (job Timeout 0 is no limit)',
    });
  });

  it('stopped at the job Timeout: nothing is delivered, and the case fails saying so', () => {
    const outcome = providerOutcome(clockOf({ timeout: 2 }), ended({ elapsedSeconds: 3.1, timedOut: true, exitCode: 137 }));
    expect(outcome.delivered).toBe(false);
    expect(outcome.failure).toBe('timed out: a provider would stop it at 2 s (job Timeout), and did, 3.10 s from the pull; it gets the stop signal, 1 s, then SIGKILL, and delivers no results');
  });

  it('stopped at the action timeout first: says the job\'s own deadline was still ahead', () => {
    const outcome = providerOutcome(clockOf({ timeout: 1800 }, 60), ended({ elapsedSeconds: 60.5, timedOut: true, exitCode: 137 }));
    expect(outcome.failure).toBe(
      "stopped at the action's timeout of 60 s, 60.5 s from the pull, before the job's own deadline (a provider would stop it at 1800 s (job Timeout); the solver would refuse results after 900 s (solver default))",
    );
  });

  it('a non-zero exit is delivered: the test plan decides, and the report says a provider would have delivered it', () => {
    const outcome = providerOutcome(clockOf({}), ended({ exitCode: 3, elapsedSeconds: 1.5 }));
    expect(outcome.delivered).toBe(true);
    expect(outcome.failure).toBeNull();
    expect(outcome.summary).toBe(
      "a provider would deliver this run: exit code 3 (providers deliver a non-zero exit too: the test plan's exitCode decides) with stdout, stderr and exitCode, 1.50 s from the pull; a provider would stop it at 600 s (job Timeout); the solver would refuse results after 900 s (solver default)",
    );
  });

  it('out of memory: a provider fails the job', () => {
    const outcome = providerOutcome(clockOf({}), ended({ oomKilled: true, exitCode: 137 }));
    expect(outcome).toMatchObject({ delivered: false, failure: 'killed for running out of memory (job.Spec.Resources.Memory): a provider fails the job ("memory limit exceeded") and delivers no results' });
  });

  it('another end (a limit of run-module\'s, a refusal by the engine) is not delivered, and leaves the reason to the run', () => {
    expect(providerOutcome(clockOf({}), ended({ exitCode: null, otherError: 'the run was cancelled' }))).toMatchObject({ delivered: false, failure: null, summary: 'not delivered: the run was cancelled' });
  });
});
