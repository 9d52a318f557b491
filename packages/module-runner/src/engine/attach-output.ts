// A container's stdout and stderr as the engine sends them when attached without a TTY: one
// stream of frames, each an 8-byte header (stream type 1 or 2, three zero bytes, the payload's
// length as a big-endian uint32) and then the payload. Split here instead of with docker-modem's
// demuxStream, which concatenates every incoming chunk onto whatever it still holds: a module
// writing 1 GB of logs became a gigabyte of short-lived copies, and Node 24's collector let them
// pile up past the action's 150 MB. Here every read goes into one reused buffer and a payload
// reaches its sink as a view of it; the only copy is the 8-byte header when it spans two reads.

import { connect as netConnect, type Socket } from 'node:net';
import { connect as tlsConnect, type ConnectionOptions } from 'node:tls';
import type { Engine } from './connect';
import { engineRefusal } from './handshake';

/** Takes a piece of output; must use it before returning: it is a view of the read buffer, reused for the next read. */
export type OutputSink = (chunk: Buffer) => void;

const HEADER_BYTES = 8;

export class FrameSplitter {
  private readonly header = Buffer.alloc(HEADER_BYTES);
  private headerUsed = 0;
  /** Payload bytes of the current frame not yet passed on. */
  private payloadLeft = 0;
  private sink: OutputSink | null = null;
  /** Set when a header is not one the engine writes: the rest is passed on as stdout, unsplit. */
  private raw = false;

  constructor(
    private readonly stdout: OutputSink,
    private readonly stderr: OutputSink,
  ) {}

  push(chunk: Buffer): void {
    if (this.raw) return this.stdout(chunk);
    let at = 0;
    while (at < chunk.length) {
      if (this.payloadLeft > 0) {
        const n = Math.min(this.payloadLeft, chunk.length - at);
        this.sink!(chunk.subarray(at, at + n));
        this.payloadLeft -= n;
        at += n;
        continue;
      }
      const n = Math.min(HEADER_BYTES - this.headerUsed, chunk.length - at);
      chunk.copy(this.header, this.headerUsed, at, at + n);
      this.headerUsed += n;
      at += n;
      if (this.headerUsed < HEADER_BYTES) return;
      this.headerUsed = 0;
      const type = this.header[0];
      if (type !== 1 && type !== 2) {
        // Not multiplexed after all (a TTY, or a stream gone out of step): keep every byte.
        this.raw = true;
        this.stdout(Buffer.from(this.header));
        if (at < chunk.length) this.stdout(chunk.subarray(at));
        return;
      }
      this.sink = type === 1 ? this.stdout : this.stderr;
      this.payloadLeft = this.header.readUInt32BE(4);
    }
  }
}

export interface AttachedOutput {
  /** Settles when the engine ends the stream (or the connection fails); never rejects. */
  drained: Promise<void>;
  /** Stops reading (for a stream the engine never ends). */
  close(): void;
}

/** Each read lands in this one buffer, reused: the stream's size never becomes garbage. */
const READ_BYTES = 64 * 1024;
/** An answer's head (and an error's body) is small; a longer one is not the engine's. */
const MAX_HEAD_BYTES = 64 * 1024;

/**
 * Attaches to a created container's stdout and stderr before it starts, so nothing it writes is
 * missed: `POST /containers/{id}/attach` with an upgrade, as the docker CLI does, on a connection
 * of its own whose reads go into one reused buffer (dockerode's attach gives each read a fresh
 * one). Resolves once the engine has answered; rejects as dockerode would (the error's
 * `statusCode` and `json.message`, or the transport's `code`).
 */
