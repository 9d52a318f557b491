// The committed bundle, run as the runner runs it: `node dist/index.js` with INPUT_* variables,
// GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files, and the GitHub URLs pointing at the fake GitHub.
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { start, type FakeGitHub, type PullFixture } from '../../../test/fake-github';
import { actionNode } from '../../../test/support/action-node';
import { INJECTIONS, runnerCommands, unexpectedCommands } from '../../../test/support/runner-commands';
import { tempDir } from '../../../test/support/temp-dir';

const BUNDLE = fileURLToPath(new URL('../dist/index.js', import.meta.url));
const TOKEN = 'ghs_action_test';
const REPO = 'Lilypad-Tech/awesome-lilypad';

const entry = (module: string) => JSON.stringify({ module });
// The documented defaults require the submission checks to have passed on each PR's last commit.
const PASSED = [{ name: 'submission / Submission checks', conclusion: 'SUCCESS' as const }];
const PULLS: PullFixture[] = [
  { number: 1, author: 'rhochmayr', mergedAt: '2025-03-04T10:00:00Z', files: [{ path: 'modules/ollama-deepseek-r1-7b.json', contents: entry('github.com/rhochmayr/ollama-deepseek-r1-7b:1.0.0') }], checks: PASSED },
  { number: 2, author: 'jamiebones', mergedAt: '2025-03-20T10:00:00Z', files: [{ path: 'modules/spark-tts.json', contents: entry('github.com/jamiebones/Spark-TTS-0.5B:v1.6') }], checks: PASSED },
  { number: 3, author: 'spammer', mergedAt: '2025-03-21T10:00:00Z', labels: ['spam'], files: [{ path: 'modules/x.json', contents: entry('github.com/s/x:v1') }] },
];

interface ActionRun {
  code: number | null;
  stdout: string;
  outputs: Record<string, string>;
  summary: string;
  outputDir: string;
}

/** Parses GITHUB_OUTPUT as @actions/core writes it: `name<<delimiter`, value lines, delimiter. */
function parseOutputs(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i += 1) {
    const m = /^([^<]+)<<(.+)$/.exec(lines[i] ?? '');
    if (!m) continue;
    const value: string[] = [];
    for (i += 1; i < lines.length && lines[i] !== m[2]; i += 1) value.push(lines[i] ?? '');
    outputs[m[1] as string] = value.join('\n');
  }
  return outputs;
}

