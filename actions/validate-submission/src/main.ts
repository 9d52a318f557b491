// validate-submission: reads the step's inputs and the PR from the event, runs module-list's
// submission checks on the checked-out list repository, and maps the report to outputs,
// annotations on the entry files, the job summary, the report folder and (when asked) the comment.
import { mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import * as core from '@actions/core';
import { CheckInputError, checkAnnotations, checkSubmission, checkSummaryMarkdown, COMMENT_MARKER, formatCheckJson, formatCheckText, renderComment, verdictLine } from '@lilypad-actions/module-list';
import { parseConfig } from '@lilypad-actions/rewards';
import { githubRest, GitHubRestError } from '../../shared/github-rest';
import { ConfigurationError, parseBoolean } from '../../shared/inputs';
import { readPullRequestEvent } from '../../shared/pull-request-event';
import { findStickyComment, upsertStickyComment } from '../../shared/sticky-comment';
import { EVENT_FILE, REPORT_FILE } from '../../shared/submission-comment';
import { safeLines } from '@lilypad-actions/workflow-commands';

/** The step's inputs, keys spelled as in action.yml. */
interface Inputs {
  base: string;
  head: string;
  strict: boolean;
  comment: boolean;
  token: string;
  label: string;
  'max-entries': number;
}

function readInputs(): Inputs {
  const token = core.getInput('token');
  if (token) core.setSecret(token);
  const max = core.getInput('max-entries') || '10';
  if (!/^\d+$/.test(max)) throw new ConfigurationError(`max-entries: expected a whole number, got ${JSON.stringify(max)}`);
  const base = core.getInput('base');
  const head = core.getInput('head');
  if (!base || !head) throw new ConfigurationError('base and head are required outside a pull_request event (the PR\'s base and head commits)');
  return { base, head, strict: parseBoolean('strict', core.getInput('strict'), false), comment: parseBoolean('comment', core.getInput('comment'), false), token, label: core.getInput('label') || 'safe-to-run', 'max-entries': Number(max) };
}

async function run(): Promise<void> {
  const inputs = readInputs();
  const workspace = process.env.GITHUB_WORKSPACE || process.cwd();
  const temp = process.env.RUNNER_TEMP || tmpdir();
  const event = readPullRequestEvent();
  const report = await checkSubmission({
    repo: workspace,
    base: inputs.base,
    head: inputs.head,
    pull: event.number !== null ? { number: event.number, author: event.author, body: event.body } : null,
    readTeams: (text, file) => parseConfig(text, file).teams,
    strict: inputs.strict,
    maxEntries: inputs['max-entries'],
    cacheDir: path.join(temp, 'lilypad-module-cache'),
    log: (line) => core.info(safeLines(line)),
  });

  const dir = path.join(temp, 'lilypad-submission');
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, REPORT_FILE), formatCheckJson(report));
  writeFileSync(path.join(dir, EVENT_FILE), `${JSON.stringify({ action: event.action })}\n`);
  core.setOutput('valid', String(report.valid));
  core.setOutput('entries', JSON.stringify(report.entries));
  core.setOutput('matrix', JSON.stringify(report.matrix));
  core.setOutput('report', path.join(dir, REPORT_FILE));

  core.info(safeLines(formatCheckText(report)));
  // setFailed adds an error annotation of its own; it counts against GitHub's caps too.
  for (const a of checkAnnotations(report, { alsoEmitted: { error: report.valid ? 0 : 1 } })) {
    core[a.kind](a.message, a.file === undefined ? { title: a.title } : { title: a.title, file: a.file, startLine: a.line, startColumn: a.column });
  }
  if (process.env.GITHUB_STEP_SUMMARY) await core.summary.addRaw(checkSummaryMarkdown(report)).write();
  if (inputs.comment && event.number !== null) await comment(inputs, event.number, report);
  if (!report.valid) core.setFailed(`The submission is invalid: ${verdictLine(report)}.`);
}

async function comment(inputs: Inputs, issue: number, report: Awaited<ReturnType<typeof checkSubmission>>): Promise<void> {
  const [owner = '', name = ''] = (process.env.GITHUB_REPOSITORY ?? '').split('/');
  const api = githubRest(inputs.token);
  const runUrl = process.env.GITHUB_RUN_ID ? `${process.env.GITHUB_SERVER_URL ?? 'https://github.com'}/${owner}/${name}/actions/runs/${process.env.GITHUB_RUN_ID}` : undefined;
  try {
    const previous = await findStickyComment(api, { repository: { owner, name }, issue, marker: COMMENT_MARKER });
    const posted = await upsertStickyComment(api, { repository: { owner, name }, issue, marker: COMMENT_MARKER, body: renderComment({ report, runs: null, label: inputs.label, ...(runUrl ? { runUrl } : {}), previous: previous?.body ?? null }) });
    core.info(`Sticky comment ${posted.action}: ${posted.url}`);
  } catch (e) {
    if (!(e instanceof GitHubRestError && e.status === 403)) throw e;
    core.warning('The token cannot comment (a pull request from a fork gets a read-only token): the workflow_run commenter posts the comment instead.');
  }
}

run().catch((e: unknown) => {
  if (e instanceof ConfigurationError) return core.setFailed(e.message);
  if (e instanceof CheckInputError) return core.setFailed(`${safeLines(e.message)}${e.hint ? ` (${e.hint})` : ''}`);
  if (e instanceof GitHubRestError) return core.setFailed(e.message);
  // A bug: the stack goes to the log, one line to the annotation.
  console.error(e instanceof Error ? e.stack : e);
  core.setFailed(`validate-submission failed unexpectedly (a bug; please report it): ${e instanceof Error ? e.message : String(e)}`);
});
