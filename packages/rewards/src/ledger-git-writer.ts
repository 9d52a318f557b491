// The alternative ledger writer: plain git against the repository's remote, for hosts where the
// GraphQL mutation is unavailable or unwanted. Fetch the branch, write a commit with plumbing (no
// working tree), push; a rejected push means the branch moved, and the next attempt starts from a
// fresh fetch rather than rebasing old files. The token travels in an HTTP header set through
// GIT_CONFIG_* variables, so it appears neither in the remote URL nor on a command line.

import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { RewardsError } from './errors';
import { INDEX_PATH, type CommitAttempt, type LedgerSnapshot, type LedgerStore, type WritePlan } from './ledger';

export interface GitLedgerOptions {
  /** Clone URL (`https://github.com/owner/repo.git`) or a local path. */
  remote: string;
  branch: string;
  /** Sent as `x-access-token` basic auth, as actions/checkout does. */
  token?: string;
  identity?: { name: string; email: string };
  /** Where the scratch repository goes (RUNNER_TEMP in Actions). */
  workDir?: string;
  commitUrl?: (commit: string) => string | null;
  /** Called between creating the commit and pushing it (tests use it to crash or race). */
  beforePush?: (commit: string) => Promise<void>;
}

export const BOT_IDENTITY = { name: 'github-actions[bot]', email: '41898282+github-actions[bot]@users.noreply.github.com' };

interface GitResult {
  code: number;
  stdout: Buffer;
  stderr: string;
}

