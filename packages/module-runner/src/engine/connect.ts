// One connection to the Docker engine, and one place that turns the engine's transport failures
// into messages a module author can act on.
import { UserError } from '@lilypad-actions/errors';
import Docker from 'dockerode';
import { askEngine, DEFAULT_CONNECT_TIMEOUT_MS, engineAddress, takeEarlyAnswers, type EngineAnswers } from './handshake';

/** What the engine told us about itself at connection time. */
export interface Engine {
  docker: Docker;
  /** Where we connected: a unix socket path or an http(s) URL with its port. */
  endpoint: string;
  serverVersion: string;
  apiVersion: string;
  /** Runtimes the daemon offers; "nvidia" means it can hand GPUs to containers. */
  runtimes: string[];
  /** The daemon answers `--gpus`-style DeviceRequests: the NVIDIA runtime is installed. */
  gpuCapable: boolean;
  /** The runtime every container gets unless it asks for another (`nvidia` hands GPUs even to build steps). */
  defaultRuntime: string;
  /** Total memory of the daemon's host, bytes (limits above it are pointless). */
  memoryBytes: number;
  cpus: number;
}

export interface ConnectOptions {
  /** DOCKER_HOST-style address; defaults to $DOCKER_HOST, then /var/run/docker.sock. */
  host?: string;
  /** How long the first request may take before we give up, ms. */
  timeoutMs?: number;
}

/** The engine could not be reached or refused us: the message says how to fix it. */
export class EngineUnavailableError extends UserError {
  constructor(message: string, readonly code: string | undefined) {
    super(message);
  }
}

/**
 * Connects and asks the engine who it is. Fails with EngineUnavailableError naming the endpoint
 * and what to do; never with a bare ECONNREFUSED.
 */
export async function connectEngine(options: ConnectOptions = {}): Promise<Engine> {
  const spec = engineAddress(options.host);
  let info: EngineAnswers['info'];
  let apiVersion: string;
  try {
    // GET /info and GET /_ping, side by side (handshake.ts); the action's entry may have asked
    // already, and then its answers are used.
    ({ info, apiVersion } = await (takeEarlyAnswers(spec.endpoint) ?? askEngine(spec, options.timeoutMs ?? DEFAULT_CONNECT_TIMEOUT_MS).answers));
  } catch (error) {
    throw engineUnavailable(error, spec.endpoint);
  }
  // Requests without a timeout from here on: builds and runs take as long as they take, and each
  // caller bounds its own wait.
  const connected = dockerAt({ ...spec.options, version: `v${apiVersion}` });
  const runtimes = Object.keys((info.Runtimes as Record<string, unknown> | undefined) ?? {});
  return {
    docker: connected,
    endpoint: spec.endpoint,
    serverVersion: String(info.ServerVersion || 'unknown'),
    apiVersion,
    runtimes,
    // Not CDISpecDirs: recent engines list them with no GPU toolkit at all, and a `--gpus` request
    // (Driver "") is served by the NVIDIA runtime's hook, not by CDI.
    gpuCapable: runtimes.includes('nvidia'),
    defaultRuntime: String(info.DefaultRuntime ?? 'runc'),
    memoryBytes: Number(info.MemTotal ?? 0),
    cpus: Number(info.NCPU ?? 0),
  };
}

/**
 * dockerode at our address with our TLS files. docker-modem's constructor reads DOCKER_HOST,
 * DOCKER_TLS_VERIFY and DOCKER_CERT_PATH itself even when it is given an address, and throws when
 * a client certificate it expects is missing (a folder with only ca.pem is enough for an engine
 * that asks for no client certificate); engineAddress has read them already, so docker-modem is
 * kept from reading them again.
 */
function dockerAt(options: Docker.DockerOptions): Docker {
  const host = process.env.DOCKER_HOST;
  delete process.env.DOCKER_HOST;
  try {
    return new Docker(options);
  } finally {
    if (host !== undefined) process.env.DOCKER_HOST = host;
  }
}

function errorCode(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
}

/** The engine went away or never answered: a message with the endpoint and the fix. */
export function engineUnavailable(error: unknown, endpoint: string): EngineUnavailableError {
  const code = errorCode(error);
  const detail = error instanceof Error ? error.message : String(error);
  const start =
    'Start it (sudo systemctl start docker, or sudo dockerd &) or point DOCKER_HOST at a running engine.';
  switch (code) {
    case 'ENOENT':
    case 'ECONNREFUSED':
      return new EngineUnavailableError(`The Docker daemon is not running: nothing answers at ${endpoint}. ${start}`, code);
    case 'EACCES':
    case 'EPERM':
      return new EngineUnavailableError(
        `Permission denied on ${endpoint}: add this user to the docker group (sudo usermod -aG docker $USER, then log in again) or run as root.`,
        code,
      );
    case 'ECONNRESET':
    case 'EPIPE':
    case 'ESOCKETTIMEDOUT':
    case 'ETIMEDOUT':
      return new EngineUnavailableError(`The Docker daemon at ${endpoint} stopped answering (${code}). ${start}`, code);
    default:
      return new EngineUnavailableError(`Cannot use the Docker daemon at ${endpoint}: ${detail}. ${start}`, code);
  }
}

/** True when an error means the connection to the engine broke rather than the engine saying no. */
export function isTransportError(error: unknown): boolean {
  const code = errorCode(error);
  return code !== undefined && ['ENOENT', 'ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'ESOCKETTIMEDOUT', 'EACCES'].includes(code);
}

/** The engine's own message from a dockerode error ("(HTTP code 404) no such image - …" → the JSON message). */
export function engineMessage(error: unknown): string {
  const json = (error as { json?: { message?: unknown } } | null)?.json;
  if (json && typeof json.message === 'string') return json.message;
  return error instanceof Error ? error.message : String(error);
}
