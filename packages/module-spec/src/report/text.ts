// The human format, as tsc and eslint print: one `file:line:col  severity  message  rule-id` line
// per finding (editors and terminals turn `file:line:col` into a link), the hint indented below,
// then what was learnt about each template (inputs, load verdicts), the rule settings applied,
// and a last line with both answers: `loads: yes (3 input sets) · 2 errors, 4 warnings`.
// File names, messages, the Image, input names and values come from the template and its
// repository: each is printed through safeLine, so none can start a workflow command in a CI log
// or break the layout with a line of its own.
import { safeLine } from '@lilypad-actions/workflow-commands';
import type { Finding, Severity, ValidationReport } from '../validate/types';
import { appliedOverrides, inputSetText, overridesText, plural, shorten, tally, verdictLine } from './tally';

export interface TextOptions {
  /** ANSI colours (only for a terminal). */
  color: boolean;
}

type Style = 'bold' | 'dim' | 'red' | 'yellow' | 'cyan' | 'green';
const CODES: Record<Style, string> = { bold: '1', dim: '2', red: '31', yellow: '33', cyan: '36', green: '32' };
const SEVERITY_STYLE: Record<Severity, Style> = { error: 'red', warning: 'yellow', info: 'cyan' };
type Paint = (style: Style, s: string) => string;

function painter(opts: TextOptions): Paint {
  return (style, s) => (opts.color ? `\x1b[${CODES[style]}m${s}\x1b[0m` : s);
}

/** Every report as text for a terminal or a log. */
export function formatText(reports: readonly ValidationReport[], opts: TextOptions): string {
  const paint = painter(opts);
  const out: string[] = [];

  for (const report of reports) {
    for (const f of report.findings) out.push(...findingLines(f, paint));
  }
  if (out.length > 0) out.push('');

  for (const report of reports) {
    out.push(...templateLines(report, paint), '');
  }

  const overrides = appliedOverrides(reports);
  if (overrides.length > 0) out.push(`rules set: ${overridesText(overrides)}`, '');
  // The last line gives both answers: does Lilypad load it, and what goes wrong when it runs.
  out.push(paint('bold', verdictLine(tally(reports))));
  return `${out.join('\n')}\n`;
}

function findingLines(f: Finding, paint: Paint): string[] {
  const where = `${safeLine(f.file)}:${f.start.line}:${f.start.column}`;
  const severity = paint(SEVERITY_STYLE[f.severity], f.severity.padEnd(7));
  // A message may quote Go's multi-line output; keep its lines under the finding.
  const message = eachLine(f.message).join('\n      ');
  const lines = [`${where}  ${severity}  ${message}  ${paint('dim', f.rule)}`];
  if (f.hint) lines.push(paint('dim', `      hint: ${eachLine(f.hint).join('\n      ')}`));
  return lines;
}

/** The lines of a text, each safe to print. */
function eachLine(text: string): string[] {
  return text.split(/\r\n|\r|\n/).map(safeLine);
}

function templateLines(report: ValidationReport, paint: Paint): string[] {
  const verdict = report.valid ? paint('green', 'valid') : paint('red', 'invalid');
  const head = `${paint('bold', safeLine(report.file))}: ${verdict}${report.image ? `, image ${safeLine(report.image)}` : ''}`;
  const lines = [head];
  if (report.inputs.length === 0) lines.push('  inputs: none');
  else lines.push(...inputsTable(report, paint).map((l) => `  ${l}`));
  for (const load of report.loads) {
    const set = safeLine(inputSetText(load.inputs));
    if (load.outcome === 'ok') lines.push(`  loads in Lilypad with ${set}`);
    else lines.push(`  ${paint('red', 'does not load')} with ${set}: ${safeLine(shorten(load.error ?? load.outcome, 300).replace(/\r\n|\r|\n/g, ' '))}`);
  }
  if (report.budget.reached) lines.push(`  probes: stopped at the budget after ${report.budget.renders} renders; ${plural(report.budget.inputsNotProbed.length, 'input')} not probed`);
  return lines;
}

/** The inputs a template reads, as a table: whether each is required, has a default, where it is first used. */
export function formatInputsText(report: ValidationReport, opts: TextOptions): string {
  const paint = painter(opts);
  const file = safeLine(report.file);
  if (report.inputs.length === 0) return `${file} reads no inputs.\n`;
  const head = `${file} reads ${plural(report.inputs.length, 'input')}:`;
  return `${[head, '', ...inputsTable(report, paint)].join('\n')}\n`;
}

function inputsTable(report: ValidationReport, paint: Paint): string[] {
  const rows = [['input', 'required', 'default', 'first use'], ...report.inputs.map((i) => [safeLine(i.name), i.optional ? 'no' : 'yes', i.guarded ? 'yes' : 'no', `${safeLine(report.file)}:${i.at.line}:${i.at.column}`])];
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)));
  return rows.map((r, k) => {
    const line = r.map((cell, c) => (c === r.length - 1 ? cell : cell.padEnd(widths[c]!))).join('  ');
    return k === 0 ? paint('dim', line) : line;
  });
}
