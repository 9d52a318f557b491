// gpu-gate: the first step of a GPU job. Reads the inputs and the run's event, asks gpu-gate's
// checkGpuGate (with @actions/github's Octokit as the GitHub client) whether the job's environment
// requires reviewers, and fails the job, before anything untrusted runs, when it does not.
import { readFileSync } from 'node:fs';
import * as core from '@actions/core';
import { getOctokit } from '@actions/github';
import { checkGpuGate, eventFacts } from '@lilypad-actions/approval-gate';
import { safeLines } from '@lilypad-actions/workflow-commands';
import { runAction } from '@lilypad-actions/action-shared/fail';
import { ConfigurationError, parseBoolean } from '@lilypad-actions/action-shared/input-values';

/** The step's inputs, keys spelled as in action.yml. */
interface Inputs {
  environment: string;
  'allow-unreviewed-gpu-runs': boolean;
  token: string;
}

function readInputs(): Inputs {
  const token = core.getInput('token');
  if (token) core.setSecret(token);
  // Anything but a clear true or false is a mistake, and a mistake must not open the gate.
  const allow = parseBoolean('allow-unreviewed-gpu-runs', core.getInput('allow-unreviewed-gpu-runs'), false);
  if (!token) throw new ConfigurationError('token: empty; the gate asks GitHub with the job\'s token (the default, github.token)');
  return { environment: core.getInput('environment'), 'allow-unreviewed-gpu-runs': allow, token };
}

/** The event payload GitHub wrote for this run; null when it cannot be read (then a fork is assumed). */
function readEvent(): unknown {
  const file = process.env.GITHUB_EVENT_PATH;
  if (!file) return null;
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as unknown;
  } catch {
    return null;
  }
}

async function run(): Promise<void> {
  const inputs = readInputs();
  const repository = process.env.GITHUB_REPOSITORY ?? '';
  const octokit = getOctokit(inputs.token, { baseUrl: process.env.GITHUB_API_URL || 'https://api.github.com', userAgent: 'lilypad-actions-gpu-gate' });
  const decision = await checkGpuGate(
    {
      repository,
      environment: inputs.environment,
      allowUnreviewed: inputs['allow-unreviewed-gpu-runs'],
      event: eventFacts(process.env.GITHUB_EVENT_NAME ?? '', readEvent(), repository),
    },
    { github: { get: async (route, params) => (await octokit.request(route, params)).data } },
  );
  core.setOutput('approval', decision.approval);
  core.setOutput('reviewers', JSON.stringify(decision.reviewers));
  for (const warning of decision.warnings) core.warning(warning, { title: 'gpu-gate' });
  const who = decision.approval === 'required-reviewers' ? `requires approval by ${decision.reviewers.join(', ')}: one of them approved this run` : 'requires no approval; allow-unreviewed-gpu-runs let this run through';
  // Reviewer names and the environment's are GitHub's text: printed through safeLines.
  core.info(safeLines(`gpu-gate: environment "${decision.environment}" of ${repository} ${who}.`));
}

// A refusal (a UserError) fails with its reason and hint; a bug leaves the gate shut too.
runAction('gpu-gate', run, { onBug: ', so the run is refused' });
