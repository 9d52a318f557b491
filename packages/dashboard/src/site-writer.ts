// Writes the site whole or not at all: every file goes into a fresh folder beside the target as it
// is rendered, and only a complete folder is renamed into place (a previous build is swapped out,
// then removed). A failed or interrupted build leaves the target as it was. A folder that is not an earlier build
// of this tool is never replaced: the target must be new, empty, or a dashboard.

import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { UserInputError } from '@lilypad-actions/rewards';
import { GENERATOR } from './exports';

/** The site's files by path relative to its root (`index.html`, `creators/alice.html`). */
export type SiteFiles = ReadonlyMap<string, string>;

/**
 * A site being written: each file goes to disk as soon as it is made (a large site is never held
 * in memory whole), into the scratch folder; `commit` puts the folder in place, `abort` removes it.
 */
export class SiteWriter {
  private readonly made = new Set<string>();
  private bytes = 0;
  private files = 0;
  private done = false;

  private constructor(
    private readonly target: string,
    private readonly fresh: string,
    private readonly previous: boolean,
    private readonly suffix: string,
    private readonly shown: string,
  ) {}

  /** Starts replacing `outDir`: refuses a folder this tool did not build, before writing anything. */
  static open(outDir: string, shown = outDir): SiteWriter {
    const target = path.resolve(outDir);
    const previous = existsSync(target);
    if (previous) assertReplaceable(target, shown);
    const parent = path.dirname(target);
    const suffix = `${process.pid}-${Date.now().toString(36)}`;
    const fresh = path.join(parent, `.${path.basename(target)}.building-${suffix}`);
    try {
      mkdirSync(fresh, { recursive: true });
    } catch (e) {
      throw writeError(e, shown);
    }
    return new SiteWriter(target, fresh, previous, suffix, shown);
  }

  /** Writes one file of the site (`relative` to its root). */
  write(relative: string, text: string): void {
    try {
      const full = path.join(this.fresh, relative);
      const dir = path.dirname(full);
      if (!this.made.has(dir)) {
        mkdirSync(dir, { recursive: true });
        this.made.add(dir);
      }
      writeFileSync(full, text);
    } catch (e) {
      this.abort();
      throw writeError(e, this.shown);
    }
    this.bytes += Buffer.byteLength(text);
    this.files += 1;
  }

  /** Puts the complete site in place of the target; returns the files and bytes written. */
  commit(): { files: number; bytes: number } {
    try {
      if (this.previous) {
        const old = path.join(path.dirname(this.target), `.${path.basename(this.target)}.replaced-${this.suffix}`);
        renameSync(this.target, old);
        renameSync(this.fresh, this.target);
        rmSync(old, { recursive: true, force: true });
      } else {
        renameSync(this.fresh, this.target);
      }
    } catch (e) {
      this.abort();
      throw writeError(e, this.shown);
    }
    this.done = true;
    return { files: this.files, bytes: this.bytes };
  }

  /** Removes the scratch folder: the target stays as it was. */
  abort(): void {
    if (!this.done) rmSync(this.fresh, { recursive: true, force: true });
    this.done = true;
  }
}

/** Replaces `outDir` with `files`; returns the bytes written. */
export function writeSite(outDir: string, files: SiteFiles, shown = outDir): number {
  const writer = SiteWriter.open(outDir, shown);
  try {
    for (const [relative, text] of files) writer.write(relative, text);
    return writer.commit().bytes;
  } finally {
    writer.abort();
  }
}

/** A user's problem (permissions, a full disk) as one; anything else as it is. */
function writeError(e: unknown, shown: string): unknown {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS' || code === 'ENOSPC') {
    return new UserInputError(`cannot write the site to ${shown}: ${(e as Error).message}`, { hint: 'give an output folder this user can write, on a disk with room' });
  }
  return e;
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
