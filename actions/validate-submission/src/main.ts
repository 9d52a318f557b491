// validate-submission: reads the step's inputs and the PR from the event, runs module-list's
// submission checks on the checked-out list repository, and maps the report to outputs,
// annotations on the entry files, the job summary, the report folder and (when asked) the comment.
import { mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import * as core from '@actions/core';
import { checkAnnotations, checkSubmission, checkSummaryMarkdown, formatCheckJson, formatCheckText, verdictLine } from '@lilypad-actions/module-list';
import { parseConfig } from '@lilypad-actions/rewards';
import { safeLines } from '@lilypad-actions/workflow-commands';
import { runAction } from '@lilypad-actions/action-shared/fail';
import { githubRest } from '@lilypad-actions/action-shared/github-rest';
import { ConfigurationError, parseBoolean } from '@lilypad-actions/action-shared/inputs';
import { readPullRequestEvent } from '@lilypad-actions/action-shared/pull-request-event';
import { EVENT_FILE, postChecksComment, REPORT_FILE } from '@lilypad-actions/action-shared/submission-comment';

function readInputs() {
  const token = core.getInput('token');
  if (token) core.setSecret(token);
  const max = core.getInput('max-entries') || '10';
  if (!/^\d+$/.test(max)) throw new ConfigurationError(`max-entries: expected a whole number, got ${JSON.stringify(max)}`);
  const base = core.getInput('base');
  const head = core.getInput('head');
  if (!base || !head) throw new ConfigurationError('base and head are required outside a pull_request event (the PR\'s base and head commits)');
  return { base, head, strict: parseBoolean('strict', core.getInput('strict'), false), comment: parseBoolean('comment', core.getInput('comment'), false), token, label: core.getInput('label') || 'safe-to-run', maxEntries: Number(max) };
}

async function run(): Promise<void> {
  const inputs = readInputs();
  const temp = process.env.RUNNER_TEMP || tmpdir();
  const event = readPullRequestEvent();
  const report = await checkSubmission({
    repo: process.env.GITHUB_WORKSPACE || process.cwd(),
    base: inputs.base,
    head: inputs.head,
    pull: event.number !== null ? { number: event.number, author: event.author, body: event.body } : null,
    readTeams: (text, file) => parseConfig(text, file).teams,
    strict: inputs.strict,
    maxEntries: inputs.maxEntries,
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
  if (inputs.comment && event.number !== null) {
    const [owner = '', name = ''] = (process.env.GITHUB_REPOSITORY ?? '').split('/');
    const runUrl = process.env.GITHUB_RUN_ID ? `${process.env.GITHUB_SERVER_URL ?? 'https://github.com'}/${owner}/${name}/actions/runs/${process.env.GITHUB_RUN_ID}` : undefined;
    const posted = await postChecksComment(githubRest(inputs.token), { repository: { owner, name }, issue: event.number, report, label: inputs.label, runUrl });
    if (posted) core.info(`Sticky comment ${posted.action}: ${posted.url}`);
    else core.warning('The token cannot comment (a pull request from a fork gets a read-only token): the workflow_run commenter posts the comment instead.');
  }
  if (!report.valid) core.setFailed(`The submission is invalid: ${verdictLine(report)}.`);
}

runAction('validate-submission', run);
