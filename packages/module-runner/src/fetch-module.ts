// A module reference (`github.com/org/repo:v1.2.0`, or a `cowsay:v0.0.4` shortcut) checked out the
// way the Lilypad CLI resolves it (module-spec's parseModuleRef: https:// clone, the tag, branch
// or commit after the colon), so run-module can test a published module without its repository
// being the workflow's own.

import { UserError } from '@lilypad-actions/errors';
import { execFile } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { promisify } from 'node:util';
import { ModuleRefError, parseModuleRef, type ModuleRef } from '@lilypad-actions/module-spec';

const execFileP = promisify(execFile);

export class FetchModuleError extends UserError {
  override name = 'FetchModuleError';
}

/** Clones `reference` into `dir` (created; must be empty) at its ref, fetching only that commit. */
export async function fetchModule(reference: string | ModuleRef, dir: string, options: { timeoutMs?: number } = {}): Promise<ModuleRef> {
  let ref: ModuleRef;
  try {
    ref = typeof reference === 'string' ? parseModuleRef(reference) : reference;
  } catch (error) {
    if (error instanceof ModuleRefError) throw new FetchModuleError(`${error.message}: write <repo>:<ref>, e.g. github.com/org/repo:v1.0.0`);
    throw error;
  }
  mkdirSync(dir, { recursive: true });
  const git = async (...args: string[]) => {
    try {
      // No prompt can wait for a password that will never come; no hooks from the runner's config.
      await execFileP('git', ['-c', 'core.hooksPath=/dev/null', ...args], {
        cwd: dir,
        timeout: options.timeoutMs ?? 120_000,
        env: { ...process.env, GIT_TERMINAL_PROMPT: '0' },
      });
    } catch (error) {
      const stderr = String((error as { stderr?: unknown }).stderr ?? '').trim().split('\n').filter(Boolean).at(-1);
      throw new FetchModuleError(`cannot fetch ${ref.repo} at ${ref.ref}: ${stderr ?? (error as Error).message}`);
    }
  };
  await git('init', '-q');
  // --end-of-options: a ref is never read as an option, whatever it starts with.
  await git('fetch', '-q', '--depth', '1', '--end-of-options', ref.repo, ref.ref);
  await git('checkout', '-q', '--detach', 'FETCH_HEAD');
  return ref;
}