/** A ledger store over git; call `dispose()` to remove its scratch repository. */
export function gitLedgerStore(options: GitLedgerOptions): LedgerStore & { dispose(): void } {
  const scratch = mkdtempSync(join(options.workDir ?? tmpdir(), 'lilypad-ledger-'));
  const gitDir = join(scratch, 'repo.git');
  const localRef = `refs/ledger/${options.branch}`;
  // Where fast-import puts a commit before it is pushed; the push names the commit, not this ref.
  const PENDING = 'refs/ledger-pending/commit';
  const identity = options.identity ?? BOT_IDENTITY;
  let initialised = false;

  const env: Record<string, string> = { GIT_TERMINAL_PROMPT: '0' };
  if (options.token) {
    const n = Number(process.env.GIT_CONFIG_COUNT ?? 0) || 0;
    env.GIT_CONFIG_COUNT = String(n + 1);
    env[`GIT_CONFIG_KEY_${n}`] = 'http.extraHeader';
    env[`GIT_CONFIG_VALUE_${n}`] = `AUTHORIZATION: basic ${Buffer.from(`x-access-token:${options.token}`).toString('base64')}`;
  }

  const git = (args: string[], extra: { input?: Buffer; env?: Record<string, string> } = {}) =>
    runGit(['--git-dir', gitDir, ...args], { ...env, ...extra.env }, extra.input);
  const must = async (args: string[], extra: { input?: Buffer; env?: Record<string, string> } = {}) => {
    const r = await git(args, extra);
    if (r.code !== 0) throw gitFailure(args, r);
    return r.stdout.toString('utf8').trim();
  };

  async function init(): Promise<void> {
    if (initialised) return;
    const r = await runGit(['init', '--bare', '-q', gitDir], env);
    if (r.code !== 0) throw gitFailure(['init'], r);
    initialised = true;
  }

  return {
    async read(): Promise<LedgerSnapshot> {
      await init();
      const fetched = await git(['fetch', '--quiet', '--no-tags', '--depth=2', options.remote, `+refs/heads/${options.branch}:${localRef}`]);
      if (fetched.code !== 0) {
        if (/couldn't find remote ref/i.test(fetched.stderr)) return { head: null, headParent: null, files: new Map() };
        throw gitFailure(['fetch', options.remote], fetched);
      }
      // Two cat-file runs read everything (a process costs more than the reading): the commit,
      // index.json and the rewards/ folder, then the files in it.
      const [commit, index, folder] = await catFile(git, [localRef, `${localRef}:${INDEX_PATH}`, `${localRef}:rewards`]);
      if (!commit || commit.type !== 'commit') throw new RewardsError(`git fetched ${options.branch} but cannot read it`);
      const parent = /^parent ([0-9a-f]{40})$/m.exec(commit.content.toString('utf8'))?.[1] ?? null;
      const files = new Map<string, string>();
      if (index?.type === 'blob') files.set(INDEX_PATH, index.content.toString('utf8'));
      if (folder?.type === 'tree') {
        const names = treeBlobNames(folder.content).map((name) => `rewards/${name}`);
        const blobs = await catFile(git, names.map((path) => `${commit.oid}:${path}`));
        names.forEach((path, i) => {
          const blob = blobs[i];
          if (blob?.type === 'blob') files.set(path, blob.content.toString('utf8'));
        });
      }
      return { head: commit.oid, headParent: parent, files };
    },

    async commit(base: LedgerSnapshot, plan: WritePlan): Promise<CommitAttempt> {
      await init();
      // One fast-import writes the blobs, the trees and the commit on top of the fetched head.
      const when = `${Math.floor(Date.now() / 1000)} +0000`;
      const who = `${identity.name} <${identity.email}> ${when}`;
      const message = Buffer.from(`${plan.message.headline}\n\n${plan.message.body}\n`);
      const parts: Buffer[] = [
        Buffer.from(`${base.head ? '' : `reset ${PENDING}\n`}commit ${PENDING}\nmark :1\nauthor ${who}\ncommitter ${who}\ndata ${message.length}\n`),
        message,
        Buffer.from(base.head ? `\nfrom ${base.head}\n` : '\n'),
      ];
      for (const file of plan.files) {
        const bytes = Buffer.from(file.contents);
        parts.push(Buffer.from(`M 100644 inline ${file.path}\ndata ${bytes.length}\n`), bytes, Buffer.from('\n'));
      }
      parts.push(Buffer.from('done\n'));
      const marks = join(scratch, 'marks');
      await must(['fast-import', '--quiet', '--done', '--force', `--export-marks=${marks}`], { input: Buffer.concat(parts) });
      const commit = /^:1 ([0-9a-f]{40})$/m.exec(readFileSync(marks, 'utf8'))?.[1];
      if (!commit) throw new RewardsError('git fast-import made no commit for the ledger');
      await options.beforePush?.(commit);
      const pushed = await git(['push', '--porcelain', options.remote, `${commit}:refs/heads/${options.branch}`]);
      // Two writers with the same result, parent and second make the same commit: the second
      // push finds it already there ("=" in porcelain) and has changed nothing itself.
      if (pushed.code === 0) return /^=\t/m.test(pushed.stdout.toString()) ? { ok: false, reason: 'stale' } : { ok: true, commit };
      // Porcelain: "!\t<src>:<dst>\t[rejected] (fetch first)" or "(non-fast-forward)"; when two
      // pushes pass the fast-forward check together, the loser's ref lock fails instead
      // ("[remote rejected] (failed to update ref)", "cannot lock ref"). All mean: it moved.
      if (/\[(remote )?rejected\]|non-fast-forward|fetch first|stale info|cannot lock ref/.test(`${pushed.stdout.toString()}\n${pushed.stderr}`)) {
        return { ok: false, reason: 'stale' };
      }
      throw gitFailure(['push', options.remote], pushed);
    },

    commitUrl(commit: string): string | null {
      return options.commitUrl?.(commit) ?? null;
    },

    dispose(): void {
      rmSync(scratch, { recursive: true, force: true });
    },
  };
}

interface CatObject {
  oid: string;
  type: string;
  content: Buffer;
}

/** Objects by name with one `git cat-file --batch`; null for a name git does not know. */
async function catFile(git: (args: string[], extra?: { input?: Buffer }) => Promise<GitResult>, names: string[]): Promise<Array<CatObject | null>> {
  if (names.length === 0) return [];
  const r = await git(['cat-file', '--batch'], { input: Buffer.from(names.map((n) => `${n}\n`).join('')) });
  if (r.code !== 0) throw gitFailure(['cat-file', '--batch'], r);
  const out: Array<CatObject | null> = [];
  let at = 0;
  for (let i = 0; i < names.length; i += 1) {
    const eol = r.stdout.indexOf(0x0a, at);
    const m = /^([0-9a-f]{40}) (\w+) (\d+)$/.exec(r.stdout.toString('utf8', at, eol));
    if (!m) {
      out.push(null);
      at = eol + 1;
      continue;
    }
    const size = Number(m[3]);
    out.push({ oid: m[1] as string, type: m[2] as string, content: r.stdout.subarray(eol + 1, eol + 1 + size) });
    at = eol + 1 + size + 1;
  }
  return out;
}

/** Names of the files (not folders) in a raw tree object. */
function treeBlobNames(tree: Buffer): string[] {
  const names: string[] = [];
  for (let i = 0; i < tree.length; ) {
    const space = tree.indexOf(0x20, i);
    const nul = tree.indexOf(0, space);
    if (tree.toString('ascii', i, space) !== '40000') names.push(tree.toString('utf8', space + 1, nul));
    i = nul + 21;
  }
  return names;
}

function runGit(args: string[], env: Record<string, string>, input?: Buffer): Promise<GitResult> {
  return new Promise((resolve, reject) => {
    const child = spawn('git', args, { env: { ...process.env, ...env } });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (c: Buffer) => out.push(c));
    child.stderr.on('data', (c: Buffer) => err.push(c));
    child.on('error', (e) => reject(new RewardsError(`could not run git: ${e.message}`, { hint: 'the git writer needs git on PATH' })));
    child.on('close', (code) => resolve({ code: code ?? 1, stdout: Buffer.concat(out), stderr: Buffer.concat(err).toString('utf8') }));
    child.stdin.on('error', () => undefined);
    child.stdin.end(input ?? Buffer.alloc(0));
  });
}

/** The first line of git's complaint that says something, not "exited with code 128". */
function gitFailure(args: string[], r: GitResult): RewardsError {
  const lines = r.stderr.split('\n').map((l) => l.trim()).filter(Boolean);
  const meaningful = lines.find((l) => /^(fatal|error|remote):/i.test(l)) ?? lines[0] ?? `exit code ${r.code}`;
  return new RewardsError(`git ${args[0]} failed: ${meaningful}`, {
    hint: /authentication|403|401|could not read Username/i.test(r.stderr)
      ? 'the token was refused: the workflow needs `permissions: contents: write`'
      : 'check that the repository and branch exist and that git can reach them',
  });
}
