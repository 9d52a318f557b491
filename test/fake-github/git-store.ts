// The fake's storage is a real bare git repository, so that what an API writer committed can be
// inspected with git, and a git writer can push to the same repository over smart HTTP.
// The fixture's history is written in one `git fast-import` run: thousands of commits in a second.

import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { appendFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { changeTypeOf, type PullFixture, type RepoFixture } from './fixture';

/** The object id git (and GitHub) give the empty tree. */
export const EMPTY_TREE = '4b825dc642cb6eb9a060e54bf8d69288fbee4904';

export interface GitObject {
  oid: string;
  type: 'blob' | 'tree' | 'commit' | 'tag';
  content: Buffer;
}

export interface ParsedCommit {
  tree: string;
  parents: string[];
  author: Signature;
  committer: Signature;
  message: string;
}

export interface Signature {
  name: string;
  email: string;
  /** Seconds since the epoch. */
  time: number;
}

export interface TreeEntry {
  mode: string;
  name: string;
  oid: string;
  type: 'blob' | 'tree' | 'commit';
}

export interface Identity {
  name: string;
  email: string;
}

export class GitError extends Error {
  constructor(
    readonly args: string[],
    readonly code: number | null,
    readonly stderr: string,
  ) {
    super(`git ${args.join(' ')} failed (${code}): ${stderr.trim().split('\n')[0] ?? ''}`);
  }
}

/** What the fixture's history became: where each PR's commits are. */
export interface Materialised {
  mergeCommits: Map<number, string>;
  headCommits: Map<number, string>;
}

export class GitStore {
  private catFile: CatFile;
  private readonly cache = new Map<string, GitObject>();
  private writeLock: Promise<unknown> = Promise.resolve();

  private constructor(
    /** The bare repository, `<root>/<owner>/<name>.git`. */
    readonly path: string,
    /** What git's smart HTTP serves from (`GIT_PROJECT_ROOT`). */
    readonly projectRoot: string,
  ) {
    this.catFile = new CatFile(path);
  }

  /** Creates `<root>/<owner>/<name>.git` and writes the fixture's history into it. */
  static async create(root: string, fixture: RepoFixture): Promise<{ store: GitStore; history: Materialised }> {
    const path = join(root, fixture.owner, `${fixture.name}.git`);
    mkdirSync(path, { recursive: true });
    const branch = fixture.defaultBranch ?? 'main';
    await git(path, ['init', '--bare', '-q', `--initial-branch=${branch}`]);
    // Pushes arrive through `git http-backend`, which refuses receive-pack unless told otherwise.
    appendFileSync(join(path, 'config'), '[http]\n\treceivepack = true\n');
    const history = await fastImport(path, fixture);
    return { store: new GitStore(path, root), history };
  }

  /** One object by `<oid>`, `<oid>:<path>` or a ref name; null when git has none. */
  async read(spec: string): Promise<GitObject | null> {
    const immutable = /^[0-9a-f]{40}(:|$)/.test(spec);
    if (immutable) {
      const hit = this.cache.get(spec);
      if (hit) return hit;
    }
    const object = await this.catFile.read(spec);
    if (object && immutable) this.cache.set(spec, object);
    return object;
  }

  async readCommit(oid: string): Promise<ParsedCommit | null> {
    const object = await this.read(oid);
    return object?.type === 'commit' ? parseCommit(object.content) : null;
  }

  async readTree(oid: string): Promise<TreeEntry[] | null> {
    if (oid === EMPTY_TREE) return [];
    const object = await this.read(oid);
    return object?.type === 'tree' ? parseTree(object.content) : null;
  }

  /**
   * The commit a ref points at, read fresh from disk (pushes over smart HTTP move refs behind our
   * back). Read as files, not with `git rev-parse`: a process spawn costs tens of milliseconds.
   */
  async resolveRef(ref: string): Promise<string | null> {
    if (!/^refs\/[^\0\n]+$/.test(ref) || ref.split('/').includes('..')) return null;
    try {
      const loose = readFileSync(join(this.path, ref), 'utf8').trim();
      if (/^[0-9a-f]{40}$/.test(loose)) return loose;
    } catch {
      // not a loose ref: look in packed-refs
    }
    try {
      for (const line of readFileSync(join(this.path, 'packed-refs'), 'utf8').split('\n')) {
        if (line.endsWith(` ${ref}`)) return line.slice(0, 40);
      }
    } catch {
      // no packed-refs
    }
    return null;
  }

  /**
   * Commits file changes on top of `expected` (the branch's head) and moves `ref` to the new
   * commit only if it still points at `expected`: GitHub's createCommitOnBranch, in two processes
   * (fast-import writes blobs, trees and the commit; one update-ref transaction swaps the ref).
   * Returns the new commit, or null when the ref had moved.
   */
  async commitOnRef(options: {
    ref: string;
    expected: string;
    additions: Array<{ path: string; contents: Buffer }>;
    deletions: string[];
    message: string;
    author: Identity;
    committer: Identity;
    time: number;
  }): Promise<string | null> {
    return this.serialise(async () => {
      const staging = 'refs/fake-github/staging';
      const when = `${options.time} +0000`;
      const parts: Buffer[] = [
        Buffer.from(
          `commit ${staging}\nmark :1\n` +
            `author ${options.author.name} <${options.author.email}> ${when}\n` +
            `committer ${options.committer.name} <${options.committer.email}> ${when}\n` +
            data(options.message) +
            `from ${options.expected}\n`,
        ),
      ];
      for (const path of options.deletions) parts.push(Buffer.from(`D ${path}\n`));
      for (const file of options.additions) {
        parts.push(Buffer.from(`M 100644 inline ${file.path}\ndata ${file.contents.length}\n`), file.contents, Buffer.from('\n'));
      }
      parts.push(Buffer.from('\ndone\n'));
      const oid = await fastImportMarks(this.path, Buffer.concat(parts)).then((marks) => marks.get(1) ?? '');
      try {
        await git(this.path, ['update-ref', '--stdin'], {
          input: Buffer.from(`update ${options.ref} ${oid} ${options.expected}\ndelete ${staging}\n`),
        });
        return oid;
      } catch (e) {
        if (!(e instanceof GitError)) throw e;
        await git(this.path, ['update-ref', '-d', staging]).catch(() => undefined);
        return null;
      }
    });
  }

  /** `git commit-tree`, with the identities and date given. */
  async commitTree(options: {
    tree: string;
    parents: string[];
    message: string;
    author: Identity;
    committer: Identity;
    time: number;
  }): Promise<string> {
    const date = `${options.time} +0000`;
    const args = ['commit-tree', options.tree, ...options.parents.flatMap((p) => ['-p', p])];
    const env = {
      GIT_AUTHOR_NAME: options.author.name,
      GIT_AUTHOR_EMAIL: options.author.email,
      GIT_AUTHOR_DATE: date,
      GIT_COMMITTER_NAME: options.committer.name,
      GIT_COMMITTER_EMAIL: options.committer.email,
      GIT_COMMITTER_DATE: date,
    };
    return (await git(this.path, args, { env, input: Buffer.from(options.message) })).trim();
  }

  /** Moves `ref` to `oid` only if it still points at `expected` (null: only if it does not exist). */
  async compareAndSwapRef(ref: string, oid: string, expected: string | null): Promise<boolean> {
    try {
      await git(this.path, ['update-ref', ref, oid, expected ?? '0'.repeat(40)]);
      return true;
    } catch (e) {
      if (e instanceof GitError) return false;
      throw e;
    }
  }

  async close(): Promise<void> {
    await this.catFile.close();
  }

  private serialise<T>(work: () => Promise<T>): Promise<T> {
    const next = this.writeLock.then(work, work);
    this.writeLock = next.catch(() => undefined);
    return next;
  }
}

/** Runs git against a repository; resolves with stdout, rejects with a GitError. */
export async function git(
  gitDir: string,
  args: string[],
  options: { input?: Buffer; env?: Record<string, string> } = {},
): Promise<string> {
  const env = { ...process.env, GIT_TERMINAL_PROMPT: '0', ...options.env } as Record<string, string>;
  const r = await runProcess('git', ['--git-dir', gitDir, ...args], env, options.input);
  if (r.code !== 0) throw new GitError(args, r.code, r.stderr);
  return r.stdout.toString('utf8');
}

/** Runs a program with exactly `env`, feeding it `input`; resolves whatever its exit status. */
export function runProcess(
  command: string,
  args: string[],
  env: Record<string, string>,
  input: Buffer = Buffer.alloc(0),
): Promise<{ code: number | null; stdout: Buffer; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { env });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout: Buffer.concat(out), stderr: Buffer.concat(err).toString('utf8') }));
    // A program may exit without reading its input (rev-parse, a failed update-ref): not an error.
    child.stdin.on('error', () => undefined);
    child.stdin.end(input);
  });
}

