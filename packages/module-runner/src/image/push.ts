// Pushing a built image to its registry, to learn the digest resource providers will pull: the
// registry's manifest digest exists only once pushed (the local image id is another hash).
import { UserError } from '@lilypad-actions/errors';
import { deadline } from '../engine/deadline';
import type Docker from 'dockerode';
import { engineUnavailable, EngineUnavailableError, isTransportError, type Engine } from '../engine/connect';
import { statusCode } from '../engine/labels';
import { streamRequestMessage } from './build';
import { EngineStreamError, followProgress, StreamAbortedError, type FollowResult } from '../engine/progress';
import { familiarReference, familiarRepository, parseImageReference, type ImageReference } from './reference';
import { authconfig, type RegistryAuth } from './registry-auth';

export interface PushOptions {
  engine: Engine;
  /** A tagged name of a local image ("ghcr.io/o/m:1"). */
  reference: string;
  auth?: RegistryAuth;
  onProgress?: (line: string) => void;
  signal?: AbortSignal;
  timeoutMs?: number;
}

export interface PushResult {
  /** The manifest digest in the registry (sha256:…). */
  digest: string;
  seconds: number;
}

export class PushError extends UserError {
  override name = 'PushError';
  constructor(message: string, readonly kind: 'denied' | 'registry' | 'timeout' | 'cancelled' | 'reference' | 'no-digest') {
    super(message);
  }
}

/** Pushes `reference`; resolves with the registry digest. Throws PushError or EngineUnavailableError. */
export async function pushImage(options: PushOptions): Promise<PushResult> {
  const { engine } = options;
  let ref: ImageReference;
  try {
    ref = parseImageReference(options.reference);
  } catch (error) {
    throw new PushError((error as Error).message, 'reference');
  }
  if (ref.digest !== undefined) throw new PushError(`cannot push ${options.reference}: push a tag, not a digest`, 'reference');
  const shown = familiarReference(ref);
  const started = performance.now();
  const limit = deadline(options);
  let result: FollowResult;
  try {
    const image = engine.docker.getImage(familiarRepository(ref));
    const stream = (await image.push({
      tag: ref.tag ?? 'latest',
      authconfig: authconfig(options.auth),
      abortSignal: limit.signal,
    } as Docker.ImagePushOptions)) as NodeJS.ReadableStream;
    result = await followProgress(stream, { kind: 'push', signal: limit.signal, ...(options.onProgress ? { onProgress: options.onProgress } : {}) });
  } catch (error) {
    if (limit.signal.aborted || error instanceof StreamAbortedError) {
      if (!limit.timedOut()) throw new PushError(`push of ${shown} cancelled`, 'cancelled');
      throw new PushError(`push of ${shown} timed out after ${Math.round((options.timeoutMs ?? 0) / 1000)}s`, 'timeout');
    }
    throw pushFailure(error, engine, shown);
  } finally {
    limit.dispose();
  }
  const digest = pushedDigest(result);
  if (!digest) throw new PushError(`the registry accepted ${shown} but the engine did not report its digest`, 'no-digest');
  return { digest, seconds: (performance.now() - started) / 1000 };
}

/** aux {"Digest": …}, or the "<tag>: digest: sha256:… size: N" status line of older engines. */
export function pushedDigest(result: FollowResult): string | undefined {
  for (const m of result.messages) if (typeof m.aux?.Digest === 'string') return m.aux.Digest;
  for (const m of result.messages) {
    const found = /digest: (sha256:[0-9a-f]{64}) size: \d+/.exec(m.status ?? '');
    if (found) return found[1];
  }
  return undefined;
}

function pushFailure(error: unknown, engine: Engine, shown: string): Error {
  if (error instanceof EngineUnavailableError) return error;
  if (isTransportError(error) && !(error instanceof EngineStreamError)) return engineUnavailable(error, engine.endpoint);
  const message = error instanceof EngineStreamError ? error.message : streamRequestMessage(error);
  if (statusCode(error) === 404) return new PushError(`cannot push ${shown}: no such image on this engine (build it first)`, 'registry');
  if (/denied|unauthorized|authentication required/i.test(message)) {
    return new PushError(`push of ${shown} was refused: ${message}. Check the registry, username and password inputs (the token needs write access to the package)`, 'denied');
  }
  return new PushError(`push of ${shown} failed: ${message}`, 'registry');
}
