// Which phase limits apply on this runner's GPU. The same module is rightly slower on a T4 than on
// an H100, so a plan gives limits per GPU model (a glob over nvidia-smi's product name) over a
// `default`, and a case may tighten or relax them.

import { globToRegExp } from '@lilypad-actions/config-file';
import { PHASES, type PhaseSeconds, type TestCase, type TestPlan, type ThresholdsByModel } from './test-plan';

export interface SelectedThresholds {
  seconds: PhaseSeconds;
  /** The keys that applied, weakest first (e.g. `default`, `NVIDIA H100*`, `case:big/default`). */
  from: string[];
}

/**
 * The limits for a run on `gpuModel` (null on a CPU run: only `default` applies). Layers, each
 * overriding the one before phase by phase: the plan's `default`, the plan's first glob matching
 * the model, then the same two from `testCase` when given.
 */
export function selectThresholds(plan: TestPlan, gpuModel: string | null, testCase?: TestCase): SelectedThresholds {
  const selected: SelectedThresholds = { seconds: {}, from: [] };
  layer(selected, plan.thresholds, gpuModel, '');
  if (testCase) layer(selected, testCase.thresholds, gpuModel, `case:${testCase.name}/`);
  return selected;
}

function layer(into: SelectedThresholds, byModel: ThresholdsByModel, gpuModel: string | null, label: string): void {
  const keys = ['default', ...(gpuModel === null ? [] : [matchingModel(byModel, gpuModel)].filter((k): k is string => k !== undefined))];
  for (const key of keys) {
    const phases = byModel[key];
    if (!phases) continue;
    for (const phase of PHASES) if (phases[phase] !== undefined) into.seconds[phase] = phases[phase];
    into.from.push(`${label}${key}`);
  }
}

// File order decides between globs that both match, so a plan lists specific models first; case
// is ignored because nvidia-smi's capitalisation (`GeForce`, `HBM3`) is easy to get wrong.
function matchingModel(byModel: ThresholdsByModel, gpuModel: string): string | undefined {
  return Object.keys(byModel).find((key) => key !== 'default' && new RegExp(globToRegExp(key).source, 'i').test(gpuModel));
}
