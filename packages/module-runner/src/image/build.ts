// `docker build` through the engine API: the module's folder as the context, linux/amd64 by
// default (resource providers run amd64), OCI labels, the streamed log, a wall-clock limit.
// The engine answers 200 and then streams; a failing step arrives as an error *in* the stream, a
// Dockerfile it cannot parse as a 4xx before any stream — both end here as one BuildError.
import { UserError } from '@lilypad-actions/errors';
import { deadline } from '../engine/deadline';
import type Docker from 'dockerode';
import { engineMessage, engineUnavailable, EngineUnavailableError, isTransportError, type Engine } from '../engine/connect';
import { statusCode } from '../engine/labels';
import { EngineStreamError, followProgress, StreamAbortedError, type FollowResult } from '../engine/progress';
import { BuildContextError, createBuildContext } from './context';

export const DEFAULT_PLATFORM = 'linux/amd64';
export const LABEL_SOURCE = 'org.opencontainers.image.source';
export const LABEL_REVISION = 'org.opencontainers.image.revision';
/** The Lilypad module reference the image was built for (repo@ref, as `lilypad run` takes it). */
export const LABEL_MODULE = 'io.lilypad-actions.module';

export interface ImageLabelInput {
  /** The repository URL ("https://github.com/o/m"). */
  source: string;
  /** The commit built. */
  revision: string;
  /** The module reference, when known. */
  module?: string;
}

/** The labels every module image carries, so an image says where it came from. */
export function imageLabels({ source, revision, module }: ImageLabelInput): Record<string, string> {
  return { [LABEL_SOURCE]: source, [LABEL_REVISION]: revision, ...(module ? { [LABEL_MODULE]: module } : {}) };
}

export interface BuildOptions {
  engine: Engine;
  contextDir: string;
  /** Relative to contextDir; default "Dockerfile". */
  dockerfile?: string;
  /** Names to tag the result with (at least one, so it can be pushed). */
  tags: string[];
  platform?: string;
  buildArgs?: Record<string, string>;
  /** All labels for the image; include imageLabels(…) here. */
  labels: Record<string, string>;
  /** Wall-clock limit for the whole build, ms. */
  timeoutMs?: number;
  onProgress?: (line: string) => void;
  signal?: AbortSignal;
  /** Rebuild every step (default: use the engine's cache). */
  noCache?: boolean;
  /** Network of the RUN steps ("default", "none", "host", or a network's name); default: the engine's. */
  network?: string;
  /** Limits on each RUN step's container (the classic builder applies them; BuildKit would not). */
  limits?: BuildLimits;
}

export interface BuildLimits {
  /** Memory of each RUN step, bytes; no swap beyond it. */
  memoryBytes?: number;
  /** CPUs each RUN step may use (a CFS quota). */
  cpus?: number;
}

/** The CFS period the CPU limit is a quota of (Docker's default). */
const CPU_PERIOD_US = 100_000;

export interface BuildResult {
  /** sha256:… of the built image (local id, not a registry digest). */
  imageId: string;
  log: string[];
  seconds: number;
}

export type BuildFailure = 'dockerfile' | 'step' | 'timeout' | 'cancelled' | 'context' | 'engine';

/** The build did not produce an image; `message` says why in one line, `detail` adds the log tail. */
export class BuildError extends UserError {
  override name = 'BuildError';
  constructor(
    message: string,
    readonly kind: BuildFailure,
    /** The last lines of output of the failing step, when there was one. */
    readonly detail: string[] = [],
    readonly log: string[] = [],
  ) {
    super(message, detail.length > 0 ? { output: { title: 'last lines of the failing step:', lines: detail } } : {});
  }
}

const STEP = /^Step (\d+)\/(\d+) : (.*)$/;
const RUNNING_IN = /^ ---> Running in ([0-9a-f]{12,64})$/;
const TAIL_LINES = 20;

/** Builds the image; throws BuildError, or EngineUnavailableError when the engine is gone. */
export async function buildImage(options: BuildOptions): Promise<BuildResult> {
  const { engine, tags } = options;
  if (tags.length === 0) throw new BuildError('buildImage needs at least one tag', 'context');
  const started = performance.now();
  const timeoutMs = options.timeoutMs;
  const limit = deadline(options);
  // Intermediate containers of the legacy builder carry no labels of ours: remember their ids from
  // the log so an aborted build can make sure none outlives it.
  const containers = new Set<string>();
  const onProgress = (line: string): void => {
    const running = RUNNING_IN.exec(line);
    if (running) containers.add(running[1]!);
    options.onProgress?.(line);
  };

  let context;
  try {
    context = createBuildContext(options.contextDir, options.dockerfile !== undefined ? { dockerfile: options.dockerfile } : {});
  } catch (error) {
    limit.dispose();
    if (error instanceof BuildContextError) throw new BuildError(error.message, 'context');
    throw error;
  }

  let followed: FollowResult | undefined;
  try {
    const buildOptions: Omit<Docker.ImageBuildOptions, 't'> & { t: string[] } = {
      // An array becomes one `t=` per tag in the query string, which the engine accepts.
      t: tags,
      dockerfile: context.dockerfile,
      platform: options.platform ?? DEFAULT_PLATFORM,
      buildargs: options.buildArgs ?? {},
      labels: options.labels,
      // forcerm: intermediate containers go even when a step fails or the build is cancelled.
      rm: true,
      forcerm: true,
      nocache: options.noCache ?? false,
      ...(options.network !== undefined ? { networkmode: options.network } : {}),
      ...limitParams(options.limits),
      abortSignal: limit.signal,
    };
    const stream = await engine.docker.buildImage(context.stream as unknown as NodeJS.ReadableStream, buildOptions as unknown as Docker.ImageBuildOptions);
    followed = await followProgress(stream, { kind: 'build', onProgress, signal: limit.signal });
  } catch (error) {
    if (limit.signal.aborted) {
      await removeContainers(engine.docker, containers);
      const log = error instanceof StreamAbortedError ? error.result.log : [];
      if (limit.timedOut()) throw new BuildError(timeoutMessage(timeoutMs ?? 0), 'timeout', stepTail(log), log);
      const reason = limit.signal.reason as unknown;
      throw new BuildError(`build cancelled: ${reason instanceof Error ? reason.message : String(reason)}`, 'cancelled', stepTail(log), log);
    }
    throw buildFailure(error, engine);
  } finally {
    limit.dispose();
  }

  const imageId = builtImageId(followed);
  if (!imageId) throw new BuildError('the engine finished the build without naming the image it built (no "Successfully built" line)', 'engine', [], followed.log);
  return { imageId, log: followed.log, seconds: (performance.now() - started) / 1000 };
}

