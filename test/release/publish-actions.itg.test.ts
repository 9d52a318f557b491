// scripts/publish-actions.mjs against real git repositories: a copy of this repository (with a
// LICENSE and a CHANGELOG section for the version, as a release has them) whose `origin` and
// action repositories are bare repositories served over git's smart HTTP by the fake GitHub, which
// requires the token, so the tokens' way into git is tested too. validate-module's repository
// already holds an older release (main, v1.0.0, v1), the others are empty, as a first release finds
// them. Then every published action is checked out from its repository and its bundle run there.
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, appendFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { pinProblems, findUses, classifyRef } from '../../scripts/lib/workflow-refs.mjs';
import { start, type FakeGitHub } from '../fake-github';
import { makeWorkspace, runActionStepSync } from '../support/action-step';
import { repoRoot } from '../support/repo-root';
import { ownNames } from '../workflows/repo-workflows';

const TOKEN = 'ghs_release_test_token';
const VERSION = '1.1.0';
// Every action the repository has: each gets a repository of its own.
const own = ownNames();
const ACTIONS = [...own.actions].sort();
const scratch = mkdtempSync(path.join(tmpdir(), 'publish-actions-'));
const src = path.join(scratch, 'lilypad-actions');
let fake: FakeGitHub;
let gitRoot: string; // the fake's project root: <owner>/<name>.git
const authEnv = {
  GIT_CONFIG_COUNT: '1',
  GIT_CONFIG_KEY_0: 'http.extraheader',
  GIT_CONFIG_VALUE_0: `AUTHORIZATION: basic ${Buffer.from(`x-access-token:${TOKEN}`).toString('base64')}`,
  GIT_TERMINAL_PROMPT: '0',
};
const IDENTITY = { GIT_AUTHOR_NAME: 'Release Test', GIT_AUTHOR_EMAIL: 'release@test.invalid', GIT_COMMITTER_NAME: 'Release Test', GIT_COMMITTER_EMAIL: 'release@test.invalid' };

