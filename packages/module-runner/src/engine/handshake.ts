// The engine's address, and the first two questions every connection asks it (GET /info and
// GET /version), over node:http alone. Alone, so that an action's entry can ask them before the
// rest of its bundle loads: the engine answers while Node compiles the action (`askEngineEarly`,
// called by actions/build-module and actions/run-module's src/index.ts; measured in BENCHMARKS.md,
// "Docker: build and run"). connectEngine takes those answers, or asks itself.
import http from 'node:http';
import https from 'node:https';

/** Where the engine listens, as dockerode takes it, and as messages name it. */
export interface EngineAddress {
  /** A unix socket path or an http(s) URL with its port. */
  endpoint: string;
  options: { socketPath: string } | { protocol: 'http' | 'https'; host: string; port: number };
}

/** DOCKER_HOST-style address (default $DOCKER_HOST, then /var/run/docker.sock). */
export function engineAddress(host: string | undefined): EngineAddress {
  const address = host ?? process.env.DOCKER_HOST ?? 'unix:///var/run/docker.sock';
  if (address.startsWith('unix://') || address.startsWith('/')) {
    const socketPath = address.startsWith('/') ? address : address.slice('unix://'.length);
    return { endpoint: socketPath, options: { socketPath } };
  }
  const url = new URL(address.replace(/^tcp:\/\//, 'http://'));
  const protocol = url.protocol === 'https:' ? 'https' : 'http';
  const port = Number(url.port || (protocol === 'https' ? 2376 : 2375));
  return { endpoint: `${protocol}://${url.hostname}:${port}`, options: { protocol, host: url.hostname, port } };
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

/** One GET; an error status rejects with the engine's message. */
function get(address: EngineAddress, path: string, timeoutMs: number): { answer: Promise<Answer>; sent: Promise<void> } {
  const { options } = address;
  const transport = 'protocol' in options && options.protocol === 'https' ? https : http;
  // agent false: one connection each, closed after the answer, so nothing keeps the process alive.
  const request = transport.request({ ...('socketPath' in options ? { socketPath: options.socketPath } : { host: options.host, port: options.port }), path, method: 'GET', agent: false, timeout: timeoutMs });
  const sent = new Promise<void>((resolve) => {
    request.once('finish', resolve);
    request.once('close', resolve);
  });
  const answer = new Promise<Answer>((resolve, reject) => {
    request.once('timeout', () => request.destroy(Object.assign(new Error(`no answer to GET ${path} within ${timeoutMs} ms`), { code: 'ETIMEDOUT' })));
    request.once('error', reject);
    request.once('response', (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.once('error', reject);
      response.once('end', () => {
        const body = Buffer.concat(chunks).toString('utf8');
        const status = response.statusCode ?? 0;
        if (status >= 200 && status < 300) return resolve({ headers: response.headers, body });
        const json = parseJson(body) as { message?: unknown } | undefined;
        const message = typeof json?.message === 'string' ? json.message : body.trim().slice(0, 200) || 'no answer';
        reject(Object.assign(new Error(`(HTTP code ${status}) GET ${path} - ${message}`), { statusCode: status, json }));
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

/**
 * For an action's entry: asks the engine named by DOCKER_HOST (or the default socket) now, and
 * keeps the answers for the first connectEngine() of this process. Resolves once the questions
 * are on the wire, so that the entry can then load the rest of the action while the engine answers.
 */
export function askEngineEarly(): Promise<void> {
  const address = engineAddress(undefined);
  const question = askEngine(address);
  // Nobody may be waiting for them yet (the inputs may be wrong): connectEngine reports the failure.
  question.answers.catch(() => undefined);
  slot[EARLY] = { endpoint: address.endpoint, answers: question.answers };
  return question.sent;
}

/** The answers askEngineEarly is getting for this endpoint, once; undefined when there are none. */
export function takeEarlyAnswers(endpoint: string): Promise<EngineAnswers> | undefined {
  const early = slot[EARLY];
  if (early?.endpoint !== endpoint) return undefined;
  slot[EARLY] = undefined;
  return early.answers;
}
