// What every report format shares: counting findings, ordering them by severity, and showing a
// template's path the way the reader's tool expects it (relative to the GitHub workspace).
import path from 'node:path';
import type { Finding, RuleOverride, Severity, ValidationReport } from '../validate/types';

export interface Tally {
  errors: number;
  warnings: number;
  infos: number;
  files: number;
  /** Files whose report is not valid. */
  invalid: number;
  /** Files Lilypad loads with every sample input set. */
  loading: number;
  /** Sample input sets over all files, and how many of them load. */
  inputSets: number;
  inputSetsLoading: number;
}

/** Counts over a set of reports. */
export function tally(reports: readonly ValidationReport[]): Tally {
  const t: Tally = { errors: 0, warnings: 0, infos: 0, files: reports.length, invalid: 0, loading: 0, inputSets: 0, inputSetsLoading: 0 };
  for (const r of reports) {
    if (!r.valid) t.invalid++;
    if (r.verdict.loads) t.loading++;
    t.inputSets += r.verdict.inputSets;
    t.inputSetsLoading += r.verdict.inputSetsLoading;
    for (const f of r.findings) {
      if (f.severity === 'error') t.errors++;
      else if (f.severity === 'warning') t.warnings++;
      else t.infos++;
    }
  }
  return t;
}

/**
 * The two answers on one line: `loads: yes (3 input sets) · 2 errors, 4 warnings`; for several
 * files `loads: no (1 of 2 files) · …`.
 */
export function verdictLine(t: Tally): string {
  const loads = t.loading === t.files;
  let detail: string;
  if (t.files === 1) detail = loads ? plural(t.inputSets, 'input set') : `${t.inputSets - t.inputSetsLoading} of ${plural(t.inputSets, 'input set')} ${t.inputSets - t.inputSetsLoading === 1 ? 'fails' : 'fail'}`;
  else detail = loads ? `${plural(t.files, 'file')}, ${plural(t.inputSets, 'input set')}` : `${t.files - t.loading} of ${plural(t.files, 'file')} ${t.files - t.loading === 1 ? 'fails' : 'fail'}`;
  return `loads: ${loads ? 'yes' : 'no'} (${detail}) · ${countsText(t)}`;
}

/** `1 error`, `2 warnings`. */
export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** `2 errors, 1 warning` (infos only when there are some). */
export function countsText(t: Pick<Tally, 'errors' | 'warnings' | 'infos'>): string {
  const parts = [plural(t.errors, 'error'), plural(t.warnings, 'warning')];
  if (t.infos > 0) parts.push(plural(t.infos, 'note'));
  return parts.join(', ');
}

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Most severe first; then by file and position (the sort is stable, so report order breaks ties). */
export function bySeverity(a: Finding, b: Finding): number {
  return RANK[a.severity] - RANK[b.severity] || a.file.localeCompare(b.file) || a.start.line - b.start.line || a.start.column - b.start.column;
}

export interface PathOptions {
  /** Show paths relative to this folder (GitHub's GITHUB_WORKSPACE); default: as in the report. */
  workspace?: string;
  /** The folder report paths are relative to (default: the process's working directory). */
  cwd?: string;
}

/** A report's file as the reader should see it: relative to the workspace, with `/` separators. */
export function displayPath(file: string, opts: PathOptions): string {
  if (opts.workspace === undefined) return file.split(path.sep).join('/');
  const abs = path.resolve(opts.cwd ?? process.cwd(), file);
  const rel = path.relative(path.resolve(opts.workspace), abs);
  return (rel === '' ? '.' : rel).split(path.sep).join('/');
}

/** `Message=lilypad, Seed=42`, each value cut to `max` characters, or `(no inputs)`. */
export function inputSetText(inputs: Readonly<Record<string, string>>, max = 40): string {
  const entries = Object.entries(inputs);
  if (entries.length === 0) return '(no inputs)';
  return entries.map(([k, v]) => `${k}=${JSON.stringify(shorten(v, max)).slice(1, -1)}`).join(', ');
}

/** Cut `s` to at most `max` characters, marking the cut with `…`. */
export function shorten(s: string, max: number): string {
  return s.length > max ? `${s.slice(0, max - 1)}…` : s;
}

/** Every rule setting the reports applied, once each (all files of a run share them). */
export function appliedOverrides(reports: readonly ValidationReport[]): RuleOverride[] {
  const seen = new Map<string, RuleOverride>();
  for (const r of reports) for (const o of r.overrides) seen.set(`${o.rule}\u0000${o.setting}\u0000${o.source}`, o);
  return [...seen.values()];
}

/** `image-not-pinned off (.lilypad/validate.yml:2:3), unknown-key error (--rule)`. */
export function overridesText(overrides: readonly RuleOverride[]): string {
  return overrides.map((o) => `${o.rule} ${o.setting} (${o.source})`).join(', ');
}
