// The job summary (GITHUB_STEP_SUMMARY): a verdict line with both answers (loads; errors and
// warnings), the rule settings applied, then per template its findings, its
// inputs and whether Lilypad loads it with each input set. GitHub refuses a summary over 1 MiB
// and the step then fails, so the Markdown stops well before that, saying what it left out.
import { markdownCell as cell, markdownCode as code } from '@lilypad-actions/workflow-commands';
import { BoundedText } from './bounded-text';
import type { Finding, InputInfo, LoadVerdict, Severity, ValidationReport } from '../validate/types';
import { appliedOverrides, bySeverity, displayPath, inputSetText, overridesText, plural, shorten, tally, verdictLine, type PathOptions } from './tally';

export interface SummaryOptions extends PathOptions {
  /** Upper bound in bytes (default 256 KiB, a quarter of GitHub's 1 MiB cap). */
  maxBytes?: number;
  /** The heading (default "Lilypad module validation"). */
  title?: string;
  /** Where the reader finds what a truncated summary leaves out (default: "the JSON report"). */
  fullReport?: string;
}

export const DEFAULT_SUMMARY_BYTES = 256 * 1024;
/** Room kept for the closing note of a truncated summary. */
const NOTE_RESERVE = 1024;

const SEVERITY_LABEL: Record<Severity, string> = { error: '❌ error', warning: '⚠️ warning', info: 'ℹ️ info' };

/** The reports as the job summary's Markdown, at most `maxBytes` bytes of UTF-8. */
export function formatSummary(reports: readonly ValidationReport[], opts: SummaryOptions = {}): string {
  const max = opts.maxBytes ?? DEFAULT_SUMMARY_BYTES;
  const out = new BoundedText(max - NOTE_RESERVE);
  const t = tally(reports);
  const where = t.files === 1 ? displayPath(reports[0]!.file, opts) : undefined;
  out.add(`## ${opts.title ?? 'Lilypad module validation'}\n\n`);
  const verdict = t.invalid === 0 ? '✅ **Valid**' : '❌ **Invalid**';
  const what = where ? code(where, 'text') : `${plural(t.files, 'file')}${t.invalid ? `, ${t.invalid} invalid` : ''}`;
  out.add(`${verdict} (${what}): ${cell(verdictLine(t), 'text')}.\n`);
  const overrides = appliedOverrides(reports);
  if (overrides.length > 0) out.add(`\nRules set: ${cell(overridesText(overrides), 'text')}.\n`);

  const omitted = { findings: 0, inputs: 0, loads: 0 };
  for (const report of reports) {
    const file = displayPath(report.file, opts);
    out.add(`\n### ${code(file, 'text')}: ${report.valid ? 'valid' : 'invalid'}\n\n`);
    if (report.image) out.add(`Image: ${code(report.image, 'text')}\n\n`);
    if (report.budget.reached) out.add(`Probes stopped at the budget after ${report.budget.renders} renders: ${plural(report.budget.inputsNotProbed.length, 'input')} not probed.\n\n`);
    const findings = [...report.findings].sort(bySeverity);
    if (findings.length === 0) out.add('No findings.\n');
    else omitted.findings += out.table(['severity', 'rule', 'location', 'message'], findings.map((f) => findingRow(f, file)));
    out.add('\n**Inputs**\n\n');
    if (report.inputs.length === 0) out.add('The template reads no inputs.\n');
    else omitted.inputs += out.table(['input', 'required', 'guarded', 'first use'], report.inputs.map((i) => inputRow(i, file)));
    out.add('\n**Loads in Lilypad**\n\n');
    omitted.loads += out.table(['input set', 'verdict'], report.loads.map(loadRow));
  }

  const text = out.text();
  if (!out.truncated) return `${text}\n`;
  const parts = [plural(omitted.findings, 'finding'), plural(omitted.inputs, 'input'), plural(omitted.loads, 'load verdict')];
  return `${text}\n\n> [!NOTE]\n> The summary stops here to stay under ${Math.round(max / 1024)} KiB (GitHub's limit is 1 MiB): ${parts.join(', ')} not shown. All are in ${opts.fullReport ?? 'the JSON report'}.\n`;
}

function findingRow(f: Finding, file: string): string[] {
  const message = f.hint ? `${cell(f.message)}<br>*Hint:* ${cell(f.hint)}` : cell(f.message);
  return [SEVERITY_LABEL[f.severity], code(f.rule), code(`${file}:${f.start.line}:${f.start.column}`), message];
}

function inputRow(i: InputInfo, file: string): string[] {
  return [code(i.name), i.optional ? 'optional' : '**required**', i.guarded ? 'yes' : 'no', code(`${file}:${i.at.line}:${i.at.column}`)];
}

function loadRow(l: LoadVerdict): string[] {
  const verdict = l.outcome === 'ok' ? '✅ loads' : `❌ ${l.outcome}: ${cell(shorten(l.error ?? '', 300))}`;
  return [code(inputSetText(l.inputs)), verdict];
}
