import { createServer, type AddressInfo } from 'node:net';
import Docker from 'dockerode';
import { describe, expect, it } from 'vitest';
import { attachOutput, FrameSplitter } from '../../src/engine/attach-output';
import { engineMessage, isTransportError } from '../../src/engine/connect';

/** One frame as the engine writes it: type, three zero bytes, length (big-endian), payload. */
function frame(type: number, payload: string): Buffer {
  const body = Buffer.from(payload, 'utf8');
  const header = Buffer.alloc(8);
  header[0] = type;
  header.writeUInt32BE(body.length, 4);
  return Buffer.concat([header, body]);
}

function split(chunks: Buffer[]): { stdout: string; stderr: string; pieces: number } {
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  const splitter = new FrameSplitter(
    (c) => out.push(Buffer.from(c)),
    (c) => err.push(Buffer.from(c)),
  );
  for (const c of chunks) splitter.push(c);
  return { stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8'), pieces: out.length + err.length };
}

describe('FrameSplitter', () => {
  const stream = Buffer.concat([frame(1, 'hello '), frame(2, 'oops\n'), frame(1, ''), frame(1, 'world ✓\n'), frame(2, 'bye')]);

  it('separates stdout from stderr, in one chunk', () => {
    expect(split([stream])).toMatchObject({ stdout: 'hello world ✓\n', stderr: 'oops\nbye' });
  });

  it('gives the same streams however the chunks cut headers and payloads', () => {
    for (let size = 1; size <= stream.length; size++) {
      const chunks: Buffer[] = [];
      for (let at = 0; at < stream.length; at += size) chunks.push(stream.subarray(at, at + size));
      expect(split(chunks), `chunks of ${size} bytes`).toMatchObject({ stdout: 'hello world ✓\n', stderr: 'oops\nbye' });
    }
  });

  it('passes payloads on as views, never one call per byte', () => {
    const big = frame(1, 'x'.repeat(100_000));
    expect(split([big.subarray(0, 3), big.subarray(3, 50_000), big.subarray(50_000)]).pieces).toBe(2);
  });

  it('keeps every byte of a stream that is not multiplexed, as stdout', () => {
    const tty = Buffer.from('plain text from a TTY\n');
    expect(split([tty.subarray(0, 5), tty.subarray(5)])).toMatchObject({ stdout: 'plain text from a TTY\n', stderr: '' });
    expect(split([frame(2, 'first'), Buffer.from('then garbage')])).toMatchObject({ stdout: 'then garbage', stderr: 'first' });
  });
});

/** What attachOutput needs of an engine, connected as connectEngine connects dockerode. */
const engineAt = (options: Docker.DockerOptions, endpoint: string) => ({ docker: new Docker(options), endpoint, apiVersion: '1.41' });

/** An engine on loopback that answers one attach with `answer` and then closes. */
async function fakeEngine(answer: (request: string) => Buffer[]): Promise<{ engine: ReturnType<typeof engineAt>; requests: string[]; close: () => void }> {
  const requests: string[] = [];
  const server = createServer((socket) => {
    let request = '';
    socket.on('data', (d: Buffer) => {
      request += d.toString('latin1');
      if (!request.includes('\r\n\r\n')) return;
      requests.push(request);
      for (const part of answer(request)) socket.write(part);
      socket.end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return { engine: engineAt({ protocol: 'http', host: '127.0.0.1', port }, `http://127.0.0.1:${port}`), requests, close: () => server.close() };
}

describe('attachOutput', () => {
  it('asks for an upgraded attach of both streams and splits what follows the answer, in any pieces', async () => {
    const body = Buffer.concat([frame(1, 'out '.repeat(50_000)), frame(2, 'err\n')]);
    const fake = await fakeEngine(() => [
      Buffer.from('HTTP/1.1 101 UPGRADED\r\nContent-Type: application/vnd.docker.raw-stream\r\nConnection: Upgrade\r\nUpgrade: tcp\r\n\r\n'),
      body.subarray(0, 3),
      body.subarray(3),
    ]);
    try {
      let stdout = '';
      let stderr = '';
      const attached = await attachOutput(fake.engine, 'abc123', (c) => (stdout += c.toString()), (c) => (stderr += c.toString()));
      await attached.drained;
      expect(fake.requests[0]).toMatch(/^POST \/v1\.41\/containers\/abc123\/attach\?stream=1&stdout=1&stderr=1 HTTP\/1\.1\r\n/);
      expect(fake.requests[0]).toContain('\r\nUpgrade: tcp\r\n');
      expect(stdout).toBe('out '.repeat(50_000));
      expect(stderr).toBe('err\n');
    } finally {
      fake.close();
    }
  });

  it("rejects with the engine's status and message when it refuses", async () => {
    const json = '{"message":"No such container: gone"}';
    const fake = await fakeEngine(() => [Buffer.from(`HTTP/1.1 404 Not Found\r\nContent-Type: application/json\r\nContent-Length: ${json.length}\r\n\r\n`), Buffer.from(json)]);
    try {
      const error = await attachOutput(fake.engine, 'gone', () => undefined, () => undefined).catch((e: unknown) => e);
      expect(error).toMatchObject({ statusCode: 404, json: { message: 'No such container: gone' } });
      expect(engineMessage(error)).toBe('No such container: gone');
    } finally {
      fake.close();
    }
  });

  it('rejects with a transport error when nothing answers', async () => {
    const error = await attachOutput(engineAt({ socketPath: '/nonexistent/docker.sock' }, '/nonexistent/docker.sock'), 'x', () => undefined, () => undefined).catch((e: unknown) => e);
    expect(isTransportError(error)).toBe(true);
  });

  it('rejects when the connection closes before an answer', async () => {
    const fake = await fakeEngine(() => []);
    try {
      const error = await attachOutput(fake.engine, 'x', () => undefined, () => undefined).catch((e: unknown) => e);
      expect(isTransportError(error)).toBe(true);
    } finally {
      fake.close();
    }
  });
});
