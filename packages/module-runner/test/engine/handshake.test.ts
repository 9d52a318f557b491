// The first two questions to the engine, against a fake engine on a unix socket that records what
// it is asked: what connectEngine makes of the answers, of each way they can fail, and that the
// early answers an action's entry asks for are used once, by the first connectEngine.
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { createServer as createTlsServer } from 'node:https';
import { createServer as createTlsSocketServer } from 'node:tls';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../../../../test/support/temp-dir';
import { attachOutput } from '../../src/engine/attach-output';
import { connectEngine, EngineUnavailableError } from '../../src/engine/connect';
import { askEngine, askEngineEarly, engineAddress, EngineAddressError, takeEarlyAnswers } from '../../src/engine/handshake';

const INFO = { ServerVersion: '28.5.1', DefaultRuntime: 'runc', Runtimes: { runc: {}, nvidia: {} }, MemTotal: 8_000_000_000, NCPU: 2 };

type Handler = (request: IncomingMessage, response: ServerResponse) => void;

/** A healthy engine: /info as INFO, /_ping with the API version header, as dockerd answers them. */
const healthy: Handler = (request, response) => {
  if (request.url === '/_ping') {
    response.writeHead(200, { 'Api-Version': '1.47', 'Content-Type': 'text/plain' }).end('OK');
  } else if (request.url === '/info') {
    response.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify(INFO));
  } else {
    response.writeHead(404, { 'Content-Type': 'application/json' }).end(JSON.stringify({ message: `page not found: ${request.url}` }));
  }
};

const closers: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const close of closers.splice(0)) await close();
  for (const name of ['DOCKER_HOST', 'DOCKER_TLS_VERIFY', 'DOCKER_TLS', 'DOCKER_CERT_PATH']) delete process.env[name];
});

/** A fake engine listening on a unix socket; `asked` lists "METHOD path" in arrival order. */
async function fakeEngine(handler: Handler): Promise<{ socket: string; asked: string[] }> {
  const socket = path.join(tempDir('lilypad-handshake-'), 'docker.sock');
  const asked: string[] = [];
  const server = createServer((request, response) => {
    asked.push(`${request.method} ${request.url}`);
    handler(request, response);
  });
  await new Promise<void>((resolve) => server.listen(socket, resolve));
  closers.push(
    () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  );
  return { socket, asked };
}

describe('engineAddress', () => {
  it('reads unix sockets and tcp addresses as DOCKER_HOST spells them, with the default ports', () => {
    expect(engineAddress('unix:///run/user/1000/docker.sock')).toEqual({ endpoint: '/run/user/1000/docker.sock', options: { socketPath: '/run/user/1000/docker.sock' } });
    expect(engineAddress('/var/run/docker.sock').endpoint).toBe('/var/run/docker.sock');
    expect(engineAddress('tcp://10.0.0.5')).toEqual({ endpoint: 'http://10.0.0.5:2375', options: { protocol: 'http', host: '10.0.0.5', port: 2375 } });
    expect(engineAddress('tcp://docker:2380').endpoint).toBe('http://docker:2380');
    expect(engineAddress('docker:2380').endpoint).toBe('http://docker:2380');
    expect(engineAddress('https://docker.example').endpoint).toBe('https://docker.example:2376');
  });

  it('takes DOCKER_HOST when given nothing, and the standard socket without it, or when it is empty', () => {
    process.env.DOCKER_HOST = 'unix:///elsewhere.sock';
    expect(engineAddress(undefined).endpoint).toBe('/elsewhere.sock');
    delete process.env.DOCKER_HOST;
    expect(engineAddress(undefined).endpoint).toBe('/var/run/docker.sock');
    process.env.DOCKER_HOST = '';
    expect(engineAddress(undefined).endpoint).toBe('/var/run/docker.sock');
    expect(engineAddress('unix://').endpoint).toBe('/var/run/docker.sock');
  });

  it('refuses what is not an engine address, saying what is', () => {
    expect(() => engineAddress('ssh://me@host')).toThrow(new EngineAddressError('DOCKER_HOST "ssh://me@host": ssh:// engines are not supported; use unix:///path/to/docker.sock or tcp://host:port'));
    expect(() => engineAddress('tcp://')).toThrow(EngineAddressError);
  });
});

