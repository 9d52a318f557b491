// Getting the image a run needs onto the engine, under a pull policy like Kubernetes'
// imagePullPolicy: `missing` (the default: a locally built image is used as is, and no registry
// is asked), `always`, `never`. A pull is finished when its stream ends (the engine answers 200
// before downloading anything), and only then is the image inspected.
import { UserError } from '@lilypad-actions/errors';
import { deadline } from '../engine/deadline';
import type Docker from 'dockerode';
import { engineUnavailable, EngineUnavailableError, isTransportError, type Engine } from '../engine/connect';
import { statusCode } from '../engine/labels';
import { streamRequestMessage } from './build';
import { EngineStreamError, followProgress, StreamAbortedError } from '../engine/progress';
import { authconfig, type RegistryAuth } from './registry-auth';
import { familiarReference, familiarRepository, parseImageReference, sameRepository, type ImageReference } from './reference';

export type PullPolicy = 'missing' | 'always' | 'never';
export const PULL_POLICIES: readonly PullPolicy[] = ['missing', 'always', 'never'];

export interface EnsureImageOptions {
  engine: Engine;
  reference: string;
  policy?: PullPolicy;
  auth?: RegistryAuth;
  onProgress?: (line: string) => void;
  signal?: AbortSignal;
  /** Wall-clock limit for the pull, ms. */
  timeoutMs?: number;
  /** Default linux/amd64, what resource providers run. */
  platform?: string;
}

export interface EnsuredImage {
  imageId: string;
  /** The registry digest (sha256:…) the engine knows for this repository, if any. */
  repoDigest: string | null;
  pulled: boolean;
  /** How long the pull took (null when nothing was pulled). */
  seconds: number | null;
}

/** The image could not be made available: the message says what to do. */
export class PullError extends UserError {
  override name = 'PullError';
  constructor(message: string, readonly kind: 'not-found' | 'absent' | 'timeout' | 'cancelled' | 'registry' | 'reference') {
    super(message);
  }
}

/** Makes `reference` present on the engine according to `policy`; throws PullError or EngineUnavailableError. */
export async function ensureImage(options: EnsureImageOptions): Promise<EnsuredImage> {
  const { engine } = options;
  const policy = options.policy ?? 'missing';
  let ref: ImageReference;
  try {
    ref = parseImageReference(options.reference);
  } catch (error) {
    throw new PullError((error as Error).message, 'reference');
  }
  const shown = familiarReference(ref);
  if (policy !== 'always') {
    const local = await inspectLocal(engine, options.reference, ref);
    if (local) return { ...local, pulled: false, seconds: null };
    if (policy === 'never') {
      throw new PullError(`image ${shown} is not on this Docker engine and the pull policy is never: build it first (build-module), or set pull: missing to fetch it`, 'absent');
    }
  }
  const started = performance.now();
  await pull(options, ref);
  const seconds = (performance.now() - started) / 1000;
  const pulled = await inspectLocal(engine, options.reference, ref);
  if (!pulled) throw new PullError(`the engine reported pulling ${shown} but does not have it afterwards`, 'registry');
  return { ...pulled, pulled: true, seconds };
}

async function pull(options: EnsureImageOptions, ref: ImageReference): Promise<void> {
  const { engine } = options;
  const shown = familiarReference(ref);
  const limit = deadline(options);
  try {
    const stream = (await engine.docker.createImage(authconfig(options.auth) as Docker.AuthConfig, {
      // A digest goes in `tag` too: the engine joins them with "@" when it looks like one.
      fromImage: familiarRepository(ref),
      tag: ref.digest ?? ref.tag ?? 'latest',
      platform: options.platform ?? 'linux/amd64',
      abortSignal: limit.signal,
    })) as NodeJS.ReadableStream;
    await followProgress(stream, { kind: 'pull', signal: limit.signal, ...(options.onProgress ? { onProgress: options.onProgress } : {}) });
  } catch (error) {
    if (limit.signal.aborted || error instanceof StreamAbortedError) {
      if (!limit.timedOut()) throw new PullError(`pull of ${shown} cancelled`, 'cancelled');
      throw new PullError(`pull of ${shown} timed out after ${Math.round((options.timeoutMs ?? 0) / 1000)}s: raise the timeout, or check the registry's speed`, 'timeout');
    }
    throw pullFailure(error, engine, shown);
  } finally {
    limit.dispose();
  }
}

function pullFailure(error: unknown, engine: Engine, shown: string): Error {
  if (error instanceof EngineUnavailableError) return error;
  if (isTransportError(error) && !(error instanceof EngineStreamError)) return engineUnavailable(error, engine.endpoint);
  const message = error instanceof EngineStreamError ? error.message : streamRequestMessage(error);
  const status = statusCode(error);
  const notFound =
    status === 404 ||
    /manifest unknown|not found|does not exist|repository name not known|pull access denied|no such host|connection refused|name unknown/i.test(message);
  if (notFound) {
    return new PullError(
      `image ${shown} could not be pulled: ${message}. Check the name, build and push it first (build-module with push: true), or use a locally built image with pull: missing or never`,
      'not-found',
    );
  }
  return new PullError(`pull of ${shown} failed: ${message}`, 'registry');
}

/** The local image for this reference, or undefined. */
async function inspectLocal(engine: Engine, name: string, ref: ImageReference): Promise<Omit<EnsuredImage, 'pulled' | 'seconds'> | undefined> {
  let info: Docker.ImageInspectInfo;
  try {
    info = await engine.docker.getImage(name).inspect();
  } catch (error) {
    if (statusCode(error) === 404) return undefined;
    if (isTransportError(error)) throw engineUnavailable(error, engine.endpoint);
    throw error;
  }
  return { imageId: info.Id, repoDigest: repoDigest(info.RepoDigests ?? [], ref) };
}

/** The digest part of the RepoDigests entry for `ref`'s repository ("busybox@sha256:…" → "sha256:…"). */
export function repoDigest(repoDigests: string[], ref: ImageReference): string | null {
  if (ref.digest && repoDigests.some((d) => d.endsWith(`@${ref.digest}`))) return ref.digest;
  for (const entry of repoDigests) {
    try {
      const parsed = parseImageReference(entry);
      if (parsed.digest && sameRepository(parsed, ref)) return parsed.digest;
    } catch {
      // An entry the engine wrote that we cannot parse says nothing about this repository.
    }
  }
  return null;
}
