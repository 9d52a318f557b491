// The one sticky PR comment: the checks' verdict and the GPU run's, updated in place on every push
// and every run. It is found again by a hidden marker; the GPU run's part carries the head commit
// it ran on, so a later update for the same commit keeps it and one for a new commit says the run
// must be asked for again. It is written by a trusted workflow from reports that a PR's workflow
// produced, so the reports are read as untrusted data: checked against their schemas, every string
// escaped.
import { UserError } from '@lilypad-actions/errors';

import Ajv, { type ValidateFunction } from 'ajv';
import runReportSchema from '@lilypad-actions/module-runner/schema/run-report.schema.json';
import { markdownCell, markdownCode } from '@lilypad-actions/workflow-commands';
import schema from '../../schema/submission-report.schema.json';
import type { SubmissionReport } from '../check/report';
import { countsLine, reportMarkdown } from './check-formats';

/** The hidden first line every sticky comment starts with. */
export const COMMENT_MARKER = '<!-- lilypad-module-list:submission-comment -->';
const RUN_START = /<!-- lilypad-module-list:gpu-run head=([0-9a-f]{40}) -->\n([\s\S]*?)<!-- \/lilypad-module-list:gpu-run -->/;

/** GitHub refuses comments over 65,536 characters; the findings' part stops well before. */
const MAX_FINDINGS_BYTES = 40 * 1024;

/** What the comment shows of one GPU run (from run-module's report.json). */
export interface RunOutcome {
  module: string;
  passed: boolean;
  headline: string;
  cases: Array<{ name: string; passed: boolean; error: string | null }>;
}

export interface CommentInput {
  report: SubmissionReport;
  /** The GPU runs of this head, when this workflow run made them; null when it did not run. */
  runs: RunOutcome[] | null;
  /** The label that starts the GPU run. */
  label: string;
  /** The workflow run, for "details". */
  runUrl?: string;
  /** The comment as it is now, to keep its GPU part for the same head. */
  previous?: string | null;
}

/** The comment's Markdown. */
export function renderComment(input: CommentInput): string {
  const { report } = input;
  const head = report.head;
  const lines = [
    COMMENT_MARKER,
    '## Lilypad module checks',
    '',
    `${report.valid ? '✅ **The submission checks pass**' : '❌ **The submission checks fail**'} for ${markdownCode(head.slice(0, 12), 'text')}: ${countsLine(report)}.${input.runUrl ? ` [Details](${encodeURI(input.runUrl)})` : ''}`,
    '',
    reportMarkdown(report, MAX_FINDINGS_BYTES).trimEnd(),
    '',
    '### GPU run',
    '',
  ];
  const kept = input.previous ? RUN_START.exec(input.previous) : null;
  if (input.runs) lines.push(runSection(head, input.runs));
  else if (kept && kept[1] === head) lines.push(kept[0]);
  else if (!report.valid) lines.push('Not started: the submission checks must pass first.');
  else if (report.matrix.length === 0) lines.push('Nothing to run: the PR adds or changes no module.');
  else {
    lines.push(
      `Not started. After reviewing ${markdownCode(head.slice(0, 12), 'text')}, a maintainer starts it by adding the label ${markdownCode(input.label, 'text')}; it runs ${report.matrix.length === 1 ? 'the module' : `the ${report.matrix.length} modules`} at ${report.matrix.length === 1 ? 'its' : 'their'} pinned commit on a GPU runner. A new push removes the label.`,
    );
  }
  return `${lines.join('\n')}\n`;
}

function runSection(head: string, runs: RunOutcome[]): string {
  const rows = runs.map((r) => {
    const failed = r.cases.filter((c) => !c.passed);
    const detail = failed.length === 0 ? `${r.cases.length} of ${r.cases.length} cases passed` : failed.map((c) => `${markdownCell(c.name)}: ${markdownCell(c.error ?? 'failed')}`).join('<br>');
    return `| ${markdownCode(r.module)} | ${r.passed ? '✅ passed' : '❌ failed'} | ${markdownCell(r.headline)}<br>${detail} |`;
  });
  const verdict = runs.length > 0 && runs.every((r) => r.passed) ? '✅ **Every module ran and passed its tests.**' : runs.length === 0 ? '⚠️ **No run report came back.**' : '❌ **A module failed its run.**';
  return [`<!-- lilypad-module-list:gpu-run head=${head} -->`, `${verdict} (on ${markdownCode(head.slice(0, 12), 'text')})`, '', '| module | result | details |', '| --- | --- | --- |', ...rows, '<!-- /lilypad-module-list:gpu-run -->'].join('\n');
}

/** An artifact that is not what it claims to be: the comment says so instead of trusting it. */
export class UntrustedReportError extends UserError {
  override name = 'UntrustedReportError';
}

let validateReport: ValidateFunction<SubmissionReport> | undefined;
let validateRun: ValidateFunction | undefined;

/** The checks' report from its JSON text, refused unless it is exactly a report. */
export function readUntrustedReport(text: string): SubmissionReport {
  validateReport ??= new Ajv({ allErrors: false, strict: true, allowUnionTypes: true }).compile<SubmissionReport>(schema);
  const value = parse(text, 'the submission report');
  if (!validateReport(value)) {
    const e = validateReport.errors?.[0];
    throw new UntrustedReportError(`the submission report does not match its schema: ${e?.instancePath || '/'} ${e?.message ?? ''}`.trim());
  }
  return value;
}

/** What the comment shows of a run-module report.json, refused unless it matches run-module's schema. */
export function readUntrustedRunReport(text: string): RunOutcome {
  validateRun ??= new Ajv({ allErrors: false, strict: false, allowUnionTypes: true }).compile(runReportSchema);
  const value = parse(text, 'a run report');
  if (!validateRun(value)) {
    const e = validateRun.errors?.[0];
    throw new UntrustedReportError(`a run report does not match its schema: ${e?.instancePath || '/'} ${e?.message ?? ''}`.trim());
  }
  const run = value as { module: { ref: string }; passed: boolean; headline: string; cases: Array<{ name: string; passed: boolean; error?: string | null }> };
  return { module: run.module.ref, passed: run.passed, headline: run.headline, cases: run.cases.map((c) => ({ name: c.name, passed: c.passed, error: c.error ?? null })) };
}

function parse(text: string, what: string): unknown {
  if (text.length > 8 * 1024 * 1024) throw new UntrustedReportError(`${what} is over 8 MiB`);
  try {
    return JSON.parse(text) as unknown;
  } catch (e) {
    throw new UntrustedReportError(`${what} is not JSON (${(e as Error).message})`);
  }
}
