// A whole month's run against the fake GitHub, with the faults the issue lists.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import type { FakeGitHub, FaultSpec } from '../../../test/fake-github';
import { GitHubApiError, UserInputError } from '../src/errors';
import { parseMonth } from '../src/month';
import { runMonthlyRewards } from '../src/run';
import { renderEntry } from '@lilypad-actions/module-list';
import { renderSummary } from '../src/summary';
import { APRIL_FIRST, branchLog, clientFor, entryText, loadedConfig, modulePull, runInputs, runServices, startFake } from './fixtures';
import { tempDir } from '../../../test/support/temp-dir';

const PULLS = [
  modulePull(10, 'alice', '2025-02-20T12:00:00Z'),
  modulePull(11, 'alice', '2025-03-05T12:00:00Z'),
  modulePull(12, 'bob', '2025-03-01T00:00:00Z'),
  modulePull(13, 'carol', '2025-03-31T23:59:59Z', { checks: [{ name: 'submission / Submission checks', conclusion: 'SUCCESS' }, { name: 'validate-module', conclusion: 'SUCCESS' }] }),
  modulePull(14, null, '2025-03-10T08:00:00Z', { creator: 'erin' }),
  modulePull(15, null, '2025-03-11T08:00:00Z'),
  modulePull(16, 'dave', '2025-03-12T08:00:00Z', { entry: '{"module": "github.com/dave/x:v1",\n  "creator": }\n' }),
  modulePull(17, 'mallory', '2025-03-13T08:00:00Z', { labels: ['spam'] }),
  modulePull(18, 'frank', '2025-04-01T00:00:00Z'),
  { number: 19, author: 'gina', mergedAt: '2025-03-14T08:00:00Z', files: [{ path: 'README.md', contents: 'typo\n', changeType: 'MODIFIED' as const }] },
];

