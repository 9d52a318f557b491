// The recorded JSON, the dashboard CSV and the job summary: deterministic, schema-valid, and in
// the shapes their readers expect.
import { readFileSync } from 'node:fs';
import Ajv from 'ajv';
import { describe, expect, test } from 'vitest';
import rewardsSchema from '../schema/rewards.schema.json';
import { csvField, rewardsCsv } from '../src/csv';
import { parseMonth } from '../src/month';
import { buildMonthResult, parseMonthFile, renderMonthFile, resultSha256 } from '../src/rewards-json';
import type { CountedPull, ExcludedPull } from '../src/rules';
import { MAX_ROWS, renderSummary } from '../src/summary';
import { loadedConfig } from './fixtures';

const DASHBOARD = '../../../test/fixtures/awesome-lilypad/rewards-dashboard/module_rewards.csv';

function counted(number: number, recipient: string, lilybits: number, url = `https://github.com/Lilypad-Tech/awesome-lilypad/pull/${number}`): CountedPull {
  return {
    number,
    url,
    author: recipient,
    recipient,
    team: recipient,
    mergedAt: `2025-03-${String(number % 28 + 1).padStart(2, '0')}T10:00:00Z`,
    mergeCommit: 'c'.repeat(40),
    kind: 'add',
    module: { path: `modules/m${number}.json`, name: `m${number}`, module: `github.com/${recipient}/m${number}:v1` },
    otherEntries: [],
    lilybits,
    computation: { gpuDays: 1, lilybitsPerGpuDay: 5000, base: lilybits, usageJobs: null, bonusGpuDays: 0, bonus: 0, capReduction: 0, formula: 'f' },
    cooldownException: null,
    work: null,
    requiredChecks: [{ name: 'submission / Submission checks', outcome: 'SUCCESS' }],
  };
}

function excluded(number: number, reason: string, author: string | null = 'spammer'): ExcludedPull {
  return { number, url: `https://github.com/Lilypad-Tech/awesome-lilypad/pull/${number}`, author, mergedAt: '2025-03-02T00:00:00Z', mergeCommit: null, code: 'exclusion-label', reason, module: null };
}

function result(c: CountedPull[], e: ExcludedPull[] = []) {
  return buildMonthResult({ repository: 'Lilypad-Tech/awesome-lilypad', month: parseMonth('2025-03'), config: loadedConfig(), usage: null, counted: c, excluded: e });
}

