// What both ledger writers must do, against the fake GitHub's real git repository: the API writer
// through GraphQL, the git writer over smart HTTP. Each writer's test file runs these scenarios
// (two files, so that vitest runs them side by side) and adds its own.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { EMPTY_TREE, type FakeGitHub } from '../../../test/fake-github';
import { rewardsCsv } from '../src/csv';
import { LedgerIntegrityError, RestatementRequiredError } from '../src/errors';
import { recordMonth, type LedgerStore } from '../src/ledger';
import { apiLedgerStore } from '../src/ledger-api-writer';
import { gitLedgerStore } from '../src/ledger-git-writer';
import { parseMonth } from '../src/month';
import { runMonthlyRewards, type MonthlyRewardsInputs, type WriterKind } from '../src/run';
import { branchLog, clientFor, editBranch, loadedConfig, modulePull, REPO, runInputs, runServices, startFake } from './fixtures';
import { tempDir } from '../../../test/support/temp-dir';

export const PLACE = { repository: `${REPO.owner}/${REPO.name}`, branch: 'ledger' };
const PULLS = [
  modulePull(1, 'alice', '2025-02-10T09:00:00Z'),
  modulePull(2, 'bob', '2025-03-03T09:00:00Z'),
  modulePull(3, 'carol', '2025-03-31T23:59:59Z'),
  modulePull(4, 'dave', '2025-03-12T09:00:00Z', { labels: ['spam'] }),
];

let fakes: FakeGitHub[] = [];

/** Stops the fakes a test started; register with afterEach. */
export async function stopFakes(): Promise<void> {
  await Promise.all(fakes.map((f) => f.stop()));
  fakes = [];
}

export async function fakeGitHub(): Promise<FakeGitHub> {
  const fake = await startFake(PULLS);
  fakes.push(fake);
  return fake;
}

/**
 * The git writer's remote: the fake's bare repository itself, through git's local transport —
 * the same repository the API writer commits to, without an HTTP round of process spawns per
 * request. Smart HTTP with the token has its own tests.
 */
export const gitRemote = (fake: FakeGitHub) => fake.gitRepoPath;

export function run(fake: FakeGitHub, writer: WriterKind, month: string, overrides: Partial<MonthlyRewardsInputs> = {}) {
  const { github } = clientFor(fake);
  return runMonthlyRewards(runInputs({ writer, month: parseMonth(month), ...overrides }), runServices(fake, github, { gitRemote: gitRemote(fake) }));
}

export function storeFor(fake: FakeGitHub, writer: WriterKind, beforePush?: (commit: string) => Promise<void>): LedgerStore {
  const { github } = clientFor(fake);
  if (writer === 'api') return apiLedgerStore(github, { repository: REPO, branch: 'ledger', serverUrl: fake.serverUrl });
  return gitLedgerStore({ remote: gitRemote(fake), branch: 'ledger', workDir: tempDir('rewards-ledger-'), ...(beforePush ? { beforePush } : {}) });
}

/** Resolves for everyone once `n` callers are waiting. */
function barrier(n: number): () => Promise<void> {
  let arrived = 0;
  let release!: () => void;
  const open = new Promise<void>((resolve) => (release = resolve));
  return async () => {
    arrived += 1;
    if (arrived >= n) release();
    await open;
  };
}

export const show = (fake: FakeGitHub, spec: string) => fake.git(['show', spec]);
const blob = async (fake: FakeGitHub, spec: string) => (await fake.git(['rev-parse', spec])).trim();