export function parseCommit(content: Buffer): ParsedCommit {
  const text = content.toString('utf8');
  const split = text.indexOf('\n\n');
  const header = split === -1 ? text : text.slice(0, split);
  const commit: ParsedCommit = {
    tree: '',
    parents: [],
    author: { name: '', email: '', time: 0 },
    committer: { name: '', email: '', time: 0 },
    message: split === -1 ? '' : text.slice(split + 2),
  };
  for (const line of header.split('\n')) {
    const space = line.indexOf(' ');
    const key = line.slice(0, space);
    const value = line.slice(space + 1);
    if (key === 'tree') commit.tree = value;
    else if (key === 'parent') commit.parents.push(value);
    else if (key === 'author') commit.author = parseSignature(value);
    else if (key === 'committer') commit.committer = parseSignature(value);
  }
  return commit;
}

function parseSignature(value: string): Signature {
  const m = /^(.*) <(.*)> (\d+) [+-]\d{4}$/.exec(value);
  return m ? { name: m[1] ?? '', email: m[2] ?? '', time: Number(m[3]) } : { name: value, email: '', time: 0 };
}

export function parseTree(content: Buffer): TreeEntry[] {
  const entries: TreeEntry[] = [];
  let i = 0;
  while (i < content.length) {
    const space = content.indexOf(0x20, i);
    const nul = content.indexOf(0, space);
    const mode = content.toString('ascii', i, space);
    const name = content.toString('utf8', space + 1, nul);
    const oid = content.toString('hex', nul + 1, nul + 21);
    entries.push({ mode, name, oid, type: mode === '40000' ? 'tree' : mode === '160000' ? 'commit' : 'blob' });
    i = nul + 21;
  }
  return entries;
}

