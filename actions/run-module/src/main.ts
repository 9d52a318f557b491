// run-module: reads the step's inputs, runs the module's test cases with module-runner, and maps
// the report to outputs, the job summary and the step's status. Everything it prints about the
// module (case names, images, engine and container output) is the module's text: log lines go
// through safeLines, a failing case's output is shown verbatim behind stop-commands.
import { appendFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import * as core from '@actions/core';
import {
  appendToBaseline,
  BaselineError,
  connectEngine,
  DEFAULT_PROBE_IMAGE,
  EngineUnavailableError,
  fetchModule,
  FetchModuleError,
  HARDENING_MODES,
  jobOwnerId,
  loadBaseline,
  logTail,
  PULL_POLICIES,
  PullError,
  reportSummaryMarkdown,
  RunError,
  runModule,
  RunModuleError,
  saveBaseline,
  TestPlanError,
  type RegistryAuth,
  type RunReport,
} from '@lilypad-actions/module-runner';
import { SOLVER_DEFAULT_EXECUTION_SECONDS } from '@lilypad-actions/module-spec';
import { safeLines, stopCommands } from '@lilypad-actions/workflow-commands';
import { ConfigurationError, parseBoolean, parseChoice, parseInputSets, parseSeconds } from '../../shared/inputs';
import { parseAddresses, parseSize } from '../../shared/container-inputs';
import { registryLogin } from '../../shared/registry-login';

/** The step's inputs, keys spelled as in action.yml. */
interface Inputs {
  path: string;
  module: string;
  tests: string;
  inputSets: Array<Record<string, string>>;
  image: string;
  pull: (typeof PULL_POLICIES)[number];
  gpus: number | undefined;
  allowCpu: boolean;
  timeout: number;
  baseline: string;
  inputsDir: string;
  auth: RegistryAuth | undefined;
  summary: boolean;
  /** build-module's `seconds`, reported as the first case's build phase. */
  buildSeconds: number | undefined;
  hardening: (typeof HARDENING_MODES)[number];
  allowMetadata: boolean;
  probeAddresses: string[] | undefined;
  probeImage: string;
  writableLayerLimit: number | undefined;
}

function readInputs(): Inputs {
  const password = core.getInput('password');
  if (password) core.setSecret(password);
  const buildSeconds = core.getInput('build-seconds');
  if (buildSeconds !== '' && !(Number(buildSeconds) >= 0)) throw new ConfigurationError(`build-seconds: expected a number of seconds, got ${JSON.stringify(buildSeconds)}`);
  const gpus = core.getInput('gpus');
  if (gpus !== '' && !/^\d+$/.test(gpus)) throw new ConfigurationError(`gpus: expected a whole number of GPUs, got ${JSON.stringify(gpus)}`);
  return {
    path: core.getInput('path') || '.',
    module: core.getInput('module'),
    tests: core.getInput('tests'),
    inputSets: parseInputSets(core.getInput('inputs', { trimWhitespace: false })) ?? [],
    buildSeconds: buildSeconds === '' ? undefined : Number(buildSeconds),
    image: core.getInput('image'),
    pull: parseChoice('pull', core.getInput('pull'), PULL_POLICIES),
    gpus: gpus === '' ? undefined : Number(gpus),
    allowCpu: parseBoolean('allow-cpu', core.getInput('allow-cpu'), false),
    timeout: parseSeconds('timeout', core.getInput('timeout'), SOLVER_DEFAULT_EXECUTION_SECONDS),
    baseline: core.getInput('baseline'),
    inputsDir: core.getInput('inputs-dir'),
    auth: registryLogin({ registry: core.getInput('registry'), username: core.getInput('username'), password }),
    summary: parseBoolean('summary', core.getInput('summary'), true),
    hardening: parseChoice('hardening', core.getInput('hardening'), HARDENING_MODES),
    allowMetadata: parseBoolean('allow-metadata', core.getInput('allow-metadata'), false),
    probeAddresses: parseAddresses('probe-addresses', core.getInput('probe-addresses')),
    probeImage: core.getInput('probe-image') || DEFAULT_PROBE_IMAGE,
    writableLayerLimit: parseSize('writable-layer-limit', core.getInput('writable-layer-limit')),
  };
}

async function run(): Promise<void> {
  const inputs = readInputs();
  const workspace = process.env.GITHUB_WORKSPACE || process.cwd();
  const work = mkdtempSync(path.join(process.env.RUNNER_TEMP || tmpdir(), 'run-module-'));
  let moduleDir = path.resolve(workspace, inputs.path);
  let moduleRef = path.relative(workspace, moduleDir) || '.';
  if (inputs.module) {
    moduleDir = path.join(work, 'module');
    await fetchModule(inputs.module, moduleDir);
    moduleRef = inputs.module;
  } else if (process.env.GITHUB_REPOSITORY) {
    // Timings are keyed by module: name it as users would, repository and commit.
    moduleRef = `github.com/${process.env.GITHUB_REPOSITORY}${moduleRef === '.' ? '' : `/${moduleRef}`}:${process.env.GITHUB_SHA ?? 'HEAD'}`;
  }

  const baselineFile = inputs.baseline ? path.resolve(workspace, inputs.baseline) : undefined;
  const baseline = baselineFile ? loadBaseline(baselineFile) : undefined;
  const engine = await connectEngine();
  const reportDir = path.join(work, 'report');
  const controller = new AbortController();
  // A cancelled job gets SIGINT, then SIGTERM: kill and remove the container before the runner does.
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => controller.abort());
  const report = await runModule({
    engine,
    moduleDir,
    moduleRef,
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
    reportDir,
    owner: jobOwnerId() ?? `local-${process.pid}`,
    attempt: Number(process.env.GITHUB_RUN_ATTEMPT ?? 1),
    baseline,
    inputsDir: inputs.inputsDir ? path.resolve(workspace, inputs.inputsDir) : undefined,
    log: (line) => core.info(safeLines(line)),
    signal: controller.signal,
  });

  if (baselineFile && baseline) saveBaseline(baselineFile, appendToBaseline(baseline, report));
  core.setOutput('passed', String(report.passed));
  core.setOutput('report', path.join(reportDir, 'report.json'));
  core.setOutput('outputs-dir', path.join(reportDir, 'outputs'));
  core.setOutput('timings', JSON.stringify(report.cases.map((c) => ({ case: c.name, key: c.key, seconds: c.timings }))));
  if (inputs.summary && process.env.GITHUB_STEP_SUMMARY) appendFileSync(process.env.GITHUB_STEP_SUMMARY, reportSummaryMarkdown(report));
  showFailedOutput(report);
  announce(report);
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

function announce(report: RunReport): void {
  for (const f of report.findings) {
    const say = f.severity === 'error' ? core.error : f.severity === 'warning' ? core.warning : core.notice;
    say(f.message, { title: f.rule });
  }
  if (report.passed) core.info(safeLines(report.headline));
  else core.setFailed(report.headline);
}

/** What the user can fix is one line; anything else is our bug and keeps its stack. */
const USER_ERRORS = [BaselineError, ConfigurationError, EngineUnavailableError, FetchModuleError, PullError, RunError, RunModuleError, TestPlanError];

run().catch((e: unknown) => {
  if (USER_ERRORS.some((type) => e instanceof type)) core.setFailed((e as Error).message);
  else core.setFailed(e instanceof Error ? (e.stack ?? e.message) : String(e));
});