describe('a month, end to end', () => {
  let fake: FakeGitHub;
  let handles: Array<{ remove(): void }> = [];
  beforeAll(async () => {
    fake = await startFake(PULLS);
  });
  afterAll(() => fake.stop());
  afterEach(() => {
    handles.forEach((h) => h.remove());
    handles = [];
  });
  const fault = (spec: FaultSpec) => handles.push(fake.fault(spec));

  test('every PR ends counted or excluded with its reason; February blocks alice in March', async () => {
    const { github } = clientFor(fake);
    const branch = 'ledger-e2e';
    await runMonthlyRewards(runInputs({ month: parseMonth('2025-02'), ledgerBranch: branch }), runServices(fake, github));
    const march = await runMonthlyRewards(runInputs({ ledgerBranch: branch }), runServices(fake, github));
    const r = march.result;
    expect(r.counted.map((p) => [p.number, p.recipient, p.lilybits])).toEqual([
      [12, 'bob', 5000],
      [13, 'carol', 5000],
      [14, 'erin', 5000],
    ]);
    expect(Object.fromEntries(r.excluded.map((p) => [p.number, p.code]))).toEqual({
      11: 'cooldown',
      15: 'no-recipient',
      16: 'invalid-entry',
      17: 'exclusion-label',
      19: 'not-a-submission',
    });
    expect(r.excluded.find((p) => p.number === 11)?.reason).toBe(
      'alice already earned for #10 in 2025-02; only the first module per team in 30 days earns, and this cooldown ends 2025-03-22T12:00:00Z',
    );
    expect(r.excluded.find((p) => p.number === 16)?.reason).toMatch(/^modules\/module-16\.json does not parse: line 2, column 14:/);
    expect(r.total).toBe(15000);
    expect(march.harvest).toMatchObject({ pulls: 8, searchRequests: 1, entryRequests: 1, probeRequests: 0 });
  });

  test('rate limits and errors mid-harvest are retried, and the result is the same as without them', async () => {
    const clean = await runMonthlyRewards(runInputs({ dryRun: true }), runServices(fake, clientFor(fake).github));
    fault({ kind: 'graphql', operation: 'HarvestSearch', fault: 'secondary-rate-limit', retryAfter: 7 });
    fault({ kind: 'graphql', operation: 'ReadEntries', fault: 'server-error' });
    fault({ kind: 'graphql', operation: 'ReadEntries', fault: 'graphql-rate-limited', skip: 1 });
    fault({ kind: 'graphql', operation: 'LedgerState', fault: 'drop' });
    const { github, waits } = clientFor(fake);
    const noisy = await runMonthlyRewards(runInputs({ dryRun: true }), runServices(fake, github));
    expect(waits).toEqual([1000, 7000, 1000, expect.any(Number)]);
    expect(noisy.result).toEqual(clean.result);
    expect(readFileSync(noisy.files?.json ?? '', 'utf8')).toBe(readFileSync(clean.files?.json ?? '', 'utf8'));
  });

  test('an API that keeps failing mid-harvest: the run fails and writes nothing', async () => {
    const outputDir = tempDir('rewards-out-');
    const branch = 'ledger-harvest-fails';
    fault({ kind: 'graphql', operation: 'ReadEntries', fault: 'server-error', times: Infinity });
    const { github, waits } = clientFor(fake);
    const error = await runMonthlyRewards(runInputs({ ledgerBranch: branch, outputDir }), runServices(fake, github)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GitHubApiError);
    expect((error as Error).message).toBe('GitHub GraphQL ReadEntries failed: 502 Server Error (server error 502, 6 attempts made)');
    expect(waits).toHaveLength(5);
    expect(readdirSync(outputDir)).toEqual([]);
    expect(await branchLog(fake, branch)).toEqual([]);
  });

  test('a dry run writes the output files and commits nothing', async () => {
    const outputDir = tempDir('rewards-out-');
    const outcome = await runMonthlyRewards(runInputs({ ledgerBranch: 'ledger-dry', dryRun: true, outputDir }), runServices(fake, clientFor(fake).github));
    expect(outcome).toMatchObject({ status: 'dry-run', planned: 'write', commit: '' });
    expect(readdirSync(outputDir).sort()).toEqual(['2025-03.csv', '2025-03.json']);
    expect(await branchLog(fake, 'ledger-dry')).toEqual([]);
  });

  test('a refused restatement still leaves the new result in the output directory for comparison', async () => {
    const { github } = clientFor(fake);
    await runMonthlyRewards(runInputs({ ledgerBranch: 'ledger-compare' }), runServices(fake, github));
    const outputDir = tempDir('rewards-out-');
    const changed = loadedConfig((c) => c.exclusionLabels.push('needs-review'));
    changed.config.requirements.checks = ['validate-module'];
    changed.hash = 'f'.repeat(64);
    await expect(runMonthlyRewards(runInputs({ ledgerBranch: 'ledger-compare', outputDir, config: changed }), runServices(fake, github))).rejects.toThrow(/already recorded/);
    const written = JSON.parse(readFileSync(join(outputDir, '2025-03.json'), 'utf8')) as { total: number };
    expect(written.total).toBe(5000);
    const dry = await runMonthlyRewards(runInputs({ ledgerBranch: 'ledger-compare', config: changed, dryRun: true }), runServices(fake, github));
    expect(dry).toMatchObject({ status: 'dry-run', planned: 'refused' });
  });

  test('usage bonuses come from the month\'s usage file', async () => {
    const baseDir = tempDir('rewards-repo-');
    writeFileSync(join(baseDir, 'usage-2025-03.json'), JSON.stringify({ 'github.com/bob/module-12': 2500 }));
    const config = loadedConfig((c) => {
      c.usage = { file: 'usage-{month}.json', tiers: [{ minJobs: 1000, bonusGpuDays: 1 }] };
    });
    const outcome = await runMonthlyRewards(runInputs({ dryRun: true, baseDir, config }), runServices(fake, clientFor(fake).github));
    expect(outcome.result.usage).toEqual({ file: 'usage-2025-03.json', sha256: expect.stringMatching(/^[0-9a-f]{64}$/) });
    expect(outcome.result.counted.find((p) => p.number === 12)?.lilybits).toBe(10000);
  });

  test('a month that has not ended, and a restatement without a reason, are refused before any request', async () => {
    const before = fake.requests.length;
    const services = runServices(fake, clientFor(fake).github, { now: () => new Date('2025-03-31T12:00:00Z') });
    await expect(runMonthlyRewards(runInputs(), services)).rejects.toThrow(/month 2025-03 has not ended yet/);
    await expect(runMonthlyRewards(runInputs({ restate: { reason: ' ' } }), runServices(fake, clientFor(fake).github, { now: () => APRIL_FIRST }))).rejects.toThrow(UserInputError);
    expect(fake.requests.length).toBe(before);
  });

  test('a dry run of a month that has not ended tallies it to date, and plans no write', async () => {
    const midMarch = new Date('2025-03-12T09:00:00Z');
    const outputDir = tempDir('rewards-out-');
    const outcome = await runMonthlyRewards(runInputs({ dryRun: true, outputDir, ledgerBranch: 'ledger-to-date' }), runServices(fake, clientFor(fake).github, { now: () => midMarch }));
    expect(outcome).toMatchObject({ status: 'dry-run', planned: 'to-date', commit: '' });
    // The fake serves every PR of the window; those merged so far are what a preview shows.
    expect(outcome.result.window).toEqual({ start: '2025-03-01T00:00:00Z', end: '2025-04-01T00:00:00Z' });
    expect(readdirSync(outputDir).sort()).toEqual(['2025-03.csv', '2025-03.json']);
    expect(await branchLog(fake, 'ledger-to-date')).toEqual([]);
    expect(renderSummary({ ...outcome, branch: 'ledger-to-date' })).toContain(
      'Dry run of a month that has not ended: its tally to date, committed nowhere; a real run records it after 2025-04-01T00:00:00Z',
    );
  });

  test('an entry read at the merge commit, not at the head of the default branch', async () => {
    // PR 12's entry is later edited; the month still credits what was merged.
    const edited = await startFake([...PULLS, { number: 30, author: 'bob', mergedAt: '2025-04-02T00:00:00Z', files: [{ path: 'modules/module-12.json', contents: entryText('github.com/bob/renamed:v2'), changeType: 'MODIFIED' }] }]);
    try {
      const outcome = await runMonthlyRewards(runInputs({ dryRun: true }), runServices(edited, clientFor(edited).github, { now: () => new Date('2025-04-03T00:00:00Z') }));
      expect(outcome.result.counted.find((p) => p.number === 12)?.module.module).toBe('github.com/bob/module-12:v1.0.0');
    } finally {
      await edited.stop();
    }
  });

  test('entries in the list format (modules/<owner>/<name>.yaml) and the old minimal ones tally side by side; labels and checks in the month', async () => {
    const entry = renderEntry({ name: 'Hello Module', module: 'github.com/dana/hello:v1.0.0', commit: 'd'.repeat(40), creator: 'dana', description: 'Says hello into /outputs.', category: 'other' });
    const mixed = await startFake([
      modulePull(40, 'dana', '2025-03-10T10:00:00Z', { slug: 'ignored', labels: ['work: large'] }),
      { number: 41, author: 'eve', mergedAt: '2025-03-11T10:00:00Z', files: [{ path: 'modules/dana/hello.yaml', contents: entry }], checks: [{ name: 'submission / Submission checks', conclusion: 'SUCCESS', completedAt: '2025-03-11T09:00:00Z' }] },
      { number: 42, author: 'fay', mergedAt: '2025-03-12T10:00:00Z', files: [{ path: 'modules/fay/x.yaml', contents: entry.replace('dana/hello', 'fay/x').replace('creator: dana', 'creator: fay') }], checks: [{ name: 'submission / Submission checks', conclusion: 'FAILURE', completedAt: '2025-03-12T08:00:00Z' }, { name: 'submission / Submission checks', conclusion: 'SUCCESS', completedAt: '2025-03-12T09:00:00Z' }] },
    ]);
    try {
      const outcome = await runMonthlyRewards(runInputs({ dryRun: true }), runServices(mixed, clientFor(mixed).github));
      const passed = [{ name: 'submission / Submission checks', outcome: 'SUCCESS' }];
      expect(outcome.result.counted.map((p) => [p.number, p.recipient, p.module.name, p.lilybits, p.work?.label ?? null, p.requiredChecks])).toEqual([
        [40, 'dana', 'ignored', 10000, 'work: large', passed],
        // The latest run of the check counts: it failed, then passed.
        [42, 'fay', 'Hello Module', 5000, null, passed],
      ]);
      // A list-format entry credits its creator, not the PR's author: dana's cooldown applies to eve's PR.
      expect(outcome.result.excluded.find((p) => p.number === 41)).toMatchObject({ code: 'cooldown', module: { path: 'modules/dana/hello.yaml', name: 'Hello Module', module: 'github.com/dana/hello:v1.0.0' } });
    } finally {
      await mixed.stop();
    }
  });
});
