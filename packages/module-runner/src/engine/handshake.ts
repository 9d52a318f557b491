// The engine's address, and the first two questions every connection asks it (GET /info and
// GET /_ping), over node:http alone. Alone, so that an action's entry can ask them before the
// rest of its bundle loads: the engine answers while Node compiles the action (`askEngineEarly`,
// called by actions/shared/engine-first.ts; measured in BENCHMARKS.md, "Docker: build and run").
// connectEngine takes those answers, or asks itself.
import { UserError } from '@lilypad-actions/errors';
import { readFileSync } from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import { homedir } from 'node:os';
import path from 'node:path';

/** The engine's TLS files (DOCKER_CERT_PATH), as dockerode and node:https take them. */
export interface EngineTls {
  ca?: Buffer;
  cert?: Buffer;
  key?: Buffer;
}

/** Where the engine listens, as dockerode takes it, and as messages name it. */
export interface EngineAddress {
  /** A unix socket path or an http(s) URL with its port. */
  endpoint: string;
  options: { socketPath: string } | ({ protocol: 'http' | 'https'; host: string; port: number } & EngineTls);
}

const DEFAULT_SOCKET = '/var/run/docker.sock';

/** DOCKER_HOST and its TLS settings do not describe an engine this tool can talk to. */
export class EngineAddressError extends UserError {
  override name = 'EngineAddressError';
}

/**
 * The engine's address as the docker CLI reads it: `host`, else DOCKER_HOST, else the standard
 * socket; for tcp:// (or https://) DOCKER_TLS_VERIFY (any value) means TLS with the engine's
 * certificate checked against DOCKER_CERT_PATH's ca.pem (default ~/.docker), with its cert.pem
 * and key.pem as the client's when they are there, and port 2376 by default.
 */
