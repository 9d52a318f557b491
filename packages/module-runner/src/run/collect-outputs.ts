// Copies what a container left in /outputs to a directory on the runner, through the engine
// (`GET /containers/{id}/archive`), not through a host mount: the runner then owns every file it
// gets, unreadable modes inside the container do not matter, and nothing the module wrote is ever
// followed. Only regular files and directories are written; a symbolic link (say to /etc), a hard
// link or a device is reported and skipped, and no entry can name a path outside the directory.

import { createWriteStream, mkdirSync } from 'node:fs';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import type { Readable } from 'node:stream';
import { extract, type Headers } from 'tar-stream';
import type { SkippedOutput } from '../report/types';

export interface OutputLimits {
  totalBytes: number;
  fileBytes: number;
  files: number;
}

export const DEFAULT_OUTPUT_LIMITS: OutputLimits = { totalBytes: 1024 ** 3, fileBytes: 1024 ** 3, files: 10_000 };

export interface CollectedOutputs {
  files: Array<{ path: string; bytes: number }>;
  totalBytes: number;
  skipped: SkippedOutput[];
}

/** The outputs break a limit: collection stopped, the message says which. */
export class OutputLimitError extends Error {
  override name = 'OutputLimitError';
}

/**
 * Writes the regular files of `archive` (a tar of `<root>/…`, as the engine sends for a path)
 * under `destDir`, which must be empty or absent.
 */
export async function collectOutputs(archive: Readable, destDir: string, limits: OutputLimits = DEFAULT_OUTPUT_LIMITS): Promise<CollectedOutputs> {
  mkdirSync(destDir, { recursive: true });
  const result: CollectedOutputs = { files: [], totalBytes: 0, skipped: [] };
  const tar = extract();
  // A broken limit stops the copy: both streams are dropped and the limit's message is the error.
  let limitError: OutputLimitError | undefined;

  tar.on('entry', (header, body, next) => {
    const name = relativeName(header.name);
    const skip = (reason: string) => {
      result.skipped.push({ path: name, reason });
      body.resume();
      body.on('end', () => next());
    };
    if (name === '') return skip('');
    if (name.split('/').includes('..')) return skip('path leaves /outputs: not written');
    switch (header.type) {
      case 'directory':
        mkdirSync(path.join(destDir, name), { recursive: true });
        body.resume();
        body.on('end', () => next());
        return;
      case 'file':
      case 'contiguous-file':
        return void writeFile(header, name, body, destDir, limits, result).then(
          () => next(),
          (error: Error) => {
            if (!(error instanceof OutputLimitError)) return tar.destroy(error);
            limitError = error;
            archive.destroy();
            tar.destroy();
          },
        );
      case 'symlink':
        return skip(`symbolic link to ${header.linkname ?? '?'}: not followed`);
      case 'link':
        return skip(`hard link to ${relativeName(header.linkname ?? '')}: not followed`);
      default:
        return skip(`${header.type ?? 'special'} file: only regular files are collected`);
    }
  });

  try {
    await pipeline(archive, tar);
  } catch (error) {
    throw limitError ?? error;
  }
  if (limitError) throw limitError;
  result.skipped = result.skipped.filter((s) => s.path !== '');
  return result;
}

async function writeFile(header: Headers, name: string, body: Readable, destDir: string, limits: OutputLimits, result: CollectedOutputs): Promise<void> {
  const size = header.size ?? 0;
  if (result.files.length + 1 > limits.files) {
    throw new OutputLimitError(`/outputs holds more than ${limits.files} files: raise the output limit or write fewer files`);
  }
  if (size > limits.fileBytes) {
    throw new OutputLimitError(`/outputs/${name} is ${size} bytes, over the ${limits.fileBytes}-byte per-file limit`);
  }
  if (result.totalBytes + size > limits.totalBytes) {
    throw new OutputLimitError(`/outputs holds more than ${limits.totalBytes} bytes (at /outputs/${name}): raise the output limit or write less`);
  }
  const target = path.join(destDir, name);
  mkdirSync(path.dirname(target), { recursive: true });
  // `wx`: never write through something already there (we never create links, but be certain).
  await pipeline(body, createWriteStream(target, { flags: 'wx', mode: 0o644 }));
  result.files.push({ path: name, bytes: size });
  result.totalBytes += size;
}

/** `outputs/a/b.txt` → `a/b.txt`: the engine names entries after the archived directory. */
function relativeName(name: string): string {
  const parts = name.split('/').filter((p) => p !== '' && p !== '.');
  return parts.slice(1).join('/');
}
