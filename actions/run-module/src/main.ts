// run-module: reads the step's inputs, runs the module's test cases with module-runner's
// runModuleJob, and maps the report to outputs, the job summary and the step's status. Everything
// it prints about the module (case names, images, engine and container output) is the module's
// text: log lines go through safeLines, a failing case's output is shown verbatim behind stop-commands.
import { appendFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import * as core from '@actions/core';
import { jobOwnerId, logTail, reportSummaryMarkdown, runModuleJob, type RunReport } from '@lilypad-actions/module-runner';
import { safeLines, stopCommands } from '@lilypad-actions/workflow-commands';
import { runAction } from '@lilypad-actions/action-shared/fail';
import { wantsSummary } from '@lilypad-actions/action-shared/inputs';
import { readInputs } from './inputs';

async function run(): Promise<void> {
  const inputs = readInputs();
  const workspace = process.env.GITHUB_WORKSPACE || process.cwd();
  const controller = new AbortController();
  // A cancelled job gets SIGINT, then SIGTERM: kill and remove the container before the runner does.
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => controller.abort());
  const { report, reportDir } = await runModuleJob({
    source: { workspace, path: inputs.path, module: inputs.module, repository: process.env.GITHUB_REPOSITORY, sha: process.env.GITHUB_SHA },
    workDir: mkdtempSync(path.join(process.env.RUNNER_TEMP || tmpdir(), 'run-module-')),
    baselineFile: inputs.baseline ? path.resolve(workspace, inputs.baseline) : undefined,
    testsPath: inputs.tests || undefined,
    inputSets: inputs.inputSets,
    priorPhases: inputs.buildSeconds === undefined ? {} : { build: inputs.buildSeconds },
    image: inputs.image || undefined,
    pull: inputs.pull,
    auth: inputs.auth,
    gpus: inputs.gpus,
    allowCpu: inputs.allowCpu,
    timeoutSeconds: inputs.timeout,
    hardening: inputs.hardening,
    allowMetadata: inputs.allowMetadata,
    ...(inputs.probeAddresses ? { probeTargets: inputs.probeAddresses } : {}),
    probeImage: inputs.probeImage,
    ...(inputs.writableLayerLimit !== undefined ? { writableLayerLimitBytes: inputs.writableLayerLimit } : {}),
    owner: jobOwnerId() ?? `local-${process.pid}`,
    attempt: Number(process.env.GITHUB_RUN_ATTEMPT ?? 1),
    inputsDir: inputs.inputsDir ? path.resolve(workspace, inputs.inputsDir) : undefined,
    log: (line) => core.info(safeLines(line)),
    signal: controller.signal,
  });

  core.setOutput('passed', String(report.passed));
  core.setOutput('report', path.join(reportDir, 'report.json'));
  core.setOutput('outputs-dir', path.join(reportDir, 'outputs'));
  core.setOutput('timings', JSON.stringify(report.cases.map((c) => ({ case: c.name, key: c.key, seconds: c.timings }))));
  // Every run has its cases × phases table to show: auto writes it as always does.
  if (wantsSummary(inputs.summary, true) && process.env.GITHUB_STEP_SUMMARY) appendFileSync(process.env.GITHUB_STEP_SUMMARY, reportSummaryMarkdown(report));
  showFailedOutput(report);
  for (const f of report.findings) (f.severity === 'error' ? core.error : f.severity === 'warning' ? core.warning : core.notice)(f.message, { title: f.rule });
  if (report.passed) core.info(safeLines(report.headline));
  else core.setFailed(report.headline);
}

/** The end of each failing case's stdout and stderr, as the container wrote it, one group each. */
function showFailedOutput(report: RunReport): void {
  for (const c of report.cases.filter((x) => !x.passed)) {
    for (const [stream, log] of [['stdout', c.stdout], ['stderr', c.stderr]] as const) {
      if (log.text === '') continue;
      const tail = logTail(log);
      // The group's title is a command's data: core escapes it.
      core.startGroup(`case ${c.name}: ${stream} (${tail.what})`);
      process.stdout.write(stopCommands(tail.text));
      core.endGroup();
    }
  }
}

runAction('run-module', run);
