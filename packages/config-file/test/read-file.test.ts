// readRegularFile: regular files only. A FIFO and /dev/zero are the faults that used to hang or
// exhaust the reader; each is a real one here (mkfifo, the device itself, a symlink to it).
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { FileReadError, readRegularFile, textProblem } from '../src/index';

const dir = mkdtempSync(path.join(tmpdir(), 'config-file-read-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function problemOf(f: () => unknown): FileReadError {
  try {
    f();
  } catch (e) {
    if (e instanceof FileReadError) return e;
    throw e;
  }
  throw new Error('expected a FileReadError');
}

describe('readRegularFile', () => {
  test('a regular file, whole; the cap is inclusive', () => {
    const p = path.join(dir, 'ok.txt');
    writeFileSync(p, 'hello');
    expect(readRegularFile(p, 5).toString()).toBe('hello');
    expect(problemOf(() => readRegularFile(p, 4))).toMatchObject({ problem: 'too-large', size: 5 });
  });

  test('a FIFO is refused at once, with no writer (open would otherwise block for ever)', () => {
    const fifo = path.join(dir, 'pipe');
    execFileSync('mkfifo', [fifo]);
    const e = problemOf(() => readRegularFile(fifo, 1024));
    expect(e.problem).toBe('not-regular');
    expect(e.message).toBe('is a named pipe (FIFO), not a regular file');
  });

  test('/dev/zero, directly and through a symlink, is refused without reading', () => {
    expect(problemOf(() => readRegularFile('/dev/zero', 1024))).toMatchObject({ problem: 'not-regular', message: 'is a character device, not a regular file' });
    const link = path.join(dir, 'lilypad_module.json.tmpl');
    symlinkSync('/dev/zero', link);
    expect(problemOf(() => readRegularFile(link, 1024)).problem).toBe('not-regular');
  });

  test('a Unix socket', async () => {
    const sock = path.join(dir, 'sock');
    const server = net.createServer();
    await new Promise<void>((resolve) => server.listen(sock, resolve));
    try {
      expect(problemOf(() => readRegularFile(sock, 1024)).problem).toBe('not-regular');
    } finally {
      server.close();
    }
  });

  test('missing, a directory, a path through a file', () => {
    expect(problemOf(() => readRegularFile(path.join(dir, 'nope'), 10)).problem).toBe('missing');
    const d = path.join(dir, 'folder');
    mkdirSync(d);
    expect(problemOf(() => readRegularFile(d, 10)).problem).toBe('directory');
    const f = path.join(dir, 'plain');
    writeFileSync(f, 'x');
    expect(problemOf(() => readRegularFile(path.join(f, 'x'), 10)).problem).toBe('missing');
  });

  test('an oversized file is refused from its size, before any read', () => {
    const p = path.join(dir, 'huge');
    writeFileSync(p, '');
    truncateSync(p, 64 * 1024 * 1024);
    expect(problemOf(() => readRegularFile(p, 1024))).toMatchObject({ problem: 'too-large', size: 64 * 1024 * 1024 });
  });
});

describe('textProblem', () => {
  test.each<[number[], ReturnType<typeof textProblem>]>([
    [[0x7b, 0x7d], undefined],
    [[0x7b, 0x00], { kind: 'nul', offset: 1 }],
    [[0x7b, 0xe9, 0x7d], { kind: 'utf8', offset: 1 }],
  ])('%j', (bytes, expected) => {
    expect(textProblem(Uint8Array.from(bytes))).toEqual(expected);
  });
});
