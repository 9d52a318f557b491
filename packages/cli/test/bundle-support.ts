// The CLI bundle for tests that run it as a user does (`node dist/lilypad-module.js …`): rebuilt
// when a source is newer, under a lock, since several test files may ask for it at once.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = fileURLToPath(new URL('../../..', import.meta.url));
export const cliDir = path.join(repoRoot, 'packages/cli');
export const bundle = path.join(cliDir, 'dist/lilypad-module.js');

/** Newest modification time of the files the bundle is built from. */
function newestSource(): number {
  let newest = statSync(path.join(cliDir, 'package.json')).mtimeMs;
  const walk = (dir: string) => {
    if (!existsSync(dir)) return;
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(p);
      else newest = Math.max(newest, statSync(p).mtimeMs);
    }
  };
  for (const pkg of ['cli', 'module-spec', 'gotemplate', 'rewards', 'module-runner', 'module-list', 'dashboard', 'config-file', 'workflow-commands']) walk(path.join(repoRoot, 'packages', pkg, 'src'));
  return newest;
}

const sleep = (ms: number) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

/** Build the bundle unless it is newer than every source (call from beforeAll). */
export function ensureBundle(): void {
  const lock = path.join(tmpdir(), 'lilypad-module-cli-build.lock');
  const deadline = Date.now() + 280_000;
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      if (Date.now() > deadline) throw new Error(`${lock}: held for too long; remove it if no build is running`);
      sleep(200);
    }
  }
  try {
    if (!existsSync(bundle) || statSync(bundle).mtimeMs < newestSource()) {
      execFileSync('pnpm', ['run', 'build'], { cwd: cliDir, stdio: 'pipe' });
    }
  } finally {
    rmdirSync(lock);
  }
}

export interface BundleRun {
  code: number | null;
  stdout: Buffer;
  text: string;
  stderr: string;
}

/** Run the bundle (or `script`) with `args`, colour off. */
export function runBundle(args: string[], opts: { cwd?: string; script?: string; env?: NodeJS.ProcessEnv; timeoutMs?: number } = {}): BundleRun {
  const r = spawnSync(process.execPath, [opts.script ?? bundle, ...args], {
    cwd: opts.cwd ?? repoRoot,
    env: { ...process.env, NO_COLOR: '', FORCE_COLOR: '', ...opts.env },
    maxBuffer: 64 * 1024 * 1024,
    // A run that hangs is killed and fails its test (status null) instead of the whole suite.
    ...(opts.timeoutMs === undefined ? {} : { timeout: opts.timeoutMs, killSignal: 'SIGKILL' as const }),
  });
  return { code: r.status, stdout: r.stdout, text: r.stdout.toString('utf8'), stderr: r.stderr.toString('utf8') };
}
