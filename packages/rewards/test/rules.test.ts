import { describe, expect, test } from 'vitest';
import type { RewardsConfig } from '../src/config';
import { parseEntry } from '@lilypad-actions/module-list';
import { entryKey, type EntryResult } from '../src/entries';
import type { HarvestedPull } from '../src/harvest';
import { monthWindow, parseMonth } from '../src/month';
import { applyRules, type EarlierCount } from '../src/rules';
import type { UsageData } from '../src/usage';
import { harvested, loadedConfig } from './fixtures';

const MARCH = monthWindow(parseMonth('2025-03'));

/** Entries for every added or edited file of `pulls`, or the given text for a path. */
function entriesFor(pulls: HarvestedPull[], texts: Record<string, string> = {}): Map<string, EntryResult> {
  const out = new Map<string, EntryResult>();
  for (const p of pulls) {
    for (const f of p.files) {
      if (!p.mergeCommit) continue;
      const text = texts[f.path] ?? JSON.stringify({ module: `github.com/${p.author ?? 'ghost'}/${f.path.replace(/\W/g, '-')}:v1` });
      out.set(entryKey(p.mergeCommit, f.path), parseEntry(f.path, text));
    }
  }
  return out;
}

function judge(
  pulls: HarvestedPull[],
  options: { config?: (c: RewardsConfig) => void; texts?: Record<string, string>; earlier?: EarlierCount[]; usage?: UsageData | null } = {},
) {
  const { config } = loadedConfig(options.config);
  return applyRules({ config, window: MARCH, pulls, entries: entriesFor(pulls, options.texts), usage: options.usage ?? null, earlier: options.earlier ?? [] });
}

const reasons = (r: ReturnType<typeof judge>) => Object.fromEntries(r.excluded.map((e) => [e.number, `${e.code}: ${e.reason}`]));

