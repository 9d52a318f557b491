// What the trusted commenter does (workflow_run, from the default branch, with write access): read
// the report a PR's checks left as an artifact, as untrusted data; make sure the PR it names really
// is the one whose checks ran (its head commit is the run's, which GitHub reports, not the PR);
// then write the one sticky comment, and take the GPU label off after a new push. It never
// checks out or runs anything from the PR.

import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { UserError } from '@lilypad-actions/errors';
import { COMMENT_MARKER, readUntrustedReport, readUntrustedRunReport, renderComment, UntrustedReportError, type RunOutcome, type SubmissionReport } from '@lilypad-actions/module-list';
import { GitHubRestError, type GitHubRest } from './github-rest';
import { findStickyComment, upsertStickyComment } from './sticky-comment';

/** The artifact's files, as validate-submission and the run jobs write them. */
export const REPORT_FILE = 'submission-report.json';
export const EVENT_FILE = 'event.json';
const MAX_RUN_REPORTS = 256;
/** Events after which a maintainer must label again: new commits (the label approved another head). */
const NEW_CODE_EVENTS = new Set(['synchronize', 'opened', 'reopened']);

export class SubmissionCommentError extends UserError {
  override name = 'SubmissionCommentError';
}

export interface SubmissionCommentInputs {
  repository: { owner: string; name: string };
  /** The artifact's folder. */
  reportDir: string;
  /** The head commit GitHub reports for the checks' workflow run (trusted, unlike the artifact). */
  headSha: string;
  label: string;
  runUrl?: string;
}

export interface SubmissionCommentOutcome {
  pr: number;
  url: string;
  action: 'created' | 'updated';
  labelRemoved: boolean;
}

/** Reads the artifact, verifies it against GitHub, writes the comment. */
export async function postSubmissionComment(api: GitHubRest, inputs: SubmissionCommentInputs): Promise<SubmissionCommentOutcome> {
  const reportPath = path.join(inputs.reportDir, REPORT_FILE);
  if (!existsSync(reportPath)) throw new SubmissionCommentError(`${reportPath}: no such file; the checks' artifact holds ${REPORT_FILE}`);
  let report;
  let runs: RunOutcome[] | null = null;
  try {
    report = readUntrustedReport(readFileSync(reportPath, 'utf8'));
    const runFiles = findRunReports(inputs.reportDir);
    if (runFiles.length > 0) runs = runFiles.map((f) => readUntrustedRunReport(readFileSync(f, 'utf8')));
  } catch (e) {
    if (e instanceof UntrustedReportError) throw new SubmissionCommentError(`refusing the artifact: ${e.message}`);
    throw e;
  }
  const number = report.pull?.number;
  if (!number) throw new SubmissionCommentError('the report names no pull request; nothing to comment on');
  if (report.head !== inputs.headSha) throw new SubmissionCommentError(`the report is for ${report.head}, but the checks ran on ${inputs.headSha}; refusing it`);
  const { owner, name } = inputs.repository;
  let pull: { head: { sha: string | null } };
  try {
    pull = await api.request('GET', `/repos/${owner}/${name}/pulls/${number}`);
  } catch (e) {
    if (e instanceof GitHubRestError && e.status === 404) throw new SubmissionCommentError(`the report names PR #${number}, which ${owner}/${name} does not have`);
    throw e;
  }
  // The PR moved on since: a newer run will comment; the label stays for that run to judge.
  if (pull.head.sha !== inputs.headSha) {
    throw new SubmissionCommentError(`PR #${number}'s head is ${pull.head.sha} now, not ${inputs.headSha} (the commit these checks ran on); its newer checks will comment`);
  }
  const previous = await findStickyComment(api, { repository: inputs.repository, issue: number, marker: COMMENT_MARKER });
  const body = renderComment({ report, runs, label: inputs.label, ...(inputs.runUrl ? { runUrl: inputs.runUrl } : {}), previous: previous?.body ?? null });
  const posted = await upsertStickyComment(api, { repository: inputs.repository, issue: number, marker: COMMENT_MARKER, body });
  let labelRemoved = false;
  if (NEW_CODE_EVENTS.has(readEventAction(inputs.reportDir) ?? '')) {
    try {
      await api.request('DELETE', `/repos/${owner}/${name}/issues/${number}/labels/${encodeURIComponent(inputs.label)}`);
      labelRemoved = true;
    } catch (e) {
      if (!(e instanceof GitHubRestError && e.status === 404)) throw e;
    }
  }
  return { pr: number, url: posted.url, action: posted.action, labelRemoved };
}

/**
 * What happened to the PR, from the artifact. Untrusted, and only used to take the label off after
 * a push: a lie can at worst leave a label on, which starts nothing (the GPU run needs a fresh
 * `labeled` event) or take one off.
 */
function readEventAction(dir: string): string | null {
  try {
    const value = JSON.parse(readFileSync(path.join(dir, EVENT_FILE), 'utf8')) as { action?: unknown };
    return typeof value.action === 'string' && /^[a-z_]{1,40}$/.test(value.action) ? value.action : null;
  } catch {
    return null;
  }
}

/** run-module's report.json files under the artifact's folder (one per run job). */
function findRunReports(dir: string): string[] {
  const found: string[] = [];
  const walk = (d: string, depth: number) => {
    if (depth > 4) return;
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, entry.name);
      if (entry.isDirectory()) walk(p, depth + 1);
      else if (entry.isFile() && entry.name === 'report.json' && statSync(p).size < 8 * 1024 * 1024) found.push(p);
      if (found.length > MAX_RUN_REPORTS) throw new SubmissionCommentError(`more than ${MAX_RUN_REPORTS} run reports in the artifact; refusing it`);
    }
  };
  walk(dir, 0);
  return found.sort();
}

export interface ChecksComment {
  repository: { owner: string; name: string };
  issue: number;
  report: SubmissionReport;
  label: string;
  runUrl?: string | undefined;
}

/**
 * The checks' own sticky comment, from the PR's workflow (validate-submission with `comment: true`).
 * A fork's PR gets a read-only token: then null, and the workflow_run commenter posts it instead.
 */
export async function postChecksComment(api: GitHubRest, c: ChecksComment): Promise<{ action: string; url: string } | null> {
  try {
    const previous = await findStickyComment(api, { repository: c.repository, issue: c.issue, marker: COMMENT_MARKER });
    const body = renderComment({ report: c.report, runs: null, label: c.label, ...(c.runUrl ? { runUrl: c.runUrl } : {}), previous: previous?.body ?? null });
    return await upsertStickyComment(api, { repository: c.repository, issue: c.issue, marker: COMMENT_MARKER, body });
  } catch (e) {
    if (e instanceof GitHubRestError && e.status === 403) return null;
    throw e;
  }
}
