// The one reader of a module template, for the CLI and the actions alike: a regular file (a FIFO or
// a device is refused at once, so a symlink to /dev/zero cannot hang or exhaust us), at most
// TEMPLATE_MAX_BYTES unless the caller allows more, and UTF-8 text without NUL bytes. The checks
// are the same for every caller; only the hints (what to do) are the caller's, since a terminal
// user fixes a path on the command line and a workflow author fixes a step's inputs.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { UserError } from '@lilypad-actions/errors';
import { FileReadError, readRegularFile, textProblem } from '@lilypad-actions/config-file';
import { TEMPLATE_FILE } from './lilypad-defaults';
import { TEMPLATE_MAX_BYTES } from './module-ref';

/** A template that cannot be read as one: the message names the file, the hint says what to do. */
export class TemplateFileError extends UserError {}

/** What the caller tells its user to do, by problem; each has a default. */
export interface TemplateFileHints {
  missing?: string;
  directory?: string;
  tooLarge?: string;
}

export interface ReadTemplateOptions {
  /** The cap in bytes; default TEMPLATE_MAX_BYTES. */
  maxBytes?: number;
  /** The file's name in messages (a workspace-relative path); default `file`. */
  shown?: string;
  hints?: TemplateFileHints;
}

/** The text of a template file (a BOM is kept, as Go keeps it); throws TemplateFileError. */
export function readTemplateFile(file: string, options: ReadTemplateOptions = {}): string {
  const maxBytes = options.maxBytes ?? TEMPLATE_MAX_BYTES;
  const shown = options.shown ?? file;
  let bytes: Buffer;
  try {
    bytes = readRegularFile(file, maxBytes);
  } catch (e) {
    if (!(e instanceof FileReadError)) throw e;
    throw readError(e, file, shown, maxBytes, options.hints ?? {});
  }
  const problem = textProblem(bytes);
  if (problem?.kind === 'nul') {
    throw new TemplateFileError(`${shown}: not a text template (NUL byte at offset ${problem.offset}; this looks like a binary file)`, { hint: `pass the module template, usually ${TEMPLATE_FILE}` });
  }
  if (problem?.kind === 'utf8') throw new TemplateFileError(`${shown}: not a text template (invalid UTF-8 at byte offset ${problem.offset})`, { hint: 'save the template as UTF-8' });
  return new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
}

function readError(e: FileReadError, file: string, shown: string, maxBytes: number, hints: TemplateFileHints): TemplateFileError {
  const fail = (message: string, hint?: string) => new TemplateFileError(message, { ...(hint ? { hint } : {}), cause: e });
  switch (e.problem) {
    case 'missing':
      return fail(`${shown}: no such file`, hints.missing ?? `check the path; a module keeps its template at the root of its repository, usually as ${TEMPLATE_FILE}`);
    case 'permission':
      return fail(`${shown}: permission denied`, 'make the file readable by this user');
    case 'directory': {
      const inside = path.join(file, TEMPLATE_FILE);
      const hint = hints.directory ?? (existsSync(inside) ? `did you mean ${path.join(shown, TEMPLATE_FILE)}?` : `pass the template file itself (usually ${TEMPLATE_FILE})`);
      return fail(`${shown}: is a directory, not a template file`, hint);
    }
    case 'not-regular':
      return fail(`${shown}: ${e.message}; only regular files are read`, 'save a template to a file and pass that file');
    case 'too-large':
      return fail(
        `${shown}: ${e.size === undefined ? `more than ${formatSize(maxBytes)}` : formatSize(e.size)} is over the ${formatSize(maxBytes)} limit for a template`,
        hints.tooLarge ?? 'a real module template is a few KiB, so this is probably the wrong file',
      );
    case 'io':
      return fail(`${shown}: ${e.message}`);
  }
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
