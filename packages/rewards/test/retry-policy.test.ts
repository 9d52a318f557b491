import { describe, expect, test } from 'vitest';
import { DEFAULT_RETRY, retryVerdict, type Failure } from '../src/retry-policy';

const NOW = Date.parse('2025-04-01T03:17:00Z');
const failure = (f: Partial<Failure>): Failure => ({ status: 502, headers: {}, message: '', graphqlErrorTypes: [], changesState: false, ...f });

describe('retry policy', () => {
  test.each([
    ['retry-after is honoured', failure({ status: 403, headers: { 'retry-after': '7' } }), 7000],
    ['429 with retry-after', failure({ status: 429, headers: { 'retry-after': '2' } }), 2000],
    ['an exhausted primary limit waits for the reset, plus a second', failure({ status: 403, headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(NOW / 1000 + 30) } }), 31_000],
    ['a secondary limit without headers waits a minute', failure({ status: 403, message: 'You have exceeded a secondary rate limit.' }), 60_000],
    ['GraphQL RATE_LIMITED in a 200', failure({ status: 200, graphqlErrorTypes: ['RATE_LIMITED'], headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(NOW / 1000 + 5) } }), 6000],
    ['a rate-limited mutation is re-sent: GitHub did not run it', failure({ status: 403, headers: { 'retry-after': '1' }, changesState: true }), 1000],
    ['a 502 backs off', failure({ status: 502 }), 1000],
    ['no answer at all backs off', failure({ status: undefined, message: 'fetch failed' }), 1000],
  ])('%s', (_, f, delay) => {
    expect(retryVerdict(f, 1, DEFAULT_RETRY, NOW)).toMatchObject({ retry: true, delayMs: delay });
  });

  test('backoff doubles and is capped', () => {
    const delays = [1, 2, 3, 4, 5].map((attempt) => (retryVerdict(failure({}), attempt, { ...DEFAULT_RETRY, maxAttempts: 10, maxBackoffMs: 5000 }, NOW) as { delayMs: number }).delayMs);
    expect(delays).toEqual([1000, 2000, 4000, 5000, 5000]);
  });

  test.each([
    ['a 502 after a mutation: it may have been applied', failure({ status: 502, changesState: true }), /a change is not re-sent blindly/],
    ['a 403 that is no rate limit', failure({ status: 403, message: 'Resource not accessible by integration' }), /status 403/],
    ['a 401', failure({ status: 401 }), /status 401/],
    ['a wait longer than allowed', failure({ status: 403, headers: { 'retry-after': '3600' } }), /longer than the 900 s allowed/],
  ])('no retry: %s', (_, f, why) => {
    const verdict = retryVerdict(f, 1, DEFAULT_RETRY, NOW);
    expect(verdict.retry).toBe(false);
    expect(verdict.why).toMatch(why);
  });

  test('attempts are bounded', () => {
    expect(retryVerdict(failure({}), DEFAULT_RETRY.maxAttempts, DEFAULT_RETRY, NOW)).toMatchObject({ retry: false, why: 'server error 502, 6 attempts made' });
  });
});
