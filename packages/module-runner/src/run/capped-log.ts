// A container's stdout or stderr, kept within a fixed amount of memory however much it writes:
// the first `headBytes` (how it started) and the last `tailBytes` (how it ended, where errors
// are), with the count of everything in between. A module writing 1 GB of logs costs the action
// only these two buffers.

import { Writable } from 'node:stream';
import type { CapturedLog } from '../report/types';

export const DEFAULT_LOG_CAP_BYTES = 1024 * 1024;

export class CappedLog extends Writable {
  private readonly head: Buffer;
  private headUsed = 0;
  private readonly tail: Buffer;
  /** Next write position in `tail`, a ring buffer. */
  private tailPos = 0;
  private tailUsed = 0;
  total = 0;

  constructor(capBytes = DEFAULT_LOG_CAP_BYTES) {
    super();
    const headBytes = Math.floor(capBytes / 4);
    this.head = Buffer.alloc(headBytes);
    this.tail = Buffer.alloc(capBytes - headBytes);
  }

  override _write(chunk: Buffer, _encoding: BufferEncoding, done: (error?: Error | null) => void): void {
    this.append(chunk);
    done();
  }

  append(chunk: Buffer): void {
    this.total += chunk.length;
    let rest = chunk;
    if (this.headUsed < this.head.length) {
      const n = Math.min(rest.length, this.head.length - this.headUsed);
      rest.copy(this.head, this.headUsed, 0, n);
      this.headUsed += n;
      rest = rest.subarray(n);
    }
    if (rest.length === 0 || this.tail.length === 0) return;
    if (rest.length >= this.tail.length) {
      rest.copy(this.tail, 0, rest.length - this.tail.length);
      this.tailPos = 0;
      this.tailUsed = this.tail.length;
      return;
    }
    const first = Math.min(rest.length, this.tail.length - this.tailPos);
    rest.copy(this.tail, this.tailPos, 0, first);
    rest.copy(this.tail, 0, first);
    this.tailPos = (this.tailPos + rest.length) % this.tail.length;
    this.tailUsed = Math.min(this.tail.length, this.tailUsed + rest.length);
  }

  /** The kept text; a marker line says how many bytes were cut from the middle. */
  captured(): CapturedLog {
    const head = this.head.subarray(0, this.headUsed);
    const tail =
      this.tailUsed < this.tail.length
        ? this.tail.subarray(0, this.tailUsed)
        : Buffer.concat([this.tail.subarray(this.tailPos), this.tail.subarray(0, this.tailPos)]);
    const cut = this.total - head.length - tail.length;
    if (cut === 0) return { bytes: this.total, truncated: false, text: Buffer.concat([head, tail]).toString('utf8') };
    const marker = `\n[… ${cut} bytes not kept: the log is capped at ${this.head.length + this.tail.length} bytes …]\n`;
    return { bytes: this.total, truncated: true, text: head.toString('utf8') + marker + tail.toString('utf8') };
  }
}