describe('rewards JSON', () => {
  const a = [counted(12, 'rhochmayr', 5000), counted(3, 'jamiebones', 5000), counted(15, 'rhochmayr', 5000)];
  const e = [excluded(20, 'labelled spam'), excluded(4, 'labelled invalid')];

  test('the same inputs in any order give byte-identical files', () => {
    const one = renderMonthFile(result(a, e), []);
    const two = renderMonthFile(result([...a].reverse(), [...e].reverse()), []);
    expect(two).toBe(one);
    expect(one.endsWith('}\n')).toBe(true);
    // Keys are sorted at every depth.
    const keys = Object.keys(JSON.parse(one) as object);
    expect(keys).toEqual([...keys].sort());
  });

  test('totals per login and the grand total', () => {
    const r = result(a, e);
    expect(r.totals).toEqual([
      { login: 'jamiebones', team: 'jamiebones', lilybits: 5000, pulls: [3] },
      { login: 'rhochmayr', team: 'rhochmayr', lilybits: 10000, pulls: [12, 15] },
    ]);
    expect(r.total).toBe(15000);
    expect(r.window).toEqual({ start: '2025-03-01T00:00:00Z', end: '2025-04-01T00:00:00Z' });
    expect(r.counted.map((p) => p.number)).toEqual([3, 12, 15]);
    expect(r.excluded.map((p) => p.number)).toEqual([4, 20]);
  });

  test('the file validates against the published schema, and reads back', () => {
    const text = renderMonthFile(result(a, e), [{ reason: 'late spam label', replacedResultSha256: 'f'.repeat(64), replacedTotal: 20000 }]);
    const validate = new Ajv({ allowUnionTypes: true }).compile(rewardsSchema);
    expect(validate(JSON.parse(text)), JSON.stringify(validate.errors)).toBe(true);
    expect(parseMonthFile(text)).toEqual({ file: JSON.parse(text) });
    expect(parseMonthFile('{"month": "2025-03"}')).toEqual({ error: expect.stringMatching(/does not match rewards\.schema\.json/), location: { file: 'month file', line: 1, column: 1 } });
  });

  test('a file that is not a month says where: the syntax error, or the value the schema rejects', () => {
    const text = renderMonthFile(result(a, e), []);
    const at = (haystack: string, needle: string) => {
      const offset = haystack.indexOf(needle);
      const before = haystack.slice(0, offset);
      return { line: before.split('\n').length, column: offset - before.lastIndexOf('\n') };
    };
    const wrongType = text.replace('"lilybits": 5000,', '"lilybits": "lots",');
    expect(parseMonthFile(wrongType, 'rewards/2025-03.json')).toEqual({
      error: 'does not match rewards.schema.json: /counted/0/lilybits must be integer',
      location: { file: 'rewards/2025-03.json', ...at(wrongType, '"lots"') },
    });
    const unknownKey = text.replace('"month": "2025-03",', '"month": "2025-03",\n  "paid": true,');
    expect(parseMonthFile(unknownKey, 'm.json')).toEqual({
      error: 'does not match rewards.schema.json: / must NOT have additional properties ("paid")',
      location: { file: 'm.json', ...at(unknownKey, '"paid"') },
    });
    const truncated = text.slice(0, text.indexOf('"excluded"'));
    const syntax = parseMonthFile(truncated, 'm.json');
    expect(syntax).toMatchObject({ error: expect.stringMatching(/^not JSON \(expected .+, found the end of the file\)$/), location: { file: 'm.json', line: truncated.split('\n').length } });
  });

  test('the result hash ignores the restatement history', () => {
    const r = result(a, e);
    const restated = JSON.parse(renderMonthFile(r, [{ reason: 'x', replacedResultSha256: 'f'.repeat(64), replacedTotal: 1 }])) as Parameters<typeof resultSha256>[0];
    expect(resultSha256(restated)).toBe(resultSha256(r));
    expect(resultSha256(result(a.slice(1), e))).not.toBe(resultSha256(r));
  });
});