export function engineAddress(host: string | undefined): EngineAddress {
  // An empty DOCKER_HOST (an unset workflow variable) means the default, as for the docker CLI.
  const address = host || process.env.DOCKER_HOST || `unix://${DEFAULT_SOCKET}`;
  if (address.startsWith('unix://') || address.startsWith('/')) {
    const socketPath = (address.startsWith('/') ? address : address.slice('unix://'.length)) || DEFAULT_SOCKET;
    return { endpoint: socketPath, options: { socketPath } };
  }
  let url: URL;
  try {
    // host:port alone is tcp://host:port, as the docker CLI reads it.
    url = new URL(address.includes('://') ? address.replace(/^tcp:\/\//, 'http://') : `http://${address}`);
  } catch {
    throw new EngineAddressError(`DOCKER_HOST ${JSON.stringify(address)} is not an engine address: use unix:///path/to/docker.sock or tcp://host:port`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new EngineAddressError(`DOCKER_HOST ${JSON.stringify(address)}: ${url.protocol.slice(0, -1)}:// engines are not supported; use unix:///path/to/docker.sock or tcp://host:port`);
  }
  const tls = engineTls(url.protocol === 'https:');
  const protocol = tls ? 'https' : 'http';
  const port = Number(url.port || (tls ? 2376 : 2375));
  return { endpoint: `${protocol}://${url.hostname}:${port}`, options: { protocol, host: url.hostname.replace(/^\[(.*)\]$/, '$1'), port, ...tls } };
}

/** The TLS files when DOCKER_TLS_VERIFY (or an https:// address) asks for TLS; undefined for plain HTTP. */
function engineTls(httpsAddress: boolean): EngineTls | undefined {
  if (!process.env.DOCKER_TLS_VERIFY && !httpsAddress) {
    if (process.env.DOCKER_TLS) throw new EngineAddressError('DOCKER_TLS is set without DOCKER_TLS_VERIFY: TLS without checking the engine\'s certificate is refused. Set DOCKER_TLS_VERIFY=1 and DOCKER_CERT_PATH to the folder with ca.pem, cert.pem and key.pem.');
    return undefined;
  }
  const folder = process.env.DOCKER_CERT_PATH || path.join(homedir(), '.docker');
  const read = (name: string): Buffer | undefined => {
    try {
      return readFileSync(path.join(folder, name));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw new EngineAddressError(`cannot read ${path.join(folder, name)} (DOCKER_CERT_PATH): ${(error as Error).message}`);
    }
  };
  const ca = read('ca.pem');
  const cert = read('cert.pem');
  const key = read('key.pem');
  // An https:// address without DOCKER_TLS_VERIFY may rely on the system's authorities (a ca.pem
  // there, when present, is taken instead, as are a client cert.pem and key.pem).
  if (!ca && process.env.DOCKER_TLS_VERIFY) throw new EngineAddressError(`TLS to the engine needs the certificate authority that signed its certificate: ${path.join(folder, 'ca.pem')} does not exist. Set DOCKER_CERT_PATH to the folder with ca.pem, cert.pem and key.pem.`);
  if (Boolean(cert) !== Boolean(key)) throw new EngineAddressError(`${folder} (DOCKER_CERT_PATH) has ${cert ? 'cert.pem but no key.pem' : 'key.pem but no cert.pem'}: the client certificate needs both.`);
  return { ...(ca ? { ca } : {}), ...(cert && key ? { cert, key } : {}) };
}

/** What the engine says about itself: GET /info's answer, and its API version from GET /_ping. */
export interface EngineAnswers {
  info: Record<string, unknown>;
  /** The newest API version the engine speaks ("1.47"), as the docker CLI negotiates it. */
  apiVersion: string;
}

export interface Question {
  answers: Promise<EngineAnswers>;
  /** Settles (never rejects) once both requests are written or have failed. */
  sent: Promise<void>;
}

export const DEFAULT_CONNECT_TIMEOUT_MS = 10_000;

/**
 * Asks the engine at `address` who it is: GET /info, and GET /_ping for the API version (the
 * docker CLI's way; GET /version also has it but takes the engine ~20 ms, asking its runtimes for
 * their versions). A failure rejects `answers` with the transport's error (its `code`:
 * ECONNREFUSED, EACCES, ETIMEDOUT…) or, when the engine answers with an error status, an error
 * with `statusCode` and the engine's message, as dockerode reports them.
 */
export function askEngine(address: EngineAddress, timeoutMs = DEFAULT_CONNECT_TIMEOUT_MS): Question {
  const info = get(address, '/info', timeoutMs);
  const ping = get(address, '/_ping', timeoutMs);
  return {
    answers: Promise.all([info.answer, ping.answer]).then(([i, p]) => {
      const apiVersion = p.headers['api-version'];
      if (typeof apiVersion !== 'string' || !/^\d+\.\d+$/.test(apiVersion)) {
        throw new Error(`the engine's answer to GET /_ping names no API version (Api-Version header: ${JSON.stringify(apiVersion ?? null)}); is it a Docker engine?`);
      }
      const parsed = parseJson(i.body);
      if (parsed === undefined || typeof parsed !== 'object' || parsed === null) throw new Error(`the engine's answer to GET /info is not a JSON object: ${i.body.slice(0, 200)}`);
      return { info: parsed as EngineAnswers['info'], apiVersion };
    }),
    sent: Promise.all([info.sent, ping.sent]).then(() => undefined),
  };
}

interface Answer {
  headers: http.IncomingHttpHeaders;
  body: string;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/**
 * The engine's refusal of `request` ("GET /info", "attach") as dockerode reports one:
 * `(HTTP code N) request - message`, with `statusCode` and the body's JSON as `json`.
 */
export function engineRefusal(status: number | undefined, body: string, request: string): Error {
  const json = parseJson(body) as { message?: unknown } | undefined;
  const message = typeof json?.message === 'string' ? json.message : body.trim().slice(0, 200) || 'no answer';
  return Object.assign(new Error(`(HTTP code ${status ?? '?'}) ${request} - ${message}`), { statusCode: status, json });
}

/** One GET; an error status rejects with the engine's message. */
function get(address: EngineAddress, route: string, timeoutMs: number): { answer: Promise<Answer>; sent: Promise<void> } {
  const { options } = address;
  const transport = 'protocol' in options && options.protocol === 'https' ? https : http;
  // agent false: one connection each, closed after the answer, so nothing keeps the process alive.
  const where = 'socketPath' in options ? { socketPath: options.socketPath } : { host: options.host, port: options.port, ca: options.ca, cert: options.cert, key: options.key };
  const request = transport.request({ ...where, path: route, method: 'GET', agent: false, timeout: timeoutMs });
  const sent = new Promise<void>((resolve) => {
    request.once('finish', resolve);
    request.once('close', resolve);
  });
  const answer = new Promise<Answer>((resolve, reject) => {
    request.once('timeout', () => request.destroy(Object.assign(new Error(`no answer to GET ${route} within ${timeoutMs} ms`), { code: 'ETIMEDOUT' })));
    request.once('error', reject);
    request.once('response', (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.once('error', reject);
      response.once('end', () => {
        const body = Buffer.concat(chunks).toString('utf8');
        const status = response.statusCode ?? 0;
        if (status >= 200 && status < 300) return resolve({ headers: response.headers, body });
        reject(engineRefusal(status, body, `GET ${route}`));
      });
    });
  });
  request.end();
  return { answer, sent };
}

// An action's entry and the action itself are two bundles (dist/index.js and dist/main.js), each
// with its own copy of this module: the early answers pass from one to the other on a global.
const EARLY = Symbol.for('@lilypad-actions/module-runner: early engine answers');
type Early = { endpoint: string; answers: Promise<EngineAnswers> };
const slot = globalThis as { [EARLY]?: Early | undefined };

/** How long an entry waits for its questions to be on the wire before it loads the action anyway. */
const EARLY_SEND_WAIT_MS = 100;

/**
 * For an action's entry: asks the engine named by DOCKER_HOST (or the default socket) now, and
 * keeps the answers for the first connectEngine() of this process, whatever timeout that call
 * names (these have DEFAULT_CONNECT_TIMEOUT_MS). Resolves once the questions are on the wire, so
 * that the entry can then load the rest of the action while the engine answers; or after
 * EARLY_SEND_WAIT_MS when the connection takes longer (a remote engine that does not answer must
 * not hold up the action's own checks of its inputs).
 */
export function askEngineEarly(): Promise<void> {
  let address: EngineAddress;
  try {
    address = engineAddress(undefined);
  } catch {
    // connectEngine reads the address again and reports the mistake.
    return Promise.resolve();
  }
  const question = askEngine(address);
  // Nobody may be waiting for them yet (the inputs may be wrong): connectEngine reports the failure.
  question.answers.catch(() => undefined);
  slot[EARLY] = { endpoint: address.endpoint, answers: question.answers };
  let timer: NodeJS.Timeout | undefined;
  const waited = new Promise<void>((resolve) => (timer = setTimeout(resolve, EARLY_SEND_WAIT_MS)));
  return Promise.race([question.sent, waited]).finally(() => clearTimeout(timer));
}

/** The answers askEngineEarly is getting for this endpoint, once; undefined when there are none. */
export function takeEarlyAnswers(endpoint: string): Promise<EngineAnswers> | undefined {
  const early = slot[EARLY];
  if (early?.endpoint !== endpoint) return undefined;
  slot[EARLY] = undefined;
  return early.answers;
}
