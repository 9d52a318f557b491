// The ledger's rules without any storage: what a run may write, what it must refuse.
import { describe, expect, test } from 'vitest';
import { sha256 } from '../src/canonical-json';
import { LedgerIntegrityError, RestatementRequiredError } from '../src/errors';
import { earlierCounts, INDEX_PATH, planMonthWrite, verifyLedger, type LedgerSnapshot, type WritePlan } from '../src/ledger';
import { parseMonth } from '../src/month';
import { buildMonthResult, type MonthResult } from '../src/rewards-json';
import type { CountedPull } from '../src/rules';
import { loadedConfig } from './fixtures';

const PLACE = { repository: 'Lilypad-Tech/awesome-lilypad', branch: 'ledger' };

function monthResult(month: string, lilybits: number[], cooldownException: string | null = null): MonthResult {
  const counted: CountedPull[] = lilybits.map((n, i) => ({
    number: i + 1,
    url: `https://github.com/o/r/pull/${i + 1}`,
    author: 'alice',
    recipient: 'alice',
    team: 'alice',
    mergedAt: `${month}-20T12:00:00Z`,
    mergeCommit: null,
    kind: 'add',
    module: { path: `modules/m${i}.json`, name: `m${i}`, module: 'github.com/a/b:v1' },
    otherEntries: [],
    lilybits: n,
    computation: { gpuDays: 1, lilybitsPerGpuDay: n, base: n, usageJobs: null, bonusGpuDays: 0, bonus: 0, capReduction: 0, formula: '' },
    cooldownException,
    work: null,
    requiredChecks: [{ name: 'submission / Submission checks', outcome: 'SUCCESS' }],
  }));
  return buildMonthResult({ repository: PLACE.repository, month: parseMonth(month), config: loadedConfig(), usage: null, counted, excluded: [] });
}

const EMPTY: LedgerSnapshot = { head: null, headParent: null, files: new Map() };

/** The ledger after applying a write plan to a snapshot. */
function apply(snapshot: LedgerSnapshot, plan: WritePlan, head = 'c'.repeat(40)): LedgerSnapshot {
  const files = new Map(snapshot.files);
  for (const f of plan.files) files.set(f.path, f.contents);
  return { head, headParent: snapshot.head, files };
}

function write(snapshot: LedgerSnapshot, result: MonthResult, restate: { reason: string } | null = null): LedgerSnapshot {
  const plan = planMonthWrite(verifyLedger(snapshot, PLACE), result, 'csv\n', restate, PLACE);
  if (plan.kind !== 'write') throw new Error('expected a write');
  return apply(snapshot, plan);
}