describe('connectEngine', () => {
  it('asks GET /info and GET /_ping, and nothing else, and describes the engine from their answers', async () => {
    const engine = await fakeEngine(healthy);
    const connected = await connectEngine({ host: `unix://${engine.socket}` });
    expect(engine.asked.sort()).toEqual(['GET /_ping', 'GET /info']);
    expect(connected).toMatchObject({ endpoint: engine.socket, serverVersion: '28.5.1', apiVersion: '1.47', runtimes: ['runc', 'nvidia'], gpuCapable: true, defaultRuntime: 'runc', memoryBytes: 8_000_000_000, cpus: 2 });
    // Every later request names the API version the engine gave.
    await connected.docker.listImages().catch(() => undefined);
    expect(engine.asked.at(-1)).toMatch(/^GET \/v1\.47\/images\/json/);
  });

  it("an engine that names no API version is refused with the reason", async () => {
    const engine = await fakeEngine((request, response) => (request.url === '/_ping' ? response.writeHead(200).end('OK') : healthy(request, response)));
    const error = await connectEngine({ host: `unix://${engine.socket}` }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(EngineUnavailableError);
    expect((error as Error).message).toContain(`Cannot use the Docker daemon at ${engine.socket}: the engine's answer to GET /_ping names no API version (Api-Version header: null); is it a Docker engine?`);
  });

  it("an engine's refusal is reported with its own message", async () => {
    const engine = await fakeEngine((request, response) =>
      request.url === '/info' ? response.writeHead(500, { 'Content-Type': 'application/json' }).end(JSON.stringify({ message: 'storage driver is broken' })) : healthy(request, response),
    );
    const error = await connectEngine({ host: `unix://${engine.socket}` }).catch((e: unknown) => e);
    expect((error as Error).message).toContain(`Cannot use the Docker daemon at ${engine.socket}: (HTTP code 500) GET /info - storage driver is broken.`);
  });

  it('an engine that takes the connection and never answers fails within the timeout, as stopped answering', async () => {
    const engine = await fakeEngine(() => undefined);
    const started = Date.now();
    const error = await connectEngine({ host: `unix://${engine.socket}`, timeoutMs: 300 }).catch((e: unknown) => e);
    expect(Date.now() - started).toBeLessThan(5_000);
    expect((error as EngineUnavailableError).code).toBe('ETIMEDOUT');
    expect((error as Error).message).toContain(`The Docker daemon at ${engine.socket} stopped answering (ETIMEDOUT).`);
  });
});

describe('askEngineEarly', () => {
  it('asks once for the first connectEngine of the process; later connections ask again', async () => {
    const engine = await fakeEngine(healthy);
    process.env.DOCKER_HOST = `unix://${engine.socket}`;
    await askEngineEarly();
    const first = await connectEngine();
    expect(first.apiVersion).toBe('1.47');
    expect(engine.asked.sort()).toEqual(['GET /_ping', 'GET /info']);
    await connectEngine();
    expect(engine.asked).toHaveLength(4);
  });

  it('keeps its answers for the engine it asked, not for another', async () => {
    const asked = await fakeEngine(healthy);
    const other = await fakeEngine(healthy);
    process.env.DOCKER_HOST = `unix://${asked.socket}`;
    await askEngineEarly();
    expect(takeEarlyAnswers(other.socket)).toBeUndefined();
    await connectEngine({ host: `unix://${other.socket}` });
    expect(other.asked).toHaveLength(2);
    await expect(takeEarlyAnswers(asked.socket)).resolves.toMatchObject({ apiVersion: '1.47' });
    expect(takeEarlyAnswers(asked.socket)).toBeUndefined();
  });

  it('when nothing answers, settles without an unhandled rejection and connectEngine reports it', async () => {
    process.env.DOCKER_HOST = `unix://${path.join(tempDir('lilypad-handshake-'), 'none.sock')}`;
    await askEngineEarly();
    // Time for the failure to arrive with nobody waiting (vitest fails the file on an unhandled rejection).
    await new Promise((resolve) => setTimeout(resolve, 50));
    await expect(connectEngine()).rejects.toThrow(/^The Docker daemon is not running: nothing answers at .*none\.sock\./);
  });
});

describe('askEngine', () => {
  it('is sent before either answer arrives, so an entry can load the action meanwhile', async () => {
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    const engine = await fakeEngine((request, response) => void held.then(() => healthy(request, response)));
    const question = askEngine(engineAddress(`unix://${engine.socket}`));
    let answered = false;
    void question.answers.then(() => (answered = true));
    await question.sent;
    expect(answered).toBe(false);
    release();
    await expect(question.answers).resolves.toEqual({ info: INFO, apiVersion: '1.47' });
  });
});

describe('an engine behind TLS (DOCKER_TLS_VERIFY, DOCKER_CERT_PATH), as the docker CLI reaches one', () => {
  // A certificate authority, the engine's certificate for 127.0.0.1 and a client certificate, made
  // with openssl as the Docker docs make them; and a second authority that signed nothing here.
  const dir = tempDir('lilypad-engine-tls-');
  const openssl = (...args: string[]) => execFileSync('openssl', args, { cwd: dir, stdio: 'pipe' });
  const certs = path.join(dir, 'client');
  beforeAll(() => {
    const signed = (name: string, subject: string, extensions: string) => {
      openssl('req', '-newkey', 'rsa:2048', '-nodes', '-keyout', `${name}-key.pem`, '-subj', subject, '-out', `${name}.csr`);
      writeFileSync(path.join(dir, `${name}.ext`), extensions);
      openssl('x509', '-req', '-in', `${name}.csr`, '-CA', 'ca.pem', '-CAkey', 'ca-key.pem', '-CAcreateserial', '-days', '2', '-extfile', `${name}.ext`, '-out', `${name}.pem`);
    };
    openssl('req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', 'ca-key.pem', '-subj', '/CN=test engine CA', '-days', '2', '-out', 'ca.pem');
    openssl('req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', 'other-ca-key.pem', '-subj', '/CN=another CA', '-days', '2', '-out', 'other-ca.pem');
    signed('server', '/CN=127.0.0.1', 'subjectAltName = IP:127.0.0.1\nextendedKeyUsage = serverAuth\n');
    signed('client', '/CN=client', 'extendedKeyUsage = clientAuth\n');
    mkdirSync(certs);
    copyFileSync(path.join(dir, 'ca.pem'), path.join(certs, 'ca.pem'));
    copyFileSync(path.join(dir, 'client.pem'), path.join(certs, 'cert.pem'));
    copyFileSync(path.join(dir, 'client-key.pem'), path.join(certs, 'key.pem'));
  });

  /** The engine, asking for a client certificate signed by the CA as dockerd --tlsverify does. */
  async function tlsEngine({ clientCertificate = true } = {}): Promise<{ port: number; asked: string[] }> {
    const asked: string[] = [];
    const file = (name: string) => readFileSync(path.join(dir, name));
    const server = createTlsServer({ key: file('server-key.pem'), cert: file('server.pem'), ca: file('ca.pem'), requestCert: clientCertificate, rejectUnauthorized: clientCertificate }, (request, response) => {
      asked.push(`${request.method} ${request.url}`);
      healthy(request, response);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    closers.push(() => new Promise<void>((resolve) => (server.closeAllConnections(), server.close(() => resolve()))));
    return { port: (server.address() as AddressInfo).port, asked };
  }

  it('connects over TLS with the CA and the client certificate, and dockerode uses them too', async () => {
    const engine = await tlsEngine();
    // The files in ~/.docker, DOCKER_CERT_PATH unset: docker-modem never looks there by itself, so
    // dockerode's request below reaches the engine only if connectEngine hands it the files.
    const home = tempDir('lilypad-engine-home-');
    mkdirSync(path.join(home, '.docker'));
    for (const name of ['ca.pem', 'cert.pem', 'key.pem']) copyFileSync(path.join(certs, name), path.join(home, '.docker', name));
    const realHome = process.env.HOME;
    Object.assign(process.env, { HOME: home, DOCKER_HOST: `tcp://127.0.0.1:${engine.port}`, DOCKER_TLS_VERIFY: '1' });
    try {
      const connected = await connectEngine();
      expect(connected).toMatchObject({ endpoint: `https://127.0.0.1:${engine.port}`, apiVersion: '1.47', serverVersion: '28.5.1' });
      await connected.docker.listImages().catch(() => undefined);
    } finally {
      process.env.HOME = realHome;
    }
    expect(engine.asked.sort()).toEqual(['GET /_ping', 'GET /info', 'GET /v1.47/images/json']);
  });

  it("reads a container's output over TLS too (the attach connects where dockerode does, with its files)", async () => {
    const engine = await tlsEngine();
    const file = (name: string) => readFileSync(path.join(dir, name));
    const payload = Buffer.from('hello over TLS\n');
    const header = Buffer.alloc(8);
    header[0] = 1;
    header.writeUInt32BE(payload.length, 4);
    // The attach's own engine: it takes the upgrade and writes one stdout frame, as dockerd does.
    const attach = createTlsSocketServer({ key: file('server-key.pem'), cert: file('server.pem'), ca: file('ca.pem'), requestCert: true, rejectUnauthorized: true }, (socket) => {
      socket.once('data', () => socket.end(Buffer.concat([Buffer.from('HTTP/1.1 101 UPGRADED\r\nConnection: Upgrade\r\nUpgrade: tcp\r\n\r\n'), header, payload])));
    });
    await new Promise<void>((resolve) => attach.listen(0, '127.0.0.1', resolve));
    closers.push(() => new Promise<void>((resolve) => attach.close(() => resolve())));
    Object.assign(process.env, { DOCKER_TLS_VERIFY: '1', DOCKER_CERT_PATH: certs });
    const connected = await connectEngine({ host: `tcp://127.0.0.1:${engine.port}` });
    // The same engine, at the attach server's port: the modem carries the TLS files.
    (connected.docker.modem as { port?: number }).port = (attach.address() as AddressInfo).port;
    let stdout = '';
    await (await attachOutput(connected, 'abc123', (chunk) => (stdout += chunk.toString()), () => undefined)).drained;
    expect(stdout).toBe('hello over TLS\n');
  });

  it('takes port 2376 when the address names none', () => {
    Object.assign(process.env, { DOCKER_TLS_VERIFY: '1', DOCKER_CERT_PATH: certs });
    expect(engineAddress('tcp://docker').endpoint).toBe('https://docker:2376');
  });

  it("refuses an engine whose certificate the CA did not sign, naming the engine", async () => {
    // An engine that asks for no client certificate: the only thing that can fail is our check of its.
    const engine = await tlsEngine({ clientCertificate: false });
    const other = path.join(dir, 'other-client');
    mkdirSync(other, { recursive: true });
    copyFileSync(path.join(dir, 'other-ca.pem'), path.join(other, 'ca.pem'));
    Object.assign(process.env, { DOCKER_TLS_VERIFY: '1', DOCKER_CERT_PATH: other });
    const error = await connectEngine({ host: `tcp://127.0.0.1:${engine.port}` }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(EngineUnavailableError);
    expect((error as EngineUnavailableError).code).toBe('SELF_SIGNED_CERT_IN_CHAIN');
    expect((error as Error).message).toMatch(new RegExp(`^Cannot use the Docker daemon at https://127\\.0\\.0\\.1:${engine.port}: self-signed certificate in certificate chain`));
    expect(engine.asked).toEqual([]);
  });

  it('needs only ca.pem for an engine that asks for no client certificate, and dockerode gets on with it', async () => {
    const engine = await tlsEngine({ clientCertificate: false });
    const caOnly = path.join(dir, 'ca-only');
    mkdirSync(caOnly, { recursive: true });
    copyFileSync(path.join(dir, 'ca.pem'), path.join(caOnly, 'ca.pem'));
    Object.assign(process.env, { DOCKER_HOST: `tcp://127.0.0.1:${engine.port}`, DOCKER_TLS_VERIFY: '1', DOCKER_CERT_PATH: caOnly });
    const connected = await connectEngine();
    await connected.docker.listImages().catch(() => undefined);
    expect(engine.asked.sort()).toEqual(['GET /_ping', 'GET /info', 'GET /v1.47/images/json']);
  });

  it('says what is missing from DOCKER_CERT_PATH, before asking anything', () => {
    const empty = tempDir('lilypad-engine-certs-');
    Object.assign(process.env, { DOCKER_TLS_VERIFY: '1', DOCKER_CERT_PATH: empty });
    expect(() => engineAddress('tcp://127.0.0.1:2376')).toThrow(new EngineAddressError(`TLS to the engine needs the certificate authority that signed its certificate: ${empty}/ca.pem does not exist. Set DOCKER_CERT_PATH to the folder with ca.pem, cert.pem and key.pem.`));
    copyFileSync(path.join(certs, 'ca.pem'), path.join(empty, 'ca.pem'));
    copyFileSync(path.join(certs, 'cert.pem'), path.join(empty, 'cert.pem'));
    expect(() => engineAddress('tcp://127.0.0.1:2376')).toThrow(`${empty} (DOCKER_CERT_PATH) has cert.pem but no key.pem: the client certificate needs both.`);
  });

  it('refuses DOCKER_TLS without DOCKER_TLS_VERIFY (TLS without checking the engine), and an early ask leaves the report to connectEngine', async () => {
    Object.assign(process.env, { DOCKER_HOST: 'tcp://127.0.0.1:2376', DOCKER_TLS: '1' });
    expect(() => engineAddress(undefined)).toThrow(/^DOCKER_TLS is set without DOCKER_TLS_VERIFY/);
    await askEngineEarly();
    await expect(connectEngine()).rejects.toThrow(EngineAddressError);
  });

  it('keeps plain HTTP for tcp:// without TLS settings, and unix sockets whatever they say', () => {
    expect(engineAddress('tcp://127.0.0.1:2375').options).toEqual({ protocol: 'http', host: '127.0.0.1', port: 2375 });
    Object.assign(process.env, { DOCKER_TLS_VERIFY: '1', DOCKER_CERT_PATH: certs });
    expect(engineAddress('unix:///var/run/docker.sock').options).toEqual({ socketPath: '/var/run/docker.sock' });
  });
});
