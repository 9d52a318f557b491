// `lilypad-module rewards`, called as the CLI package will call it.
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { FakeGitHub } from '../../../test/fake-github';
import { INJECTIONS, stepCommands } from '../../../test/support/runner-commands';
import { REWARDS_HELP, rewardsCommand } from '../src/commands/rewards';
import { APRIL_FIRST, branchLog, modulePull, startFake, TOKEN } from '../../rewards/test/fixtures';
import { tempDir } from '../../../test/support/temp-dir';

describe('lilypad-module rewards', () => {
  let fake: FakeGitHub;
  beforeAll(async () => {
    fake = await startFake([modulePull(1, 'alice', '2025-03-03T00:00:00Z'), modulePull(2, 'bob', '2025-03-04T00:00:00Z', { labels: ['invalid'] })]);
  });
  afterAll(() => fake.stop());

  async function cli(argv: string[], options: { env?: Record<string, string | undefined>; cwd?: string } = {}) {
    let stdout = '';
    let stderr = '';
    const env = { GITHUB_TOKEN: TOKEN, GITHUB_API_URL: fake.url, GITHUB_GRAPHQL_URL: fake.graphqlUrl, GITHUB_SERVER_URL: fake.serverUrl, ...options.env };
    const code = await rewardsCommand(argv, {
      stdout: (t) => void (stdout += t),
      stderr: (t) => void (stderr += t),
      env,
      cwd: options.cwd ?? tempDir('rewards-cli-'),
      now: () => APRIL_FIRST,
    });
    return { code, stdout, stderr };
  }

  test('--help', async () => {
    expect(await cli(['--help'])).toEqual({ code: 0, stdout: REWARDS_HELP, stderr: '' });
    expect(REWARDS_HELP).toMatch(/^Usage: lilypad-module rewards --repo OWNER\/NAME --month YYYY-MM \[options\]/);
  });

  test('a dry run prints the summary and commits nothing', async () => {
    const outputDir = tempDir('rewards-cli-out-');
    const r = await cli(['--repo', 'Lilypad-Tech/awesome-lilypad', '--month', '2025-03', '--dry-run', `--output-dir=${outputDir}`, '--ledger-branch', 'cli-dry']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('**5,000 Lilybits** to 1 login for 1 PR; 1 PR excluded.');
    expect(r.stdout).toContain('Dry run: nothing was committed');
    expect(r.stderr).toContain('note: no .github/lilypad-rewards.yml here; the documented defaults apply');
    expect(readdirSync(outputDir).sort()).toEqual(['2025-03.csv', '2025-03.json']);
    expect(await branchLog(fake, 'cli-dry')).toEqual([]);
  });

  test('without --dry-run it records the month; --json prints the month\'s file', async () => {
    const r = await cli(['--repo', 'Lilypad-Tech/awesome-lilypad', '--month', '2025-03', '--ledger-branch', 'cli-real', '--json']);
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ month: '2025-03', total: 5000 });
    expect(await branchLog(fake, 'cli-real')).toHaveLength(2);
  });

  test('the configuration is read from the working directory', async () => {
    const cwd = tempDir('rewards-cli-repo-');
    mkdirSync(join(cwd, '.github'));
    writeFileSync(join(cwd, '.github/lilypad-rewards.yml'), 'baseline:\n  lilybitsPerGpuDay: 4000\n');
    const r = await cli(['--repo', 'Lilypad-Tech/awesome-lilypad', '--month', '2025-03', '--dry-run', '--json'], { cwd });
    expect(JSON.parse(r.stdout)).toMatchObject({ total: 4000 });
  });

  test.each([
    [['--month', '2025-03'], '--repo OWNER/NAME is required'],
    [['--repo', 'a/b'], '--month YYYY-MM is required'],
    [['--repo', 'a/b', '--month', '03-2025'], '--month "03-2025" is not a month: give it as YYYY-MM'],
    [['--repo', 'nope', '--month', '2025-03'], '--repo "nope" is not OWNER/NAME'],
    [['--repo', 'a/b', '--month', '2025-03', '--writer', 'svn'], '--writer is api or git, not "svn"'],
    [['--repo', 'a/b', '--month', '2025-03', '--frobnicate'], 'unknown argument "--frobnicate"'],
    [['--repo', 'a/b', '--month'], '--month needs a value'],
  ])('usage error %j: exit 2, one line, no stack', async (argv, message) => {
    const r = await cli(argv);
    expect(r.code).toBe(2);
    expect(r.stderr.split('\n')[0]).toContain(`error: ${message}`);
    expect(r.stderr).toContain('Run `lilypad-module rewards --help` for usage.');
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  test('no token: exit 2 saying what to set', async () => {
    const r = await cli(['--repo', 'a/b', '--month', '2025-03'], { env: { GITHUB_TOKEN: undefined, GH_TOKEN: undefined } });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('error: set GITHUB_TOKEN (or GH_TOKEN)');
  });

  test('a configuration error: exit 2 with file, line and key', async () => {
    const cwd = tempDir('rewards-cli-repo-');
    writeFileSync(join(cwd, 'rewards.yml'), 'cooldown:\n  days: soon\n');
    const r = await cli(['--repo', 'a/b', '--month', '2025-03', '--config', 'rewards.yml'], { cwd });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('error: rewards.yml:2:9: cooldown.days must be a whole number (found "soon")');
  });

  test('a repository GitHub does not know: exit 1 with GitHub\'s message', async () => {
    const r = await cli(['--repo', 'nobody/nothing', '--month', '2025-03', '--dry-run']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("Could not resolve to a Repository with the name 'nobody/nothing'.");
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});

// What contributors write reaches the summary and the month's file: an entry's creator quoted in
// an exclusion reason, an entry's file name. In a CI log none of it may be a workflow command.
describe('lilypad-module rewards: contributors\' text in a CI log (issue 9)', () => {
  let fake: FakeGitHub;
  beforeAll(async () => {
    fake = await startFake([
      ...INJECTIONS.map((payload, i) => modulePull(10 + i, 'mallory', `2025-03-0${i + 1}T00:00:00Z`, { creator: payload, title: payload })),
      modulePull(20, 'mallory', '2025-03-09T00:00:00Z', { slug: '##[add-mask]secret' }),
    ]);
  });
  afterAll(() => fake.stop());

  const run = async (extra: string[]) => {
    let stdout = '';
    let stderr = '';
    const env = { GITHUB_TOKEN: TOKEN, GITHUB_API_URL: fake.url, GITHUB_GRAPHQL_URL: fake.graphqlUrl, GITHUB_SERVER_URL: fake.serverUrl };
    const cwd = tempDir('rewards-cli-injection-');
    const code = await rewardsCommand(['--repo', 'Lilypad-Tech/awesome-lilypad', '--month', '2025-03', '--dry-run', ...extra], { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t), env, cwd, now: () => APRIL_FIRST });
    return { code, stdout, stderr };
  };

  test('the summary quotes them, and none is a command', async () => {
    const r = await run([]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('"creator" must be a GitHub login');
    expect(r.stdout).toContain('(found "\\#\\#\\[error\\]x")');
    expect(stepCommands(r)).toEqual([]);
  });

  test('--json means the same month and holds no command', async () => {
    const r = await run(['--json']);
    expect(r.code, r.stderr).toBe(0);
    const month = JSON.parse(r.stdout) as { excluded: Array<{ reason: string }> };
    expect(month.excluded.map((p) => p.reason)).toContain(`modules/module-13.json: "creator" must be a GitHub login (found ${JSON.stringify('##[error]x')})`);
    expect(r.stdout).toContain('##\\u005b');
    expect(stepCommands(r)).toEqual([]);
  });
});