describe('ledger', () => {
  test('a first month writes its JSON, its CSV and index.json, with hashes and totals', () => {
    const plan = planMonthWrite(verifyLedger(EMPTY, PLACE), monthResult('2025-03', [5000, 5000]), 'csv\n', null, PLACE);
    expect(plan.kind).toBe('write');
    const w = plan as WritePlan;
    expect(w.files.map((f) => f.path)).toEqual(['rewards/2025-03.json', 'rewards/2025-03.csv', INDEX_PATH]);
    const index = JSON.parse(w.files[2]?.contents ?? '') as { months: Record<string, { json: { sha256: string }; total: number }>; total: number };
    expect(index.months['2025-03']?.json.sha256).toBe(sha256(w.files[0]?.contents ?? ''));
    expect(index.total).toBe(10000);
    expect(w.message.headline).toBe('rewards: 2025-03: 2 counted, 0 excluded, 10000 Lilybits');
  });

  test('the same result again: nothing to write', () => {
    const ledger = write(EMPTY, monthResult('2025-03', [5000]));
    expect(planMonthWrite(verifyLedger(ledger, PLACE), monthResult('2025-03', [5000]), 'csv\n', null, PLACE).kind).toBe('unchanged');
    expect(planMonthWrite(verifyLedger(ledger, PLACE), monthResult('2025-03', [5000]), 'csv\n', { reason: 'just in case' }, PLACE).kind).toBe('unchanged');
  });

  test('a different result for a recorded month is refused without restate', () => {
    const ledger = write(EMPTY, monthResult('2025-03', [5000]));
    const attempt = () => planMonthWrite(verifyLedger(ledger, PLACE), monthResult('2025-03', [5000, 5000]), 'csv\n', null, PLACE);
    expect(attempt).toThrow(RestatementRequiredError);
    expect(attempt).toThrow('2025-03 is already recorded on ledger branch "ledger" with a different result (recorded: 5000 Lilybits to 1 PRs; now: 10000 Lilybits to 2 PRs). Nothing was written.');
  });

  test('a restatement keeps the reason in the file and the commit, and touches no other month', () => {
    const february = write(EMPTY, monthResult('2025-02', [5000]));
    const march = write(february, monthResult('2025-03', [5000]));
    const plan = planMonthWrite(verifyLedger(march, PLACE), monthResult('2025-03', [5000, 2500]), 'csv2\n', { reason: 'PR 2 was labelled accepted late' }, PLACE) as WritePlan;
    expect(plan.restated).toBe(true);
    expect(plan.message.headline).toBe('rewards: restate 2025-03: 2 counted, 0 excluded, 7500 Lilybits');
    expect(plan.message.body).toContain('Restated: PR 2 was labelled accepted late');
    expect(plan.files.map((f) => f.path)).toEqual(['rewards/2025-03.json', 'rewards/2025-03.csv', INDEX_PATH]);
    const file = JSON.parse(plan.monthFile) as { restatements: unknown[] };
    expect(file.restatements).toEqual([{ reason: 'PR 2 was labelled accepted late', replacedResultSha256: expect.stringMatching(/^[0-9a-f]{64}$/), replacedTotal: 5000 }]);
    const after = verifyLedger(apply(march, plan), PLACE);
    expect(after.index.months['2025-02']).toEqual(verifyLedger(march, PLACE).index.months['2025-02']);
    expect(after.index.total).toBe(12500);
  });

  test.each([
    ['a month file edited by hand', (files: Map<string, string>) => files.set('rewards/2025-03.json', (files.get('rewards/2025-03.json') ?? '').replace('"total": 5000', '"total": 50000')), /rewards\/2025-03\.json does not match index\.json \(recorded sha256 [0-9a-f]{12}…, found [0-9a-f]{12}…\)\. Nothing was written\./],
    ['a CSV edited by hand', (files: Map<string, string>) => files.set('rewards/2025-03.csv', 'username\nmallory,,,1000000,\n'), /rewards\/2025-03\.csv does not match index\.json/],
    ['a month file deleted', (files: Map<string, string>) => files.delete('rewards/2025-03.json'), /rewards\/2025-03\.json is listed in index\.json but missing/],
    ['a month added by hand', (files: Map<string, string>) => files.set('rewards/2025-01.json', '{}'), /rewards\/2025-01\.json is not listed in index\.json/],
    ['index.json deleted', (files: Map<string, string>) => files.delete(INDEX_PATH), /rewards\/2025-03\.json exists but index\.json does not/],
    ['index.json broken', (files: Map<string, string>) => files.set(INDEX_PATH, '{'), /index\.json is not a ledger index this tool wrote/],
  ])('%s is refused with a clear message', (_, edit, message) => {
    const ledger = write(EMPTY, monthResult('2025-03', [5000]));
    const files = new Map(ledger.files);
    edit(files);
    const check = () => verifyLedger({ ...ledger, files }, PLACE);
    expect(check).toThrow(LedgerIntegrityError);
    expect(check).toThrow(message);
    try {
      check();
    } catch (e) {
      expect((e as LedgerIntegrityError).describe()).toMatch(/ledger branch "ledger" of Lilypad-Tech\/awesome-lilypad \(commit c{12}\)/);
    }
  });

  test("another repository's ledger is refused", () => {
    const ledger = write(EMPTY, monthResult('2025-03', [5000]));
    expect(() => verifyLedger(ledger, { ...PLACE, repository: 'someone/else' })).toThrow(/records rewards of Lilypad-Tech\/awesome-lilypad, not someone\/else/);
  });

  test('earlier months feed the cooldown; excepted modules and later months do not', () => {
    let ledger = write(EMPTY, monthResult('2025-01', [5000]));
    ledger = write(ledger, monthResult('2025-02', [5000], 'approved'));
    ledger = write(ledger, monthResult('2025-04', [5000]));
    expect(earlierCounts(verifyLedger(ledger, PLACE), '2025-03')).toEqual([{ number: 1, month: '2025-01', recipient: 'alice', mergedAt: '2025-01-20T12:00:00Z' }]);
  });
});
