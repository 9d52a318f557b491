// A submission report for people and tools: text for terminals and logs, JSON (the artifact),
// GitHub annotations (through module-spec's one choice of what fits GitHub's caps) and the job
// summary. Everything a PR wrote (names, references, git's errors about its repositories) is
// untrusted: Markdown cells escape it, workflow commands escape it.

import { markdownCell, markdownCode } from '@lilypad-actions/workflow-commands';
import { githubAnnotations, workflowCommand, BoundedText, type Annotation, type ValidationReport } from '@lilypad-actions/module-spec';
import type { ListFinding, Severity } from '../findings';
import { findingLocation } from '../findings';
import { PR_BODY_FILE } from '../check/pr-body';
import type { SubmissionReport } from '../check/report';

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** `2 errors, 1 warning, 3 notes`. */
export function countsLine(report: SubmissionReport): string {
  const c = report.counts;
  return `${plural(c.error, 'error')}, ${plural(c.warning, 'warning')}, ${plural(c.info, 'note')}`;
}

/** The verdict line: `valid: …` or `invalid: …`, with the entries checked. */
export function verdictLine(report: SubmissionReport): string {
  const checked = report.entries.filter((e) => e.status !== 'deleted').length;
  return `${report.valid ? 'valid' : 'invalid'}: ${countsLine(report)} (${plural(checked, 'entry')} checked${report.strict ? ', strict: warnings count' : ''})`;
}

/** `file:line:col  severity  message  rule`, the hint below; the verdict last. */
export function formatCheckText(report: SubmissionReport): string {
  const lines: string[] = [];
  for (const f of report.findings) {
    lines.push(`${findingLocation(f)}  ${f.severity.padEnd(7)}  ${f.message}  ${f.rule}${f.audience === 'maintainers' ? ' (for maintainers)' : ''}`);
    if (f.hint) lines.push(`      hint: ${f.hint}`);
  }
  if (lines.length > 0) lines.push('');
  for (const e of report.entries) {
    lines.push(`${e.path}: ${e.status}${e.status === 'deleted' ? '' : `, ${e.valid ? 'valid' : 'invalid'}${e.module ? `, ${e.module}` : ''}${e.image ? `, image ${e.image}` : ''}`}`);
  }
  lines.push(verdictLine(report));
  return `${lines.join('\n')}\n`;
}

/** The versioned JSON document (schema: packages/module-list/schema/submission-report.schema.json). */
export function formatCheckJson(report: SubmissionReport): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}

const KIND: Record<Severity, 'error' | 'warning' | 'info'> = { error: 'error', warning: 'warning', info: 'info' };

/** The annotations to emit: on entry files at their line, within GitHub's caps (module-spec decides). */
export function checkAnnotations(report: SubmissionReport, options: { alsoEmitted?: { error?: number } } = {}): Annotation[] {
  // Seen as one validation report per file, so that module-spec's caps and ordering apply as they do for templates.
  const asReports: Pick<ValidationReport, 'findings'>[] = [...groupBy(report.findings, (f) => f.file)].map(([file, findings]) => ({
    findings: findings.map((f) => ({ rule: f.rule, severity: KIND[f.severity], message: f.message, ...(f.hint ? { hint: f.hint } : {}), file, start: { line: f.line ?? 1, column: f.column ?? 1 } })),
  }));
  return githubAnnotations(asReports, { fullReport: 'the job summary and the JSON report (output report)', ...(options.alsoEmitted ? { alsoEmitted: options.alsoEmitted } : {}) }).map((a) =>
    // The PR description is not a file in the repository: its findings are annotations on the run.
    a.file === PR_BODY_FILE ? { kind: a.kind, ...(a.title ? { title: a.title } : {}), message: `${PR_BODY_FILE}: ${a.message}` } : a,
  );
}

/** The annotations as workflow commands, one a line (`--format github`). */
export function formatCheckGithub(report: SubmissionReport): string {
  return checkAnnotations(report).map((a) => `${workflowCommand(a)}\n`).join('');
}

const ICON: Record<Severity, string> = { error: '❌', warning: '⚠️', info: 'ℹ️' };

/** The findings and entries as Markdown tables, at most `maxBytes`; shared by the job summary and the PR comment. */
export function reportMarkdown(report: SubmissionReport, maxBytes: number): string {
  const out = new BoundedText(maxBytes);
  if (report.entries.length === 0) out.add('No module entry is added, changed or removed.\n\n');
  else {
    out.table(
      ['entry', 'status', 'module', 'template', 'verdict'],
      report.entries.map((e) => [
        markdownCode(e.path),
        e.status,
        e.module ? markdownCode(e.module) : '—',
        e.template ? (e.template.valid ? 'valid' : e.template.loads ? 'loads, with errors' : 'does not load') : '—',
        e.status === 'deleted' ? 'removed' : e.valid ? '✅' : '❌',
      ]),
    );
    out.add('\n');
  }
  for (const [audience, title] of [
    ['creator', 'For the creator'],
    ['maintainers', 'For maintainers'],
  ] as const) {
    const list = report.findings.filter((f) => f.audience === audience);
    if (list.length === 0) continue;
    out.add(`\n**${title}**\n\n`);
    out.table(['', 'where', 'finding'], list.map((f) => [ICON[f.severity], markdownCode(findingLocation(f)), `${markdownCell(f.message)}${f.hint ? `<br>*Fix:* ${markdownCell(f.hint)}` : ''} ${markdownCode(f.rule)}`]));
  }
  const text = out.text();
  return out.truncated ? `${text}\n\n> [!NOTE]\n> Cut to stay within GitHub's limits; every finding is in the JSON report.\n` : `${text}\n`;
}

/** The job summary. */
export function checkSummaryMarkdown(report: SubmissionReport): string {
  const head = `## Lilypad module submission\n\n${report.valid ? '✅ **Valid**' : '❌ **Invalid**'}: ${countsLine(report)}. Checked ${markdownCode(report.head.slice(0, 12), 'text')} against ${markdownCode(report.base.slice(0, 12), 'text')}.\n\n`;
  return head + reportMarkdown(report, 200 * 1024);
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items) out.set(key(item), [...(out.get(key(item)) ?? []), item]);
  return out;
}

export type { ListFinding };
