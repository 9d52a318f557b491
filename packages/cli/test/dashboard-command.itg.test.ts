// `lilypad-module dashboard`, run as a user runs it (the ncc bundle): from a folder, from a git
// revision, on a ledger the monthly-rewards action itself wrote against the fake GitHub, and every
// bad argument with its exit status and one clear message.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { at, ledgerFolder, ledgerRepository, makeLedger, sampleLedger, type SampleLedger } from '../../dashboard/test/sample-ledger';
import { start, type FakeGitHub, type PullFixture } from '../../../test/fake-github';
import { runActionStep } from '../../../test/support/action-step';
import { ensureBundle, repoRoot, runBundle } from './bundle-support';

let ledger: SampleLedger;
let work: string;

beforeAll(() => {
  ensureBundle();
  ledger = sampleLedger();
  work = mkdtempSync(path.join(tmpdir(), 'dashboard-cli-'));
}, 300_000);

const run = (args: string[], cwd = work) => runBundle(['dashboard', ...args], { cwd });
const noStack = (stderr: string) => expect(stderr).not.toMatch(/^\s+at /m);

describe('lilypad-module dashboard', () => {
  test('--help, and the command is listed', () => {
    const help = run(['--help']);
    expect(help).toMatchObject({ code: 0, stderr: '' });
    expect(help.text).toContain('lilypad-module dashboard --ledger <dir|git-rev> --out <dir> [flags]');
    expect(runBundle(['--help']).text).toMatch(/\n {2}dashboard +build the creator rewards dashboard/);
  });

  test('from a ledger folder: the site, a one-line summary, exit 0', () => {
    const folder = ledgerFolder(ledger.files, work);
    const r = run(['--ledger', path.basename(folder), '--out', 'site-folder']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.text).toMatch(/^built the rewards dashboard of Lilypad-Tech\/awesome-lilypad in site-folder: 6 months \(6 recorded\), 7 creators, 100,000 Lilybits; \d+ files, [\d.]+ KiB\n$/);
    const site = path.join(work, 'site-folder');
    expect(readdirSync(site).sort()).toEqual(['assets', 'creators', 'index.html', 'months', 'rewards.csv', 'rewards.json', 'search.html']);
    for (const month of ledger.months.keys()) expect(readFileSync(path.join(site, 'months', `${month}.csv`), 'utf8')).toBe(ledger.files.get(`rewards/${month}.csv`));
  });

  test('from a git revision of the repository it runs in, named in the footer with its commit', () => {
    const repo = ledgerRepository(ledger.files);
    const out = path.join(work, 'site-git');
    const r = run(['--ledger', 'ledger', '--out', out], repo);
    expect(r.code, r.stderr).toBe(0);
    const commit = execFileSync('git', ['-C', repo, 'rev-parse', 'ledger'], { encoding: 'utf8' }).trim();
    expect(readFileSync(path.join(out, 'index.html'), 'utf8')).toContain(`Built from the ledger at <code>ledger</code>, commit <a href="https://github.com/Lilypad-Tech/awesome-lilypad/commit/${commit}"><code>${commit.slice(0, 12)}</code></a>.`);
    // --server-url: profile links and avatars on GitHub Enterprise.
    const ghe = run(['--ledger', 'ledger', '--out', path.join(work, 'site-ghe'), '--server-url', 'https://ghe.example.com'], repo);
    expect(ghe.code).toBe(0);
    expect(readFileSync(path.join(work, 'site-ghe', 'index.html'), 'utf8')).toContain('<img src="https://ghe.example.com/moss-lab.png?size=48"');
  });

  test('a broken month: file:line:col on stderr, the site built anyway, exit 1', () => {
    const files = new Map(ledger.files);
    const march = (files.get('rewards/2025-03.json') as string).replace('"total": 20000', '"total": -1');
    files.set('rewards/2025-03.json', march);
    const folder = ledgerFolder(files, work);
    const r = run(['--ledger', folder, '--out', path.join(work, 'site-broken')]);
    expect(r.code).toBe(1);
    const offset = march.indexOf('"total": -1') + '"total": '.length;
    const line = march.slice(0, offset).split('\n').length;
    const column = offset - march.lastIndexOf('\n', offset - 1);
    expect(r.stderr).toBe(
      `error: ${folder}/rewards/2025-03.json:${line}:${column}: does not match rewards.schema.json: /total must be >= 0\n` +
        '1 problem above; the site was built, and the pages of those months say what is wrong.\n',
    );
    expect(r.text).toContain('6 months (5 recorded, 1 broken)');
    expect(readFileSync(path.join(work, 'site-broken', 'months', '2025-03.html'), 'utf8')).toContain(`rewards/2025-03.json:${line}:${column}: does not match rewards.schema.json`);
  });

  test('a preview: the month to come, marked on every page', () => {
    const july = sampleLedger({ '2025-07': [{ number: 401, author: 'kelp-works', mergedAt: at('2025-07', 12) }] }).files.get('rewards/2025-07.json') as string;
    const previews = path.join(work, 'dry-run');
    mkdirSync(previews);
    writeFileSync(path.join(previews, '2025-07.json'), july);
    writeFileSync(path.join(previews, '2025-07.csv'), 'ignored');
    const folder = ledgerFolder(ledger.files, work);
    const r = run(['--ledger', folder, '--out', path.join(work, 'site-preview'), '--preview', previews]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.text).toContain('7 months (6 recorded, 1 preview)');
    expect(readFileSync(path.join(work, 'site-preview', 'months', '2025-01.html'), 'utf8')).toContain('<strong>Preview.</strong> This site includes <a href="../months/2025-07.html">July 2025</a>');
  });

  test.each([
    [['--out', 'x'], 'error: dashboard: --ledger <dir|git-rev> is required'],
    [['--ledger', '.'], 'error: dashboard: --out <dir> is required'],
    [['--ledger', '.', '--out', 'x', '--colour'], 'error: unknown flag: --colour'],
    [['--ledger', '.', '--out', 'x', 'extra'], 'error: dashboard: unexpected argument "extra"'],
    [['--ledger', '.', '--out', 'x', '--server-url', 'javascript:alert(1)'], 'error: invalid --server-url "javascript:alert(1)"'],
    [['--ledger', 'no-such-branch', '--out', 'x'], 'error: ledger no-such-branch is neither a folder nor a git revision'],
  ])('bad arguments %j: exit 2, one message, no stack', (args, message) => {
    const r = run(args);
    expect(r.code).toBe(2);
    expect(r.stderr.startsWith(message)).toBe(true);
    noStack(r.stderr);
  });

  test('an output folder that is not a dashboard: exit 2, and nothing in it touched', () => {
    const folder = ledgerFolder(ledger.files, work);
    const out = mkdtempSync(path.join(work, 'precious-'));
    writeFileSync(path.join(out, 'notes.txt'), 'keep me');
    const r = run(['--ledger', folder, '--out', out]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`error: output ${out} is not empty and is not a dashboard this tool built: nothing was written\nhint: give a new or empty folder; an earlier build of the dashboard (with its rewards.json) is replaced whole\n`);
    expect(readdirSync(out)).toEqual(['notes.txt']);
  });

  test('a preview that is not a month file: exit 2 with its file:line:col, no site', () => {
    const folder = ledgerFolder(ledger.files, work);
    writeFileSync(path.join(work, 'bad-preview.json'), '{\n  "month": "2025-07",\n  "total": 5,\n}\n');
    const r = run(['--ledger', folder, '--out', 'site-bad-preview', '--preview', 'bad-preview.json']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^error: bad-preview\.json:4:1: not JSON \(.+\)\nhint: a preview is a month file as the monthly-rewards action writes it/);
    expect(readdirSync(work)).not.toContain('site-bad-preview');
  });

  test('ledger text cannot start a line of its own on stdout or stderr (no workflow commands)', () => {
    const files = new Map(ledger.files);
    const index = JSON.parse(files.get('index.json') as string) as { months: Record<string, { json: { path: string } }> };
    (index.months['2025-02'] as { json: { path: string } }).json.path = 'rewards/x\n::error::pwned\n.json';
    files.set('index.json', JSON.stringify(index));
    files.delete('rewards/2025-02.json');
    const r = run(['--ledger', ledgerFolder(files, work), '--out', path.join(work, 'site-commands')]);
    expect(r.code).toBe(1);
    expect(`${r.text}\n${r.stderr}`).not.toMatch(/^::/m);
    expect(r.stderr).toContain('rewards/x\\u000a::error::pwned\\u000a.json: index.json lists 2025-02, but its file is missing');
  });
});

