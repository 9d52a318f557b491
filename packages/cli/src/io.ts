// Reading the files the CLI is given, with the checks that turn a wrong path or a wrong file into
// one clear message instead of a stack trace or a screenful of garbage.

import { closeSync, existsSync, fstatSync, openSync, readSync, statSync } from 'node:fs';
import path from 'node:path';
import { UserError } from './errors';

/**
 * Default cap on a template's size. Lilypad itself has none (it reads the whole file), but real
 * module templates are 1–10 KiB; a file of megabytes is the wrong file (a model, a tarball).
 */
export const DEFAULT_MAX_SIZE = 8 * 1024 * 1024;

/** The conventional template file name (Lilypad's LILYPAD_MODULE_CONFIG_PATH). */
const TEMPLATE_FILE = 'lilypad_module.json.tmpl';

/** `8MiB`, `512KiB`, `100000` (bytes): K/KB/KiB and M/MB/MiB all mean powers of 1024. */
export function parseSize(text: string): number | undefined {
  const m = /^(\d+)\s*(?:(k|kb|kib)|(m|mb|mib)|b)?$/i.exec(text.trim());
  if (!m) return undefined;
  const n = Number(m[1]);
  const bytes = m[2] ? n * 1024 : m[3] ? n * 1024 * 1024 : n;
  return Number.isSafeInteger(bytes) ? bytes : undefined;
}

/** `8 MiB`, `1.5 KiB`, `12 bytes`. */
export function formatSize(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${trimZero(bytes / (1024 * 1024))} MiB`;
  if (bytes >= 1024) return `${trimZero(bytes / 1024)} KiB`;
  return `${bytes} bytes`;
}

function trimZero(n: number): string {
  return n.toFixed(1).replace(/\.0$/, '');
}

function systemError(file: string, e: NodeJS.ErrnoException): UserError {
  switch (e.code) {
    case 'ENOENT':
    case 'ENOTDIR':
      return new UserError(`${file}: no such file`, 'check the path; a module keeps its template at the root of its repository, usually as lilypad_module.json.tmpl');
    case 'EACCES':
    case 'EPERM':
      return new UserError(`${file}: permission denied`, 'make the file readable by this user');
    case 'EISDIR':
      return directoryError(file);
    default:
      return new UserError(`${file}: cannot read: ${e.message}`);
  }
}

function directoryError(file: string): UserError {
  const inside = path.join(file, TEMPLATE_FILE);
  return new UserError(
    `${file}: is a directory, not a template file`,
    existsSync(inside) ? `did you mean ${inside}?` : `pass the template file itself (usually ${TEMPLATE_FILE})`,
  );
}

/** Read at most `limit + 1` bytes of a file (or a pipe), so an oversized one is never read whole. */
function readCapped(file: string, limit: number, what: string): Buffer {
  let fd: number;
  try {
    fd = openSync(file, 'r');
  } catch (e) {
    throw systemError(file, e as NodeJS.ErrnoException);
  }
  try {
    const st = fstatSync(fd);
    if (st.isDirectory()) throw directoryError(file);
    const tooBig = (size: string) =>
      new UserError(
        `${file}: ${size} is over the ${formatSize(limit)} limit for ${what}`,
        `a real module template is a few KiB, so this is probably the wrong file; if it is not, raise the limit with --max-size`,
      );
    if (st.isFile() && st.size > limit) throw tooBig(formatSize(st.size));
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const chunk = Buffer.allocUnsafe(Math.min(64 * 1024, limit + 1 - total) || 1);
      let n: number;
      try {
        n = readSync(fd, chunk, 0, chunk.length, null);
      } catch (e) {
        throw systemError(file, e as NodeJS.ErrnoException);
      }
      if (n === 0) break;
      chunks.push(chunk.subarray(0, n));
      total += n;
      if (total > limit) throw tooBig(`more than ${formatSize(limit)}`);
    }
    return Buffer.concat(chunks, total);
  } finally {
    closeSync(fd);
  }
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

const decoder = new TextDecoder('utf-8', { ignoreBOM: true });

/**
 * The text of a template file: must exist, be a file, be at most `maxSize` bytes, and be UTF-8
 * text without NUL bytes. A BOM is kept, as Go keeps it.
 */
export function readTemplateFile(file: string, maxSize: number = DEFAULT_MAX_SIZE): string {
  const bytes = readCapped(file, maxSize, 'a template');
  const nul = bytes.indexOf(0);
  if (nul >= 0) {
    throw new UserError(`${file}: not a text template (NUL byte at offset ${nul}; this looks like a binary file)`, 'pass the module template, usually lilypad_module.json.tmpl');
  }
  const bad = invalidUtf8Offset(bytes);
  if (bad >= 0) {
    throw new UserError(`${file}: not a text template (invalid UTF-8 at byte offset ${bad})`, 'save the template as UTF-8');
  }
  return decoder.decode(bytes);
}

function jsonKind(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'an array';
  return typeof v === 'object' ? 'an object' : `a ${typeof v}`;
}

/** Inputs from a JSON file: an object whose values are the raw input strings (as `-i` gives them). */
export function readInputsFile(file: string): Record<string, string> {
  const data = readJsonFile(file, 'an inputs file');
  if (!isObject(data)) throw new UserError(`${file}: expected a JSON object of inputs, got ${jsonKind(data)}`, INPUTS_HINT);
  return inputsObject(file, data);
}

/** Input sets from a JSON file: one object of inputs, or an array of such objects (one set each). */
export function readInputSets(file: string): Record<string, string>[] {
  const data = readJsonFile(file, 'an inputs file');
  if (isObject(data)) return [inputsObject(file, data)];
  if (!Array.isArray(data)) throw new UserError(`${file}: expected a JSON object of inputs or an array of them, got ${jsonKind(data)}`, INPUTS_HINT);
  if (data.length === 0) throw new UserError(`${file}: an empty array: no input sets`, INPUTS_HINT);
  return data.map((set: unknown, k) => {
    if (!isObject(set)) throw new UserError(`${file}: input set ${k} must be a JSON object of inputs, got ${jsonKind(set)}`, INPUTS_HINT);
    return inputsObject(`${file}: input set ${k}`, set);
  });
}

const INPUTS_HINT = 'write a JSON object of input names to raw string values, e.g. {"Message": "hello"}';

function readJsonFile(file: string, what: string): unknown {
  const text = decoder.decode(readCapped(file, DEFAULT_MAX_SIZE, what));
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new UserError(`${file}: not valid JSON: ${(e as Error).message}`);
  }
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function inputsObject(where: string, data: Record<string, unknown>): Record<string, string> {
  const inputs = new Map<string, string>();
  for (const [key, value] of Object.entries(data)) {
    if (typeof value !== 'string') {
      throw new UserError(
        `${where}: input ${JSON.stringify(key)} must be a string, got ${jsonKind(value)}`,
        `Lilypad inputs are strings: write ${JSON.stringify(key)}: ${JSON.stringify(JSON.stringify(value))}`,
      );
    }
    inputs.set(key, value);
  }
  return Object.fromEntries(inputs);
}

/** A module folder means the template at its root (`<dir>/lilypad_module.json.tmpl`); a file is itself. */
export function templatePath(fileOrDir: string): string {
  let isDir = false;
  try {
    isDir = statSync(fileOrDir).isDirectory();
  } catch {
    // Missing or unreadable: readTemplateFile reports it with the path as given.
  }
  return isDir ? path.join(fileOrDir, TEMPLATE_FILE) : fileOrDir;
}
