import { PassThrough } from 'node:stream';
import { describe, expect, test } from 'vitest';
import { EngineStreamError, firstMeaningfulLine, followProgress, StreamAbortedError } from '../../src/engine/progress';

/** A stream that delivers `text` in pieces of `size` bytes, splitting lines and UTF-8 characters. */
function chunked(text: string, size: number): PassThrough {
  const stream = new PassThrough();
  const bytes = Buffer.from(text);
  let i = 0;
  const next = (): void => {
    if (i >= bytes.length) return void stream.end();
    stream.write(bytes.subarray(i, i + size));
    i += size;
    setImmediate(next);
  };
  setImmediate(next);
  return stream;
}

const lines = (...messages: object[]): string => messages.map((m) => `${JSON.stringify(m)}\r\n`).join('');

describe('followProgress', () => {
  const build = lines(
    { stream: 'Step 1/2 : FROM busybox' },
    { stream: '\n' },
    { stream: ' ---> e2599c087fe3\n' },
    { stream: 'Step 2/2 : RUN echo héllo' },
    { stream: '\n' },
    { stream: 'héllo\nwor' },
    { stream: 'ld\n' },
    { aux: { ID: 'sha256:abc' } },
    { stream: 'Successfully built abc\n' },
  );

  test.each([1, 3, 7, 1000])('reassembles lines split into %i-byte chunks', async (size) => {
    const seen: string[] = [];
    const result = await followProgress(chunked(build, size), { kind: 'build', onProgress: (l) => seen.push(l) });
    expect(result.log).toEqual(['Step 1/2 : FROM busybox', ' ---> e2599c087fe3', 'Step 2/2 : RUN echo héllo', 'héllo', 'world', 'Successfully built abc']);
    expect(seen).toEqual(result.log);
    expect(result.messages.some((m) => m.aux?.ID === 'sha256:abc')).toBe(true);
  });

  test('an error inside the stream rejects with its first meaningful line, after the stream ends', async () => {
    const text = lines(
      { stream: 'Step 1/1 : RUN false\n' },
      { errorDetail: { code: 1, message: "\nThe command '/bin/sh -c false' returned a non-zero code: 1\nmore" }, error: 'x' },
    );
    const error = await followProgress(chunked(text, 5), { kind: 'build' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(EngineStreamError);
    expect((error as EngineStreamError).message).toBe("The command '/bin/sh -c false' returned a non-zero code: 1");
    expect((error as EngineStreamError).code).toBe(1);
    expect((error as EngineStreamError).result.log).toEqual(['Step 1/1 : RUN false']);
  });

  test('the first error wins', async () => {
    const text = lines({ error: 'first' }, { error: 'second' });
    await expect(followProgress(chunked(text, 100), { kind: 'pull' })).rejects.toThrow(/^first$/);
  });

  test('pull layer ticks are collapsed into one throttled summary per layer state', async () => {
    const ticks = [];
    for (let n = 1; n <= 50; n++) ticks.push({ status: 'Downloading', id: 'aaa', progress: `[=> ] ${n}kB/50kB`, progressDetail: { current: n * 1000, total: 50_000 } });
    const text = lines(
      { status: 'Pulling from library/busybox', id: '1.36' },
      ...ticks,
      { status: 'Pull complete', id: 'aaa' },
      { status: 'Digest: sha256:' + 'a'.repeat(64) },
      { status: 'Status: Downloaded newer image for busybox:1.36' },
    );
    const seen: string[] = [];
    const result = await followProgress(chunked(text, 4096), { kind: 'pull', onProgress: (l) => seen.push(l), throttleMs: 60_000 });
    // Ticks are not kept, states are.
    expect(result.messages.filter((m) => m.status === 'Downloading')).toHaveLength(0);
    expect(seen.length).toBeLessThan(6);
    expect(seen[0]).toBe('1.36: Pulling from library/busybox');
    expect(seen[1]).toBe('pull: 1 layer: 1 Downloading (1kB/50kB)');
    expect(seen).toContain('pull: 1 layer: 1 Pull complete');
    expect(seen.at(-1)).toBe('Status: Downloaded newer image for busybox:1.36');
  });

  test('a line that is not JSON is kept as text', async () => {
    const result = await followProgress(chunked('<html>bad gateway</html>\n', 4), { kind: 'pull' });
    expect(result.log).toEqual(['<html>bad gateway</html>']);
  });

  test('keeps only the last maxLogLines', async () => {
    const text = lines(...Array.from({ length: 10 }, (_, i) => ({ stream: `line ${i}\n` })));
    const result = await followProgress(chunked(text, 50), { kind: 'build', maxLogLines: 3 });
    expect(result.log).toEqual(['line 7', 'line 8', 'line 9']);
    expect(result.droppedLines).toBe(7);
  });

  test('aborting destroys the stream and rejects with the reason', async () => {
    const stream = new PassThrough();
    stream.write(lines({ stream: 'Step 1/1 : RUN sleep 300\n' }));
    const controller = new AbortController();
    const pending = followProgress(stream, { kind: 'build', signal: controller.signal });
    setTimeout(() => controller.abort(new Error('build timed out after 3s')), 20);
    const error = await pending.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StreamAbortedError);
    expect((error as StreamAbortedError).message).toBe('build timed out after 3s');
    expect((error as StreamAbortedError).result.log).toEqual(['Step 1/1 : RUN sleep 300']);
    expect(stream.destroyed).toBe(true);
  });

  test('a stream that closes before its end is a transport error (ECONNRESET)', async () => {
    const stream = new PassThrough();
    stream.write(lines({ stream: 'Step 1/1 : RUN x\n' }));
    setTimeout(() => stream.destroy(), 10);
    await expect(followProgress(stream, { kind: 'build' })).rejects.toMatchObject({ code: 'ECONNRESET' });
  });
});

test.each([
  ['\n  \nThe command failed\nsecond', 'The command failed'],
  ['ERROR:\nreal reason', 'real reason'],
  ['only', 'only'],
])('firstMeaningfulLine(%j)', (input, expected) => {
  expect(firstMeaningfulLine(input)).toBe(expected);
});
