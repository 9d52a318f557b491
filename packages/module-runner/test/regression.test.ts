import { describe, expect, test } from 'vitest';
import { median, regressionAlerts } from '../src/plan/regression';

describe('regressionAlerts', () => {
  const baseline = [{ run: 10, total: 40 }, { run: 11, total: 41 }, { run: 60, total: 90 }, { run: 9, total: 39 }, { run: 10, total: 40 }];

  test('compares with the median, which one slow baseline run does not move', () => {
    // The mean run time is 20 s; the median is 10 s.
    expect(regressionAlerts(baseline, { run: 16, total: 45 }, 1.5)).toEqual([{ phase: 'run', measuredSeconds: 16, medianSeconds: 10, ratio: 1.6, samples: 5 }]);
    expect(regressionAlerts(baseline, { run: 14, total: 45 }, 1.5)).toEqual([]);
  });

  test('never against a single previous run: too few samples give no alert', () => {
    expect(regressionAlerts([{ run: 1 }], { run: 100 }, 1.2)).toEqual([]);
    expect(regressionAlerts([{ run: 10 }, { run: 10 }], { run: 100 }, 1.2)).toEqual([]);
    expect(regressionAlerts([{ run: 10 }, { run: 10 }], { run: 100 }, 1.2, { minSamples: 2 })).toHaveLength(1);
  });

  test('slow-downs below a second are jitter, whatever the ratio', () => {
    const tiny = [{ create: 0.1 }, { create: 0.1 }, { create: 0.1 }];
    expect(regressionAlerts(tiny, { create: 0.5 }, 1.5)).toEqual([]);
    expect(regressionAlerts(tiny, { create: 0.5 }, 1.5, { minDeltaSeconds: 0.2 })).toHaveLength(1);
  });

  test('phases missing from the run or the baseline are skipped', () => {
    const withPull = [{ pull: 5, run: 10 }, { run: 10 }, { run: 10 }];
    expect(regressionAlerts(withPull, { pull: 50 }, 1.5)).toEqual([]);
  });
});

describe('median', () => {
  test.each([
    [[3], 3],
    [[5, 1, 3], 3],
    [[4, 1, 3, 2], 2.5],
  ])('%j → %d', (values, m) => expect(median(values)).toBe(m));

  test('of nothing is an error', () => expect(() => median([])).toThrow(RangeError));
});