describe('dashboard CSV', () => {
  test('the format of the dashboard\'s module_rewards.csv, row for row', () => {
    const csv = rewardsCsv(result([counted(7, 'jamiebones', 5000)]), 'https://github.com');
    const dashboard = readFileSync(new URL(DASHBOARD, import.meta.url), 'utf8').split('\n');
    const lines = csv.trimEnd().split('\n');
    expect(lines[0]).toBe(dashboard[0]);
    // Same columns, same empty wallet, same profile link, ';'-joined contribution URLs.
    expect(lines[1]).toBe('jamiebones,https://github.com/jamiebones,,5000,https://github.com/Lilypad-Tech/awesome-lilypad/pull/7');
    expect(dashboard[2]).toMatch(/^jamiebones,https:\/\/github\.com\/jamiebones,,5000,https:\/\//);
  });

  test('several contributions are joined with ; and read back with the dashboard\'s comma split', () => {
    const csv = rewardsCsv(result([counted(1, 'rhochmayr', 5000), counted(2, 'rhochmayr', 5000), counted(3, 'rhochmayr', 5000)]), 'https://github.com/');
    // The dashboard parses with line.split(',') and no quote handling.
    const [header, row] = csv.trim().split('\n').map((line) => line.split(','));
    const record = Object.fromEntries((header ?? []).map((h, i) => [h, row?.[i]]));
    expect(record).toEqual({
      username: 'rhochmayr',
      github: 'https://github.com/rhochmayr',
      wallet_address: '',
      rewards: '15000',
      contributions: [1, 2, 3].map((n) => `https://github.com/Lilypad-Tech/awesome-lilypad/pull/${n}`).join(';'),
    });
  });

  test.each([
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    [' padded', '" padded"'],
  ])('RFC 4180 quoting: %j → %j', (value, expected) => {
    expect(csvField(value)).toBe(expected);
  });

  test('a month with no rewards is the header alone', () => {
    expect(rewardsCsv(result([]), 'https://github.com')).toBe('username,github,wallet_address,rewards,contributions\n');
  });
});

describe('job summary', () => {
  test('golden: totals, exclusions with reasons, a link to the commit', () => {
    const r = result([counted(12, 'rhochmayr', 5000), counted(3, 'jamiebones', 5000)], [excluded(20, 'labelled spam'), excluded(4, 'a | pipe\nand a newline', null)]);
    const text = renderSummary({ result: r, status: 'written', branch: 'ledger', ledgerPath: 'rewards/2025-03.json', commit: 'abcdef0123456789', commitUrl: 'https://github.com/o/r/commit/abcdef0123456789' });
    expect(text).toBe(
      [
        '## Lilypad module rewards for 2025-03 · Lilypad-Tech/awesome-lilypad',
        '',
        `**10,000 Lilybits** to 2 logins for 2 PRs; 2 PRs excluded. Merged in [2025-03-01T00:00:00Z, 2025-04-01T00:00:00Z); rules v2, configuration \`${r.configSha256.slice(0, 12)}\`.`,
        '',
        'Recorded in `rewards/2025-03.json` on branch `ledger`, commit [abcdef0](https://github.com/o/r/commit/abcdef0123456789).',
        '',
        '### Per login',
        '',
        '| Login | Team | Lilybits | PRs |',
        '| --- | --- | ---: | --- |',
        '| jamiebones | jamiebones | 5,000 | [#3](https://github.com/Lilypad-Tech/awesome-lilypad/pull/3) |',
        '| rhochmayr | rhochmayr | 5,000 | [#12](https://github.com/Lilypad-Tech/awesome-lilypad/pull/12) |',
        '',
        '### Excluded',
        '',
        '| PR | Author | Reason |',
        '| --- | --- | --- |',
        '| [#4](https://github.com/Lilypad-Tech/awesome-lilypad/pull/4) | (deleted account) | a \\| pipe<br>and a newline |',
        '| [#20](https://github.com/Lilypad-Tech/awesome-lilypad/pull/20) | spammer | labelled spam |',
        '',
      ].join('\n'),
    );
  });

  test.each([
    ['unchanged', undefined, 'Already recorded in `rewards/2025-03.json` on branch `ledger` with this result: no commit.'],
    ['dry-run', 'write', 'Dry run: nothing was committed; a real run would record it'],
    ['dry-run', 'refused', 'would refuse it: the month is recorded with a different result'],
  ] as const)('the ledger line when %s (%s)', (status, planned, line) => {
    const text = renderSummary({ result: result([]), status, ...(planned ? { planned } : {}), branch: 'ledger', ledgerPath: 'rewards/2025-03.json', commit: '', commitUrl: null });
    expect(text).toContain(line);
    expect(text).toContain('Nobody earned Lilybits this month.');
  });

  test('a huge month stays far below the 1 MiB summary limit', () => {
    const many = Array.from({ length: 10_000 }, (_, i) => excluded(i + 1, 'labelled spam; '.repeat(8)));
    const text = renderSummary({ result: result([], many), status: 'written', branch: 'ledger', ledgerPath: 'rewards/2025-03.json', commit: 'a'.repeat(40), commitUrl: null });
    expect(text).toContain(`… and ${10_000 - MAX_ROWS} more (see \`rewards/2025-03.json\`).`);
    expect(Buffer.byteLength(text)).toBeLessThan(100 * 1024);
  });
});
