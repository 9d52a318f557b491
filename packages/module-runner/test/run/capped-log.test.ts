// CappedLog keeps the first quarter of its cap and the last three quarters of what was written,
// with a marker counting the bytes cut in between; checked against the same cut made on the whole
// concatenated output.
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { describe, expect, it } from 'vitest';
import { Rng } from '../../../../test/support/rng';
import { CappedLog, DEFAULT_LOG_CAP_BYTES } from '../../src/run/capped-log';

/** What CappedLog must return for `all` written under `cap`, computed from the whole buffer. */
function reference(all: Buffer, cap: number) {
  const headBytes = Math.floor(cap / 4);
  const tailBytes = cap - headBytes;
  if (all.length <= cap) return { bytes: all.length, truncated: false, text: all.toString('utf8') };
  const head = all.subarray(0, headBytes);
  const tail = all.subarray(all.length - tailBytes);
  const cut = all.length - headBytes - tailBytes;
  return {
    bytes: all.length,
    truncated: true,
    text: `${head.toString('utf8')}\n[… ${cut} bytes not kept: the log is capped at ${cap} bytes …]\n${tail.toString('utf8')}`,
  };
}

/** A seeded generator, so the "random" chunkings are the same on every run. */
function prng(seed: number): () => number {
  const rng = new Rng(seed);
  return () => rng.next();
}

/** `n` printable bytes that never repeat with a short period, so a misplaced byte shows. */
function printable(n: number, seed = 1): Buffer {
  const random = prng(seed);
  const b = Buffer.alloc(n);
  for (let i = 0; i < n; i++) b[i] = 0x21 + Math.floor(random() * 94);
  return b;
}

function write(log: CappedLog, ...chunks: Array<string | Buffer>): void {
  for (const chunk of chunks) log.append(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk));
}