/** A long-lived `git cat-file --batch`: one process for every object read, answers in order. */
class CatFile {
  private readonly child: ChildProcessWithoutNullStreams;
  private buffer: Buffer = Buffer.alloc(0);
  private readonly waiting: Array<{ resolve: (o: GitObject | null) => void; reject: (e: Error) => void }> = [];
  private closed = false;

  constructor(gitDir: string) {
    this.child = spawn('git', ['--git-dir', gitDir, 'cat-file', '--batch']);
    this.child.stdout.on('data', (chunk: Buffer) => {
      this.buffer = this.buffer.length === 0 ? chunk : Buffer.concat([this.buffer, chunk]);
      this.drain();
    });
    this.child.on('close', () => {
      this.closed = true;
      for (const w of this.waiting.splice(0)) w.reject(new Error('git cat-file --batch exited'));
    });
  }

  read(spec: string): Promise<GitObject | null> {
    if (/[\n\r]/.test(spec)) return Promise.resolve(null);
    if (this.closed) return Promise.reject(new Error('git cat-file --batch has exited'));
    return new Promise((resolve, reject) => {
      this.waiting.push({ resolve, reject });
      this.child.stdin.write(`${spec}\n`);
    });
  }

  close(): Promise<void> {
    if (this.closed) return Promise.resolve();
    return new Promise((resolve) => {
      this.child.once('close', () => resolve());
      this.child.stdin.end();
    });
  }

  private drain(): void {
    for (;;) {
      const waiter = this.waiting[0];
      if (!waiter) return;
      const eol = this.buffer.indexOf(0x0a);
      if (eol === -1) return;
      const header = this.buffer.toString('utf8', 0, eol);
      const m = /^([0-9a-f]{40}) (\w+) (\d+)$/.exec(header);
      if (!m) {
        // "<spec> missing" or "<spec> ambiguous"
        this.buffer = this.buffer.subarray(eol + 1);
        this.waiting.shift();
        waiter.resolve(null);
        continue;
      }
      const size = Number(m[3]);
      if (this.buffer.length < eol + 1 + size + 1) return;
      const content = Buffer.from(this.buffer.subarray(eol + 1, eol + 1 + size));
      this.buffer = this.buffer.subarray(eol + 1 + size + 1);
      this.waiting.shift();
      waiter.resolve({ oid: m[1] ?? '', type: m[2] as GitObject['type'], content });
    }
  }
}

// ---- fast-import of a fixture ----

const BOT: Identity = { name: 'GitHub', email: 'noreply@github.com' };

function seconds(iso: string): number {
  return Math.floor(Date.parse(iso) / 1000);
}

function data(text: string | Buffer): string {
  const bytes = typeof text === 'string' ? Buffer.byteLength(text) : text.length;
  return `data ${bytes}\n${text.toString()}\n`;
}

