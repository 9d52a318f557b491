// Following the JSON-lines progress stream that the engine answers /build, /images/create (pull)
// and /images/{name}/push with. These requests answer HTTP 200 before the work starts, so a
// failure arrives *inside* the stream as {"error": …, "errorDetail": …}: the stream must be read
// to its end, and that message is the only place the reason is given.

/** One message of the stream, as the engine writes it (jsonmessage.JSONMessage). */
export interface ProgressMessage {
  stream?: string;
  status?: string;
  id?: string;
  progress?: string;
  progressDetail?: { current?: number; total?: number };
  error?: string;
  errorDetail?: { code?: number; message?: string };
  aux?: Record<string, unknown>;
}

export type StreamKind = 'build' | 'pull' | 'push';

export interface FollowOptions {
  kind: StreamKind;
  /** Human-readable progress: build steps and output, and pull/push layer states collapsed. */
  onProgress?: (line: string) => void;
  /** Least time between two collapsed layer summaries, ms. */
  throttleMs?: number;
  /** Aborting destroys the stream (the engine sees the client go away and cancels the work). */
  signal?: AbortSignal;
  /** How many log lines to keep (the last ones); a build can print without bound. */
  maxLogLines?: number;
}

export interface FollowResult {
  /** Messages other than per-layer progress ticks (aux, statuses, stream text). */
  messages: ProgressMessage[];
  /** The text the stream printed, line by line (the last maxLogLines of it). */
  log: string[];
  /** Lines dropped from the front of `log` to stay within maxLogLines. */
  droppedLines: number;
}

/** The engine reported a failure inside the stream. `message` is its first meaningful line. */
export class EngineStreamError extends Error {
  override name = 'EngineStreamError';
  constructor(
    message: string,
    /** The engine's complete error text. */
    readonly detail: string,
    readonly code: number | undefined,
    readonly result: FollowResult,
  ) {
    super(message);
  }
}

/** The caller aborted the request (a timeout, usually) before the stream ended. */
export class StreamAbortedError extends Error {
  override name = 'StreamAbortedError';
  constructor(readonly reason: unknown, readonly result: FollowResult) {
    super(reason instanceof Error ? reason.message : 'the request was aborted');
  }
}

/** The first line of an engine message that says something (not blank, not a bare prefix). */
export function firstMeaningfulLine(text: string): string {
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (line !== '' && !/^(error|ERROR):?$/.test(line)) return line;
  }
  return text.trim();
}

const DEFAULT_MAX_LOG_LINES = 10_000;

/**
 * Reads a progress stream to its end. Resolves with what it said; rejects with EngineStreamError
 * when it carries an error, StreamAbortedError when `signal` fires, or the transport's own error
 * (code ECONNRESET when the engine closed the stream early).
 */