describe('rules', () => {
  test('a merged module earns one GPU-day of the baseline, with the computation recorded', () => {
    const r = judge([harvested(1, 'alice', '2025-03-03T10:00:00Z')]);
    expect(r.excluded).toEqual([]);
    expect(r.counted).toHaveLength(1);
    expect(r.counted[0]).toMatchObject({ number: 1, recipient: 'alice', team: 'alice', lilybits: 5000, kind: 'add', cooldownException: null });
    expect(r.counted[0]?.computation).toEqual({
      gpuDays: 1,
      lilybitsPerGpuDay: 5000,
      base: 5000,
      usageJobs: null,
      bonusGpuDays: 0,
      bonus: 0,
      capReduction: 0,
      formula: 'module reward 1 GPU-day × 5000 = 5000 → 5000 Lilybits (baseline: one RTX 4090 GPU-day = 5000 Lilybits)',
    });
  });

  test('the month is half-open in UTC: 23:59:59 on the last day is in, 00:00:00 on the 1st of the next is out', () => {
    const r = judge([
      harvested(1, 'a', '2025-03-01T00:00:00Z'),
      harvested(2, 'b', '2025-03-31T23:59:59Z'),
      harvested(3, 'c', '2025-04-01T00:00:00Z'),
      harvested(4, 'd', '2025-02-28T23:59:59Z'),
    ]);
    expect(r.counted.map((p) => p.number)).toEqual([1, 2]);
    expect(reasons(r)).toEqual({
      3: 'outside-window: merged 2025-04-01T00:00:00Z, outside 2025-03-01T00:00:00Z – 2025-04-01T00:00:00Z',
      4: 'outside-window: merged 2025-02-28T23:59:59Z, outside 2025-03-01T00:00:00Z – 2025-04-01T00:00:00Z',
    });
  });

  test('exclusion labels, required labels and required checks, each with its reason', () => {
    const r = judge(
      [
        harvested(1, 'a', '2025-03-02T00:00:00Z', { labels: ['accepted', 'Spam'] }),
        harvested(2, 'b', '2025-03-02T00:00:00Z', { labels: [] }),
        harvested(3, 'c', '2025-03-02T00:00:00Z', { labels: ['accepted'], checks: [{ name: 'validate-module', outcome: 'FAILURE' }] }),
        harvested(4, 'd', '2025-03-02T00:00:00Z', { labels: ['accepted'] }),
        harvested(5, 'e', '2025-03-02T00:00:00Z', { labels: ['accepted'], checks: [{ name: 'validate-module', outcome: 'SUCCESS' }] }),
        harvested(6, 'f', '2025-03-02T00:00:00Z', { labels: ['accepted', 'coc-violation'], checks: [{ name: 'validate-module', outcome: 'SUCCESS' }] }),
      ],
      { config: (c) => (c.requirements = { labels: ['accepted'], checks: ['validate-module'] }) },
    );
    expect(r.counted.map((p) => p.number)).toEqual([5]);
    expect(reasons(r)).toEqual({
      1: 'exclusion-label: labelled spam',
      2: 'missing-label: lacks the required label accepted',
      3: "check-not-passed: required check validate-module did not succeed on the PR's last commit (FAILURE)",
      4: "check-not-passed: required check validate-module never ran on the PR's last commit",
      6: 'exclusion-label: labelled coc-violation',
    });
  });

  test('an entry that does not parse excludes its PR, naming the file and the position', () => {
    const r = judge([harvested(1, 'a', '2025-03-02T00:00:00Z', { slug: 'broken' })], { texts: { 'modules/broken.json': '{"module": ' } });
    expect(r.counted).toEqual([]);
    expect(r.excluded[0]?.code).toBe('invalid-entry');
    expect(r.excluded[0]?.reason).toMatch(/^modules\/broken\.json does not parse/);
  });

  test("a deleted author account: the entry's creator is credited, or nobody", () => {
    const r = judge(
      [harvested(1, null, '2025-03-02T00:00:00Z', { slug: 'with-creator' }), harvested(2, null, '2025-03-03T00:00:00Z', { slug: 'without' })],
      { texts: { 'modules/with-creator.json': '{"module": "github.com/x/y:v1", "creator": "carol"}' } },
    );
    expect(r.counted.map((p) => [p.number, p.author, p.recipient])).toEqual([[1, null, 'carol']]);
    expect(reasons(r)).toEqual({ 2: "no-recipient: the author's GitHub account was deleted and the entry names no creator" });
  });

  test('edits earn only when editGpuDays is set, and never start a cooldown', () => {
    const edit = harvested(1, 'a', '2025-03-02T00:00:00Z', { files: [{ path: 'modules/x.json', changeType: 'MODIFIED' }] });
    const add = harvested(2, 'a', '2025-03-03T00:00:00Z');
    expect(reasons(judge([edit, add]))).toEqual({ 1: expect.stringMatching(/^edit-not-rewarded: /) });
    const paid = judge([edit, add], { config: (c) => (c.moduleReward.editGpuDays = 0.5) });
    expect(paid.counted.map((p) => [p.number, p.kind, p.lilybits])).toEqual([
      [1, 'edit', 2500],
      [2, 'add', 5000],
    ]);
  });

  test('cooldown: only the first module per team in 30 days, rolling from the last one counted', () => {
    const r = judge(
      [
        harvested(1, 'alice', '2025-03-01T10:00:00Z'),
        harvested(2, 'bob', '2025-03-10T10:00:00Z'),
        harvested(3, 'carol', '2025-03-12T10:00:00Z'),
        harvested(4, 'alice', '2025-03-31T10:00:00Z'),
      ],
      { config: (c) => (c.teams = { core: ['alice', 'Bob'] }) },
    );
    expect(r.counted.map((p) => [p.number, p.team])).toEqual([
      [1, 'core'],
      [3, 'carol'],
      [4, 'core'],
    ]);
    expect(reasons(r)).toEqual({
      2: 'cooldown: team core already earned for #1; only the first module per team in 30 days earns, and this cooldown ends 2025-03-31T10:00:00Z',
    });
  });

  test('the cooldown looks back into earlier months: the 20th of last month blocks the 5th of this month', () => {
    const earlier = [{ number: 9, month: '2025-02', recipient: 'alice', mergedAt: '2025-02-20T12:00:00Z' }];
    const r = judge([harvested(10, 'alice', '2025-03-05T12:00:00Z'), harvested(11, 'alice', '2025-03-22T12:00:00Z')], { earlier });
    expect(reasons(r)[10]).toBe(
      'cooldown: alice already earned for #9 in 2025-02; only the first module per team in 30 days earns, and this cooldown ends 2025-03-22T12:00:00Z',
    );
    // Exactly 30 days later the cooldown is over.
    expect(r.counted.map((p) => p.number)).toEqual([11]);
  });

  test('an exception lets a module through the cooldown, records why, and starts no new window', () => {
    const r = judge(
      [harvested(1, 'a', '2025-03-01T00:00:00Z'), harvested(2, 'a', '2025-03-10T00:00:00Z'), harvested(3, 'a', '2025-03-20T00:00:00Z'), harvested(4, 'a', '2025-03-31T00:00:00Z')],
      { config: (c) => (c.exceptions = [{ pr: 2, reason: 'Hackathon entry, approved by the maintainers' }]) },
    );
    expect(r.counted.map((p) => [p.number, p.cooldownException])).toEqual([
      [1, null],
      [2, 'Hackathon entry, approved by the maintainers'],
      [4, null],
    ]);
    expect(reasons(r)[3]).toMatch(/^cooldown: a already earned for #1;/);
  });

  test('usage bonus: the highest tier reached, by exact reference or without the tag', () => {
    const usage: UsageData = {
      file: 'usage/2025-03.json',
      sha256: '0'.repeat(64),
      jobs: new Map([
        ['github.com/a/popular:v1', 1500],
        ['github.com/b/steady', 120],
      ]),
    };
    const r = judge([harvested(1, 'a', '2025-03-02T00:00:00Z', { slug: 'popular' }), harvested(2, 'b', '2025-03-02T00:00:00Z', { slug: 'steady' }), harvested(3, 'c', '2025-03-02T00:00:00Z')], {
      usage,
      texts: { 'modules/popular.json': '{"module": "github.com/a/popular:v1"}', 'modules/steady.json': '{"module": "github.com/b/steady:v2"}' },
      config: (c) =>
        (c.usage.tiers = [
          { minJobs: 100, bonusGpuDays: 0.5 },
          { minJobs: 1000, bonusGpuDays: 2 },
        ]),
    });
    expect(r.counted.map((p) => [p.number, p.computation.usageJobs, p.computation.bonus, p.lilybits])).toEqual([
      [1, 1500, 10000, 15000],
      [2, 120, 2500, 7500],
      [3, null, 0, 5000],
    ]);
    expect(r.counted[0]?.computation.formula).toContain('usage bonus 2 GPU-days × 5000 for 1500 jobs = 10000');
  });

  test('the monthly cap per login cuts the PR that crosses it and excludes the rest', () => {
    const r = judge(
      [harvested(1, 'a', '2025-03-01T00:00:00Z'), harvested(2, 'a', '2025-03-02T00:00:00Z'), harvested(3, 'a', '2025-03-03T00:00:00Z'), harvested(4, 'b', '2025-03-04T00:00:00Z')],
      {
        config: (c) => {
          c.cooldown.days = 0;
          c.cap.lilybitsPerLogin = 7500;
        },
      },
    );
    expect(r.counted.map((p) => [p.number, p.lilybits, p.computation.capReduction])).toEqual([
      [1, 5000, 0],
      [2, 2500, 2500],
      [4, 5000, 0],
    ]);
    expect(reasons(r)).toEqual({ 3: 'cap-reached: a already earned the monthly cap of 7500 Lilybits' });
  });

  test('one reward per PR, however many entries it adds', () => {
    const r = judge([
      harvested(1, 'a', '2025-03-01T00:00:00Z', {
        files: [
          { path: 'modules/z.json', changeType: 'ADDED' },
          { path: 'modules/b.json', changeType: 'ADDED' },
        ],
      }),
    ]);
    expect(r.counted.map((p) => [p.module.path, p.otherEntries, p.lilybits])).toEqual([['modules/b.json', ['modules/z.json'], 5000]]);
  });

  test('every PR looked at is counted or excluded, whatever the order it came in', () => {
    const pulls = [
      harvested(5, 'a', '2025-03-05T00:00:00Z'),
      harvested(3, 'b', '2025-03-03T00:00:00Z', { files: [{ path: 'README.md', changeType: 'MODIFIED' }] }),
      harvested(1, 'a', '2025-03-01T00:00:00Z'),
    ];
    const forward = judge(pulls);
    const backward = judge([...pulls].reverse());
    expect(forward).toEqual(backward);
    expect([...forward.counted, ...forward.excluded].map((p) => p.number).sort()).toEqual([1, 3, 5]);
    expect(reasons(forward)).toEqual({ 3: 'not-a-submission: changes no file under modules/**', 5: expect.stringMatching(/^cooldown: /) });
  });
});

describe('the submission check and the work in a module (rules version 2)', () => {
  const CHECK = 'submission / Submission checks';

  test('by default a PR earns only when the submission checks passed on its last commit, and the month shows it', () => {
    const r = judge([
      harvested(1, 'a', '2025-03-02T00:00:00Z'),
      harvested(2, 'b', '2025-03-02T00:00:00Z', { checks: [] }),
      harvested(3, 'c', '2025-03-02T00:00:00Z', { checks: [{ name: CHECK, outcome: 'FAILURE' }] }),
    ]);
    expect(r.counted.map((p) => [p.number, p.requiredChecks])).toEqual([[1, [{ name: CHECK, outcome: 'SUCCESS' }]]]);
    expect(reasons(r)).toEqual({
      2: `check-not-passed: required check ${CHECK} never ran on the PR's last commit`,
      3: `check-not-passed: required check ${CHECK} did not succeed on the PR's last commit (FAILURE)`,
    });
  });

  test('the latest run of a check counts: checks that failed, then passed after the description was fixed', () => {
    const r = judge([
      harvested(1, 'a', '2025-03-02T00:00:00Z', { checks: [{ name: CHECK, outcome: 'FAILURE', at: '2025-03-01T10:00:00Z' }, { name: CHECK, outcome: 'SUCCESS', at: '2025-03-01T11:00:00Z' }] }),
      harvested(2, 'b', '2025-03-02T00:00:00Z', { checks: [{ name: CHECK, outcome: 'SUCCESS', at: '2025-03-01T10:00:00Z' }, { name: CHECK, outcome: 'FAILURE', at: '2025-03-01T11:00:00Z' }] }),
    ]);
    expect(r.counted.map((p) => p.number)).toEqual([1]);
    expect(reasons(r)[2]).toContain('did not succeed');
  });

  test('a work label weighs the module in GPU-days; the heaviest applies; the month shows the label', () => {
    const r = judge([
      harvested(1, 'a', '2025-03-02T00:00:00Z', { labels: ['Work: Large'] }),
      harvested(2, 'b', '2025-03-02T00:00:00Z', { labels: ['work: small', 'work: x-large'] }),
      harvested(3, 'c', '2025-03-02T00:00:00Z'),
    ]);
    expect(r.counted.map((p) => [p.number, p.lilybits, p.work])).toEqual([
      [1, 10000, { label: 'work: large', gpuDays: 2 }],
      [2, 20000, { label: 'work: x-large', gpuDays: 4 }],
      [3, 5000, null],
    ]);
    expect(r.counted[0]?.computation.formula).toBe('module reward 2 GPU-days (label work: large) × 5000 = 10000 → 10000 Lilybits (baseline: one RTX 4090 GPU-day = 5000 Lilybits)');
  });

  test('the labels come from the configuration', () => {
    const r = judge([harvested(1, 'a', '2025-03-02T00:00:00Z', { labels: ['heavy'] })], { config: (c) => (c.moduleReward.workLabels = { heavy: 3 }) });
    expect(r.counted[0]?.lilybits).toBe(15000);
  });
});
