// Reading the files the CLI is given, with the checks that turn a wrong path or a wrong file into
// one clear message instead of a stack trace or a screenful of garbage.

import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { FileReadError, readRegularFile } from '@lilypad-actions/config-file';
import { formatSize, readTemplateFile as readTemplate, TEMPLATE_FILE, TEMPLATE_MAX_BYTES } from '@lilypad-actions/module-spec';
import { UserError } from './errors';

export { invalidUtf8Offset } from '@lilypad-actions/config-file';
export { formatSize };

/** Default cap on a template's size (module-spec's TEMPLATE_MAX_BYTES says why). */
export const DEFAULT_MAX_SIZE = TEMPLATE_MAX_BYTES;

/** `8MiB`, `512KiB`, `100000` (bytes): K/KB/KiB and M/MB/MiB all mean powers of 1024. */
export function parseSize(text: string): number | undefined {
  const m = /^(\d+)\s*(?:(k|kb|kib)|(m|mb|mib)|b)?$/i.exec(text.trim());
  if (!m) return undefined;
  const n = Number(m[1]);
  const bytes = m[2] ? n * 1024 : m[3] ? n * 1024 * 1024 : n;
  return Number.isSafeInteger(bytes) ? bytes : undefined;
}

function directoryError(file: string): UserError {
  const inside = path.join(file, TEMPLATE_FILE);
  return new UserError(
    `${file}: is a directory, not a template file`,
    existsSync(inside) ? `did you mean ${inside}?` : `pass the template file itself (usually ${TEMPLATE_FILE})`,
  );
}

/**
 * The bytes of a regular file of at most `limit` bytes (config-file's reader: a FIFO or a device
 * is refused at once, an oversized file is never read whole), its problems worded for a terminal.
 */
function readCapped(file: string, limit: number, what: string): Buffer {
  try {
    return readRegularFile(file, limit);
  } catch (e) {
    if (!(e instanceof FileReadError)) throw e;
    throw fileError(e, limit, what);
  }
}

function fileError(e: FileReadError, limit: number, what: string): UserError {
  const file = e.file;
  switch (e.problem) {
    case 'missing':
      return new UserError(`${file}: no such file`, `check the path; a module keeps its template at the root of its repository, usually as ${TEMPLATE_FILE}`);
    case 'permission':
      return new UserError(`${file}: permission denied`, 'make the file readable by this user');
    case 'directory':
      return directoryError(file);
    case 'not-regular':
      return new UserError(`${file}: ${e.message}; only regular files are read`, `save ${what} to a file and pass that file`);
    case 'too-large':
      return new UserError(
        `${file}: ${e.size === undefined ? `more than ${formatSize(limit)}` : formatSize(e.size)} is over the ${formatSize(limit)} limit for ${what}`,
        'a real module template is a few KiB, so this is probably the wrong file; if it is not, raise the limit with --max-size',
      );
    case 'io':
      return new UserError(`${file}: ${e.message}`);
  }
}

const decoder = new TextDecoder('utf-8', { ignoreBOM: true });

/**
 * The text of a template file: module-spec's one template reader (a regular file of at most
 * `maxSize` bytes, UTF-8 text without NUL bytes; a BOM is kept, as Go keeps it), with the CLI's hint
 * for a file over the limit.
 */
export function readTemplateFile(file: string, maxSize: number = DEFAULT_MAX_SIZE): string {
  return readTemplate(file, { maxBytes: maxSize, hints: { tooLarge: 'a real module template is a few KiB, so this is probably the wrong file; if it is not, raise the limit with --max-size' } });
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
