import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { regressionAlerts } from '../../src/plan/regression';
import { appendToBaseline, BaselineError, baselineFor, emptyBaseline, loadBaseline, moduleName, saveBaseline, type Baseline } from '../../src/report/baseline';
import { DIGEST, failingCase, passingCase, sampleReport } from './fixture';

let dir: string;
beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'baseline-'))));
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const KEY = passingCase().key;
const OTHER_DIGEST = `sha256:${'c3'.repeat(32)}`;
/** A report whose one passing case ran for `run` seconds, from image `digest`. */
const reportWithRun = (run: number, digest = DIGEST, finishedAt = '2025-05-01T10:00:08Z') =>
  sampleReport({ cases: [passingCase({ timings: { run, total: run + 1 }, finishedAt, key: { ...KEY, imageDigest: digest } })] });

describe('appendToBaseline and baselineFor', () => {
  test('a series is module + GPU model + case; another image digest joins the same series', () => {
    let b = appendToBaseline(emptyBaseline(), reportWithRun(10));
    b = appendToBaseline(b, reportWithRun(11, OTHER_DIGEST));
    expect(baselineFor(b, KEY, 'hello')).toEqual([{ run: 10, total: 11 }, { run: 11, total: 12 }]);
    expect(b.series[0]!.runs.map((r) => r.imageDigest)).toEqual([DIGEST, OTHER_DIGEST]);
    expect(b.series[0]!.runs[0]).toMatchObject({ recordedAt: '2025-05-01T10:00:08Z', driverVersion: '550.54.15' });
  });

  test('another GPU model, module or case is another series', () => {
    const b = appendToBaseline(emptyBaseline(), reportWithRun(10));
    expect(baselineFor(b, { ...KEY, gpuModel: 'NVIDIA GeForce RTX 4090' }, 'hello')).toEqual([]);
    expect(baselineFor(b, { ...KEY, gpuModel: null }, 'hello')).toEqual([]);
    expect(baselineFor(b, { ...KEY, moduleRef: 'github.com/acme/other:v1' }, 'hello')).toEqual([]);
    expect(baselineFor(b, KEY, 'other-case')).toEqual([]);
  });

  test('another release or commit of the module is the same series (the ref is not part of it)', () => {
    const b = appendToBaseline(emptyBaseline(), reportWithRun(10));
    const bare = moduleName(KEY.moduleRef);
    expect(bare).not.toBe(KEY.moduleRef);
    expect(baselineFor(b, { ...KEY, moduleRef: `${bare}:0123456789abcdef` }, 'hello')).toEqual([{ run: 10, total: 11 }]);
    expect(moduleName('github.com/acme/m/sub:v1')).toBe('github.com/acme/m/sub');
    expect(moduleName('examples/hello-lilypad')).toBe('examples/hello-lilypad');
    expect(moduleName('localhost:5000/m')).toBe('localhost:5000/m');
  });

  test('keeps the last N runs per series, oldest first', () => {
    let b = emptyBaseline();
    for (let i = 1; i <= 7; i++) b = appendToBaseline(b, reportWithRun(i), 3);
    expect(baselineFor(b, KEY, 'hello').map((t) => t.run)).toEqual([5, 6, 7]);
    expect(() => appendToBaseline(b, reportWithRun(1), 0)).toThrow(RangeError);
  });

  test('failing cases are not added', () => {
    const b = appendToBaseline(emptyBaseline(), sampleReport());
    expect(b.series.map((s) => s.case)).toEqual(['hello']);
    expect(baselineFor(b, KEY, failingCase().name)).toEqual([]);
  });

  test('does not change the baseline it is given', () => {
    const before = appendToBaseline(emptyBaseline(), reportWithRun(10));
    const copy = structuredClone(before);
    appendToBaseline(before, reportWithRun(20));
    expect(before).toEqual(copy);
  });

  test('feeds regressionAlerts: a slow run against the median of the baseline', () => {
    let b = emptyBaseline();
    for (const run of [10, 11, 60, 9, 10]) b = appendToBaseline(b, reportWithRun(run));
    expect(regressionAlerts(baselineFor(b, KEY, 'hello'), { run: 16 }, 1.5)).toEqual([{ phase: 'run', measuredSeconds: 16, medianSeconds: 10, ratio: 1.6, samples: 5 }]);
  });
});

describe('loadBaseline and saveBaseline', () => {
  test('a missing file is an empty baseline', () => {
    expect(loadBaseline(join(dir, 'none.json'))).toEqual({ version: 1, series: [] });
  });

  test('round-trips through the file, written atomically (no temporary file left), directory created', () => {
    const path = join(dir, 'sub', 'baseline.json');
    const b = appendToBaseline(emptyBaseline(), reportWithRun(10));
    saveBaseline(path, b);
    expect(loadBaseline(path)).toEqual(b);
    expect(readdirSync(join(dir, 'sub'))).toEqual(['baseline.json']);
    expect(readFileSync(path, 'utf8')).toMatch(/^\{\n  "version": 1,\n  "series": \[/);
  });

  test.each<[string, string, RegExp]>([
    ['not JSON', '{"version": 1,', /baseline\.json: not a JSON baseline file \(/],
    ['not an object', '[]', /baseline\.json: the file must hold a JSON object; delete the file/],
    ['a newer version', '{"version": 2, "series": []}', /baseline\.json: baseline version 2 is not supported \(this run-module reads version 1\)/],
    ['no version', '{"series": []}', /baseline version undefined is not supported/],
    ['series not an array', '{"version": 1, "series": {}}', /"series" must be an array/],
    ['an unknown phase', JSON.stringify({ version: 1, series: [{ moduleRef: 'm', gpuModel: null, case: 'c', runs: [{ recordedAt: 't', imageDigest: 'd', driverVersion: null, timings: { upload: 1 } }] }] }), /series\[0\]\.runs\[0\]\.timings has an unknown phase "upload"/],
    ['negative seconds', JSON.stringify({ version: 1, series: [{ moduleRef: 'm', gpuModel: 'g', case: 'c', runs: [{ recordedAt: 't', imageDigest: 'd', driverVersion: '1', timings: { run: -2 } }] }] }), /series\[0\]\.runs\[0\]\.timings\.run must be a number of seconds/],
    ['a missing case name', JSON.stringify({ version: 1, series: [{ moduleRef: 'm', gpuModel: 'g', runs: [] }] }), /series\[0\]\.case must be a string/],
  ])('a malformed file (%s) is a BaselineError naming the file', (_what, text, message) => {
    const path = join(dir, 'baseline.json');
    writeFileSync(path, text);
    let error: unknown;
    try {
      loadBaseline(path);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(BaselineError);
    expect((error as BaselineError).path).toBe(path);
    expect((error as Error).message.startsWith(`${path}: `)).toBe(true);
    expect((error as Error).message).toMatch(message);
  });

  test('a path that cannot be read is a BaselineError naming it, not "no baseline"', () => {
    expect(() => loadBaseline(dir)).toThrow(new RegExp(`^${dir.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: cannot be read \\(EISDIR`));
  });

  test('a saved empty baseline loads as empty', () => {
    const path = join(dir, 'b.json');
    const empty: Baseline = emptyBaseline();
    saveBaseline(path, empty);
    expect(loadBaseline(path)).toEqual(empty);
  });
});