describe('on a ledger the monthly-rewards action wrote', () => {
  let fake: FakeGitHub;
  const TOKEN = 'ghs_dashboard_cli';
  const entry = (module: string) => JSON.stringify({ module });
  // The documented defaults require the submission checks to have passed on each PR's last commit.
  const PASSED = [{ name: 'submission / Submission checks', conclusion: 'SUCCESS' as const }];
  const PULLS: PullFixture[] = [
    { number: 1, author: 'rhochmayr', mergedAt: '2025-02-04T10:00:00Z', files: [{ path: 'modules/ollama-deepseek-r1-7b.json', contents: entry('github.com/rhochmayr/ollama-deepseek-r1-7b:1.0.0') }], checks: PASSED },
    { number: 2, author: 'rhochmayr', mergedAt: '2025-02-20T10:00:00Z', files: [{ path: 'modules/ollama-llama3.2-3b.json', contents: entry('github.com/rhochmayr/ollama-llama3.2-3b:1.0.0') }], checks: PASSED },
    { number: 3, author: 'jamiebones', mergedAt: '2025-03-19T21:03:33Z', files: [{ path: 'modules/spark-tts.json', contents: entry('github.com/jamiebones/Spark-TTS-0.5B:v1.6') }], checks: PASSED },
    { number: 4, author: 'rhochmayr', mergedAt: '2025-03-28T10:00:00Z', files: [{ path: 'modules/ollama-qwen2.5-coder-7b.json', contents: entry('github.com/rhochmayr/ollama-qwen2.5-coder-7b:1.0.0') }], checks: PASSED },
    { number: 5, author: 'spammer', mergedAt: '2025-03-21T10:00:00Z', labels: ['spam'], files: [{ path: 'modules/x.json', contents: entry('github.com/s/x:v1') }], checks: PASSED },
  ];
  beforeAll(async () => {
    fake = await start({ repoFixture: { owner: 'Lilypad-Tech', name: 'awesome-lilypad', files: { 'README.md': '# list\n' }, pulls: PULLS }, token: TOKEN });
  });
  afterAll(() => fake?.stop());

  test('the action records February and March; the dashboard built from its branch shows exactly that', async () => {
    const outputs: Record<string, string>[] = [];
    for (const month of ['2025-02', '2025-03']) {
      const step = await runActionStep({
        actionDir: path.join(repoRoot, 'actions/monthly-rewards'),
        workspace: mkdtempSync(path.join(work, 'ws-')),
        runnerDir: work,
        inputs: { month, token: TOKEN, repository: 'Lilypad-Tech/awesome-lilypad' },
        env: { GITHUB_API_URL: fake.url, GITHUB_GRAPHQL_URL: fake.graphqlUrl, GITHUB_SERVER_URL: fake.serverUrl, GITHUB_REPOSITORY: 'Lilypad-Tech/awesome-lilypad' },
      });
      expect(step.code, step.stdout).toBe(0);
      outputs.push(step.outputs);
    }
    // The action's ledger branch, read with git where it lives (the fake's repository).
    const out = path.join(work, 'site-from-action');
    const r = run(['--ledger', 'ledger', '--out', out, '--server-url', fake.serverUrl], fake.gitRepoPath);
    expect(r.code, r.stderr).toBe(0);
    expect(r.text).toContain('2 months (2 recorded), 2 creators, 15,000 Lilybits');
    const site = JSON.parse(readFileSync(path.join(out, 'rewards.json'), 'utf8')) as { total: number; months: Array<{ month: string; total: number; counted: number; excluded: number }>; creators: Array<{ login: string; lilybits: number }> };
    expect(site.months.map((m) => [m.month, String(m.total), String(m.counted), String(m.excluded)])).toEqual(outputs.map((o) => [o.month, o.total, o.counted, o.excluded]));
    expect(site.total).toBe(outputs.reduce((n, o) => n + Number(o.total), 0));
    expect(site.creators.map((c) => [c.login, c.lilybits])).toEqual([
      ['rhochmayr', 10000],
      ['jamiebones', 5000],
    ]);
    for (const month of ['2025-02', '2025-03']) {
      expect(readFileSync(path.join(out, 'months', `${month}.json`), 'utf8')).toBe(await fake.git(['show', `ledger:rewards/${month}.json`]));
      expect(readFileSync(path.join(out, 'months', `${month}.csv`), 'utf8')).toBe(await fake.git(['show', `ledger:rewards/${month}.csv`]));
    }
    expect(readFileSync(path.join(out, 'rewards.csv'), 'utf8')).toBe(
      `username,github,wallet_address,rewards,contributions\nrhochmayr,${fake.serverUrl}/rhochmayr,,10000,${fake.serverUrl}/Lilypad-Tech/awesome-lilypad/pull/1;${fake.serverUrl}/Lilypad-Tech/awesome-lilypad/pull/4\njamiebones,${fake.serverUrl}/jamiebones,,5000,${fake.serverUrl}/Lilypad-Tech/awesome-lilypad/pull/3\n`,
    );
    const marchPage = readFileSync(path.join(out, 'months', '2025-03.html'), 'utf8');
    expect(marchPage).toContain('labelled spam');
    expect(marchPage).toContain('matches the SHA-256 the ledger’s index.json records');
  });
});
