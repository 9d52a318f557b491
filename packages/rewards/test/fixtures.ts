// Builders shared by the rewards tests: PR fixtures for the fake GitHub, a client that records its
// waits instead of sleeping, and run inputs with the documented defaults.

import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { start, type FakeGitHub, type PullFixture, type RepoFixture } from '../../../test/fake-github';
import { configHash, defaultConfig, type RewardsConfig } from '../src/config';
import { createGitHubClient, type GitHubApi } from '../src/github-client';
import type { HarvestedPull } from '../src/harvest';
import { parseMonth } from '../src/month';
import type { MonthlyRewardsInputs, MonthlyRewardsServices } from '../src/run';
import { tempDir } from '../../../test/support/temp-dir';

export const REPO = { owner: 'Lilypad-Tech', name: 'awesome-lilypad' };
export const TOKEN = 'ghs_test_token';
/** A run on the 1st of April tallies March. */
export const APRIL_FIRST = new Date('2025-04-01T03:17:00Z');

/** An entry file's text. */
export function entryText(module: string, extra: Record<string, unknown> = {}): string {
  return `${JSON.stringify({ module, ...extra }, null, 2)}\n`;
}

/** A merged PR adding `modules/<slug>.json`. */
export function modulePull(
  number: number,
  author: string | null,
  mergedAt: string,
  options: Partial<PullFixture> & { slug?: string; entry?: string; creator?: string } = {},
): PullFixture {
  const slug = options.slug ?? `module-${number}`;
  const { slug: _s, entry, creator, ...rest } = options;
  return {
    number,
    author,
    mergedAt,
    title: `Add ${slug}`,
    files: [{ path: `modules/${slug}.json`, contents: entry ?? entryText(`github.com/${author ?? 'ghost'}/${slug}:v1.0.0`, creator ? { creator } : {}) }],
    // The documented defaults require the submission checks to have passed on the last commit.
    checks: [{ name: 'submission / Submission checks', conclusion: 'SUCCESS' }],
    ...rest,
  };
}

export function repoFixture(pulls: PullFixture[], extra: Partial<RepoFixture> = {}): RepoFixture {
  return { ...REPO, files: { 'README.md': '# awesome-lilypad\n' }, pulls, ...extra };
}

export async function startFake(pulls: PullFixture[], extra: Partial<RepoFixture> = {}): Promise<FakeGitHub> {
  return start({ repoFixture: repoFixture(pulls, extra), token: TOKEN });
}

/** A client for the fake whose retries wait for nothing; `waits` lists what they asked for (ms). */
export function clientFor(fake: FakeGitHub, options: { maxAttempts?: number } = {}): { github: GitHubApi; waits: number[]; log: string[] } {
  const waits: number[] = [];
  const log: string[] = [];
  const github = createGitHubClient({
    token: TOKEN,
    apiUrl: fake.url,
    graphqlUrl: fake.graphqlUrl,
    sleep: async (ms) => void waits.push(ms),
    log: (line) => void log.push(line),
    ...(options.maxAttempts ? { retry: { maxAttempts: options.maxAttempts } } : {}),
  });
  return { github, waits, log };
}

export function loadedConfig(change: (c: RewardsConfig) => void = () => undefined) {
  const config = defaultConfig();
  change(config);
  return { config, file: null, hash: configHash(config) };
}

export function runInputs(overrides: Partial<MonthlyRewardsInputs> = {}): MonthlyRewardsInputs {
  return {
    repository: REPO,
    month: parseMonth('2025-03'),
    config: loadedConfig(),
    baseDir: tmpdir(),
    ledgerBranch: 'ledger',
    writer: 'api',
    restate: null,
    dryRun: false,
    outputDir: tempDir('rewards-out-'),
    ...overrides,
  };
}

export function runServices(fake: FakeGitHub, github: GitHubApi, overrides: Partial<MonthlyRewardsServices> = {}): MonthlyRewardsServices {
  return { github, serverUrl: fake.serverUrl, token: TOKEN, log: () => undefined, now: () => APRIL_FIRST, ...overrides };
}

/** A harvested PR for the pure rules tests. */
export function harvested(number: number, author: string | null, mergedAt: string, options: Partial<HarvestedPull> & { slug?: string } = {}): HarvestedPull {
  const { slug, ...rest } = options;
  return {
    number,
    title: `PR ${number}`,
    url: `https://github.com/Lilypad-Tech/awesome-lilypad/pull/${number}`,
    author,
    mergedAt,
    mergeCommit: `${String(number).padStart(4, '0')}${'a'.repeat(36)}`,
    labels: [],
    files: [{ path: `modules/${slug ?? `module-${number}`}.json`, changeType: 'ADDED' }],
    // The documented defaults require the submission checks to have passed.
    checks: [{ name: 'submission / Submission checks', outcome: 'SUCCESS' }],
    ...rest,
  };
}

/** Commits on a branch of the fake's repository, newest first. */
export async function branchLog(fake: FakeGitHub, branch: string): Promise<string[]> {
  try {
    return (await fake.git(['log', '--format=%H %s', `refs/heads/${branch}`])).trim().split('\n').filter(Boolean);
  } catch {
    return [];
  }
}

/** Commits a hand edit to a branch of a bare repository, as a maintainer with push access might. */
export function editBranch(gitDir: string, branch: string, edit: (worktree: string) => void, message = 'Edit by hand'): void {
  const worktree = mkdtempSync(join(tmpdir(), 'rewards-hand-edit-'));
  const git = (...args: string[]) =>
    execFileSync('git', ['-C', worktree, '-c', 'user.name=Maintainer', '-c', 'user.email=m@example.com', ...args], { stdio: 'pipe' });
  execFileSync('git', ['clone', '-q', '--branch', branch, gitDir, worktree], { stdio: 'pipe' });
  edit(worktree);
  git('commit', '-q', '-am', message);
  git('push', '-q', 'origin', `HEAD:refs/heads/${branch}`);
  rmSync(worktree, { recursive: true, force: true });
}