export function attachOutput(engine: Pick<Engine, 'docker' | 'endpoint' | 'apiVersion'>, containerId: string, stdout: OutputSink, stderr: OutputSink): Promise<AttachedOutput> {
  const splitter = new FrameSplitter(stdout, stderr);
  let head: Buffer | null = Buffer.alloc(0);
  let settle: ((error: Error | null) => void) | null = null;
  let drainedResolve: () => void = () => undefined;
  const drained = new Promise<void>((resolve) => (drainedResolve = resolve));

  const onread = (n: number, buffer: Buffer): boolean => {
    if (head === null) {
      splitter.push(buffer.subarray(0, n));
      return true;
    }
    head = Buffer.concat([head, buffer.subarray(0, n)]);
    const answer = parseAnswer(head);
    if (answer === 'incomplete') {
      if (head.length > MAX_HEAD_BYTES) settle?.(new Error(`the engine at ${engine.endpoint} sent no HTTP answer to attach`));
      return true;
    }
    if (answer instanceof Error) {
      settle?.(answer);
      return true;
    }
    const rest = head.subarray(answer);
    head = null;
    settle?.(null);
    if (rest.length > 0) splitter.push(rest);
    return true;
  };

  const socket = openSocket(engine.docker.modem as ModemAddress, { buffer: Buffer.allocUnsafe(READ_BYTES), callback: onread });
  const path = `/v${engine.apiVersion}/containers/${encodeURIComponent(containerId)}/attach?stream=1&stdout=1&stderr=1`;
  socket.write(`POST ${path} HTTP/1.1\r\nHost: docker\r\nConnection: Upgrade\r\nUpgrade: tcp\r\nContent-Length: 0\r\n\r\n`);
  socket.on('close', () => {
    drainedResolve();
    settle?.(head !== null && head.length > 0 ? answerError(head) : Object.assign(new Error('the engine closed the connection'), { code: 'ECONNRESET' }));
  });
  socket.on('error', (error) => {
    drainedResolve();
    settle?.(error);
  });

  return new Promise<AttachedOutput>((resolve, reject) => {
    settle = (error) => {
      settle = null;
      if (error) {
        socket.destroy();
        reject(error);
      } else resolve({ drained, close: () => socket.destroy() });
    };
  });
}

type Onread = { buffer: Buffer; callback: (n: number, buffer: Buffer) => boolean };

/** Where dockerode's modem connects (connectEngine's DOCKER_HOST, and its TLS files if any). */
interface ModemAddress {
  socketPath?: string;
  host?: string;
  port?: number | string;
  protocol?: string;
  ca?: string | Buffer;
  cert?: string | Buffer;
  key?: string | Buffer;
}

/** A connection to the engine where every other request of this run goes. */
function openSocket(modem: ModemAddress, onread: Onread): Socket {
  if (modem.socketPath) return netConnect({ path: modem.socketPath, onread });
  const address = { host: modem.host?.replace(/^\[(.*)\]$/, '$1'), port: Number(modem.port), onread };
  if (modem.protocol !== 'https') return netConnect(address);
  // tls.connect takes onread as net.connect does (Node's docs); @types/node leaves it out.
  return tlsConnect({ ...address, ca: modem.ca, cert: modem.cert, key: modem.key } as ConnectionOptions);
}

/** The status code of an HTTP answer's first line; undefined when it is not one. */
function statusOf(head: Buffer): number | undefined {
  const code = /^HTTP\/1\.[01] (\d{3})/.exec(head.toString('latin1', 0, 32))?.[1];
  return code === undefined ? undefined : Number(code);
}

/**
 * Where the stream starts, once the answer's head is complete: after `101 UPGRADED` (or `200`,
 * from an engine that hijacks without upgrading). Any other status is the engine refusing, with
 * its JSON message in the body, returned as an error once the body is there.
 */
function parseAnswer(head: Buffer): number | Error | 'incomplete' {
  const end = head.indexOf('\r\n\r\n');
  if (end < 0) return 'incomplete';
  const status = statusOf(head);
  if (status === 101 || status === 200) return end + 4;
  const length = Number(/\r\ncontent-length:\s*(\d+)/i.exec(head.toString('latin1', 0, end))?.[1] ?? NaN);
  return Number.isFinite(length) && head.length < end + 4 + length ? 'incomplete' : answerError(head);
}

/** The engine's refusal of the attach, from the answer's head and whatever of its body has come. */
function answerError(head: Buffer): Error {
  const end = head.indexOf('\r\n\r\n');
  return engineRefusal(statusOf(head), end < 0 ? '' : head.toString('utf8', end + 4), 'attach');
}
