// schema/run-report.schema.json is the published shape of report.json: a real report must pass
// it, and it must be strict enough to catch what a careless change to the report would write.
import Ajv from 'ajv';
import { describe, expect, test } from 'vitest';
import schema from '../../schema/run-report.schema.json';
import type { RunReport } from '../../src/report/types';
import { cpuReport, sampleReport } from './fixture';

const ajv = new Ajv({ allErrors: true, strict: true, allowUnionTypes: true });
const validate = ajv.compile(schema);
const errors = (data: unknown) => (validate(data) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`));
/** A JSON round trip, as the report travels (report.json), then a change. */
const changed = (edit: (r: any) => void, base: RunReport = sampleReport()) => {
  const r = JSON.parse(JSON.stringify(base));
  edit(r);
  return r;
};

describe('run-report.schema.json', () => {
  test('accepts a realistic GPU report and a CPU-fallback report', () => {
    expect(errors(JSON.parse(JSON.stringify(sampleReport())))).toEqual([]);
    expect(errors(JSON.parse(JSON.stringify(cpuReport())))).toEqual([]);
  });

  test('matches the draft of the test plan schema, so both are read by the same tools', async () => {
    const plan = (await import('../../schema/test-plan.schema.json')).default as { $schema: string };
    expect(schema.$schema).toBe(plan.$schema);
  });

  test.each<[string, (r: any) => void, RegExp]>([
    ['an unknown top-level key', (r) => (r.extra = 1), /must NOT have additional properties/],
    ['an unknown key in a case', (r) => (r.cases[0].note = 'x'), /^\/cases\/0 must NOT have additional properties/],
    ['another version', (r) => (r.version = 1), /^\/version must be equal to constant/],
    ['an unknown hardening mode', (r) => (r.runner.hardening = 'lax'), /^\/runner\/hardening must be equal to one of the allowed values/],
    ['a case without the provider verdict', (r) => delete r.cases[0].provider, /must have required property 'provider'/],
    ['an unknown solver limit', (r) => (r.cases[0].provider.solverLimit = 'whenever'), /^\/cases\/0\/provider/],
    ['a missing headline', (r) => delete r.headline, /must have required property 'headline'/],
    ['a multi-line headline', (r) => (r.headline = 'a\nb'), /^\/headline must match pattern/],
    ['an unknown runner mode', (r) => (r.runner.mode = 'tpu'), /^\/runner\/mode must be equal to one of the allowed values/],
    ['a digest that is not sha256', (r) => (r.image.id = 'latest'), /^\/image\/id must match pattern/],
    ['an unknown phase in timings', (r) => (r.cases[0].timings.upload = 1), /^\/cases\/0\/timings must NOT have additional properties/],
    ['negative seconds', (r) => (r.cases[0].timings.run = -1), /^\/cases\/0\/timings\/run must be >= 0/],
    ['a zero threshold', (r) => (r.cases[0].phases[0].thresholdSeconds = 0), /thresholdSeconds must be > 0/],
    ['an unknown phase status', (r) => (r.cases[1].phases[0].status = 'skipped'), /status must be equal to one of the allowed values/],
    ['attempt 0', (r) => (r.cases[0].key.attempt = 0), /^\/cases\/0\/key\/attempt must be >= 1/],
    ['a non-string input value', (r) => (r.cases[0].inputs.Steps = 50), /^\/cases\/0\/inputs\/Steps must be string/],
    ['a date that is not RFC 3339', (r) => (r.startedAt = '1 May 2025'), /^\/startedAt must match pattern/],
    ['an unknown finding severity', (r) => (r.findings[0].severity = 'info'), /severity must be equal to one of the allowed values/],
    ['a fractional exit code', (r) => (r.cases[1].exitCode = 1.5), /^\/cases\/1\/exitCode must be integer/],
    ['GPU utilisation over 100%', (r) => (r.cases[0].gpuUsage.peakUtilizationPercent = 130), /peakUtilizationPercent must be <= 100/],
    ['a missing gpuUsage (must be null instead)', (r) => delete r.cases[0].gpuUsage, /must have required property 'gpuUsage'/],
  ])('rejects %s', (_what, edit, message) => {
    const found = errors(changed(edit));
    expect(found.length).toBeGreaterThan(0);
    expect(found.some((e) => message.test(e))).toBe(true);
  });
});
