// Reading a file someone named (a template, an inputs file, a configuration file) without letting
// a wrong path hang or exhaust the process: only regular files are read. A FIFO would block
// open() until a writer appears, and a device such as /dev/zero never ends; a symlink in a
// repository can point at either. The caller words the problem for its user (the CLI and the
// actions say different things about the same fault), so problems are typed, not phrased.
import { UserError } from '@lilypad-actions/errors';
import { closeSync, constants, fstatSync, openSync, readSync, type Stats } from 'node:fs';

export type FileReadProblem = 'missing' | 'permission' | 'directory' | 'not-regular' | 'too-large' | 'io';

/** Why a file could not be read; `problem` says which kind, `message` is a plain description. */
export class FileReadError extends UserError {
  constructor(
    readonly file: string,
    readonly problem: FileReadProblem,
    message: string,
    /** The file's size in bytes, for `too-large` when it is known up front. */
    readonly size?: number,
  ) {
    super(message, { location: { file } });
  }
}

// O_NONBLOCK makes open() of a FIFO return at once instead of waiting for a writer; it changes
// nothing for regular files. (Windows has no such flag, and no FIFOs to open either.)
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);

/**
 * The bytes of `file`, which must be a regular file (symlinks followed) of at most `maxBytes`.
 * A file over the cap is refused from its size, or, if it grows while being read, after
 * `maxBytes + 1` bytes: never read whole.
 */
export function readRegularFile(file: string, maxBytes: number): Buffer {
  let fd: number;
  try {
    fd = openSync(file, OPEN_FLAGS);
  } catch (e) {
    throw systemError(file, e as NodeJS.ErrnoException);
  }
  try {
    const st = fstatSync(fd);
    if (st.isDirectory()) throw new FileReadError(file, 'directory', 'is a directory');
    if (!st.isFile()) throw new FileReadError(file, 'not-regular', `is ${kindOf(st)}, not a regular file`);
    if (st.size > maxBytes) throw new FileReadError(file, 'too-large', `is ${st.size} bytes, over the ${maxBytes} byte limit`, st.size);
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const chunk = Buffer.allocUnsafe(Math.min(64 * 1024, maxBytes + 1 - total));
      let n: number;
      try {
        n = readSync(fd, chunk, 0, chunk.length, null);
      } catch (e) {
        throw systemError(file, e as NodeJS.ErrnoException);
      }
      if (n === 0) break;
      chunks.push(chunk.subarray(0, n));
      total += n;
      if (total > maxBytes) throw new FileReadError(file, 'too-large', `is over the ${maxBytes} byte limit`);
    }
    return Buffer.concat(chunks, total);
  } finally {
    closeSync(fd);
  }
}

function kindOf(st: Stats): string {
  if (st.isFIFO()) return 'a named pipe (FIFO)';
  if (st.isCharacterDevice()) return 'a character device';
  if (st.isBlockDevice()) return 'a block device';
  if (st.isSocket()) return 'a socket';
  return 'not a regular file';
}

function systemError(file: string, e: NodeJS.ErrnoException): FileReadError {
  switch (e.code) {
    case 'ENOENT':
    case 'ENOTDIR':
      return new FileReadError(file, 'missing', 'no such file');
    case 'EACCES':
    case 'EPERM':
      return new FileReadError(file, 'permission', 'permission denied');
    case 'EISDIR':
      return new FileReadError(file, 'directory', 'is a directory');
    case 'ENXIO':
      // open(O_NONBLOCK) of a socket file, or of a device with nothing behind it.
      return new FileReadError(file, 'not-regular', 'is not a regular file');
    default:
      return new FileReadError(file, 'io', `cannot read: ${e.message}`);
  }
}

/** Why `bytes` is not text: a NUL byte, or bytes that are not UTF-8; undefined when it is text. */
export function textProblem(bytes: Uint8Array): { kind: 'nul' | 'utf8'; offset: number } | undefined {
  const nul = bytes.indexOf(0);
  if (nul >= 0) return { kind: 'nul', offset: nul };
  const bad = invalidUtf8Offset(bytes);
  return bad >= 0 ? { kind: 'utf8', offset: bad } : undefined;
}

/** Byte offset of the first byte that is not part of valid UTF-8, or -1. */
export function invalidUtf8Offset(b: Uint8Array): number {
  let i = 0;
  const n = b.length;
  while (i < n) {
    const c = b[i]!;
    if (c < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let min: number;
    if (c >= 0xc2 && c <= 0xdf) [need, min] = [1, 0x80];
    else if (c >= 0xe0 && c <= 0xef) [need, min] = [2, 0x800];
    else if (c >= 0xf0 && c <= 0xf4) [need, min] = [3, 0x10000];
    else return i;
    let cp = c & (0x3f >> need);
    for (let k = 1; k <= need; k++) {
      const d = b[i + k];
      if (d === undefined || (d & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (d & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += need + 1;
  }
  return -1;
}
