// validate-module: reads the step's inputs, validates the template with module-spec, and maps the
// report to outputs, annotations on the template's lines, the job summary and the step's status.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import * as core from '@actions/core';
import { FileProblemsError, FileReadError, readRegularFile, textProblem } from '@lilypad-actions/config-file';
import { formatJson, formatSummary, githubAnnotations, readDockerfile, readRuleConfig, tally, validateTemplate, verdictLine, TEMPLATE_FILE, TEMPLATE_MAX_BYTES, type ValidationReport } from '@lilypad-actions/module-spec';
import { safeLines } from '@lilypad-actions/workflow-commands';
import { ConfigurationError, parseInputSets, parseRuleLines } from '../../shared/inputs';

/** The step's inputs, keys spelled as in action.yml. */
interface Inputs {
  path: string;
  template: string;
  inputs: string;
  strict: boolean;
  rules: string;
  summary: 'auto' | 'always' | 'never';
}

const FULL_REPORT = 'the job summary and the JSON report (output `report`)';

function readInputs(): Inputs {
  const summary = core.getInput('summary') || 'auto';
  if (summary !== 'auto' && summary !== 'always' && summary !== 'never') throw new ConfigurationError(`summary: expected auto, always or never, got ${JSON.stringify(summary)}`);
  const strict = core.getInput('strict') || 'false';
  if (!/^(true|false)$/i.test(strict)) throw new ConfigurationError(`strict: expected true or false, got ${JSON.stringify(strict)}`);
  return {
    path: core.getInput('path') || '.',
    template: core.getInput('template') || TEMPLATE_FILE,
    inputs: core.getInput('inputs', { trimWhitespace: false }),
    strict: strict.toLowerCase() === 'true',
    rules: core.getInput('rules', { trimWhitespace: false }),
    summary,
  };
}

/** The template's text: a regular file (a symlink to /dev/zero or a FIFO is refused), capped, UTF-8. */
function readTemplate(file: string, shown: string): string {
  let bytes: Buffer;
  try {
    bytes = readRegularFile(file, TEMPLATE_MAX_BYTES);
  } catch (e) {
    if (!(e instanceof FileReadError)) throw e;
    switch (e.problem) {
      case 'missing':
        throw new ConfigurationError(`${shown}: no such file (check the path and template inputs)`);
      case 'directory':
        throw new ConfigurationError(`${shown}: is a directory (template names the file inside path)`);
      case 'not-regular':
        throw new ConfigurationError(`${shown}: ${e.message}; only regular files are read`);
      case 'too-large':
        throw new ConfigurationError(`${shown}: over the ${TEMPLATE_MAX_BYTES / (1024 * 1024)} MiB limit for a template: probably not a template`);
      default:
        throw new ConfigurationError(`${shown}: ${e.message}`);
    }
  }
  const problem = textProblem(bytes);
  if (problem) throw new ConfigurationError(`${shown}: not a text template (${problem.kind === 'nul' ? 'NUL byte' : 'invalid UTF-8'} at byte offset ${problem.offset})`);
  return new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
}

async function run(): Promise<void> {
  const inputs = readInputs();
  const workspace = process.env.GITHUB_WORKSPACE || process.cwd();
  const file = path.resolve(workspace, inputs.path, inputs.template);
  const shown = path.relative(workspace, file).split(path.sep).join('/');
  const inputSets = parseInputSets(inputs.inputs);
  const ruleLines = parseRuleLines(inputs.rules);
  const text = readTemplate(file, shown);
  // The module's own settings, then the workflow's `rules` over them.
  const moduleDir = path.dirname(file);
  const inWorkspace = (p: string) => path.relative(workspace, p).split(path.sep).join('/');
  const config = readRuleConfig(moduleDir, inWorkspace(path.join(moduleDir, '.lilypad/validate.yml')));
  const rules = [...config.overrides, ...ruleLines];
  const dockerfile = readDockerfile(moduleDir, inWorkspace(path.join(moduleDir, 'Dockerfile')));

  const report = validateTemplate({ file: shown, text, strict: inputs.strict, rules, ...(inputSets ? { inputSets } : {}), ...(dockerfile ? { dockerfile } : {}) });

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
  if (wantsSummary(inputs.summary, report) && process.env.GITHUB_STEP_SUMMARY) {
    await core.summary.addRaw(formatSummary([report], { workspace, cwd: workspace, fullReport: FULL_REPORT })).write();
  }
  const verdict = verdictLine(tally([report]));
  if (!report.valid) core.setFailed(`${shown} is not a valid Lilypad module: ${verdict}${inputs.strict ? ' (strict: warnings count)' : ''}.`);
  // The path is the workflow's and the repository's text, not ours.
  else core.info(safeLines(`${shown} is a valid Lilypad module: ${verdict}.`));
}

function plural(n: number): string {
  return n === 1 ? '1 problem' : `${n} problems`;
}

function wantsSummary(mode: Inputs['summary'], report: ValidationReport): boolean {
  return mode === 'always' || (mode === 'auto' && (!report.valid || report.findings.length > 0));
}

run().catch((e: unknown) => {
  if (e instanceof ConfigurationError) return core.setFailed(e.message);
  if (e instanceof FileProblemsError) {
    // .lilypad/validate.yml: each problem on its line, then the step fails.
    for (const p of e.problems) core.error(p.message, { title: 'validate.yml', file: p.location.file, startLine: p.location.line, startColumn: p.location.column });
    return core.setFailed(`${e.location?.file ?? 'the settings file'}: ${plural(e.problems.length)}${e.hint ? `; ${e.hint}` : ''}.`);
  }
  // A bug: the stack goes to the log, one line to the annotation.
  console.error(e instanceof Error ? e.stack : e);
  core.setFailed(`validate-module failed unexpectedly (a bug; please report it): ${e instanceof Error ? e.message : String(e)}`);
});