describe('CappedLog', () => {
  it('keeps everything under the cap, untruncated', () => {
    const log = new CappedLog(64);
    write(log, 'hello\n', 'world\n');
    expect(log.captured()).toStrictEqual({ bytes: 12, truncated: false, text: 'hello\nworld\n' });
    expect(log.total).toBe(12);
  });

  it('returns an empty log when nothing was written', () => {
    expect(new CappedLog(64).captured()).toStrictEqual({ bytes: 0, truncated: false, text: '' });
  });

  it('keeps everything when the output is exactly the cap', () => {
    const data = printable(64);
    const log = new CappedLog(64);
    write(log, data.subarray(0, 10), data.subarray(10, 30), data.subarray(30));
    expect(log.captured()).toStrictEqual({ bytes: 64, truncated: false, text: data.toString('latin1') });
  });

  it('keeps everything when exactly the cap arrives in one write', () => {
    const data = printable(64, 2);
    const log = new CappedLog(64);
    write(log, data);
    expect(log.captured()).toStrictEqual({ bytes: 64, truncated: false, text: data.toString('latin1') });
  });

  it('cuts one byte from the middle at the cap plus one', () => {
    const data = Buffer.from(`${'H'.repeat(16)}X${'T'.repeat(48)}`);
    const log = new CappedLog(64);
    for (const byte of data) log.append(Buffer.from([byte]));
    expect(log.captured()).toStrictEqual({
      bytes: 65,
      truncated: true,
      text: `${'H'.repeat(16)}\n[… 1 bytes not kept: the log is capped at 64 bytes …]\n${'T'.repeat(48)}`,
    });
  });

  it('keeps the first quarter and the last bytes over many small writes', () => {
    const log = new CappedLog(64);
    const lines = Array.from({ length: 100 }, (_, i) => `line ${String(i).padStart(3, '0')}\n`);
    for (const line of lines) write(log, line);
    // 100 lines of 9 bytes: head = 16 bytes, tail = the last 48 bytes (5 lines + 3 bytes).
    expect(log.captured()).toStrictEqual({
      bytes: 900,
      truncated: true,
      text: 'line 000\nline 00\n[… 836 bytes not kept: the log is capped at 64 bytes …]\n94\nline 095\nline 096\nline 097\nline 098\nline 099\n',
    });
  });

  it('keeps the first quarter and the last bytes of one huge write', () => {
    const data = printable(10 * 1024 * 1024, 3);
    const log = new CappedLog(1024);
    log.append(data);
    const captured = log.captured();
    expect(captured).toStrictEqual(reference(data, 1024));
    expect(captured.bytes).toBe(10_485_760);
    expect(captured.text.startsWith(data.subarray(0, 256).toString('latin1'))).toBe(true);
    expect(captured.text.endsWith(data.subarray(data.length - 768).toString('latin1'))).toBe(true);
    expect(captured.text).toContain(`\n[… ${10_485_760 - 1024} bytes not kept: the log is capped at 1024 bytes …]\n`);
  });

  it('keeps the right tail when a huge write follows a partly filled ring', () => {
    const small = printable(300, 4);
    const huge = printable(5000, 5);
    const log = new CappedLog(400);
    write(log, small, huge, Buffer.from('END\n'));
    expect(log.captured()).toStrictEqual(reference(Buffer.concat([small, huge, Buffer.from('END\n')]), 400));
  });

  it('uses a 1 MiB cap by default', () => {
    expect(DEFAULT_LOG_CAP_BYTES).toBe(1024 * 1024);
    const data = printable(DEFAULT_LOG_CAP_BYTES + 1000, 6);
    const log = new CappedLog();
    log.append(data);
    expect(log.captured()).toStrictEqual(reference(data, DEFAULT_LOG_CAP_BYTES));
  });

  it('matches the reference over randomized chunkings that wrap the ring many times', () => {
    const random = prng(20240607);
    for (const cap of [1, 2, 3, 4, 5, 7, 64, 100, 257, 4096]) {
      for (let trial = 0; trial < 25; trial++) {
        const total = Math.floor(random() * cap * 12);
        const all = printable(total, cap * 1000 + trial);
        const log = new CappedLog(cap);
        for (let at = 0; at < total; ) {
          // 0..2×cap bytes, empty writes included; sometimes exactly the tail's size.
          const roll = random();
          const size = roll < 0.05 ? cap - Math.floor(cap / 4) : Math.floor(random() * (2 * cap + 1));
          log.append(all.subarray(at, at + size));
          at += size;
        }
        const got = log.captured();
        const want = reference(all, cap);
        if (got.text !== want.text || got.bytes !== want.bytes || got.truncated !== want.truncated) {
          expect({ cap, trial, ...got }).toStrictEqual({ cap, trial, ...want });
        }
      }
    }
    // The loop above reported nothing: one more explicit check so the test cannot pass vacuously.
    const all = printable(1000, 7);
    const log = new CappedLog(100);
    for (let at = 0; at < 1000; at += 7) log.append(all.subarray(at, at + 7));
    expect(log.captured()).toStrictEqual(reference(all, 100));
  });

  it('counts bytes, not characters, and keeps multi-byte text whole when it is not cut', () => {
    const log = new CappedLog(64);
    write(log, 'näive — ok\n');
    expect(log.captured()).toStrictEqual({ bytes: Buffer.byteLength('näive — ok\n'), truncated: false, text: 'näive — ok\n' });
    expect(log.captured().bytes).toBe(14);
  });

  it('works as a Writable at the end of stream.pipeline', async () => {
    const random = prng(99);
    const chunks: Buffer[] = [];
    for (let i = 0; i < 400; i++) chunks.push(printable(1 + Math.floor(random() * 300), 100 + i));
    const log = new CappedLog(2048);
    await pipeline(Readable.from(chunks), log);
    expect(log.captured()).toStrictEqual(reference(Buffer.concat(chunks), 2048));
    expect(log.writableFinished).toBe(true);
  });

  it('accepts string writes through the Writable interface', async () => {
    const log = new CappedLog(64);
    await new Promise<void>((resolve, reject) => {
      log.write('first ', (error) => (error ? reject(error) : undefined));
      log.end('second\n', () => resolve());
    });
    expect(log.captured()).toStrictEqual({ bytes: 13, truncated: false, text: 'first second\n' });
  });
});
