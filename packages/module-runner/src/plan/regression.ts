// Regression alerts against a baseline of earlier results. Runner timings are noisy (a cold image
// cache, a neighbour on the GPU), so a run is compared with the median of the last N, which one
// slow or fast run cannot move, never with the single previous run.

import { PHASES, type Phase, type PhaseSeconds } from './test-plan';

export interface RegressionAlert {
  phase: Phase;
  measuredSeconds: number;
  medianSeconds: number;
  /** measured / median. */
  ratio: number;
  /** How many baseline results had this phase. */
  samples: number;
}

export interface RegressionOptions {
  /** Fewer baseline results than this for a phase: no alert (a median of one or two is a single run). Default 3. */
  minSamples?: number;
  /** Slow-downs smaller than this are jitter, whatever the ratio (a 0.1 s create doubling). Default 1. */
  minDeltaSeconds?: number;
}

/** Phases where `measured` exceeds `ratio` × the median of `baseline` (the last N results). */
export function regressionAlerts(baseline: PhaseSeconds[], measured: PhaseSeconds, ratio: number, options: RegressionOptions = {}): RegressionAlert[] {
  const minSamples = Math.max(options.minSamples ?? 3, 1);
  const minDelta = options.minDeltaSeconds ?? 1;
  const alerts: RegressionAlert[] = [];
  for (const phase of PHASES) {
    const now = measured[phase];
    const history = baseline.map((b) => b[phase]).filter((s): s is number => s !== undefined && Number.isFinite(s));
    if (now === undefined || history.length < minSamples) continue;
    const m = median(history);
    if (m <= 0 || now - m < minDelta) continue;
    if (now > ratio * m) alerts.push({ phase, measuredSeconds: now, medianSeconds: m, ratio: now / m, samples: history.length });
  }
  return alerts;
}

/** The middle value (the mean of the two middle values for an even count). */
export function median(values: number[]): number {
  if (values.length === 0) throw new RangeError('median of no values');
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
