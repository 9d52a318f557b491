import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadTestPlan, parseTestPlan, TestPlanError } from '../src/plan/test-plan';

const FILE = '.lilypad/tests.yaml';

const PLAN = `version: 1
thresholds:
  default: {pull: 300, run: 120, total: 600}
  "NVIDIA H100*": {run: 30}
cases:
  - name: hello
    inputs: {Message: hi, Steps: 50, Upscale: true}
    expect:
      files: [result.txt, {glob: "images/*.png", min: 2, max: 4}]
      stdout: ["^done$"]
      outputLimits: {totalBytes: 1048576}
  - name: fails-on-empty
    inputs: {Message: ""}
    expect: {exitCode: 1, stderr: ["Message is required"]}
    thresholds:
      default: {total: 60}
`;

function problemsOf(text: string): string[] {
  try {
    parseTestPlan(text, FILE);
  } catch (e) {
    expect(e).toBeInstanceOf(TestPlanError);
    return (e as TestPlanError).problems.map((p) => `${p.location.line}:${p.location.column} ${p.message}`);
  }
  throw new Error('the plan was accepted');
}

describe('parseTestPlan', () => {
  test('a full plan, with defaults filled in and inputs as strings', () => {
    const plan = parseTestPlan(PLAN, FILE);
    expect(plan.thresholds).toEqual({ default: { pull: 300, run: 120, total: 600 }, 'NVIDIA H100*': { run: 30 } });
    expect(plan.cases[0]).toEqual({
      name: 'hello',
      inputs: { Message: 'hi', Steps: '50', Upscale: 'true' },
      expect: {
        exitCode: 0,
        files: [{ glob: 'result.txt', min: 1 }, { glob: 'images/*.png', min: 2, max: 4 }],
        stdout: ['^done$'],
        stderr: [],
        outputLimits: { totalBytes: 1048576 },
      },
      thresholds: {},
    });
    expect(plan.cases[1]?.expect).toEqual({ exitCode: 1, files: [], stdout: [], stderr: ['Message is required'] });
    expect(plan.cases[1]?.thresholds).toEqual({ default: { total: 60 } });
  });

  test('an unknown key is reported at the key, with file:line:col', () => {
    try {
      parseTestPlan(PLAN.replace('      stdout:', '      stdot:'), FILE);
      throw new Error('accepted');
    } catch (e) {
      expect((e as TestPlanError).message).toBe('.lilypad/tests.yaml:10:7: unknown key in cases[0].expect: "stdot"');
      expect((e as TestPlanError).location).toEqual({ file: FILE, line: 10, column: 7 });
    }
  });

  test.each([
    ['a phase limit of 0', PLAN.replace('run: 30', 'run: 0'), ['4:25 thresholds.NVIDIA H100*.run must be more than 0 seconds (found 0)']],
    ['an unknown phase', PLAN.replace('run: 30', 'rnu: 30'), ['4:20 unknown key in thresholds.NVIDIA H100*: "rnu"']],
    ['a case without a name', PLAN.replace('  - name: hello\n', '  - \n'), ['7:5 cases[0]: "name" is required']],
    ['a string exit code', PLAN.replace('exitCode: 1', 'exitCode: "1"'), ['14:24 cases[1].expect.exitCode must be integer (found "1")']],
    ['a files entry of the wrong type', PLAN.replace('result.txt,', '3,'), ['9:15 cases[0].expect.files[0] must be a glob or a mapping with glob, min and max (found 3)']],
    ['no cases', 'version: 1\ncases: []\n', ['2:8 cases must NOT have fewer than 1 items (found [])']],
    ['a wrong version', PLAN.replace('version: 1', 'version: 2'), ['1:10 version must be equal to constant (found 2)']],
    ['a bad regular expression', PLAN.replace('"^done$"', '"(unclosed"'), [expect.stringMatching(/^10:16 cases\[0\]\.expect\.stdout\[0\] is not a regular expression: Invalid regular expression: .*Unterminated group/)]],
    ['a duplicate case name', PLAN.replace('name: fails-on-empty', 'name: hello'), ['12:11 cases[1].name: "hello" is used by an earlier case']],
    ['max below min', PLAN.replace('min: 2, max: 4', 'min: 5, max: 4'), ['9:27 cases[0].expect.files[1]: max 4 is below min 5']],
    ['a YAML syntax error', 'version: 1\ncases:\n  - name: [unclosed\n', [expect.stringMatching(/^\d+:\d+ not valid YAML: /)]],
    ['a duplicate key', PLAN.replace('version: 1\n', 'version: 1\nversion: 1\n'), [expect.stringMatching(/^2:1 not valid YAML: Map keys must be unique/)]],
  ])('%s', (_, text, expected) => {
    expect(problemsOf(text)).toEqual(expected);
  });

  test('every problem is reported, not only the first', () => {
    expect(problemsOf(PLAN.replace('run: 30', 'run: -1').replace('stdout:', 'stdot:'))).toHaveLength(2);
  });
});

describe('loadTestPlan', () => {
  test('reads the file; a missing file names the path it was given', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'test-plan-'));
    writeFileSync(path.join(dir, 'tests.yaml'), PLAN);
    expect(loadTestPlan(path.join(dir, 'tests.yaml')).cases).toHaveLength(2);
    expect(() => loadTestPlan(path.join(dir, 'missing.yaml'), { displayPath: FILE })).toThrow(`${FILE}: no such test plan file`);
  });
});
