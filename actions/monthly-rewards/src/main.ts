// The monthly-rewards action: inputs in, one library call, outputs and a job summary out. Log
// lines can quote what contributors wrote (PR titles, logins, entry files): they go through safeLines.

import { join, resolve } from 'node:path';
import * as core from '@actions/core';
import { DEFAULT_CONFIG_PATH, UserInputError, createGitHubClient, ledgerLine, loadConfig, parseMonth, previousMonth, renderSummary, runMonthlyRewards } from '@lilypad-actions/rewards';
import { safeLines } from '@lilypad-actions/workflow-commands';
import { runAction } from '@lilypad-actions/action-shared/fail';
import { wantsSummary } from '@lilypad-actions/action-shared/input-values';
import { readInputs } from './inputs';

async function main(): Promise<void> {
  const inputs = readInputs();
  const env = process.env;
  const workspace = env.GITHUB_WORKSPACE ?? process.cwd();
  const [owner = '', name = ''] = inputs.repository.split('/');
  if (!owner || !name) throw new UserInputError(`input repository is OWNER/NAME, not ${JSON.stringify(inputs.repository)}`);
  if (inputs.restate && !inputs.reason.trim()) throw new UserInputError('restate: true needs a reason input saying why the month is replaced');
  const now = new Date();
  const log = (line: string) => core.info(safeLines(line));
  const month = inputs.month ? parseMonth(inputs.month, 'input month') : previousMonth(now);
  const configPath = inputs.config || DEFAULT_CONFIG_PATH;
  const config = loadConfig(resolve(workspace, configPath), { required: inputs.config !== '', displayPath: configPath });
  if (!config.file) core.info(`No ${DEFAULT_CONFIG_PATH}: the documented defaults apply.`);

  const outcome = await runMonthlyRewards(
    {
      repository: { owner, name },
      month,
      config,
      baseDir: workspace,
      ledgerBranch: inputs['ledger-branch'],
      writer: inputs.writer,
      restate: inputs.restate ? { reason: inputs.reason } : null,
      dryRun: inputs['dry-run'],
      outputDir: inputs['output-dir'] ? resolve(workspace, inputs['output-dir']) : join(env.RUNNER_TEMP ?? workspace, 'lilypad-rewards'),
    },
    {
      github: createGitHubClient({ token: inputs.token, log }),
      serverUrl: env.GITHUB_SERVER_URL ?? 'https://github.com',
      token: inputs.token,
      log,
      now: () => now,
      ...(env.RUNNER_TEMP ? { tempDir: env.RUNNER_TEMP } : {}),
    },
  );

  const r = outcome.result;
  core.setOutput('month', r.month);
  core.setOutput('total', String(r.total));
  core.setOutput('counted', String(r.counted.length));
  core.setOutput('excluded', String(r.excluded.length));
  core.setOutput('ledger-path', outcome.ledgerPath);
  core.setOutput('commit', outcome.commit);
  const summary = { ...outcome, branch: inputs['ledger-branch'] };
  core.info(safeLines(ledgerLine(summary)));
  // auto: the full summary for a new or changed month, the ledger line for one already recorded.
  if (wantsSummary(inputs.summary, outcome.status !== 'unchanged')) await core.summary.addRaw(renderSummary(summary)).write();
  else if (inputs.summary === 'auto') await core.summary.addRaw(`${ledgerLine(summary)}\n`).write();
}

// The configuration's problems: one annotation on each one's line, then the count.
runAction('monthly-rewards', main, { annotateProblems: {} });