/** A command that does not talk to the fake GitHub (a blocking call would stop it from answering). */
function sh(cmd: string, args: string[], cwd: string, env: Record<string, string> = {}): string {
  const r = spawnSync(cmd, args, { cwd, encoding: 'utf8', env: { ...process.env, ...IDENTITY, ...env } });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed (${r.status}): ${r.stderr}`);
  return r.stdout.trim();
}
/** The same, without blocking this process: for git that talks to the fake GitHub, which answers from here. */
function shAsync(cmd: string, args: string[], cwd: string, env: Record<string, string> = {}): Promise<string> {
  const child = spawn(cmd, args, { cwd, env: { ...process.env, ...IDENTITY, ...env } });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (c: string) => (stdout += c));
  child.stderr.setEncoding('utf8').on('data', (c: string) => (stderr += c));
  return new Promise((resolve, reject) =>
    child.on('close', (code) => (code === 0 ? resolve(stdout.trim()) : reject(new Error(`${cmd} ${args.join(' ')} failed (${code}): ${stderr}`)))),
  );
}
const bare = (repo: string, ...args: string[]) => sh('git', ['--git-dir', path.join(gitRoot, repo), ...args], gitRoot);
const urlOf = (repo: string) => `${fake.serverUrl}/${repo}`;
const template = () => `${fake.serverUrl}/lilypad/{action}.git`;

/** Every ref of every remote, to show that a refused release wrote nothing. */
function allRefs(): string {
  return ['Lilypad-Tech/lilypad-actions.git', ...ACTIONS.map((a) => `lilypad/${a}.git`)].map((r) => `${r}\n${spawnSync('git', ['--git-dir', path.join(gitRoot, r), 'show-ref'], { encoding: 'utf8' }).stdout}`).join('\n');
}

// The script's builds take minutes on a busy machine: a test that times out must not leave them running.
const running = new Set<number>();
const BUILD_TIMEOUT = 30 * 60_000;

/** Runs the release script in the copy, asynchronously (the fake GitHub answers from this process). */
function publish(args: string[], env: Record<string, string> = { ACTIONS_REPO_TOKEN: TOKEN, MONOREPO_TOKEN: TOKEN }): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, [path.join(src, 'scripts/publish-actions.mjs'), ...args], {
    cwd: src,
    env: { PATH: process.env.PATH, HOME: process.env.HOME, ...env },
    // Its own process group, so that it and its builds can be stopped together.
    detached: true,
  });
  running.add(child.pid!);
  child.on('close', () => running.delete(child.pid!));
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (c: string) => (stdout += c));
  child.stderr.setEncoding('utf8').on('data', (c: string) => (stderr += c));
  return new Promise((resolve) => child.on('close', (code) => resolve({ code, stdout, stderr })));
}

beforeAll(async () => {
  // The fake serves validate-module's repository with an older release in it...
  fake = await start({ repoFixture: { owner: 'lilypad', name: 'validate-module', files: { 'README.md': '# validate-module 1.0.0\n' } }, token: TOKEN });
  gitRoot = path.dirname(path.dirname(fake.gitRepoPath));
  bare('lilypad/validate-module.git', 'tag', '-a', 'v1.0.0', '-m', 'validate-module v1.0.0', 'main');
  bare('lilypad/validate-module.git', 'tag', '-a', 'v1', '-m', 'validate-module v1', 'main');
  // ...and, beside it (git's smart HTTP serves every repository under its root), the others, empty.
  for (const repo of [...ACTIONS.filter((a) => a !== 'validate-module').map((a) => `lilypad/${a}.git`), 'Lilypad-Tech/lilypad-actions.git']) {
    mkdirSync(path.join(gitRoot, repo), { recursive: true });
    sh('git', ['init', '-q', '--bare', '-b', 'main'], path.join(gitRoot, repo));
    appendFileSync(path.join(gitRoot, repo, 'config'), '[http]\n\treceivepack = true\n');
  }

  // This repository's files as they are (committed or not, ignored ones left out) plus what a
  // release has: a LICENSE, CHANGELOG sections.
  const files = sh('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], repoRoot).split('\0').filter((f) => f !== '' && existsSync(path.join(repoRoot, f)));
  for (const f of files) cpSync(path.join(repoRoot, f), path.join(src, f));
  writeFileSync(path.join(src, 'LICENSE'), 'A stand-in licence for this test (the repository names its own).\n');
  const changelog = readFileSync(path.join(src, 'CHANGELOG.md'), 'utf8');
  writeFileSync(path.join(src, 'CHANGELOG.md'), changelog.replace('## [Unreleased]', `## [Unreleased]\n\n## [${VERSION}] - 2026-12-06\n\n## [1.0.0] - 2026-11-02`));
  sh('git', ['init', '-q', '-b', 'main'], src);
  sh('git', ['config', 'user.name', 'Release Test'], src);
  sh('git', ['config', 'user.email', 'release@test.invalid'], src);
  sh('git', ['add', '-A'], src);
  sh('git', ['commit', '-q', '-m', 'the monorepo'], src);
  // check-dist builds the bundles: the copy needs its own install (the store makes it quick).
  sh('pnpm', ['install', '--frozen-lockfile', '--prefer-offline', '--ignore-scripts', '--reporter=silent'], src, { CI: 'true' });
  // The maintainer's push that starts a release: main, and the version tag on it.
  sh('git', ['remote', 'add', 'origin', urlOf('Lilypad-Tech/lilypad-actions.git')], src);
  await shAsync('git', ['push', '-q', 'origin', 'main', `HEAD:refs/tags/v${VERSION}`], src, authEnv);
}, 300_000);

afterAll(async () => {
  for (const pid of running) {
    try {
      process.kill(-pid, 'SIGKILL');
    } catch {
      // already gone
    }
  }
  await fake?.stop();
  rmSync(scratch, { recursive: true, force: true });
});

