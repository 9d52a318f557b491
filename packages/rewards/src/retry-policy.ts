// When to try a GitHub request again, and after how long. GitHub's documented rules: honour
// `retry-after`; on an exhausted primary limit wait for `x-ratelimit-reset`; on a secondary limit
// without a header wait at least a minute; back off exponentially on server errors. A mutation
// that may have been applied is never blindly re-sent: the ledger writers re-read and decide.

export interface RetryOptions {
  /** Attempts in all, the first included. */
  maxAttempts: number;
  /** First backoff after a server error; doubles each time. */
  baseDelayMs: number;
  /** The longest backoff after a server error. */
  maxBackoffMs: number;
  /** The longest wait a rate limit may ask for before the run gives up instead. */
  maxWaitMs: number;
}

export const DEFAULT_RETRY: RetryOptions = {
  maxAttempts: 6,
  baseDelayMs: 1000,
  maxBackoffMs: 30_000,
  maxWaitMs: 15 * 60_000,
};

/** What went wrong with one attempt, as far as retrying cares. */
export interface Failure {
  /** HTTP status; undefined when no response arrived (connection reset, DNS, timeout). */
  status: number | undefined;
  headers: Record<string, string | number | undefined>;
  /** GitHub's message, for recognising a secondary limit without headers. */
  message: string;
  /** GraphQL error types of a 200 answer, e.g. RATE_LIMITED. */
  graphqlErrorTypes: string[];
  /** True when re-sending could apply a change twice (mutations, REST writes). */
  changesState: boolean;
}

export type Verdict = { retry: false; why: string } | { retry: true; delayMs: number; why: string };

/** Decides about attempt number `attempt` (1-based) that just failed. */
export function retryVerdict(failure: Failure, attempt: number, options: RetryOptions, nowMs: number): Verdict {
  const rate = rateLimitWait(failure, nowMs);
  const transient = failure.status === undefined || (failure.status >= 500 && failure.status <= 599);
  let delayMs: number;
  let why: string;
  if (rate) {
    ({ delayMs, why } = rate);
  } else if (transient) {
    why = failure.status === undefined ? `no answer (${failure.message})` : `server error ${failure.status}`;
    // The request may have been carried out before the answer was lost.
    if (failure.changesState) return { retry: false, why: `${why}; a change is not re-sent blindly` };
    delayMs = Math.min(options.baseDelayMs * 2 ** (attempt - 1), options.maxBackoffMs);
  } else {
    return { retry: false, why: failure.status === undefined ? failure.message : `status ${failure.status}` };
  }
  if (attempt >= options.maxAttempts) return { retry: false, why: `${why}, ${attempt} attempts made` };
  if (delayMs > options.maxWaitMs) {
    return { retry: false, why: `${why}; GitHub asks to wait ${Math.ceil(delayMs / 1000)} s, longer than the ${Math.ceil(options.maxWaitMs / 1000)} s allowed` };
  }
  return { retry: true, delayMs, why };
}

function rateLimitWait(failure: Failure, nowMs: number): { delayMs: number; why: string } | null {
  const header = (name: string) => {
    const v = failure.headers[name];
    return v === undefined ? undefined : String(v);
  };
  const limited =
    failure.status === 429 ||
    failure.status === 403 ||
    failure.graphqlErrorTypes.includes('RATE_LIMITED');
  if (!limited) return null;
  const retryAfter = header('retry-after');
  if (retryAfter !== undefined && /^\d+$/.test(retryAfter)) {
    return { delayMs: Number(retryAfter) * 1000, why: `rate limited (retry-after ${retryAfter} s)` };
  }
  if (header('x-ratelimit-remaining') === '0') {
    const reset = Number(header('x-ratelimit-reset'));
    const delayMs = Number.isFinite(reset) ? Math.max(reset * 1000 - nowMs, 0) + 1000 : 60_000;
    return { delayMs, why: 'primary rate limit exhausted' };
  }
  if (/secondary rate limit/i.test(failure.message)) return { delayMs: 60_000, why: 'secondary rate limit' };
  if (failure.graphqlErrorTypes.includes('RATE_LIMITED')) return { delayMs: 60_000, why: 'GraphQL rate limit' };
  // A 403 that is not a rate limit is a permission problem: retrying will not help.
  return null;
}