/** The /build query parameters for the limits; the classic builder (version 1) is the one that honours them. */
function limitParams(limits: BuildLimits | undefined): Pick<Docker.ImageBuildOptions, 'version' | 'memory' | 'memswap' | 'cpuperiod' | 'cpuquota'> {
  if (!limits || (limits.memoryBytes === undefined && limits.cpus === undefined)) return {};
  return {
    version: '1',
    ...(limits.memoryBytes !== undefined ? { memory: limits.memoryBytes, memswap: limits.memoryBytes } : {}),
    ...(limits.cpus !== undefined ? { cpuperiod: CPU_PERIOD_US, cpuquota: Math.round(limits.cpus * CPU_PERIOD_US) } : {}),
  };
}

function timeoutMessage(ms: number): string {
  return `build timed out after ${Math.round(ms / 1000)}s: raise the timeout input, or make the build faster (a smaller context, cached layers)`;
}

/** The last aux {"ID": "sha256:…"} (one per stage), or the "Successfully built" line. */
function builtImageId(result: FollowResult): string | undefined {
  let id: string | undefined;
  for (const m of result.messages) if (typeof m.aux?.ID === 'string') id = m.aux.ID;
  if (id) return id;
  for (const line of result.log) {
    const built = /^Successfully built ([0-9a-f]+)$/.exec(line);
    if (built) id = built[1];
  }
  return id;
}

/** The output lines of the last step in `log`, without the builder's own bookkeeping lines. */
export function stepTail(log: string[], max = TAIL_LINES): string[] {
  let start = 0;
  for (let i = log.length - 1; i >= 0; i--) {
    if (STEP.test(log[i]!)) {
      start = i + 1;
      break;
    }
  }
  return log
    .slice(start)
    .filter((l) => !/^ ---> /.test(l) && !/^Removing intermediate container /.test(l) && l.trim() !== '')
    .slice(-max);
}

function lastStep(log: string[]): string | undefined {
  for (let i = log.length - 1; i >= 0; i--) if (STEP.test(log[i]!)) return log[i];
  return undefined;
}

function buildFailure(error: unknown, engine: Engine): Error {
  if (error instanceof EngineUnavailableError) return error;
  if (error instanceof BuildContextError) return new BuildError(error.message, 'context');
  if (isTransportError(error)) return engineUnavailable(error, engine.endpoint);
  if (error instanceof EngineStreamError) {
    const log = error.result.log;
    const step = lastStep(log);
    const tail = stepTail(log);
    // A RUN that fails: "The command '/bin/sh -c false' returned a non-zero code: 1".
    if (/returned a non-zero code/.test(error.message)) {
      return new BuildError(`${step ? `${step}: ` : ''}${error.message}`, 'step', tail, log);
    }
    // Errors found only when the step runs (FROM $EMPTY, COPY of a missing file): say which step.
    return new BuildError(`${error.message}${step ? ` (at ${step})` : ''}`, 'dockerfile', tail, log);
  }
  const status = statusCode(error);
  if (status !== undefined && status >= 400) {
    // Parse errors come back as 400 before any stream: "dockerfile parse error line 3: unknown instruction: FROMM".
    const message = streamRequestMessage(error);
    const kind: BuildFailure = /dockerfile/i.test(message) ? 'dockerfile' : 'engine';
    return new BuildError(kind === 'dockerfile' ? `Dockerfile: ${message}` : `the engine refused the build: ${message}`, kind);
  }
  return error instanceof Error ? error : new Error(String(error));
}

/**
 * The engine's message of a refused streaming request. dockerode keeps no JSON body for those and
 * wraps the text: "(HTTP code 400) unexpected - dockerfile parse error line 3: … ".
 */
export function streamRequestMessage(error: unknown): string {
  const message = engineMessage(error);
  const wrapped = /^\(HTTP code \d+\) [^-]*- ([\s\S]*?)\s*$/.exec(message);
  return wrapped ? wrapped[1]! : message;
}

/**
 * Force-removes the given containers and waits until they are gone: the builder is removing them
 * too (forcerm), and a 409 "removal in progress" is not yet "gone".
 */
async function removeContainers(docker: Docker, ids: Iterable<string>, waitMs = 15_000): Promise<void> {
  for (const id of ids) {
    const container = docker.getContainer(id);
    try {
      await container.remove({ force: true });
    } catch (error) {
      if (statusCode(error) === 404) continue;
      if (statusCode(error) !== 409) throw error;
    }
    const deadline = performance.now() + waitMs;
    while (performance.now() < deadline) {
      try {
        await container.inspect();
      } catch (error) {
        if (statusCode(error) === 404) break;
        throw error;
      }
      await new Promise((r) => setTimeout(r, 100));
    }
  }
}