describe('publish-actions.mjs refuses, before it writes anything', () => {
  test.each([
    [[], '--version is required'],
    [['--version', 'v1.2.3', '--remote-template', 'x/{action}'], '--version "v1.2.3" is not X.Y.Z (give 1.2.3, not v1.2.3)'],
    [['--version', '1.2.3'], '--remote-template is required'],
    [['--version', '1.2.3', '--remote-template', 'https://example.invalid/actions.git'], '--remote-template "https://example.invalid/actions.git" has no {action}'],
    [['--version', '1.2.3', '--remote-template', 'x/{action}', '--dry-run'], 'unknown argument "--dry-run"'],
  ])('bad arguments %j: exit 2 with the usage', async (args, message) => {
    const r = await publish(args);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`publish-actions: ${message}`);
    expect(r.stderr).toContain('usage: node scripts/publish-actions.mjs --version X.Y.Z --remote-template URL');
    expect(r.stderr).not.toMatch(/^\s+at /m);
  });

  test('without the token, naming the repository it could not read (no prompt, no hang)', async () => {
    const before = allRefs();
    const r = await publish(['--version', VERSION, '--remote-template', template()], { MONOREPO_TOKEN: TOKEN });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(new RegExp(`^publish-actions: reading ${fake.serverUrl}/lilypad/build-module\\.git \\(does it exist, and may the token push to it\\?\\) failed: .*(terminal prompts disabled|Authentication failed)`));
    expect(r.stderr).not.toMatch(/^\s+at /m);
    expect(allRefs()).toBe(before);
  });

  test('a github.com template that is not where workflows will look for the actions', async () => {
    const r = await publish(['--version', VERSION, '--remote-template', 'https://github.com/someone-else/{action}.git']);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('publish-actions: --remote-template names someone-else/{action} but workflows will use lilypad/{action} (scripts/lib/repository.mjs): make them agree\n');
  });

  test('a version CHANGELOG.md does not describe', async () => {
    const r = await publish(['--version', '1.2.0', '--remote-template', template()]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('publish-actions: CHANGELOG.md has no "## [1.2.0] - YYYY-MM-DD" section: say what 1.2.0 changes (rename [Unreleased]) and commit it first\n');
  });

  test('a version an action repository already has (in Actions: the header form of the token masked first)', async () => {
    const before = allRefs();
    const r = await publish(['--version', '1.0.0', '--remote-template', template()], { ACTIONS_REPO_TOKEN: TOKEN, MONOREPO_TOKEN: TOKEN, GITHUB_ACTIONS: 'true' });
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(`publish-actions: ${fake.serverUrl}/lilypad/validate-module.git already has the tag v1.0.0: a version is released once (release 1.0.1 instead)\n`);
    // GitHub masks the secret itself, not its base64 in the header git sends: the script masks that.
    expect(r.stdout).toBe(`::add-mask::${Buffer.from(`x-access-token:${TOKEN}`).toString('base64')}\n`);
    expect(allRefs()).toBe(before);
  });

  test('a committed dist/ that is not what the sources build', async () => {
    const before = allRefs();
    const head = sh('git', ['rev-parse', 'HEAD'], src);
    // A source change committed without `pnpm build`, released as 1.1.1.
    const main = path.join(src, 'actions/validate-module/src/main.ts');
    writeFileSync(main, `${readFileSync(main, 'utf8')}\nconsole.log('a change the bundle does not have');\n`);
    writeFileSync(path.join(src, 'CHANGELOG.md'), readFileSync(path.join(src, 'CHANGELOG.md'), 'utf8').replace('## [Unreleased]', '## [Unreleased]\n\n## [1.1.1] - 2026-12-07'));
    sh('git', ['commit', '-q', '-am', 'a change without its bundle'], src);
    try {
      const r = await publish(['--version', '1.1.1', '--remote-template', template()]);
      expect(r.code).toBe(1);
      expect(r.stderr).toContain('publish-actions: a committed dist/ is stale, so nothing was published:');
      expect(r.stderr).toContain('actions/validate-module/dist/index.js');
      expect(allRefs()).toBe(before);
    } finally {
      sh('git', ['reset', '-q', '--hard', head], src);
    }
  }, BUILD_TIMEOUT);

  test('a working tree with changes', async () => {
    writeFileSync(path.join(src, 'stray.txt'), 'not committed\n');
    try {
      const r = await publish(['--version', VERSION, '--remote-template', template()]);
      expect(r.code).toBe(1);
      expect(r.stderr).toContain('publish-actions: the working tree is not clean (1 changed or untracked, e.g. stray.txt)');
    } finally {
      rmSync(path.join(src, 'stray.txt'));
    }
  });
});