/** The scenarios every writer must pass. */
export function writerScenarios(writer: WriterKind): void {
  describe(`the ${writer} writer`, () => {
    test('starts the ledger branch apart from the repository history and records the month', async () => {
      const fake = await fakeGitHub();
      const outcome = await run(fake, writer, '2025-03');
      expect(outcome.status).toBe('written');
      const log = await branchLog(fake, 'ledger');
      expect(log[0]).toBe(`${outcome.commit} rewards: 2025-03: 2 counted, 1 excluded, 10000 Lilybits`);
      if (writer === 'api') {
        // Started from the empty tree: a root commit of its own, then the month.
        expect(log).toHaveLength(2);
        expect((await fake.git(['log', '-1', '--format=%T', `${outcome.commit}^`])).trim()).toBe(EMPTY_TREE);
      }
      expect(() => execFileSync('git', ['--git-dir', fake.gitRepoPath, 'merge-base', 'main', 'ledger'], { stdio: 'pipe' })).toThrow();
      expect((await fake.git(['ls-tree', '-r', '--name-only', 'ledger'])).trim().split('\n')).toEqual(['index.json', 'rewards/2025-03.csv', 'rewards/2025-03.json']);
      expect(await show(fake, 'ledger:rewards/2025-03.json')).toBe(readFileSync(outcome.files?.json ?? '', 'utf8'));
      expect(await show(fake, 'ledger:rewards/2025-03.csv')).toBe(readFileSync(outcome.files?.csv ?? '', 'utf8'));
      expect(outcome.commitUrl).toBe(`${fake.serverUrl}/Lilypad-Tech/awesome-lilypad/commit/${outcome.commit}`);
    });

    test('re-running a month whose result is unchanged makes no commit', async () => {
      const fake = await fakeGitHub();
      await run(fake, writer, '2025-03');
      const before = await branchLog(fake, 'ledger');
      const again = await run(fake, writer, '2025-03');
      expect(again).toMatchObject({ status: 'unchanged', commit: '', commitUrl: null });
      expect(await branchLog(fake, 'ledger')).toEqual(before);
    });

    test('a changed result is refused unless restated with a reason; other months are never touched', async () => {
      const fake = await fakeGitHub();
      await run(fake, writer, '2025-02');
      await run(fake, writer, '2025-03');
      const february = [await blob(fake, 'ledger:rewards/2025-02.json'), await blob(fake, 'ledger:rewards/2025-02.csv')];
      const before = await branchLog(fake, 'ledger');
      const doubled = loadedConfig((c) => (c.moduleReward.gpuDays = 2));

      const refused = run(fake, writer, '2025-03', { config: doubled });
      await expect(refused).rejects.toThrow(RestatementRequiredError);
      await expect(refused).rejects.toThrow(/recorded: 10000 Lilybits to 2 PRs; now: 20000 Lilybits to 2 PRs/);
      expect(await branchLog(fake, 'ledger')).toEqual(before);

      const restated = await run(fake, writer, '2025-03', { config: doubled, restate: { reason: 'The programme doubled module rewards from March' } });
      expect(restated.status).toBe('restated');
      expect(await fake.git(['log', '-1', '--format=%B', 'ledger'])).toContain('Restated: The programme doubled module rewards from March');
      const file = JSON.parse(await show(fake, 'ledger:rewards/2025-03.json')) as { total: number; restatements: Array<{ reason: string; replacedTotal: number }> };
      expect(file.total).toBe(20000);
      expect(file.restatements).toEqual([{ reason: 'The programme doubled module rewards from March', replacedTotal: 10000, replacedResultSha256: expect.any(String) }]);
      expect([await blob(fake, 'ledger:rewards/2025-02.json'), await blob(fake, 'ledger:rewards/2025-02.csv')]).toEqual(february);
      expect((await fake.git(['diff', '--name-only', before[0]?.split(' ')[0] ?? '', 'ledger'])).trim().split('\n')).toEqual(['index.json', 'rewards/2025-03.csv', 'rewards/2025-03.json']);
    });

    test('two writers racing for the same month: exactly one commit, the other a no-op', async () => {
      const fake = await fakeGitHub();
      await run(fake, writer, '2025-02');
      const { result } = await run(fake, writer, '2025-03', { dryRun: true });
      const csv = rewardsCsv(result, fake.serverUrl);
      const before = await branchLog(fake, 'ledger');
      const meet = barrier(2);
      if (writer === 'api') fake.gate({ kind: 'graphql', operation: 'LedgerState', count: 2 });
      const stores = [0, 1].map(() => storeFor(fake, writer, writer === 'git' ? meet : undefined));
      const outcomes = await Promise.all(stores.map((store) => recordMonth(store, result, csv, null, PLACE)));
      expect(outcomes.map((o) => o.status).sort()).toEqual(['unchanged', 'written']);
      const after = await branchLog(fake, 'ledger');
      expect(after).toHaveLength(before.length + 1);
      expect(after[0]?.split(' ')[0]).toBe(outcomes.find((o) => o.status === 'written')?.commit);
    });

    test('two writers racing to start the ledger branch: one branch, one month commit', async () => {
      const fake = await fakeGitHub();
      const { result } = await run(fake, writer, '2025-03', { dryRun: true });
      const csv = rewardsCsv(result, fake.serverUrl);
      const meet = barrier(2);
      if (writer === 'api') fake.gate({ kind: 'graphql', operation: 'LedgerState', count: 2 });
      const stores = [0, 1].map(() => storeFor(fake, writer, writer === 'git' ? meet : undefined));
      const outcomes = await Promise.all(stores.map((store) => recordMonth(store, result, csv, null, PLACE)));
      expect(outcomes.map((o) => o.status).sort()).toEqual(['unchanged', 'written']);
      const months = (await branchLog(fake, 'ledger')).filter((line) => line.includes(' rewards: '));
      expect(months).toHaveLength(1);
    });

    test('a ledger whose month file was edited by hand is refused, and nothing is written', async () => {
      const fake = await fakeGitHub();
      await run(fake, writer, '2025-02');
      await run(fake, writer, '2025-03');
      editBranch(fake.gitRepoPath, 'ledger', (dir) => {
        const path = join(dir, 'rewards/2025-02.json');
        writeFileSync(path, readFileSync(path, 'utf8').replace('"lilybits": 5000', '"lilybits": 50000'));
      });
      const before = await branchLog(fake, 'ledger');
      const outputDir = tempDir('rewards-out-');
      const attempt = run(fake, writer, '2025-03', { outputDir });
      await expect(attempt).rejects.toThrow(LedgerIntegrityError);
      await expect(attempt).rejects.toThrow(/rewards\/2025-02\.json does not match index\.json \(recorded sha256 [0-9a-f]{12}…, found [0-9a-f]{12}…\)\. Nothing was written\./);
      expect(await branchLog(fake, 'ledger')).toEqual(before);
      expect(readdirSync(outputDir)).toEqual([]);
    });

    test('a re-run after a crash between the commit and its report is a no-op', async () => {
      const fake = await fakeGitHub();
      const { result } = await run(fake, writer, '2025-03', { dryRun: true });
      // The commit lands, then the writer dies before it can tell anyone.
      const store = storeFor(fake, writer);
      await recordMonth(store, result, rewardsCsv(result, fake.serverUrl), null, PLACE);
      const before = await branchLog(fake, 'ledger');
      const rerun = await run(fake, writer, '2025-03');
      expect(rerun).toMatchObject({ status: 'unchanged', commit: '' });
      expect(await branchLog(fake, 'ledger')).toEqual(before);
    });
  });
}
