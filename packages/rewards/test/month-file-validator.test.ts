// The month file's schema, compiled at build time (scripts/build-schema.ts): the committed
// validator is what the schema generates now, it needs nothing at run time, and it judges as ajv
// compiling the schema at run time does — including the one helper the generator replaces.
import { readFileSync } from 'node:fs';
import Ajv from 'ajv';
import { expect, test } from 'vitest';
import rewardsSchema from '../schema/rewards.schema.json';
import { generateValidator, VALIDATOR_DTS_PATH, VALIDATOR_PATH } from '../scripts/build-schema';
import { validate } from '../src/generated/month-file-validator';

test('the committed validator is what build-schema.ts generates from the schema now', () => {
  const { js, dts } = generateValidator();
  // If this fails: pnpm --filter @lilypad-actions/rewards build:schema
  expect(readFileSync(VALIDATOR_PATH, 'utf8')).toBe(js);
  expect(readFileSync(VALIDATOR_DTS_PATH, 'utf8')).toBe(dts);
  expect(js).not.toMatch(/\brequire\(|^\s*import\b/m);
});

test('it agrees with ajv compiling the schema at run time, minLength counted in code points', () => {
  const compiled = new Ajv({ allErrors: false, strict: true, allowUnionTypes: true }).compile(rewardsSchema);
  const month = (reason: string, extra: Record<string, unknown> = {}) => ({
    schemaVersion: 1,
    repository: 'Lilypad-Tech/awesome-lilypad',
    month: '2025-03',
    window: { start: '2025-03-01T00:00:00Z', end: '2025-04-01T00:00:00Z' },
    rulesVersion: '2',
    configSha256: 'a'.repeat(64),
    baseline: { gpu: 'RTX 4090', lilybitsPerGpuDay: 5000 },
    usage: null,
    counted: [],
    excluded: [{ number: 4, url: 'https://github.com/x/y/pull/4', author: 'a', mergedAt: '2025-03-02T00:00:00Z', mergeCommit: null, code: 'cooldown', reason, module: null }],
    totals: [],
    total: 0,
    restatements: [],
    ...extra,
  });
  const cases = [month('inside the cooldown'), month(''), month('\u{1F438}'), month('x', { total: -1 }), month('x', { paid: true }), month('x', { month: '2025-13' })];
  const verdicts = cases.map((c) => [validate(c), validate.errors?.[0]?.instancePath ?? null, validate.errors?.[0]?.keyword ?? null]);
  expect(verdicts).toEqual(cases.map((c) => [compiled(c), compiled.errors?.[0]?.instancePath ?? null, compiled.errors?.[0]?.keyword ?? null]));
  expect(verdicts.map(([ok]) => ok)).toEqual([true, false, true, false, false, false]);
});
