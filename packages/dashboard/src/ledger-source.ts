// Where the ledger's files come from: a folder (a checkout of the ledger branch), or a revision of
// a git repository read with git itself (`git ls-tree`, then one `git cat-file --batch` for every
// file), so the site can be built from `origin/ledger` without checking it out. Only index.json
// and the month files under rewards/ are read; the month CSVs are made again from the JSON.

import { spawnSync } from 'node:child_process';
import { existsSync, lstatSync, readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import { INDEX_PATH, UserInputError } from '@lilypad-actions/rewards';

export type LedgerOrigin =
  | { kind: 'folder'; path: string; commit: string | null }
  | { kind: 'git'; rev: string; commit: string }
  | { kind: 'none' };

/** The ledger's files by their path on the ledger branch (`index.json`, `rewards/2025-03.json`). */
export interface LedgerFiles {
  files: ReadonlyMap<string, string>;
  origin: LedgerOrigin;
  /** How messages name a ledger file: `ledger/rewards/2025-03.json`, or `ledger:rewards/2025-03.json` for a revision. */
  displayPath(ledgerPath: string): string;
}

const MONTH_FOLDER = 'rewards';
// Month files can be megabytes (a 10,000-PR month is about 7 MB); git's output is read whole.
const MAX_GIT_OUTPUT = 1024 * 1024 * 1024;

/**
 * Reads the ledger named by `spec`: an existing folder, else a git revision of the repository at
 * `cwd`; null or empty for no ledger at all (a preview before the first month is recorded).
 */
export function readLedger(spec: string | null, cwd: string): LedgerFiles {
  if (spec === null || spec.trim() === '') return { files: new Map(), origin: { kind: 'none' }, displayPath: (p) => p };
  const asPath = path.resolve(cwd, spec);
  if (existsSync(asPath)) {
    if (!statSync(asPath).isDirectory()) {
      throw new UserInputError(`ledger ${spec} is a file`, { hint: 'give the ledger folder (a checkout of the ledger branch, holding index.json and rewards/) or a git revision such as origin/ledger' });
    }
    return readFolder(asPath, spec);
  }
  return readRevision(spec, cwd);
}

function readFolder(dir: string, shown: string): LedgerFiles {
  const files = new Map<string, string>();
  const readIfFile = (ledgerPath: string) => {
    const full = path.join(dir, ledgerPath);
    // Only regular files: a symbolic link in a ledger folder is not something the ledger writers make.
    if (existsSync(full) && lstatSync(full).isFile()) files.set(ledgerPath, readFileSync(full, 'utf8'));
  };
  readIfFile(INDEX_PATH);
  const months = path.join(dir, MONTH_FOLDER);
  const hasMonths = existsSync(months) && statSync(months).isDirectory();
  if (hasMonths) {
    for (const name of readdirSync(months).sort()) if (name.endsWith('.json')) readIfFile(`${MONTH_FOLDER}/${name}`);
  }
  // An empty folder is an empty ledger; a folder of other things is the wrong folder.
  if (!files.has(INDEX_PATH) && !hasMonths && readdirSync(dir).some((name) => !name.startsWith('.'))) {
    throw new UserInputError(`ledger folder ${shown} holds neither ${INDEX_PATH} nor ${MONTH_FOLDER}/`, {
      hint: 'give a checkout of the ledger branch (git worktree add ledger-site origin/ledger), or the revision itself (--ledger origin/ledger)',
    });
  }
  const prefix = shown.replace(/\/+$/, '');
  return { files, origin: { kind: 'folder', path: shown, commit: cleanCheckoutCommit(dir) }, displayPath: (p) => `${prefix}/${p}` };
}

/** The commit a folder is a clean checkout of (so the site can name it); null for any other folder. */
function cleanCheckoutCommit(dir: string): string | null {
  const git = (args: string[]) => spawnSync('git', ['-C', dir, ...args], { encoding: 'utf8' });
  const top = git(['rev-parse', '--show-toplevel']);
  if (top.status !== 0 || realpathSync(top.stdout.trim()) !== realpathSync(dir)) return null;
  const head = git(['rev-parse', '--verify', '--quiet', 'HEAD']);
  const dirty = git(['status', '--porcelain', '--', INDEX_PATH, MONTH_FOLDER]);
  return head.status === 0 && dirty.status === 0 && dirty.stdout === '' ? head.stdout.trim() : null;
}

function readRevision(rev: string, cwd: string): LedgerFiles {
  const git = (args: string[], input?: string) => {
    const r = spawnSync('git', args, { cwd, input, maxBuffer: MAX_GIT_OUTPUT });
    if (r.error) throw new UserInputError(`cannot run git to read ledger revision ${rev}: ${r.error.message}`, { hint: 'install git, or give the ledger as a folder' });
    return r;
  };
  if (git(['rev-parse', '--git-dir']).status !== 0) {
    throw new UserInputError(`ledger ${rev} is neither a folder nor a git revision: ${cwd} is not in a git repository`, {
      hint: 'give the ledger folder (a checkout of the ledger branch), or run from the list repository with a revision such as origin/ledger',
    });
  }
  // --end-of-options: a revision is never read as an option, whatever it starts with.
  const resolved = git(['rev-parse', '--verify', '--quiet', '--end-of-options', `${rev}^{commit}`]);
  if (resolved.status !== 0) {
    throw new UserInputError(`ledger ${rev} is neither a folder nor a commit of the git repository at ${cwd}`, {
      hint: `fetch the ledger branch first (git fetch origin ledger), then give origin/ledger`,
    });
  }
  const commit = resolved.stdout.toString('utf8').trim();
  const tree = git(['ls-tree', '-r', '-z', '--full-tree', commit, '--', INDEX_PATH, MONTH_FOLDER]);
  if (tree.status !== 0) throw new UserInputError(`git ls-tree ${rev} failed: ${firstLine(tree.stderr.toString('utf8'))}`);
  const wanted: Array<{ oid: string; path: string }> = [];
  for (const record of tree.stdout.toString('utf8').split('\0')) {
    const m = /^\d+ blob ([0-9a-f]+)\t(.+)$/s.exec(record);
    if (!m) continue;
    const ledgerPath = m[2] as string;
    if (ledgerPath === INDEX_PATH || (ledgerPath.startsWith(`${MONTH_FOLDER}/`) && ledgerPath.endsWith('.json') && !ledgerPath.slice(MONTH_FOLDER.length + 1).includes('/'))) {
      wanted.push({ oid: m[1] as string, path: ledgerPath });
    }
  }
  const files = new Map<string, string>();
  if (wanted.length > 0) {
    const batch = git(['cat-file', '--batch'], wanted.map((w) => `${w.oid}\n`).join(''));
    if (batch.status !== 0) throw new UserInputError(`git cat-file failed reading ${rev}: ${firstLine(batch.stderr.toString('utf8'))}`);
    const out = batch.stdout;
    let at = 0;
    for (const w of wanted) {
      const eol = out.indexOf(0x0a, at);
      const size = Number(/ blob (\d+)$/.exec(out.toString('utf8', at, eol))?.[1]);
      if (!Number.isFinite(size)) throw new UserInputError(`git cat-file could not read ${w.path} at ${rev}`);
      files.set(w.path, out.toString('utf8', eol + 1, eol + 1 + size));
      at = eol + 1 + size + 1;
    }
  }
  return { files, origin: { kind: 'git', rev, commit }, displayPath: (p) => `${rev}:${p}` };
}

function firstLine(text: string): string {
  return text.split('\n').find((l) => l.trim() !== '')?.trim() ?? 'no message';
}