function authorOf(pull: PullFixture): Identity {
  // A deleted account's commits keep their old identity; GitHub shows them as "ghost".
  const login = pull.author ?? 'ghost';
  return { name: login, email: `${login}@users.noreply.github.com` };
}

function fileCommands(pull: PullFixture): string {
  let out = '';
  for (const file of pull.files ?? []) {
    const type = changeTypeOf(file);
    if (type === 'DELETED' || file.contents === null) out += `D ${file.path}\n`;
    else out += `M 100644 inline ${file.path}\n${data(file.contents ?? `${file.path} at #${pull.number}\n`)}`;
  }
  return out;
}

async function fastImport(gitDir: string, fixture: RepoFixture): Promise<Materialised> {
  const branch = fixture.defaultBranch ?? 'main';
  const epoch = seconds(fixture.epoch ?? '2024-01-01T00:00:00Z');
  const chunks: string[] = [];
  let mark = 0;
  const commit = (ref: string, who: Identity, time: number, message: string, from: number | null, body: string) => {
    mark += 1;
    chunks.push(
      `commit ${ref}\nmark :${mark}\n` +
        `author ${who.name} <${who.email}> ${time} +0000\n` +
        `committer ${BOT.name} <${BOT.email}> ${time} +0000\n` +
        data(message) +
        (from ? `from :${from}\n` : '') +
        body +
        '\n',
    );
    return mark;
  };

  const initialFiles = Object.entries(fixture.files ?? {})
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([path, contents]) => `M 100644 inline ${path}\n${data(contents)}`)
    .join('');
  let tip = commit(`refs/heads/${branch}`, BOT, epoch, 'Initial commit\n', null, initialFiles);

  const merged = (fixture.pulls ?? [])
    .filter((p) => p.mergedAt)
    .sort((a, b) => seconds(a.mergedAt ?? '') - seconds(b.mergedAt ?? '') || a.number - b.number);
  const mergeMarks = new Map<number, number>();
  for (const pull of merged) {
    const message = `${pull.title ?? `PR ${pull.number}`} (#${pull.number})\n`;
    tip = commit(`refs/heads/${branch}`, authorOf(pull), seconds(pull.mergedAt ?? ''), message, tip, fileCommands(pull));
    mergeMarks.set(pull.number, tip);
  }
  const headMarks = new Map<number, number>();
  for (const pull of (fixture.pulls ?? []).filter((p) => !p.mergedAt)) {
    const time = seconds(pull.createdAt ?? fixture.epoch ?? '2024-01-01T00:00:00Z');
    const m = commit(`refs/pull/${pull.number}/head`, authorOf(pull), time, `${pull.title ?? `PR ${pull.number}`}\n`, tip, fileCommands(pull));
    headMarks.set(pull.number, m);
  }
  for (const [name, files] of Object.entries(fixture.branches ?? {})) {
    const body = Object.entries(files)
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([path, contents]) => `M 100644 inline ${path}\n${data(contents)}`)
      .join('');
    commit(`refs/heads/${name}`, BOT, epoch, `Create ${name}\n`, null, body);
  }
  chunks.push('done\n');

  const oids = await fastImportMarks(gitDir, Buffer.from(chunks.join('')));
  const resolveMarks = (marks: Map<number, number>) => new Map([...marks].map(([number, m]) => [number, oids.get(m) ?? ''] as const));
  return { mergeCommits: resolveMarks(mergeMarks), headCommits: resolveMarks(headMarks) };
}

/** Runs `git fast-import` (refs updated with --force) and returns its marks: mark → object id. */
async function fastImportMarks(gitDir: string, stream: Buffer): Promise<Map<number, string>> {
  const scratch = mkdtempSync(join(tmpdir(), 'fake-github-marks-'));
  try {
    const marksFile = join(scratch, 'marks');
    await git(gitDir, ['fast-import', '--quiet', '--done', '--force', `--export-marks=${marksFile}`], {
      input: stream,
      // fast-import grows and trims its heap once per object; with glibc's defaults that is one
      // brk() system call per tree and 9 s of a 10,000-commit import. Padding the heap: 1.5 s.
      env: { MALLOC_TOP_PAD_: String(128 << 20), MALLOC_TRIM_THRESHOLD_: String(256 << 20) },
    });
    const oids = new Map<number, string>();
    for (const line of readFileSync(marksFile, 'utf8').split('\n')) {
      const m = /^:(\d+) ([0-9a-f]{40})$/.exec(line);
      if (m) oids.set(Number(m[1]), m[2] ?? '');
    }
    return oids;
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}
