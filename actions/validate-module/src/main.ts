// validate-module: reads the step's inputs, validates the module folder with module-spec's
// validateModuleFolder (the CLI's template reader and checks), and maps the report to outputs,
// annotations on the template's lines, the job summary and the step's status.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import * as core from '@actions/core';
import { formatJson, formatSummary, githubAnnotations, tally, validateModuleFolder, verdictLine, TEMPLATE_FILE } from '@lilypad-actions/module-spec';
import { safeLines } from '@lilypad-actions/workflow-commands';
import { runAction } from '@lilypad-actions/action-shared/fail';
import { ConfigurationError, parseInputSets, parseRuleLines, parseSummary, wantsSummary } from '@lilypad-actions/action-shared/inputs';

const FULL_REPORT = 'the job summary and the JSON report (output `report`)';

function readInputs() {
  const summary = parseSummary(core.getInput('summary'));
  const strict = core.getInput('strict') || 'false';
  if (!/^(true|false)$/i.test(strict)) throw new ConfigurationError(`strict: expected true or false, got ${JSON.stringify(strict)}`);
  return {
    path: core.getInput('path') || '.',
    template: core.getInput('template') || TEMPLATE_FILE,
    inputSets: parseInputSets(core.getInput('inputs', { trimWhitespace: false })),
    strict: strict.toLowerCase() === 'true',
    // The workflow's `rules`, over the module's own .lilypad/validate.yml.
    rules: parseRuleLines(core.getInput('rules', { trimWhitespace: false })),
    summary,
  };
}

async function run(): Promise<void> {
  const inputs = readInputs();
  const workspace = process.env.GITHUB_WORKSPACE || process.cwd();
  const { report, shown } = validateModuleFolder({ workspace, ...inputs });

  // valid: Lilypad loads it with every input set, and no error (with strict, no warning).
  core.setOutput('valid', String(report.valid));
  core.setOutput('loads', String(report.verdict.loads));
  core.setOutput('image', report.image ?? '');
  core.setOutput('inputs', JSON.stringify(report.inputs.map((i) => i.name)));
  const reportFile = path.join(mkdtempSync(path.join(process.env.RUNNER_TEMP || tmpdir(), 'validate-module-')), 'report.json');
  writeFileSync(reportFile, formatJson([report]));
  core.setOutput('report', reportFile);

  // setFailed adds an error annotation of its own; it counts against GitHub's caps too.
  for (const a of githubAnnotations([report], { workspace, cwd: workspace, fullReport: FULL_REPORT, alsoEmitted: { error: report.valid ? 0 : 1 } })) {
    const props = a.file === undefined ? { title: a.title } : { title: a.title, file: a.file, startLine: a.line, startColumn: a.column };
    core[a.kind](a.message, props);
  }
  if (wantsSummary(inputs.summary, !report.valid || report.findings.length > 0) && process.env.GITHUB_STEP_SUMMARY) {
    await core.summary.addRaw(formatSummary([report], { workspace, cwd: workspace, fullReport: FULL_REPORT })).write();
  }
  const verdict = verdictLine(tally([report]));
  if (!report.valid) core.setFailed(`${shown} is not a valid Lilypad module: ${verdict}${inputs.strict ? ' (strict: warnings count)' : ''}.`);
  // The path is the workflow's and the repository's text, not ours.
  else core.info(safeLines(`${shown} is a valid Lilypad module: ${verdict}.`));
}

// .lilypad/validate.yml's problems: each on its line, then the step fails.
runAction('validate-module', run, { annotateProblems: { title: 'validate.yml' } });
