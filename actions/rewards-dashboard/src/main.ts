// The rewards-dashboard action: inputs in, one library call (buildDashboard), outputs, annotations
// and a job summary out.

import path from 'node:path';
import * as core from '@actions/core';
import { buildDashboard, jobSummary } from '@lilypad-actions/dashboard';
import { runAction } from '@lilypad-actions/action-shared/fail';
import { parseSummary, wantsSummary, type SummaryMode } from '@lilypad-actions/action-shared/input-values';

/** The inputs, spelled as in action.yml. */
interface Inputs {
  ledger: string;
  preview: string[];
  'output-dir': string;
  summary: SummaryMode;
}

function readInputs(): Inputs {
  const summary = parseSummary(core.getInput('summary'));
  return {
    ledger: core.getInput('ledger'),
    preview: core.getMultilineInput('preview'),
    'output-dir': core.getInput('output-dir'),
    summary,
  };
}

async function main(): Promise<void> {
  const inputs = readInputs();
  const workspace = process.env.GITHUB_WORKSPACE || process.cwd();
  const outDir = inputs['output-dir'] ? path.resolve(workspace, inputs['output-dir']) : path.join(process.env.RUNNER_TEMP || workspace, 'lilypad-rewards-dashboard');
  const summary = buildDashboard({
    ledger: inputs.ledger || null,
    cwd: workspace,
    previews: inputs.preview,
    outDir,
    serverUrl: process.env.GITHUB_SERVER_URL || 'https://github.com',
    now: new Date(),
  });
  // Broken months do not fail the step: the site shows the rest and says which are broken.
  for (const p of summary.problems.slice(0, 10)) {
    core.warning(p.message, { file: p.location.file, ...(p.location.line ? { startLine: p.location.line } : {}), ...(p.location.column ? { startColumn: p.location.column } : {}) });
  }
  core.setOutput('site-dir', outDir);
  core.setOutput('months', JSON.stringify(summary.months.map(({ month, status }) => ({ month, status }))));
  core.setOutput('problems', String(summary.problems.length));
  core.info(`Built ${summary.files} files for ${summary.months.length} months and ${summary.creators} creators in ${outDir}.`);
  const previews = summary.months.some((m) => m.status === 'preview');
  if (wantsSummary(inputs.summary, previews || summary.problems.length > 0)) {
    await core.summary.addRaw(jobSummary(summary)).write();
  }
}

runAction('rewards-dashboard', main);
