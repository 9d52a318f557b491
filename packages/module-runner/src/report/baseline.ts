// The baseline file: the last N timings of each case, for regression alerts (regressionAlerts
// compares a run with their median). A series is one module on one GPU model running one case;
// the image digest is deliberately not part of it, since comparing a new image with the releases
// before it is the point. The digest and driver of each run are kept so a jump can be explained.

import { UserError } from '@lilypad-actions/errors';
import { existsSync, readFileSync } from 'node:fs';
import { PHASES } from '../plan/test-plan';
import type { PhaseTimings, RunReport, TimingKey } from './types';
import { stableJson, writeFileAtomic } from './write-report';

export const BASELINE_VERSION = 1;
/** Runs kept per series when the caller does not say: enough for a median one outlier cannot move. */
export const DEFAULT_BASELINE_KEEP = 10;

export interface BaselineRun {
  /** When the case finished (RFC 3339). */
  recordedAt: string;
  imageDigest: string;
  driverVersion: string | null;
  timings: PhaseTimings;
}

export interface BaselineSeries {
  moduleRef: string;
  /** null for CPU runs, which form their own series. */
  gpuModel: string | null;
  case: string;
  /** Oldest first. */
  runs: BaselineRun[];
}

export interface Baseline {
  version: typeof BASELINE_VERSION;
  series: BaselineSeries[];
}

/** The baseline file cannot be used; the message names the file and what is wrong with it. */
export class BaselineError extends UserError {
  constructor(
    readonly path: string,
    detail: string,
  ) {
    super(`${path}: ${detail}`);
    this.name = 'BaselineError';
  }
}

/** A baseline with no runs. */
export function emptyBaseline(): Baseline {
  return { version: BASELINE_VERSION, series: [] };
}

/** Reads the baseline at `path`; a missing file is an empty baseline (the first run has none). */
export function loadBaseline(path: string): Baseline {
  if (!existsSync(path)) return emptyBaseline();
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    throw new BaselineError(path, `cannot be read (${e instanceof Error ? e.message : String(e)})`);
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    throw new BaselineError(path, `not a JSON baseline file (${e instanceof Error ? e.message : String(e)})`);
  }
  const problem = checkBaseline(data);
  if (problem) throw new BaselineError(path, `${problem}; delete the file to start a new baseline`);
  return data as Baseline;
}

/** The earlier timings of `caseName` for this module on this GPU model, oldest first. */
export function baselineFor(baseline: Baseline, key: Pick<TimingKey, 'moduleRef' | 'gpuModel'>, caseName: string): PhaseTimings[] {
  const series = baseline.series.find((s) => sameSeries(s, key.moduleRef, key.gpuModel, caseName));
  return series ? series.runs.map((r) => ({ ...r.timings })) : [];
}

/**
 * A new baseline with the report's passing cases added, keeping the last `keep` runs per series.
 * Failed cases are left out: a crashed or broken run is fast or slow for reasons that say nothing
 * about the module, and a baseline of them would make the next broken run look normal.
 */
export function appendToBaseline(baseline: Baseline, report: RunReport, keep = DEFAULT_BASELINE_KEEP): Baseline {
  if (!Number.isInteger(keep) || keep < 1) throw new RangeError(`keep must be a whole number of at least 1 (found ${keep})`);
  const series = baseline.series.map((s) => ({ ...s, runs: [...s.runs] }));
  for (const c of report.cases) {
    if (!c.passed) continue;
    let s = series.find((x) => sameSeries(x, c.key.moduleRef, c.key.gpuModel, c.name));
    if (!s) {
      s = { moduleRef: c.key.moduleRef, gpuModel: c.key.gpuModel, case: c.name, runs: [] };
      series.push(s);
    }
    s.runs.push({ recordedAt: c.finishedAt ?? report.finishedAt, imageDigest: c.key.imageDigest, driverVersion: c.key.driverVersion, timings: { ...c.timings } });
  }
  for (const s of series) s.runs = s.runs.slice(-keep);
  return { version: BASELINE_VERSION, series };
}

/** Writes the baseline atomically (temporary file, then rename), creating its directory. */
export function saveBaseline(path: string, baseline: Baseline): void {
  writeFileAtomic(path, stableJson(baseline));
}

function sameSeries(s: BaselineSeries, moduleRef: string, gpuModel: string | null, caseName: string): boolean {
  return moduleName(s.moduleRef) === moduleName(moduleRef) && s.gpuModel === gpuModel && s.case === caseName;
}

/**
 * The module without its ref: `github.com/o/m:v1.2.0` and `github.com/o/m:4f2a…` are one series,
 * since comparing one release or commit with the ones before is what a baseline is for. A local
 * path (`examples/x`) has no ref.
 */
export function moduleName(moduleRef: string): string {
  const colon = moduleRef.lastIndexOf(':');
  return colon > 0 && !moduleRef.slice(colon + 1).includes('/') ? moduleRef.slice(0, colon) : moduleRef;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isNullableString = (v: unknown) => v === null || typeof v === 'string';

/** The first thing wrong with a parsed baseline file, or null. Written out, not a schema: it is small and read once per job. */
function checkBaseline(data: unknown): string | null {
  if (!isObject(data)) return 'the file must hold a JSON object';
  if (data.version !== BASELINE_VERSION) {
    return `baseline version ${JSON.stringify(data.version)} is not supported (this run-module reads version ${BASELINE_VERSION})`;
  }
  if (!Array.isArray(data.series)) return '"series" must be an array';
  for (const [i, s] of data.series.entries()) {
    const at = `series[${i}]`;
    if (!isObject(s)) return `${at} must be an object`;
    if (typeof s.moduleRef !== 'string') return `${at}.moduleRef must be a string`;
    if (!isNullableString(s.gpuModel)) return `${at}.gpuModel must be a string or null`;
    if (typeof s.case !== 'string') return `${at}.case must be a string`;
    if (!Array.isArray(s.runs)) return `${at}.runs must be an array`;
    for (const [j, r] of s.runs.entries()) {
      const run = `${at}.runs[${j}]`;
      if (!isObject(r)) return `${run} must be an object`;
      if (typeof r.recordedAt !== 'string') return `${run}.recordedAt must be a string`;
      if (typeof r.imageDigest !== 'string') return `${run}.imageDigest must be a string`;
      if (!isNullableString(r.driverVersion)) return `${run}.driverVersion must be a string or null`;
      if (!isObject(r.timings)) return `${run}.timings must be an object`;
      for (const [phase, seconds] of Object.entries(r.timings)) {
        if (!(PHASES as readonly string[]).includes(phase)) return `${run}.timings has an unknown phase "${phase}" (phases: ${PHASES.join(', ')})`;
        if (typeof seconds !== 'number' || !Number.isFinite(seconds) || seconds < 0) return `${run}.timings.${phase} must be a number of seconds`;
      }
    }
  }
  return null;
}
