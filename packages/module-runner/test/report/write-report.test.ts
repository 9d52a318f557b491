import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Ajv from 'ajv';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import schema from '../../schema/run-report.schema.json';
import { stableJson, writeReport } from '../../src/report/write-report';
import { sampleReport } from './fixture';

let dir: string;
beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'report-'))));
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('writeReport', () => {
  test('writes <dir>/report.json, creating the directory, with no temporary file left; the file passes the schema', () => {
    const out = join(dir, 'run', 'nested');
    const path = writeReport(out, sampleReport());
    expect(path).toBe(join(out, 'report.json'));
    expect(readdirSync(out)).toEqual(['report.json']);
    const parsed = JSON.parse(readFileSync(path, 'utf8'));
    expect(parsed).toEqual(sampleReport());
    const validate = new Ajv({ allErrors: true, strict: true, allowUnionTypes: true }).compile(schema);
    expect(validate(parsed)).toBe(true);
  });

  test('key order does not depend on how the object was built: version first, then sorted, at every depth', () => {
    const report = sampleReport();
    const reversed = Object.fromEntries(Object.entries(report).reverse()) as typeof report;
    const a = readFileSync(writeReport(join(dir, 'a'), report), 'utf8');
    const b = readFileSync(writeReport(join(dir, 'b'), reversed), 'utf8');
    expect(a).toBe(b);
    const topKeys = [...a.matchAll(/^ {2}"([a-zA-Z]+)":/gm)].map((m) => m[1]);
    expect(topKeys).toEqual(['version', 'cases', 'findings', 'finishedAt', 'headline', 'image', 'module', 'passed', 'runner', 'startedAt']);
    expect(a.endsWith('}\n')).toBe(true);
  });

  test('overwrites an earlier report', () => {
    writeReport(dir, sampleReport({ passed: true }));
    const path = writeReport(dir, sampleReport({ passed: false }));
    expect(JSON.parse(readFileSync(path, 'utf8')).passed).toBe(false);
  });
});

describe('stableJson', () => {
  test('refuses numbers JSON cannot hold instead of writing null', () => {
    expect(() => stableJson({ ratio: Number.POSITIVE_INFINITY })).toThrow(/cannot write Infinity as JSON \(key "ratio"\)/);
    expect(() => stableJson({ a: [Number.NaN] })).toThrow(RangeError);
    expect(stableJson({ b: 1, a: [2, 1] })).toBe('{\n  "a": [\n    2,\n    1\n  ],\n  "b": 1\n}\n');
  });
});
