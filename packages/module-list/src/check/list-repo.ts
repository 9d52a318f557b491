// The list repository at the two revisions a PR compares: which files the PR changes (against the
// merge base, as GitHub's "Files changed" shows them, so a base that moved on does not count), and
// the files themselves, read in bulk.

import { UserError } from '@lilypad-actions/errors';
import { catFileBatch, git, GitError } from './git';

/** A revision or repository the user named does not exist: fix the command line (exit 2). */
export class CheckInputError extends UserError {
  constructor(message: string, hint?: string) {
    super(message, hint ? { hint } : {});
  }
}

export interface ChangedFile {
  status: 'added' | 'modified' | 'deleted';
  path: string;
}

/** The full commit id of `rev` in `repo`. */
export async function resolveRevision(repo: string, rev: string, what: string): Promise<string> {
  if (rev === '' || rev.startsWith('-')) throw new CheckInputError(`${what} ${JSON.stringify(rev)} is not a revision`, 'give a commit, branch or tag of the list repository');
  try {
    return (await git(repo, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${rev}^{commit}`])).trim();
  } catch (e) {
    if (!(e instanceof GitError)) throw e;
    const notRepo = /not a git repository/i.test(e.detail);
    throw new CheckInputError(
      notRepo ? `${repo} is not a git repository` : `${what} ${rev} is not a commit of ${repo}`,
      notRepo ? 'give --repo the list repository\'s checkout' : 'fetch it first (git fetch origin <rev>), or check the name',
    );
  }
}

/** Files `head` changes since its merge base with `base`; renames are a deletion and an addition. */
export async function changedFiles(repo: string, base: string, head: string): Promise<{ mergeBase: string; files: ChangedFile[] }> {
  let mergeBase = base;
  try {
    mergeBase = (await git(repo, ['merge-base', base, head])).trim() || base;
  } catch (e) {
    if (!(e instanceof GitError)) throw e; // unrelated histories: compare with base itself
  }
  const out = await git(repo, ['diff', '--name-status', '-z', '--no-renames', '--no-ext-diff', mergeBase, head]);
  const parts = out.split('\0');
  const files: ChangedFile[] = [];
  for (let i = 0; i + 1 < parts.length; i += 2) {
    const code = (parts[i] ?? '').charAt(0);
    const path = parts[i + 1] as string;
    files.push({ status: code === 'A' ? 'added' : code === 'D' ? 'deleted' : 'modified', path });
  }
  return { mergeBase, files };
}

/** Every file under `dir` at `rev`. */
export async function listFiles(repo: string, rev: string, dir: string): Promise<string[]> {
  const out = await git(repo, ['ls-tree', '-r', '-z', '--name-only', rev, '--', `${dir}/`]);
  return out.split('\0').filter(Boolean);
}

/** The text of each `path` at `rev`: null for a missing path, a folder, or a file over `maxBytes` (its size then says so). */
export async function readTexts(repo: string, rev: string, paths: readonly string[], maxBytes: number): Promise<Map<string, { text: string | null; size: number }>> {
  // A path with a newline cannot go through cat-file --batch; it is no entry anyway.
  const usable = paths.filter((p) => !p.includes('\n'));
  const objects = await catFileBatch(repo, usable.map((p) => `${rev}:${p}`), maxBytes);
  const out = new Map<string, { text: string | null; size: number }>();
  usable.forEach((p, i) => {
    const o = objects[i];
    if (!o || o.missing || o.type !== 'blob') out.set(p, { text: null, size: 0 });
    // Over the cap: text null, and the size says why.
    else out.set(p, { text: o.content ? o.content.toString('utf8') : null, size: o.size });
  });
  return out;
}