describe(`publish-actions.mjs --version ${VERSION}`, () => {
  let run: { code: number | null; stdout: string; stderr: string };
  let head: string;
  let requestsBefore: number;
  beforeAll(async () => {
    head = sh('git', ['rev-parse', 'HEAD'], src);
    requestsBefore = fake.requests.length;
    run = await publish(['--version', VERSION, '--remote-template', template()]);
  }, BUILD_TIMEOUT);

  test('succeeds, saying what it published, with the token sent to every git request', () => {
    expect(run.stderr, run.stderr).toBe('');
    expect(run.code).toBe(0);
    for (const a of ACTIONS) expect(run.stdout).toMatch(new RegExp(`^published lilypad/${a} v${VERSION} \\(and v1\\): [0-9a-f]{40} to ${fake.serverUrl}/lilypad/${a}\\.git$`, 'm'));
    const git = fake.requests.slice(requestsBefore).filter((r) => r.kind === 'git');
    // Reads and pushes of all five repositories, each with the token.
    for (const repo of ['Lilypad-Tech/lilypad-actions', ...ACTIONS.map((a) => `lilypad/${a}`)]) {
      expect(git.filter((r) => r.path.startsWith(`/${repo}.git/`) && r.path.endsWith('git-receive-pack')).length, `a push to ${repo}`).toBe(1);
    }
    expect(git.filter((r) => r.auth !== 'ok')).toEqual([]);
    expect(run.stdout).not.toContain(TOKEN);
  });

  test.each(ACTIONS)('%s: one commit on main naming the monorepo commit, with action.yml at the root, dist/, README and LICENSE', (action) => {
    const repo = `lilypad/${action}.git`;
    const commit = bare(repo, 'rev-parse', 'main');
    expect(bare(repo, 'rev-parse', `v${VERSION}^{commit}`)).toBe(commit);
    expect(bare(repo, 'rev-parse', 'v1^{commit}')).toBe(commit);
    expect(bare(repo, 'log', '-1', '--format=%B', commit)).toBe(`${action} v${VERSION}\n\nPublished from Lilypad-Tech/lilypad-actions@${head} (actions/${action}) by scripts/publish-actions.mjs.`);
    const files = bare(repo, 'ls-tree', '-r', '--name-only', commit).split('\n');
    const dist = sh('git', ['ls-files', `actions/${action}/dist`], src).split('\n').map((f) => f.replace(`actions/${action}/`, ''));
    expect(files.sort()).toEqual(['LICENSE', 'README.md', 'action.yml', ...dist].sort());
    // Byte for byte what the monorepo commit holds.
    for (const f of ['action.yml', ...dist]) expect(bare(repo, 'rev-parse', `${commit}:${f}`), f).toBe(sh('git', ['rev-parse', `${head}:actions/${action}/${f}`], src));
    expect(bare(repo, 'rev-parse', `${commit}:LICENSE`)).toBe(sh('git', ['rev-parse', `${head}:LICENSE`], src));
  });

  test('a repository with an earlier release: the new commit follows it, v1.0.0 stays, v1 moves', () => {
    const repo = 'lilypad/validate-module.git';
    expect(bare(repo, 'rev-parse', 'main^')).toBe(bare(repo, 'rev-parse', 'v1.0.0^{commit}'));
    expect(bare(repo, 'cat-file', '-t', 'v1.0.0')).toBe('tag');
    expect(bare(repo, 'rev-parse', 'v1^{commit}')).toBe(bare(repo, 'rev-parse', 'main'));
    // The earlier release's files are gone from the tree: it holds exactly this release.
    expect(bare(repo, 'show', 'main:README.md')).not.toContain('validate-module 1.0.0');
    // A first release: a root commit.
    expect(spawnSync('git', ['--git-dir', path.join(gitRoot, 'lilypad/build-module.git'), 'rev-parse', '--verify', '-q', 'main^'], { encoding: 'utf8' }).status).not.toBe(0);
  });

  test('the published README names the actions as published and links to the monorepo at the release', () => {
    const readme = bare('lilypad/run-module.git', 'show', `v${VERSION}:README.md`);
    expect(readme.split('\n').slice(0, 3)).toEqual(['# run-module', '', `> Published from [Lilypad-Tech/lilypad-actions](https://github.com/Lilypad-Tech/lilypad-actions/tree/${head}/actions/run-module) at commit \`${head.slice(0, 12)}\`: the source, the tests and the issues are there.`]);
    expect(readme).toContain('uses: lilypad/run-module@v1');
    expect(readme).toContain('uses: lilypad/build-module@v1');
    expect(readme).not.toContain('Lilypad-Tech/lilypad-actions/actions/');
    expect(readme).not.toMatch(/\]\((\.\.\/|\.\/)/);
    expect(readme).toContain(`](https://github.com/Lilypad-Tech/lilypad-actions/blob/${head}/docs/gpu-runners.md)`);
    expect(readme).toContain(`](https://github.com/Lilypad-Tech/lilypad-actions/blob/${head}/packages/module-runner/README.md#test-plan)`);
    expect(readme).toContain(`](https://github.com/Lilypad-Tech/lilypad-actions/blob/${head}/packages/module-runner/schema/test-plan.schema.json)`);
    // A folder is linked as a tree.
    expect(bare('lilypad/build-module.git', 'show', `v${VERSION}:README.md`)).toContain(`](https://github.com/Lilypad-Tech/lilypad-actions/tree/${head}/packages/module-runner)`);
    // The generated tables are carried over as they are.
    expect(readme).toContain('| `allow-cpu` | `false` |');
  });

  test('the monorepo: vX.Y.Z and v1 on a release commit that pins our own uses:, on top of the released commit', () => {
    const repo = 'Lilypad-Tech/lilypad-actions.git';
    const release = bare(repo, 'rev-parse', `v${VERSION}^{commit}`);
    expect(bare(repo, 'rev-parse', 'v1^{commit}')).toBe(release);
    expect(bare(repo, 'cat-file', '-t', `v${VERSION}`)).toBe('tag');
    const pinActions = bare(repo, 'rev-parse', `${release}^`);
    expect(bare(repo, 'rev-parse', `${release}^^`)).toBe(head);
    expect(bare(repo, 'rev-parse', 'main')).toBe(head);
    // Only uses: lines change, only in workflow files.
    const changed = bare(repo, 'diff', '--name-only', head, release).split('\n');
    expect(changed.every((f) => /^(\.github\/workflows|workflows)\/[^/]+\.yml$/.test(f))).toBe(true);
    const diff = bare(repo, 'diff', '-U0', head, release);
    for (const line of diff.split('\n').filter((l) => /^[+-] /.test(l))) expect(line).toMatch(/^[+-]\s+(- )?uses: /);

    const published = Object.fromEntries(ACTIONS.map((a) => [a, bare(`lilypad/${a}.git`, 'rev-parse', 'main')]));
    const files: Record<string, string> = {};
    for (const f of bare(repo, 'ls-tree', '-r', '--name-only', release, '--', '.github/workflows', 'workflows').split('\n')) files[f] = bare(repo, 'show', `${release}:${f}`);
    expect(pinProblems(files, own, 'release')).toEqual([]);
    let pinnedActions = 0;
    let pinnedWorkflows = 0;
    for (const text of Object.values(files)) {
      for (const use of findUses(text)) {
        const ref = classifyRef(use.ref);
        const m = /^lilypad\/([\w-]+)@([0-9a-f]{40})$/.exec(use.ref);
        if (m) {
          expect(m[2], use.ref).toBe(published[m[1]!]);
          expect(use.comment).toBe(`v${VERSION}`);
          pinnedActions++;
        } else if (ref.kind === 'own-workflow') {
          // Callers name the reusable workflows of the commit that pinned the actions.
          expect(ref.ref).toBe(pinActions);
          expect(use.comment).toBe(`v${VERSION}`);
          pinnedWorkflows++;
        }
        expect(use.ref).not.toMatch(/^Lilypad-Tech\/lilypad-actions\/actions\//);
      }
    }
    expect(pinnedActions).toBeGreaterThanOrEqual(ACTIONS.length);
    // Every caller of a reusable workflow in the released commit is pinned, none left on a tag.
    const callers = Object.keys(files).flatMap((f) => findUses(bare(repo, 'show', `${head}:${f}`)).filter((u) => classifyRef(u.ref).kind === 'own-workflow'));
    expect(callers.length).toBeGreaterThan(0);
    expect(pinnedWorkflows).toBe(callers.length);
  });

  // The actions that need GitHub: the inputs they are run with here, and the error they stop at.
  const FIRST_ERROR: Record<string, [Record<string, string>, string]> = {
    'gpu-gate': [{ token: '' }, 'token: empty'],
    'rewards-dashboard': [{ ledger: 'no-such-ledger', summary: 'never' }, 'ledger no-such-ledger is neither a folder nor a git revision'],
    'submission-comment': [{}, 'head-sha: expected a commit id'],
    'validate-submission': [{ base: '', head: '' }, 'base and head are required outside a pull_request event'],
  };

  test.each(ACTIONS)('%s: a checkout of its repository at the tag runs its bundle as the runner does', async (action) => {
    const checkout = path.join(scratch, `checkout-${action}`);
    await shAsync('git', ['clone', '-q', '--branch', `v${VERSION}`, urlOf(`lilypad/${action}.git`), checkout], scratch, authEnv);
    const socket = path.join(scratch, 'no-engine.sock');
    const runnerDir = mkdtempSync(path.join(scratch, 'runner-'));
    const step = (workspace: string, inputs: Record<string, string>, env: NodeJS.ProcessEnv = {}) => runActionStepSync({ actionDir: checkout, workspace, runnerDir, inputs, env });
    if (action === 'validate-module') {
      const r = step(makeWorkspace(scratch, {}, path.join(repoRoot, 'examples/hello-lilypad')), { summary: 'never' });
      expect(r.code, r.stdout + r.stderr).toBe(0);
      expect(r.outputs).toMatchObject({ valid: 'true', image: 'ghcr.io/lilypad-tech/hello-lilypad:0.1.0', inputs: '["Message"]' });
    } else if (action === 'monthly-rewards') {
      const r = step(scratch, { repository: 'Lilypad-Tech/awesome-lilypad', token: 'unused', writer: 'svn' });
      expect(r.code).toBe(1);
      expect(r.stdout).toContain('::error::input writer is api or git, not "svn"');
    } else if (action in FIRST_ERROR) {
      // Each starts from its own repository, reads its inputs and refuses the missing one.
      const [inputs, error] = FIRST_ERROR[action]!;
      const r = step(scratch, inputs);
      expect(r.code).toBe(1);
      expect(r.stdout).toContain(`::error::${error}`);
      expect(r.stderr).not.toMatch(/^\s+at /m);
    } else {
      // The Docker actions start, read their inputs and reach for the engine (there is none here).
      const r = step(makeWorkspace(scratch, {}, path.join(repoRoot, 'examples/hello-lilypad')), {}, { DOCKER_HOST: `unix://${socket}` });
      expect(r.code).toBe(1);
      expect(r.stdout).toContain(`The Docker daemon is not running: nothing answers at ${socket}.`);
      expect(r.stderr).not.toMatch(/^\s+at /m);
    }
  });

  test('the same version again is refused', async () => {
    const before = allRefs();
    const r = await publish(['--version', VERSION, '--remote-template', template()]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(`publish-actions: ${fake.serverUrl}/lilypad/build-module.git already has the tag v${VERSION}: a version is released once (release 1.1.1 instead)\n`);
    expect(allRefs()).toBe(before);
  });
});
