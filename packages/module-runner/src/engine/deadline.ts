// One abort signal for an engine request that has both a wall-clock limit and a caller who may
// cancel it (build, pull, push): whichever comes first aborts the request, and afterwards the
// caller can tell which it was, to say "timed out" or "cancelled".

export interface Deadline {
  /** Pass to the request (dockerode's abortSignal) and to followProgress. */
  signal: AbortSignal;
  /** The limit ran out (not a cancellation). */
  timedOut(): boolean;
  /** Clears the timer and the listener on the caller's signal; call in a finally. */
  dispose(): void;
}

export function deadline(limits: { timeoutMs?: number | undefined; signal?: AbortSignal | undefined }): Deadline {
  const controller = new AbortController();
  const TIMEOUT = new Error('timeout');
  const timer = limits.timeoutMs !== undefined ? setTimeout(() => controller.abort(TIMEOUT), limits.timeoutMs) : undefined;
  const onCancel = (): void => controller.abort(limits.signal?.reason ?? new Error('cancelled'));
  if (limits.signal?.aborted) onCancel();
  limits.signal?.addEventListener('abort', onCancel, { once: true });
  return {
    signal: controller.signal,
    timedOut: () => controller.signal.reason === TIMEOUT,
    dispose: () => {
      clearTimeout(timer);
      limits.signal?.removeEventListener('abort', onCancel);
    },
  };
}
