// Writes the site whole or not at all: every file goes into a fresh folder beside the target, and
// only a complete folder is renamed into place (a previous build is swapped out, then removed).
// A failed or interrupted build leaves the target as it was. A folder that is not an earlier build
// of this tool is never replaced: the target must be new, empty, or a dashboard.

import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { UserInputError } from '@lilypad-actions/rewards';
import { GENERATOR } from './exports';

/** The site's files by path relative to its root (`index.html`, `creators/alice.html`). */
export type SiteFiles = ReadonlyMap<string, string>;

/** Replaces `outDir` with `files`; returns the bytes written. */
export function writeSite(outDir: string, files: SiteFiles, shown = outDir): number {
  const target = path.resolve(outDir);
  const previous = existsSync(target);
  if (previous) assertReplaceable(target, shown);
  const parent = path.dirname(target);
  mkdirSync(parent, { recursive: true });
  const suffix = `${process.pid}-${Date.now().toString(36)}`;
  const fresh = path.join(parent, `.${path.basename(target)}.building-${suffix}`);
  let bytes = 0;
  try {
    const made = new Set<string>();
    for (const [relative, text] of files) {
      const full = path.join(fresh, relative);
      const dir = path.dirname(full);
      if (!made.has(dir)) {
        mkdirSync(dir, { recursive: true });
        made.add(dir);
      }
      writeFileSync(full, text);
      bytes += Buffer.byteLength(text);
    }
    if (previous) {
      const old = path.join(parent, `.${path.basename(target)}.replaced-${suffix}`);
      renameSync(target, old);
      renameSync(fresh, target);
      rmSync(old, { recursive: true, force: true });
    } else {
      renameSync(fresh, target);
    }
  } catch (e) {
    rmSync(fresh, { recursive: true, force: true });
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS' || code === 'ENOSPC') {
      throw new UserInputError(`cannot write the site to ${shown}: ${(e as Error).message}`, { hint: 'give an output folder this user can write, on a disk with room' });
    }
    throw e;
  }
  return bytes;
}

function assertReplaceable(target: string, shown: string): void {
  if (!statSync(target).isDirectory()) {
    throw new UserInputError(`output ${shown} is a file`, { hint: 'give a folder for the site (it is created if missing)' });
  }
  if (readdirSync(target).length === 0) return;
  let generator: unknown;
  try {
    generator = (JSON.parse(readFileSync(path.join(target, 'rewards.json'), 'utf8')) as { generator?: unknown }).generator;
  } catch {
    generator = undefined;
  }
  if (generator !== GENERATOR) {
    throw new UserInputError(`output ${shown} is not empty and is not a dashboard this tool built: nothing was written`, {
      hint: 'give a new or empty folder; an earlier build of the dashboard (with its rewards.json) is replaced whole',
    });
  }
}
