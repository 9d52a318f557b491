// The monthly-rewards action: inputs in, one library call, outputs and a job summary out. Log
// lines can quote what contributors wrote (PR titles, logins, entry files): they go through safeLines.

import { join, resolve } from 'node:path';
import * as core from '@actions/core';
import {
  ConfigError,
  DEFAULT_CONFIG_PATH,
  RewardsError,
  UserInputError,
  createGitHubClient,
  ledgerLine,
  loadConfig,
  parseMonth,
  previousMonth,
  renderSummary,
  runMonthlyRewards,
  type WriterKind,
} from '@lilypad-actions/rewards';
import { safeLines } from '@lilypad-actions/workflow-commands';

/** The inputs, spelled as in action.yml. */
interface Inputs {
  repository: string;
  month: string;
  config: string;
  'ledger-branch': string;
  writer: WriterKind;
  restate: boolean;
  reason: string;
  'dry-run': boolean;
  'output-dir': string;
  summary: 'auto' | 'always' | 'never';
  token: string;
}

function readInputs(): Inputs {
  // action.yml gives both a default; an empty value means a workflow set it to nothing.
  const required = (name: string): string => {
    const value = core.getInput(name);
    if (!value) throw new UserInputError(`input ${name} is required`);
    return value;
  };
  const token = required('token');
  core.setSecret(token);
  const oneOf = <T extends string>(name: string, allowed: readonly T[]): T => {
    const value = core.getInput(name) || allowed[0];
    if (!allowed.includes(value as T)) throw new UserInputError(`input ${name} is ${allowed.join(' or ')}, not ${JSON.stringify(value)}`);
    return value as T;
  };
  const flag = (name: string): boolean => {
    const value = core.getInput(name).toLowerCase();
    if (!['', 'true', 'false'].includes(value)) throw new UserInputError(`input ${name} is true or false, not ${JSON.stringify(value)}`);
    return value === 'true';
  };
  return {
    repository: required('repository'),
    month: core.getInput('month'),
    config: core.getInput('config'),
    'ledger-branch': core.getInput('ledger-branch') || 'ledger',
    writer: oneOf('writer', ['api', 'git'] as const),
    restate: flag('restate'),
    reason: core.getInput('reason'),
    'dry-run': flag('dry-run'),
    'output-dir': core.getInput('output-dir'),
    summary: oneOf('summary', ['auto', 'always', 'never'] as const),
    token,
  };
}

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
  if (inputs.summary === 'always' || (inputs.summary === 'auto' && outcome.status !== 'unchanged')) {
    await core.summary.addRaw(renderSummary(summary)).write();
  } else if (inputs.summary === 'auto') {
    await core.summary.addRaw(`${ledgerLine(summary)}\n`).write();
  }
}

function fail(e: unknown): void {
  if (e instanceof ConfigError) {
    // One annotation per problem, on its line of the configuration; GitHub shows at most 10 per step.
    for (const p of e.problems.slice(0, 10)) {
      core.error(p.message, { file: p.location.file, ...(p.location.line ? { startLine: p.location.line } : {}), ...(p.location.column ? { startColumn: p.location.column } : {}) });
    }
    core.setFailed(`the rewards configuration has ${e.problems.length} problem${e.problems.length === 1 ? '' : 's'}${e.hint ? `; ${e.hint}` : ''}`);
  } else if (e instanceof RewardsError) {
    core.setFailed(e.describe());
  } else {
    core.error(e instanceof Error ? (e.stack ?? e.message) : String(e));
    core.setFailed(`internal error in monthly-rewards (a bug; please report it): ${e instanceof Error ? e.message : String(e)}`);
  }
}

main().catch(fail);
