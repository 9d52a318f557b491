// The machine format: a versioned document whose shape is public API, published as a JSON Schema
// (packages/module-spec/schema/report.schema.json). Fields are copied one by one, in a fixed order,
// so that a change to the validator's internal types cannot change the document by accident.
import type { Finding, InputInfo, LoadVerdict, Position, ValidationReport } from '../validate/types';
import { tally } from './tally';

/** Bumped on any change that could break a reader of the document. */
export const REPORT_FORMAT_VERSION = 1;

export interface JsonReportDocument {
  version: typeof REPORT_FORMAT_VERSION;
  valid: boolean;
  counts: { errors: number; warnings: number; infos: number; files: number; invalid: number };
  files: JsonFileReport[];
}

export interface JsonFileReport {
  file: string;
  valid: boolean;
  image: string | null;
  inputs: { name: string; optional: boolean; guarded: boolean; at: Position }[];
  loads: { inputs: Record<string, string>; outcome: LoadVerdict['outcome']; error: string | null }[];
  findings: JsonFinding[];
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
  return {
    version: REPORT_FORMAT_VERSION,
    valid: reports.every((r) => r.valid),
    counts: tally(reports),
    files: reports.map(fileReport),
  };
}

function fileReport(r: ValidationReport): JsonFileReport {
  return {
    file: r.file,
    valid: r.valid,
    image: r.image ?? null,
    inputs: r.inputs.map(input),
    loads: r.loads.map((l) => ({ inputs: { ...l.inputs }, outcome: l.outcome, error: l.error ?? null })),
    findings: r.findings.map(finding),
  };
}

/** One template's inputs as JSON (`lilypad-module inputs --format json`): `{ "version": 1, "file", "inputs" }`. */
export function formatInputsJson(r: ValidationReport): string {
  return `${JSON.stringify({ version: REPORT_FORMAT_VERSION, file: r.file, inputs: r.inputs.map(input) }, null, 2)}\n`;
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
