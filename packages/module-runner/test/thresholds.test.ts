import { describe, expect, test } from 'vitest';
import { parseTestPlan } from '../src/plan/test-plan';
import { selectThresholds } from '../src/plan/thresholds';

const plan = parseTestPlan(
  `version: 1
thresholds:
  "NVIDIA H100 80GB HBM3": {run: 20}
  "NVIDIA H100*": {run: 25, build: 200}
  "nvidia geforce rtx 4090": {run: 60}
  default: {pull: 300, run: 120, total: 600}
cases:
  - name: plain
  - name: big
    thresholds:
      default: {total: 900}
      "*H100*": {total: 400}
`,
  'tests.yaml',
);

describe('selectThresholds', () => {
  test('the first matching glob in file order overrides default phase by phase', () => {
    expect(selectThresholds(plan, 'NVIDIA H100 80GB HBM3')).toEqual({ seconds: { pull: 300, run: 20, total: 600 }, from: ['default', 'NVIDIA H100 80GB HBM3'] });
    expect(selectThresholds(plan, 'NVIDIA H100 PCIe')).toEqual({ seconds: { pull: 300, build: 200, run: 25, total: 600 }, from: ['default', 'NVIDIA H100*'] });
  });

  test('model globs ignore case', () => {
    expect(selectThresholds(plan, 'NVIDIA GeForce RTX 4090').seconds.run).toBe(60);
  });

  test('an unknown model, or a CPU run, gets default only', () => {
    expect(selectThresholds(plan, 'Tesla T4')).toEqual({ seconds: { pull: 300, run: 120, total: 600 }, from: ['default'] });
    expect(selectThresholds(plan, null)).toEqual({ seconds: { pull: 300, run: 120, total: 600 }, from: ['default'] });
  });

  test("a case's own thresholds come last", () => {
    const big = plan.cases[1]!;
    expect(selectThresholds(plan, 'NVIDIA H100 PCIe', big)).toEqual({
      seconds: { pull: 300, build: 200, run: 25, total: 400 },
      from: ['default', 'NVIDIA H100*', 'case:big/default', 'case:big/*H100*'],
    });
    expect(selectThresholds(plan, null, big).seconds.total).toBe(900);
    expect(selectThresholds(plan, null, plan.cases[0]!).from).toEqual(['default']);
  });

  test('a plan without thresholds limits nothing', () => {
    const bare = parseTestPlan('version: 1\ncases: [{name: a}]\n', 'tests.yaml');
    expect(selectThresholds(bare, 'NVIDIA H100 80GB HBM3', bare.cases[0]!)).toEqual({ seconds: {}, from: [] });
  });
});
