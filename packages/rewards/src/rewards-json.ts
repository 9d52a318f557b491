// A month's result as it is recorded (rewards/YYYY-MM.json): versioned, validated against the
// published schema, and serialised canonically so that the same inputs give the same bytes.

import type { ErrorObject } from 'ajv';
import { locateSchemaError, parseYaml, type SourceLocation } from '@lilypad-actions/config-file';
import { canonicalJson, sha256 } from './canonical-json';
import { validate as validateMonthFile } from './generated/month-file-validator';
import type { LoadedConfig } from './config';
import { jsonSyntaxError } from '@lilypad-actions/module-list';
import { formatMonth, isoSeconds, monthWindow, type Month } from './month';
import { RULES_VERSION, teamIndex, type CountedPull, type ExcludedPull } from './rules';
import type { UsageData } from './usage';

export const REWARDS_SCHEMA_VERSION = 1;

export interface LoginTotal {
  login: string;
  team: string;
  lilybits: number;
  pulls: number[];
}

export interface MonthResult {
  schemaVersion: 1;
  repository: string;
  month: string;
  window: { start: string; end: string };
  rulesVersion: string;
  configSha256: string;
  baseline: { gpu: string; lilybitsPerGpuDay: number };
  usage: { file: string; sha256: string } | null;
  counted: CountedPull[];
  excluded: ExcludedPull[];
  totals: LoginTotal[];
  total: number;
}

/** An earlier result of the month that a restatement replaced. */
export interface Restatement {
  reason: string;
  replacedResultSha256: string;
  replacedTotal: number;
}

/** The recorded file: the result, plus the history of restatements. */
export interface MonthFile extends MonthResult {
  restatements: Restatement[];
}

// The schema is compiled at build time (scripts/build-schema.ts, ajv standalone code): compiling
// it when the module loaded cost as much as reading a year of months.
const validateFile = validateMonthFile as ((data: unknown) => data is MonthFile) & { errors?: ErrorObject[] | null };

/** Assembles the month's result from the rules' verdicts. */
export function buildMonthResult(options: {
  repository: string;
  month: Month;
  config: LoadedConfig;
  usage: UsageData | null;
  counted: CountedPull[];
  excluded: ExcludedPull[];
}): MonthResult {
  const { config } = options.config;
  const window = monthWindow(options.month);
  const teams = teamIndex(config);
  const byLogin = new Map<string, LoginTotal>();
  for (const pull of options.counted) {
    const key = pull.recipient.toLowerCase();
    const total = byLogin.get(key) ?? { login: pull.recipient, team: teams.name(pull.recipient), lilybits: 0, pulls: [] };
    total.lilybits += pull.lilybits;
    total.pulls.push(pull.number);
    byLogin.set(key, total);
  }
  const totals = [...byLogin.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([, t]) => ({ ...t, pulls: [...t.pulls].sort((a, b) => a - b) }));
  return {
    schemaVersion: REWARDS_SCHEMA_VERSION,
    repository: options.repository,
    month: formatMonth(options.month),
    window: { start: isoSeconds(window.start), end: isoSeconds(window.end) },
    rulesVersion: RULES_VERSION,
    configSha256: options.config.hash,
    baseline: { gpu: config.baseline.gpu, lilybitsPerGpuDay: config.baseline.lilybitsPerGpuDay },
    usage: options.usage ? { file: options.usage.file, sha256: options.usage.sha256 } : null,
    counted: [...options.counted].sort((a, b) => a.number - b.number),
    excluded: [...options.excluded].sort((a, b) => a.number - b.number),
    totals,
    total: totals.reduce((n, t) => n + t.lilybits, 0),
  };
}

/**
 * What identifies a result: the SHA-256 of its file with an empty restatement history — for a
 * month never restated, the hash of the file itself, so one serialisation serves both.
 */
export function resultSha256(result: MonthResult | MonthFile): string {
  return sha256(renderMonthFile(result, []));
}

// A month of 10,000 PRs serialises to megabytes; results are immutable once built, so each is
// serialised once however often a run asks (planning, hashing, writing, the commit).
const rendered = new WeakMap<object, string>();

/** The file's bytes. */
export function renderMonthFile(result: MonthResult | MonthFile, restatements: Restatement[]): string {
  const { restatements: _, ...bare } = result as MonthFile;
  if (restatements.length > 0) return canonicalJson({ ...bare, restatements });
  let text = rendered.get(result);
  if (text === undefined) {
    text = canonicalJson({ ...bare, restatements });
    rendered.set(result, text);
  }
  return text;
}

/** Why a text is not a month file, and where in it: `location.file` is the name the caller gave. */
export interface MonthFileProblem {
  error: string;
  location: SourceLocation;
}

/**
 * Parses a recorded month file; when it is not one, the complaint and where it is (line and
 * column of the JSON syntax error, or of the value the schema rejects). `file` names the text in
 * that location.
 */
export function parseMonthFile(text: string, file = 'month file'): { file: MonthFile } | MonthFileProblem {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    // Node's own message names no line (and, before Node 22, often no position): find it ourselves.
    const found = jsonSyntaxError(text);
    const at = found ? lineAndColumn(text, found.offset) : {};
    return { error: `not JSON (${found?.message ?? (e as Error).message})`, location: { file, ...at } };
  }
  if (!validateFile(value)) {
    const first = validateFile.errors?.[0];
    const extra = first?.keyword === 'additionalProperties' ? ` (${JSON.stringify((first.params as { additionalProperty: string }).additionalProperty)})` : '';
    return {
      error: `does not match rewards.schema.json: ${first?.instancePath || '/'} ${first?.message ?? ''}${extra}`.trim(),
      location: first ? locateInJson(text, file, first) : { file },
    };
  }
  return { file: value };
}

/** Where a schema error points in valid JSON: read again with positions, only on this rare path. */
function locateInJson(text: string, file: string, error: ErrorObject): SourceLocation {
  try {
    const { doc, lines } = parseYaml(text, file);
    return locateSchemaError(doc, lines, file, error);
  } catch {
    // JSON that YAML refuses (a key given twice): the file is still named.
    return { file };
  }
}

function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  return { line: before.split('\n').length, column: offset - before.lastIndexOf('\n') };
}
