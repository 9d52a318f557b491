import { describe, expect, test } from 'vitest';
import { evaluateCase, type MeasuredRun } from '../src/plan/evaluate-case';
import { parseTestPlan } from '../src/plan/test-plan';

const [testCase] = parseTestPlan(
  `version: 1
cases:
  - name: hello
    expect:
      files: [result.txt, {glob: "images/**/*.png", min: 2, max: 3}]
      stdout: ["^done$"]
      stderr: ["WARN"]
      outputLimits: {totalBytes: 1000, fileBytes: 600, files: 4}
`,
  'tests.yaml',
).cases;

const good: MeasuredRun = {
  exitCode: 0,
  stdout: 'starting\ndone\n',
  stderr: 'WARN: slow disk\n',
  outputFiles: [
    { path: 'result.txt', bytes: 10 },
    { path: 'images/a.png', bytes: 500 },
    { path: 'images/deep/b.png', bytes: 400 },
  ],
  seconds: { create: 0.4, run: 9, total: 30 },
};

describe('evaluateCase', () => {
  test('a run that meets everything passes, with each check and ratio listed', () => {
    const result = evaluateCase(testCase!, good, { pull: 300, run: 10, total: 60 });
    expect(result.passed).toBe(true);
    expect(result.expectations.map((e) => [e.expectation, e.passed, e.detail])).toEqual([
      ['exitCode', true, 'expected 0, got 0'],
      ['files[0] result.txt', true, '1 file under /outputs matches, expected at least 1'],
      ['files[1] images/**/*.png', true, '2 files under /outputs match, expected 2 to 3'],
      ['stdout /^done$/', true, 'matches'],
      ['stderr /WARN/', true, 'matches'],
      ['outputLimits.totalBytes', true, '910 bytes in /outputs, limit 1000'],
      ['outputLimits.fileBytes', true, 'largest file images/a.png has 500 bytes, limit 600'],
      ['outputLimits.files', true, '3 files in /outputs, limit 4'],
    ]);
    expect(result.phases).toEqual([
      { phase: 'pull', thresholdSeconds: 300, measuredSeconds: null, ratio: null, status: 'not-measured' },
      { phase: 'run', thresholdSeconds: 10, measuredSeconds: 9, ratio: 0.9, status: 'pass' },
      { phase: 'total', thresholdSeconds: 60, measuredSeconds: 30, ratio: 0.5, status: 'pass' },
    ]);
  });

  test('an exceeded threshold fails the case with its ratio', () => {
    const result = evaluateCase(testCase!, { ...good, seconds: { run: 15, total: 30 } }, { run: 10 });
    expect(result.passed).toBe(false);
    expect(result.phases).toEqual([{ phase: 'run', thresholdSeconds: 10, measuredSeconds: 15, ratio: 1.5, status: 'fail' }]);
    expect(result.expectations.every((e) => e.passed)).toBe(true);
  });

  test('each broken expectation fails on its own line', () => {
    const bad: MeasuredRun = {
      exitCode: null,
      stdout: 'starting\ndone.\n',
      stderr: '',
      outputFiles: [{ path: 'images/a.png', bytes: 900 }, { path: 'images/b.png', bytes: 200 }, { path: 'images/c.png', bytes: 1 }, { path: 'images/d.png', bytes: 1 }, { path: 'x', bytes: 1 }],
      seconds: {},
    };
    const result = evaluateCase(testCase!, bad, {});
    expect(result.passed).toBe(false);
    expect(result.expectations.filter((e) => !e.passed).map((e) => `${e.expectation}: ${e.detail}`)).toEqual([
      'exitCode: expected 0, the container was killed before it exited',
      'files[0] result.txt: 0 files under /outputs match, expected at least 1',
      'files[1] images/**/*.png: 4 files under /outputs match, expected 2 to 3',
      'stdout /^done$/: no match in 15 characters of stdout',
      'stderr /WARN/: no match in 0 characters of stderr',
      'outputLimits.totalBytes: 1103 bytes in /outputs, limit 1000',
      'outputLimits.fileBytes: largest file images/a.png has 900 bytes, limit 600',
      'outputLimits.files: 5 files in /outputs, limit 4',
    ]);
  });

  test('a glob does not cross folders with *', () => {
    const [c] = parseTestPlan('version: 1\ncases: [{name: a, expect: {files: ["*.png"]}}]\n', 't.yaml').cases;
    expect(evaluateCase(c!, { ...good, outputFiles: [{ path: 'sub/a.png', bytes: 1 }] }, {}).passed).toBe(false);
    expect(evaluateCase(c!, { ...good, outputFiles: [{ path: 'a.png', bytes: 1 }] }, {}).passed).toBe(true);
  });

  test('a non-zero exit code can be the expectation', () => {
    const [c] = parseTestPlan('version: 1\ncases: [{name: a, expect: {exitCode: 2}}]\n', 't.yaml').cases;
    expect(evaluateCase(c!, { ...good, exitCode: 2 }, {}).passed).toBe(true);
    expect(evaluateCase(c!, { ...good, exitCode: 0 }, {}).expectations[0]?.detail).toBe('expected 2, got 0');
  });
});