export function followProgress(stream: NodeJS.ReadableStream, options: FollowOptions): Promise<FollowResult> {
  const maxLogLines = options.maxLogLines ?? DEFAULT_MAX_LOG_LINES;
  const result: FollowResult = { messages: [], log: [], droppedLines: 0 };
  const layers = new LayerBoard(options.kind, options.throttleMs ?? 1000, options.onProgress);
  const decoder = new TextDecoder();
  let pending = '';
  // Build output arrives in arbitrary pieces ("Step 1/2 : …\n" may come as several messages).
  let partialLine = '';
  let failure: EngineStreamError | undefined;

  const addLog = (line: string): void => {
    result.log.push(line);
    if (result.log.length > maxLogLines) {
      result.log.shift();
      result.droppedLines++;
    }
    options.onProgress?.(line);
  };
  const addText = (text: string): void => {
    const parts = (partialLine + text).split('\n');
    partialLine = parts.pop() ?? '';
    for (const part of parts) addLog(part.replace(/\r$/, ''));
  };
  const flushText = (): void => {
    if (partialLine !== '') addLog(partialLine);
    partialLine = '';
  };

  const handle = (message: ProgressMessage): void => {
    if (failure) return;
    if (message.error !== undefined || message.errorDetail !== undefined) {
      flushText();
      const detail = message.errorDetail?.message ?? message.error ?? 'unknown error';
      failure = new EngineStreamError(firstMeaningfulLine(detail), detail, message.errorDetail?.code, result);
      return;
    }
    if (message.stream !== undefined) {
      // Build output is kept as log lines (capped), never as messages: a chatty build must not grow memory.
      addText(message.stream);
      return;
    }
    // "Pulling from library/busybox" carries the tag as its id: a header, not a layer.
    if (message.status !== undefined && message.id !== undefined && options.kind !== 'build' && !message.status.startsWith('Pulling from ')) {
      // Per-layer ticks: keep the state, not every tick.
      if (message.progressDetail?.current === undefined) result.messages.push(message);
      layers.update(message.id, message.status, message.progress);
      return;
    }
    result.messages.push(message);
    if (message.status !== undefined) {
      flushText();
      layers.flush();
      addLog(message.id !== undefined ? `${message.id}: ${message.status}` : message.status);
    }
  };

  const parseLine = (line: string): void => {
    const trimmed = line.trim();
    if (trimmed === '') return;
    let message: ProgressMessage;
    try {
      message = JSON.parse(trimmed) as ProgressMessage;
    } catch {
      // Not JSON (a proxy's error page, an old engine): keep it as text rather than lose it.
      message = { stream: `${trimmed}\n` };
    }
    if (message === null || typeof message !== 'object') message = { stream: `${trimmed}\n` };
    handle(message);
  };

  return new Promise<FollowResult>((resolve, reject) => {
    let settled = false;
    const settle = (error: Error | undefined): void => {
      if (settled) return;
      settled = true;
      options.signal?.removeEventListener('abort', onAbort);
      flushText();
      layers.flush();
      if (error) reject(error);
      else if (failure) reject(failure);
      else resolve(result);
    };
    const onAbort = (): void => {
      settle(new StreamAbortedError(options.signal?.reason, result));
      destroy(stream);
    };
    if (options.signal?.aborted) return onAbort();
    options.signal?.addEventListener('abort', onAbort, { once: true });

    stream.on('data', (chunk: Buffer | string) => {
      pending += typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true });
      let newline: number;
      while ((newline = pending.indexOf('\n')) !== -1) {
        parseLine(pending.slice(0, newline));
        pending = pending.slice(newline + 1);
      }
    });
    stream.on('end', () => {
      parseLine(pending + decoder.decode());
      pending = '';
      settle(undefined);
    });
    stream.on('error', (error: Error) => settle(error));
    stream.on('close', () => {
      // 'close' without 'end': the engine (or the socket) went away mid-stream.
      const early = Object.assign(new Error('the Docker engine closed the stream before the operation finished'), { code: 'ECONNRESET' });
      settle(early);
    });
  });
}

function destroy(stream: NodeJS.ReadableStream): void {
  const destroyable = stream as NodeJS.ReadableStream & { destroy?: (error?: Error) => void };
  destroyable.destroy?.();
}

/**
 * Pull and push report every layer's state many times a second; a log needs one line now and then
 * that says where all layers are ("3 layers: 1 Pull complete, 2 Downloading (12.1MB/40MB)").
 */
class LayerBoard {
  private readonly states = new Map<string, { status: string; progress: string | undefined }>();
  private lastEmit = Number.NEGATIVE_INFINITY;
  private dirty = false;

  constructor(
    private readonly kind: StreamKind,
    private readonly throttleMs: number,
    private readonly emit: ((line: string) => void) | undefined,
  ) {}

  update(id: string, status: string, progress: string | undefined): void {
    this.states.set(id, { status, progress });
    this.dirty = true;
    const now = performance.now();
    if (now - this.lastEmit >= this.throttleMs) this.flush();
  }

  flush(): void {
    if (!this.dirty || !this.emit) return;
    this.dirty = false;
    this.lastEmit = performance.now();
    this.emit(this.summary());
  }

  summary(): string {
    const byStatus = new Map<string, { count: number; progress: string[] }>();
    for (const { status, progress } of this.states.values()) {
      const entry = byStatus.get(status) ?? { count: 0, progress: [] };
      entry.count++;
      const amount = progress?.match(/\d[\d.]*\s*[kMG]?B\/\d[\d.]*\s*[kMG]?B/)?.[0];
      if (amount) entry.progress.push(amount.replace(/\s+/g, ''));
      byStatus.set(status, entry);
    }
    const parts = [...byStatus].map(([status, { count, progress }]) => `${count} ${status}${progress.length ? ` (${progress.join(', ')})` : ''}`);
    const n = this.states.size;
    return `${this.kind}: ${n} layer${n === 1 ? '' : 's'}: ${parts.join(', ')}`;
  }
}