describe('the monthly-rewards action bundle', () => {
  let fake: FakeGitHub;
  beforeAll(async () => {
    if (!existsSync(BUNDLE)) throw new Error(`${BUNDLE} is missing: run pnpm build`);
    fake = await start({ repoFixture: { owner: 'Lilypad-Tech', name: 'awesome-lilypad', files: { 'README.md': '# list\n' }, pulls: PULLS }, token: TOKEN });
  });
  afterAll(() => fake.stop());

  /** Runs the bundle asynchronously: the fake GitHub answering it lives in this process. */
  async function runAction(inputs: Record<string, string>, workspaceFiles: Record<string, string> = {}, github: FakeGitHub = fake): Promise<ActionRun> {
    const dir = tempDir('monthly-rewards-action-');
    const workspace = join(dir, 'workspace');
    for (const [path, text] of Object.entries(workspaceFiles)) {
      mkdirSync(join(workspace, path, '..'), { recursive: true });
      writeFileSync(join(workspace, path), text);
    }
    mkdirSync(workspace, { recursive: true });
    mkdirSync(join(dir, 'temp'));
    const files = { output: join(dir, 'output'), summary: join(dir, 'summary') };
    writeFileSync(files.output, '');
    writeFileSync(files.summary, '');
    const env: Record<string, string> = {
      PATH: process.env.PATH ?? '/usr/bin:/bin',
      HOME: process.env.HOME ?? dir,
      GITHUB_OUTPUT: files.output,
      GITHUB_STEP_SUMMARY: files.summary,
      GITHUB_API_URL: github.url,
      GITHUB_GRAPHQL_URL: github.graphqlUrl,
      GITHUB_SERVER_URL: github.serverUrl,
      GITHUB_WORKSPACE: workspace,
      GITHUB_REPOSITORY: REPO,
      RUNNER_TEMP: join(dir, 'temp'),
      INPUT_TOKEN: TOKEN,
      INPUT_REPOSITORY: REPO,
      'INPUT_LEDGER-BRANCH': 'ledger',
      INPUT_WRITER: 'api',
      INPUT_SUMMARY: 'auto',
    };
    for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.toUpperCase()}`] = value;
    const { code, stdout } = await new Promise<{ code: number | null; stdout: string }>((resolve) => {
      execFile(actionNode(), [BUNDLE], { env, cwd: workspace }, (error, out) => resolve({ code: error ? ((error as { code?: number }).code ?? 1) : 0, stdout: out }));
    });
    return { code, stdout, outputs: parseOutputs(readFileSync(files.output, 'utf8')), summary: readFileSync(files.summary, 'utf8'), outputDir: join(dir, 'temp', 'lilypad-rewards') };
  }

  const ledgerLog = async (branch: string) => (await fake.git(['log', '--format=%H %s', branch]).catch(() => '')).trim().split('\n').filter(Boolean);

  test('records the month, sets the outputs, writes the summary; a re-run changes nothing', async () => {
    const first = await runAction({ month: '2025-03', 'ledger-branch': 'ledger-a' });
    expect(first.code, first.stdout).toBe(0);
    const log = await ledgerLog('ledger-a');
    expect(first.outputs).toEqual({ month: '2025-03', total: '10000', counted: '2', excluded: '1', 'ledger-path': 'rewards/2025-03.json', commit: log[0]?.split(' ')[0] });
    expect(first.summary).toContain('## Lilypad module rewards for 2025-03 · Lilypad-Tech/awesome-lilypad');
    expect(first.summary).toContain('| jamiebones | jamiebones | 5,000 |');
    expect(first.summary).toContain('| spammer | labelled spam |');
    expect(first.summary).toContain(`commit [${first.outputs.commit?.slice(0, 7)}](${fake.serverUrl}/${REPO}/commit/${first.outputs.commit})`);
    expect(readdirSync(first.outputDir).sort()).toEqual(['2025-03.csv', '2025-03.json']);
    expect(readFileSync(join(first.outputDir, '2025-03.json'), 'utf8')).toBe(await fake.git(['show', 'ledger-a:rewards/2025-03.json']));
    // The token is masked the moment it is read, and appears nowhere else in the log.
    expect(first.stdout.split(TOKEN)).toHaveLength(2);
    expect(first.stdout.startsWith(`::add-mask::${TOKEN}\n`)).toBe(true);

    const again = await runAction({ month: '2025-03', 'ledger-branch': 'ledger-a' });
    expect(again.code).toBe(0);
    expect(again.outputs.commit).toBe('');
    expect(again.summary.trim()).toBe('Already recorded in `rewards/2025-03.json` on branch `ledger-a` with this result: no commit.');
    expect(await ledgerLog('ledger-a')).toEqual(log);
  });

  test('the git writer pushes over HTTPS with the token', async () => {
    const run = await runAction({ month: '2025-03', writer: 'git', 'ledger-branch': 'ledger-git' });
    expect(run.code, run.stdout).toBe(0);
    expect(await ledgerLog('ledger-git')).toEqual([`${run.outputs.commit} rewards: 2025-03: 2 counted, 1 excluded, 10000 Lilybits`]);
    const pushes = fake.requests.filter((r) => r.kind === 'git' && r.path.endsWith('/git-receive-pack'));
    expect(pushes.at(-1)).toMatchObject({ status: 200, auth: 'ok' });
  });

  test('a dry run writes the files and commits nothing; the month defaults to the previous UTC month', async () => {
    const run = await runAction({ 'dry-run': 'true', 'ledger-branch': 'ledger-dry' });
    expect(run.code, run.stdout).toBe(0);
    const now = new Date();
    const previous = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 1, 1)).toISOString().slice(0, 7);
    expect(run.outputs.month).toBe(previous);
    expect(run.outputs.commit).toBe('');
    expect(run.summary).toContain('Dry run: nothing was committed; a real run would record it');
    expect(readdirSync(run.outputDir).sort()).toEqual([`${previous}.csv`, `${previous}.json`]);
    expect(await ledgerLog('ledger-dry')).toEqual([]);
  });

  test('a configuration that fails its schema: an annotation on its line naming the key, no stack, no request', async () => {
    const before = fake.requests.length;
    const run = await runAction({ month: '2025-03' }, { '.github/lilypad-rewards.yml': 'baseline:\n  gpu: RTX 4090\n  lilybitsPerGpuDay: lots\ncooldwn: 3\n' });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('::error file=.github/lilypad-rewards.yml,line=3,col=22::baseline.lilybitsPerGpuDay must be a number (found "lots")');
    expect(run.stdout).toContain('::error file=.github/lilypad-rewards.yml,line=4,col=1::unknown top-level key "cooldwn"');
    expect(run.stdout).toContain('::error::the rewards configuration has 2 problems; see ');
    expect(run.stdout).not.toMatch(/\n\s+at /);
    expect(run.outputs).toEqual({});
    expect(fake.requests.length).toBe(before);
  });

  test('a config file given as input must exist', async () => {
    const run = await runAction({ month: '2025-03', config: 'rewards.yml' });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('::error file=rewards.yml::no such file; check the path, or leave the input empty to use the defaults');
  });

  test('GitHub refusing to serve the harvest: the run fails with one clear line and writes nothing', async () => {
    const outage = fake.fault({ kind: 'graphql', operation: 'HarvestSearch', fault: 'primary-rate-limit', retryAfter: 3600, times: Infinity });
    try {
      const run = await runAction({ month: '2025-03', 'ledger-branch': 'ledger-outage' });
      expect(run.code).toBe(1);
      expect(run.stdout).toMatch(/::error::GitHub GraphQL HarvestSearch failed: 403 API rate limit exceeded for user ID 1\. \(primary rate limit exhausted; GitHub asks to wait 36\d\d s, longer than the 900 s allowed\)/);
      expect(existsSync(run.outputDir)).toBe(false);
      expect(await ledgerLog('ledger-outage')).toEqual([]);
    } finally {
      outage.remove();
    }
  });

  test('a changed month is refused without restate, and restated with a reason', async () => {
    const first = await runAction({ month: '2025-03', 'ledger-branch': 'ledger-r' });
    expect(first.code).toBe(0);
    const stricter = { '.github/lilypad-rewards.yml': 'requirements:\n  labels: [accepted]\n' };
    const refused = await runAction({ month: '2025-03', 'ledger-branch': 'ledger-r' }, stricter);
    expect(refused.code).toBe(1);
    expect(refused.stdout).toContain('::error::2025-03 is already recorded on ledger branch "ledger-r" with a different result');
    expect(readdirSync(refused.outputDir).sort()).toEqual(['2025-03.csv', '2025-03.json']);
    const restated = await runAction({ month: '2025-03', 'ledger-branch': 'ledger-r', restate: 'true', reason: 'Only PRs labelled accepted count from March' }, stricter);
    expect(restated.code, restated.stdout).toBe(0);
    expect(restated.outputs.total).toBe('0');
    expect(restated.summary).toContain('Restated `rewards/2025-03.json`');
    expect(await fake.git(['log', '-1', '--format=%B', 'ledger-r'])).toContain('Restated: Only PRs labelled accepted count from March');
  });

  // Issue 9, finding 4: titles, logins and entry files are contributors' text. The action prints
  // none of it today (it goes to the summary and the month's files); its log lines go through
  // safeLines anyway, and this keeps it so.
  test("contributors' text that looks like workflow commands starts none in the step's log", async () => {
    const injected = await start({
      repoFixture: {
        owner: 'Lilypad-Tech',
        name: 'awesome-lilypad',
        files: { 'README.md': '# list\n' },
        pulls: INJECTIONS.map((payload, i) => ({
          number: 40 + i,
          author: 'mallory',
          title: payload,
          body: payload,
          mergedAt: `2025-03-1${i}T10:00:00Z`,
          files: [{ path: `modules/m${i}.json`, contents: JSON.stringify({ module: `github.com/m/m${i}:v1`, creator: payload }) }],
          checks: PASSED,
        })),
      },
      token: TOKEN,
    });
    try {
      const run = await runAction({ month: '2025-03', 'dry-run': 'true', summary: 'always' }, {}, injected);
      expect(run.code, run.stdout).toBe(0);
      expect(run.summary).toContain('"creator" must be a GitHub login');
      // Only the token's own mask, which the action means.
      const commands = runnerCommands(run.stdout).filter((c) => !(c.command === 'add-mask' && c.data === TOKEN));
      expect(unexpectedCommands(commands)).toEqual([]);
    } finally {
      await injected.stop();
    }
  });

  test.each([
    [{ writer: 'svn' }, '::error::input writer is api or git, not "svn"'],
    [{ restate: 'true' }, '::error::restate: true needs a reason input saying why the month is replaced'],
    [{ 'dry-run': 'yes' }, '::error::input dry-run is true or false, not "yes"'],
    [{ month: 'March' }, '::error::input month "March" is not a month: give it as YYYY-MM, e.g. 2025-03'],
  ])('bad input %j is one clear error', async (inputs, message) => {
    const run = await runAction({ month: '2025-03', ...inputs });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(message);
  });
});
