// The CLI bundle for tests that run it as a user does (`node dist/lilypad-module.js …`): rebuilt
// when a source is newer, under a lock, since several test files may ask for it at once.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = fileURLToPath(new URL('../../..', import.meta.url));
export const cliDir = path.join(repoRoot, 'packages/cli');
export const bundle = path.join(cliDir, 'dist/lilypad-module.js');
const bundleLock = path.join(cliDir, 'node_modules/.cache/bundle-build.lock');

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

/** The pid written in the lock, or null while there is none. */
function lockHolder(lock: string): string | null {
  try {
    return readFileSync(path.join(lock, 'pid'), 'utf8');
  } catch {
    return null;
  }
}

/** A process that holds the lock and still runs; a lock left by one that died (a killed run) is taken over. */
function holderAlive(lock: string): boolean {
  const holder = lockHolder(lock);
  if (holder === null) {
    // Between the holder's mkdir and its pid file: alive unless that moment is long past.
    const made = statSync(lock, { throwIfNoEntry: false })?.mtimeMs;
    return made !== undefined && Date.now() - made < 10_000;
  }
  try {
    process.kill(Number(holder), 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code !== 'ESRCH';
  }
}

/**
 * Runs `fn` holding `lock` (a directory, made atomically), which records its holder's pid: a
 * lock left by a process that died (a killed run) is taken over instead of waited on.
 */
export function withLock(lock: string, fn: () => void, waitMs = 280_000): void {
  mkdirSync(path.dirname(lock), { recursive: true });
  const deadline = Date.now() + waitMs;
  for (;;) {
    try {
      mkdirSync(lock);
      writeFileSync(path.join(lock, 'pid'), String(process.pid));
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      if (existsSync(lock) && !holderAlive(lock)) rmSync(lock, { recursive: true, force: true });
      else if (Date.now() > deadline) throw new Error(`${lock}: held for too long by a running build`);
      else sleep(200);
    }
  }
  try {
    fn();
  } finally {
    // Only our own: a waiter may have taken the lock over if this process looked dead to it.
    if (lockHolder(lock) === String(process.pid)) rmSync(lock, { recursive: true, force: true });
  }
}

/**
 * Build the bundle unless it is newer than every source (call from beforeAll). The lock lives in
 * this clone, so two clones on one machine build their own bundles.
 */
export function ensureBundle(): void {
  withLock(bundleLock, () => {
    if (!existsSync(bundle) || statSync(bundle).mtimeMs < newestSource()) {
      execFileSync('pnpm', ['run', 'build'], { cwd: cliDir, stdio: 'pipe' });
    }
  });
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
