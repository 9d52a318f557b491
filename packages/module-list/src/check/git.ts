// Plain git, as the submission checks use it: no GitHub API, so a mirror, a proxy or a test can
// stand in for github.com with git's own `url.<base>.insteadOf`. Every call is bounded in time,
// never prompts for a password (a private repository fails at once instead of hanging), and runs
// no hooks from the machine's configuration.

import { execFile, spawn } from 'node:child_process';

export const GIT_TIMEOUT_MS = 120_000;

/** git failed; `detail` is its first meaningful line of stderr. */
export class GitError extends Error {
  constructor(
    readonly args: readonly string[],
    readonly detail: string,
  ) {
    super(`git ${args.filter((a) => !a.startsWith('-c')).slice(0, 3).join(' ')}: ${detail}`);
    this.name = 'GitError';
  }
}

const ENV = { GIT_TERMINAL_PROMPT: '0', GIT_ASKPASS: 'true', SSH_ASKPASS: 'true', GCM_INTERACTIVE: 'never', LC_ALL: 'C' };

/** Runs git in `cwd` and resolves with its stdout. */
export function git(cwd: string, args: readonly string[], options: { timeoutMs?: number; maxBuffer?: number } = {}): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(
      'git',
      ['-c', 'core.hooksPath=/dev/null', ...args],
      { cwd, env: { ...process.env, ...ENV }, timeout: options.timeoutMs ?? GIT_TIMEOUT_MS, maxBuffer: options.maxBuffer ?? 64 * 1024 * 1024, encoding: 'utf8' },
      (error, stdout, stderr) => {
        if (!error) return resolve(stdout);
        const killed = (error as { killed?: boolean }).killed;
        reject(new GitError(args, killed ? `no answer within ${Math.round((options.timeoutMs ?? GIT_TIMEOUT_MS) / 1000)} s` : firstMeaningfulLine(stderr) ?? error.message));
      },
    );
  });
}

/** The line of git's stderr that says what went wrong (`fatal:`/`error:` first). */
export function firstMeaningfulLine(stderr: string): string | undefined {
  const lines = stderr.split('\n').map((l) => l.trim()).filter(Boolean);
  return (lines.find((l) => /^(fatal|error):/.test(l)) ?? lines[0])?.replace(/^(fatal|error):\s*/, '');
}

export type BatchObject = { spec: string; missing: true } | { spec: string; missing: false; type: string; size: number; content: Buffer | null };

/**
 * Reads many objects (`rev:path` or ids) with one `git cat-file --batch`: one process for a whole
 * list of entries or templates. Objects over `maxBytes` come back with `content: null`.
 */
export function catFileBatch(cwd: string, specs: readonly string[], maxBytes = 16 * 1024 * 1024): Promise<BatchObject[]> {
  if (specs.length === 0) return Promise.resolve([]);
  return new Promise((resolve, reject) => {
    const child = spawn('git', ['-c', 'core.hooksPath=/dev/null', 'cat-file', '--batch'], { cwd, env: { ...process.env, ...ENV }, stdio: ['pipe', 'pipe', 'pipe'] });
    const timer = setTimeout(() => child.kill('SIGKILL'), GIT_TIMEOUT_MS);
    const out: BatchObject[] = [];
    let buffer: Buffer = Buffer.alloc(0);
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (c: string) => (stderr += c));
    child.stdout.on('data', (chunk: Buffer) => {
      buffer = buffer.length === 0 ? chunk : Buffer.concat([buffer, chunk]);
      for (;;) {
        const nl = buffer.indexOf(10);
        if (nl < 0) return;
        const header = buffer.subarray(0, nl).toString('utf8');
        const spec = specs[out.length] as string;
        if (header.endsWith(' missing') || header.endsWith(' ambiguous')) {
          out.push({ spec, missing: true });
          buffer = buffer.subarray(nl + 1);
          continue;
        }
        const [, type = '', size = '0'] = header.split(' ');
        const n = Number(size);
        if (buffer.length < nl + 1 + n + 1) return;
        const content = n > maxBytes ? null : Buffer.from(buffer.subarray(nl + 1, nl + 1 + n));
        out.push({ spec, missing: false, type, size: n, content });
        buffer = buffer.subarray(nl + 1 + n + 1);
      }
    });
    child.on('error', (e) => reject(e));
    child.on('close', (code) => {
      clearTimeout(timer);
      if (out.length === specs.length) resolve(out);
      else reject(new GitError(['cat-file', '--batch'], firstMeaningfulLine(stderr) ?? `exited with ${code} after ${out.length} of ${specs.length} objects`));
    });
    // Specs never hold a newline (paths from git itself, validated commits); one per line.
    child.stdin.end(specs.map((s) => `${s}\n`).join(''));
  });
}
