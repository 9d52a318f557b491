// The machine format: a versioned document whose shape is public API, published as a JSON Schema
// (packages/module-spec/schema/report.schema.json). Fields are copied one by one, in a fixed order,
// so that a change to the validator's internal types cannot change the document by accident.
import type { Finding, InputInfo, LoadVerdict, Position, ProbeBudgetUse, RuleOverride, ValidationReport, Verdict } from '../validate/types';
import { tally } from './tally';

/**
 * Bumped on any change that could break a reader of the document. 2: the two answers (`verdict`:
 * loads, errors, warnings), the rule settings applied (`overrides`) and the probe budget.
 */
export const REPORT_FORMAT_VERSION = 2;

export interface JsonReportDocument {
  version: typeof REPORT_FORMAT_VERSION;
  /** Every file is valid: it loads with every sample input set and has no error. */
  valid: boolean;
  /** Both answers over all files: every file loads; errors and warnings in all. */
  verdict: { loads: boolean; files: number; filesLoading: number; errors: number; warnings: number };
  counts: { errors: number; warnings: number; infos: number; files: number; invalid: number };
  files: JsonFileReport[];
}

export interface JsonFileReport {
  file: string;
  valid: boolean;
  verdict: Verdict;
  image: string | null;
  inputs: { name: string; optional: boolean; guarded: boolean; at: Position }[];
  loads: { inputs: Record<string, string>; outcome: LoadVerdict['outcome']; error: string | null }[];
  findings: JsonFinding[];
  overrides: RuleOverride[];
  budget: ProbeBudgetUse;
}

export interface JsonFinding {
  rule: string;
  severity: Finding['severity'];
  message: string;
  hint: string | null;
  file: string;
  start: Position;
  end: Position | null;
  pointer: string | null;
  inputs: Record<string, string> | null;
}

/** The reports as one JSON document (`{ "version": 1, … }`), pretty-printed, with a final newline. */
export function formatJson(reports: readonly ValidationReport[]): string {
  return `${JSON.stringify(toJsonDocument(reports), null, 2)}\n`;
}

/** The document formatJson prints, as an object. */
export function toJsonDocument(reports: readonly ValidationReport[]): JsonReportDocument {
  const t = tally(reports);
  return {
    version: REPORT_FORMAT_VERSION,
    valid: reports.every((r) => r.valid),
    verdict: { loads: t.loading === t.files, files: t.files, filesLoading: t.loading, errors: t.errors, warnings: t.warnings },
    counts: { errors: t.errors, warnings: t.warnings, infos: t.infos, files: t.files, invalid: t.invalid },
    files: reports.map(fileReport),
  };
}

function fileReport(r: ValidationReport): JsonFileReport {
  return {
    file: r.file,
    valid: r.valid,
    verdict: { loads: r.verdict.loads, inputSets: r.verdict.inputSets, inputSetsLoading: r.verdict.inputSetsLoading, errors: r.verdict.errors, warnings: r.verdict.warnings },
    image: r.image ?? null,
    inputs: r.inputs.map(input),
    loads: r.loads.map((l) => ({ inputs: { ...l.inputs }, outcome: l.outcome, error: l.error ?? null })),
    findings: r.findings.map(finding),
    overrides: r.overrides.map((o) => ({ rule: o.rule, setting: o.setting, source: o.source })),
    budget: {
      renders: r.budget.renders,
      characters: r.budget.characters,
      maxRenders: r.budget.maxRenders,
      maxCharacters: r.budget.maxCharacters,
      reached: r.budget.reached,
      inputsNotProbed: [...r.budget.inputsNotProbed],
    },
  };
}

/** One template's inputs as JSON (`lilypad-module inputs --format json`): `{ "version", "file", "inputs", "error": null }`. */
export function formatInputsJson(r: ValidationReport): string {
  return `${JSON.stringify({ version: REPORT_FORMAT_VERSION, file: r.file, inputs: r.inputs.map(input), error: null }, null, 2)}\n`;
}

/**
 * The same document when the inputs cannot be read because the template does not parse:
 * `"inputs": null` and the error with its place, so a script reading stdout always gets JSON.
 */
export function formatInputsJsonError(file: string, error: { message: string; start: Position }): string {
  return `${JSON.stringify({ version: REPORT_FORMAT_VERSION, file, inputs: null, error: { message: error.message, start: position(error.start) } }, null, 2)}\n`;
}

function input(i: InputInfo): JsonFileReport['inputs'][number] {
  return { name: i.name, optional: i.optional, guarded: i.guarded, at: position(i.at) };
}

function finding(f: Finding): JsonFinding {
  return {
    rule: f.rule,
    severity: f.severity,
    message: f.message,
    hint: f.hint ?? null,
    file: f.file,
    start: position(f.start),
    end: f.end ? position(f.end) : null,
    pointer: f.pointer ?? null,
    inputs: f.inputs ? { ...f.inputs } : null,
  };
}

function position(p: Position): Position {
  return { line: p.line, column: p.column };
}
