// submission-comment: reads the step's inputs and writes the sticky comment from the checks'
// artifact (actions/shared/submission-comment.ts does the work: untrusted data, verified PR).
import path from 'node:path';
import * as core from '@actions/core';
import { runAction } from '@lilypad-actions/action-shared/fail';
import { githubRest } from '@lilypad-actions/action-shared/github-rest';
import { ConfigurationError } from '@lilypad-actions/action-shared/inputs';
import { postSubmissionComment } from '@lilypad-actions/action-shared/submission-comment';

/** The step's inputs, keys spelled as in action.yml. */
interface Inputs {
  'report-dir': string;
  'head-sha': string;
  label: string;
  'run-url': string;
  token: string;
}

function readInputs(): Inputs {
  const token = core.getInput('token');
  if (token) core.setSecret(token);
  const headSha = core.getInput('head-sha');
  if (!/^[0-9a-f]{40}$/.test(headSha)) throw new ConfigurationError(`head-sha: expected a commit id (github.event.workflow_run.head_sha), got ${JSON.stringify(headSha)}`);
  const reportDir = core.getInput('report-dir');
  if (!reportDir) throw new ConfigurationError('report-dir is required: where the checks\' artifact was downloaded');
  if (!token) throw new ConfigurationError('token is required');
  return { 'report-dir': reportDir, 'head-sha': headSha, label: core.getInput('label') || 'safe-to-run', 'run-url': core.getInput('run-url'), token };
}

async function run(): Promise<void> {
  const inputs = readInputs();
  const [owner = '', name = ''] = (process.env.GITHUB_REPOSITORY ?? '').split('/');
  const outcome = await postSubmissionComment(githubRest(inputs.token), {
    repository: { owner, name },
    reportDir: path.resolve(process.env.GITHUB_WORKSPACE || process.cwd(), inputs['report-dir']),
    headSha: inputs['head-sha'],
    label: inputs.label,
    ...(inputs['run-url'] ? { runUrl: inputs['run-url'] } : {}),
  });
  core.setOutput('pr', String(outcome.pr));
  core.setOutput('comment-url', outcome.url);
  core.info(`PR #${outcome.pr}: comment ${outcome.action} (${outcome.url})${outcome.labelRemoved ? `; label ${inputs.label} removed after a new push` : ''}`);
}

// Messages may quote the artifact, which the PR's workflow wrote: failStep prints them through safeLines.
runAction('submission-comment', run);
