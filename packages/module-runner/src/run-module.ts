// run-module's whole job, engine to report: render every test case's inputs into the job exactly
// as `lilypad run -i` would, turn it into the job a provider's Bacalhau runs (or the provider's
// reason to refuse it), make the image available (pull policy), decide GPU or CPU (never a quiet
// CPU fallback), run each case as a provider would, judge it against the test plan's expectations
// and thresholds for this GPU model and against the provider's and the solver's clocks, compare
// with the baseline, and write the report.

import { UserError } from '@lilypad-actions/errors';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { decodeModule, renderLilypad, TEMPLATE_FILE, type Module } from '@lilypad-actions/module-spec';
import type { Engine } from './engine/connect';
import { decideGpu } from './gpu/preflight';
import { readRunnerGpus, sampleGpus } from './gpu/runner-gpus';
import type { GpuInfo } from './gpu/nvidia-smi';
import { ensureImage, type PullPolicy } from './image/pull';
import type { RegistryAuth } from './image/registry-auth';
import { evaluateCase } from './plan/evaluate-case';
import { regressionAlerts } from './plan/regression';
import { DEFAULT_TEST_PLAN_PATH, loadTestPlan, type TestCase, type TestPlan } from './plan/test-plan';
import { selectThresholds } from './plan/thresholds';
import { caseClock, providerOutcome } from './provider/deadlines';
import { providerJob, type ProviderJob } from './provider/provider-job';
import { baselineFor, type Baseline } from './report/baseline';
import { REPORT_VERSION, type CaseReport, type GpuUsage, type PhaseTimings, type ReportFinding, type RunReport } from './report/types';
import { writeReport } from './report/write-report';
import type { ContainerNetwork, Hardening } from './run/container-spec';
import { checkInputFiles } from './run/input-files';
import { IsolationError, prepareIsolatedNetwork, type IsolatedNetworkSpec } from './run/isolated-network';
import { RunError, runContainer, type RunResult } from './run/run-container';

export interface RunModuleOptions {
  engine: Engine;
  /** The module's directory (its lilypad_module.json.tmpl; the test plan is looked up from here). */
  moduleDir: string;
  /** What timings are keyed by: the module reference, or the path when there is none. */
  moduleRef: string;
  /** Test plan path; when unset, `<moduleDir>/.lilypad/tests.yaml` if it exists, else one case. */
  testsPath?: string;
  /**
   * -i input sets. Without a test plan each set is one case; with a plan, at most one set, the
   * defaults under every case's own inputs.
   */
  inputSets: Array<Record<string, string>>;
  /** Run this image instead of the job's (what build-module just built). */
  image?: string;
  pull: PullPolicy;
  auth?: RegistryAuth;
  /** GPUs to give each run; default the job's Resources.GPU, as a provider gives. */
  gpus?: number;
  allowCpu: boolean;
  /** The action's cap on each case, seconds (the job's Timeout applies when it is shorter). */
  timeoutSeconds: number;
  /** `provider` (default): the container as a provider starts it; `strict`: no capabilities, no new privileges. */
  hardening?: Hardening;
  /** Networked jobs: run even if the probe reaches the metadata service or the runner (a warning instead of a failure). */
  allowMetadata?: boolean;
  /** Addresses (host:port) a networked module must not reach, besides the runner; default the metadata service. */
  probeTargets?: readonly string[];
  /** The probe container's image (needs sh and nc). */
  probeImage?: string;
  /** The isolated network for networked jobs. */
  isolatedNetwork?: IsolatedNetworkSpec;
  /** The container's writable layer may grow this much (default 10 GiB, or Resources.Disk when larger). */
  writableLayerLimitBytes?: number;
  /** Where report.json and outputs/<case>/ go. */
  reportDir: string;
  /** Label value for everything created (see engine/labels.ts). */
  owner: string;
  attempt: number;
  /** Phases measured before this step (build-module's build), reported with the first case. */
  priorPhases?: PhaseTimings;
  /** Earlier runs' timings (loadBaseline), for regression alerts. */
  baseline?: Baseline;
  /** Alert when a phase is slower than this × the baseline median. */
  regressionRatio?: number;
  /** Directory of /inputs files, for modules with inputFiles. */
  inputsDir?: string;
  nvidiaSmi?: string;
  log?: (line: string) => void;
  signal?: AbortSignal;
}

/** A mistake in what the user gave us (missing template, bad plan, no GPU, a leaky network): message only, no stack. */
export class RunModuleError extends UserError {
  override name = 'RunModuleError';
}

interface RenderedCase {
  testCase: TestCase;
  module: Module | null;
  /** The job a provider runs, when it takes it. */
  job: ProviderJob | null;
  error: string | null;
}

/** A default provider does not run networked jobs; this leads the report of any module that has one. */
export const NETWORKED_JOB_NOTICE =
  'A default provider does not accept networked jobs (Bacalhau JobAdmissionControl.AcceptNetworkedJobs is false unless its operator sets it): this module runs only on providers that enable them';

export async function runModule(options: RunModuleOptions): Promise<RunReport> {
  const log = options.log ?? (() => undefined);
  const startedAt = new Date().toISOString();
  const hardening = options.hardening ?? 'provider';
  const plan = loadPlan(options);
  const templatePath = path.join(options.moduleDir, TEMPLATE_FILE);
  if (!existsSync(templatePath)) throw new RunModuleError(`${templatePath}: no such file; point path at a module's directory (the one holding ${TEMPLATE_FILE})`);
  const template = readFileSync(templatePath, 'utf8');
  const findings: ReportFinding[] = [];
  const rendered = plan.cases.map((testCase) => renderCase(template, options.moduleRef, testCase, findings));
  const jobs = rendered.flatMap((r) => (r.job ? [r.job] : []));

  const imageRef = options.image ?? rendered.find((r) => r.module)?.module?.Job.Spec.Docker.Image ?? '';
  if (!imageRef) throw new RunModuleError(rendered.find((r) => r.error)?.error ?? 'the job names no image (job.Spec.Docker.Image) and no image input was given');
  // A provider's clock starts before the pull: the first case's deadline counts it (and not the
  // preflights that follow, which a provider does not run).
  const pullStartedAt = performance.now();
  const image = await ensureImage({ engine: options.engine, reference: imageRef, policy: options.pull, auth: options.auth, onProgress: log, signal: options.signal });
  const pullMs = performance.now() - pullStartedAt;

  const needed = gpusToRequest(options, rendered, findings);
  let runnerGpus: GpuInfo[] = [];
  let gpusToUse = 0;
  if (needed > 0) {
    const read = await readRunnerGpus(options.nvidiaSmi).catch((error: Error) => error);
    const decision = decideGpu({ moduleNeedsGpu: needed, gpus: read, dockerGpuSupport: options.engine.gpuCapable, allowCpu: options.allowCpu });
    if (decision.run === 'fail') throw new RunModuleError(decision.message);
    if (decision.run === 'gpu') {
      runnerGpus = decision.gpus;
      gpusToUse = needed;
    } else if (decision.warning) findings.push({ rule: 'cpu-fallback', severity: 'warning', message: decision.warning });
  }

  // HTTP jobs are refused (no job), but they are networked all the same.
  const networked = rendered.some((r) => r.module !== null && String(r.module.Job.Spec.Network.Type).trim().toLowerCase() !== 'none');
  const network = jobs.some((j) => j.network === 'Full') ? await isolatedNetwork(options, findings, log) : null;
  const gpuModel = runnerGpus[0]?.name ?? null;
  const driver = runnerGpus[0]?.driverVersion ?? null;
  const baseline = options.baseline ?? null;
  mkdirSync(options.reportDir, { recursive: true });

  const cases: CaseReport[] = [];
  const folders = new Set<string>();
  for (const [i, r] of rendered.entries()) {
    if (options.signal?.aborted) {
      // Cancelled: the cases not started are not run (each would start a container to kill it).
      r.error = 'the run was cancelled before this case started';
      r.job = null;
    }
    const first = i === 0 ? { ...options.priorPhases, ...(image.seconds !== null ? { pull: image.seconds } : {}) } : {};
    log(`case ${r.testCase.name}: running ${imageRef}`);
    const caseReport = await runCase({
      options,
      r,
      folder: uniqueFolder(r.testCase.name, folders),
      imageRef,
      imageDigest: image.repoDigest ?? image.imageId,
      gpus: gpusToUse,
      runnerGpus,
      gpuModel,
      driver,
      plan,
      first,
      baseline,
      hardening,
      network: network ? { mode: 'isolated', name: network.name } : null,
      clockStartedAt: performance.now() - (i === 0 ? pullMs : 0),
    });
    for (const f of caseReport.findings) if (!findings.some((g) => g.message === f.message)) findings.push(f);
    cases.push(caseReport.report);
    log(`case ${r.testCase.name}: ${caseReport.report.passed ? 'passed' : 'FAILED'}${caseReport.report.error ? ` (${caseReport.report.error})` : ''}`);
  }

  const passed = cases.length > 0 && cases.every((c) => c.passed) && !findings.some((f) => f.severity === 'error');
  const where = gpuModel ? `${gpusToUse} × ${gpuModel}` : 'CPU';
  const verdict = `${passed ? 'PASSED' : 'FAILED'}: ${cases.filter((c) => c.passed).length} of ${cases.length} cases passed for ${options.moduleRef} on ${where}${hardening === 'strict' ? ' (hardening: strict)' : ''}`;
  const cpuWarning = findings.find((f) => f.rule === 'cpu-fallback')?.message;
  const lead = [networked ? NETWORKED_JOB_NOTICE : null, cpuWarning ?? null].filter((x): x is string => x !== null);
  if (networked) findings.unshift({ rule: 'networked-job', severity: 'warning', message: NETWORKED_JOB_NOTICE });
  const report: RunReport = {
    version: REPORT_VERSION,
    headline: [...lead, verdict].join(' — '),
    passed,
    module: { ref: options.moduleRef },
    image: { reference: imageRef, id: image.imageId, digest: image.repoDigest },
    runner: {
      mode: gpusToUse > 0 ? 'gpu' : 'cpu',
      hardening,
      network,
      gpus: runnerGpus.map((g) => ({ name: g.name, memoryTotalMiB: g.memoryTotalMiB, driverVersion: g.driverVersion, cudaVersion: g.cudaVersion })),
      engine: { serverVersion: options.engine.serverVersion, apiVersion: options.engine.apiVersion },
    },
    startedAt,
    finishedAt: new Date().toISOString(),
    findings,
    cases,
  };
  writeReport(options.reportDir, report);
  return report;
}

/**
 * GPUs per run: what a provider gives the container (job.Spec.Resources.GPU), or the `gpus`
 * input. Fewer than the job asks for is a CPU fallback by another name, so it needs allow-cpu and
 * leads the report like one.
 */
function gpusToRequest(options: RunModuleOptions, rendered: RenderedCase[], findings: ReportFinding[]): number {
  const jobGpus = Math.max(0, ...rendered.flatMap((r) => (r.job ? [Number(r.job.resources.gpus)] : [])));
  const machineGpus = Math.max(0, ...rendered.flatMap((r) => (r.module ? [Number(r.module.Machine.GPU)] : [])));
  if (machineGpus > 0 && jobGpus === 0) {
    findings.push({
      rule: 'gpu',
      severity: 'warning',
      message: `machine.gpu is ${machineGpus} but job.Spec.Resources.GPU is empty: a provider matches the job to a GPU machine and gives its container no GPU; so does this run (set Resources.GPU to "${machineGpus}")`,
    });
  }
  const requested = options.gpus ?? jobGpus;
  if (requested >= jobGpus) return requested;
  const message = `WARNING: ran with ${requested} GPU${requested === 1 ? '' : 's'} (gpus input), not the ${jobGpus} the job asks for (job.Spec.Resources.GPU)`;
  if (!options.allowCpu) throw new RunModuleError(`gpus: ${requested} is fewer than the job's Resources.GPU ${jobGpus}; set allow-cpu: true to run it so on purpose`);
  findings.push({ rule: 'cpu-fallback', severity: 'warning', message });
  return requested;
}

/** The isolated network for Full jobs, checked by the probe before the first such run. */
async function isolatedNetwork(options: RunModuleOptions, findings: ReportFinding[], log: (line: string) => void): Promise<NonNullable<RunReport['runner']['network']>> {
  try {
    const network = await prepareIsolatedNetwork(options.engine, {
      ...(options.isolatedNetwork ? { spec: options.isolatedNetwork } : {}),
      ...(options.probeTargets ? { probeTargets: options.probeTargets } : {}),
      ...(options.probeImage ? { probeImage: options.probeImage } : {}),
      allowMetadata: options.allowMetadata ?? false,
      owner: options.owner,
      onProgress: log,
      ...(options.signal ? { signal: options.signal } : {}),
    });
    if (network.warning) findings.push({ rule: 'network-isolation', severity: 'warning', message: network.warning });
    return { name: network.name, probed: network.probed, reachable: network.reachable };
  } catch (error) {
    if (error instanceof IsolationError) throw new RunModuleError(`network preflight failed: ${error.message}`);
    throw error;
  }
}

function loadPlan(options: RunModuleOptions): TestPlan {
  const explicit = options.testsPath !== undefined && options.testsPath !== '';
  const planPath = explicit ? path.resolve(options.moduleDir, options.testsPath!) : path.join(options.moduleDir, DEFAULT_TEST_PLAN_PATH);
  const sets = options.inputSets.length > 0 ? options.inputSets : [{}];
  // The default plan is optional; one the user named must exist (loadTestPlan says so, with the path).
  if (!explicit && !existsSync(planPath)) {
    const expect = { exitCode: 0, files: [], stdout: [], stderr: [] };
    const name = (i: number) => (sets.length === 1 ? 'default' : `inputs-${i + 1}`);
    return { version: 1, thresholds: {}, cases: sets.map((inputs, i) => ({ name: name(i), inputs, expect, thresholds: {} })) };
  }
  const plan = loadTestPlan(planPath, { displayPath: path.relative(process.cwd(), planPath) || planPath });
  if (sets.length > 1) throw new RunModuleError(`inputs: one set of defaults with a test plan (${sets.length} sets given); put each set in a case of the plan`);
  return { ...plan, cases: plan.cases.map((c) => ({ ...c, inputs: { ...sets[0], ...c.inputs } })) };
}

function renderCase(template: string, moduleRef: string, testCase: TestCase, findings: ReportFinding[]): RenderedCase {
  const result = renderLilypad({ text: template, name: moduleRef, inputs: testCase.inputs });
  if (!result.ok) return { testCase, module: null, job: null, error: `the template does not render with these inputs: ${result.message}` };
  const decoded = decodeModule(result.output);
  if (!decoded.ok) return { testCase, module: null, job: null, error: `the rendered job does not load in Lilypad: ${decoded.message}` };
  const provider = providerJob(decoded.module);
  for (const f of provider.findings) if (!findings.some((g) => g.message === f.message)) findings.push(f);
  if (!provider.ok) return { testCase, module: decoded.module, job: null, error: provider.reason };
  if (provider.job.network === 'HTTP') {
    return {
      testCase,
      module: decoded.module,
      job: null,
      error:
        'Network "HTTP" is refused: a provider filters it through its squid gateway (the job\'s Domains only), which run-module does not reproduce, and full network instead would pass modules the gateway blocks. Test with Network "Full" on a runner set up for it, or "None"',
    };
  }
  return { testCase, module: decoded.module, job: provider.job, error: null };
}

interface CaseRun {
  options: RunModuleOptions;
  r: RenderedCase;
  /** This case's folder under outputs/, unique in the run. */
  folder: string;
  imageRef: string;
  imageDigest: string;
  gpus: number;
  runnerGpus: GpuInfo[];
  gpuModel: string | null;
  driver: string | null;
  plan: TestPlan;
  first: PhaseTimings;
  baseline: Baseline | null;
  hardening: Hardening;
  /** The isolated network, for Full jobs. */
  network: ContainerNetwork | null;
  clockStartedAt: number;
}

async function runCase(c: CaseRun): Promise<{ report: CaseReport; findings: ReportFinding[] }> {
  const { options, r } = c;
  const key = { moduleRef: options.moduleRef, imageDigest: c.imageDigest, gpuModel: c.gpuModel, driverVersion: c.driver, attempt: options.attempt };
  const outputsRel = path.join('outputs', c.folder);
  const resultsDir = path.join(options.reportDir, outputsRel);
  let run: RunResult | null = null;
  let gpuUsage: GpuUsage | null = null;
  let error = r.error;
  let provider: CaseReport['provider'] = null;
  const job = r.job;
  if (job && r.module) {
    const spec = r.module.InputFiles;
    const declaresInputs = (spec.Required?.length ?? 0) + (spec.Optional?.length ?? 0) > 0;
    const inputProblems = declaresInputs
      ? options.inputsDir
        ? checkInputFiles(options.inputsDir, { required: spec.Required ?? [], optional: spec.Optional ?? [] })
        : ['the module declares inputFiles: give a directory of them (inputs-dir)']
      : [];
    if (inputProblems.length > 0) error = `input files: ${inputProblems.join('; ')}`;
    else {
      const clock = caseClock(job, options.timeoutSeconds);
      // The GPUs the preflight read, by index as a provider hands them over; the sampler watches the same ones.
      const indices = c.runnerGpus.slice(0, c.gpus).map((g) => g.index);
      const sampler = c.gpus > 0 ? sampleGpus(indices, { nvidiaSmi: options.nvidiaSmi }) : null;
      try {
        run = await runContainer({
          engine: options.engine,
          job,
          image: c.imageRef,
          gpuIndices: indices.map(String),
          owner: options.owner,
          labels: { 'io.lilypad-actions.module': options.moduleRef, 'io.lilypad-actions.case': r.testCase.name },
          resultsDir,
          inputsDir: declaresInputs ? options.inputsDir : undefined,
          clock,
          clockStartedAt: c.clockStartedAt,
          network: job.network === 'None' || !c.network ? { mode: 'none' } : c.network,
          hardening: c.hardening,
          ...(options.writableLayerLimitBytes !== undefined ? { writableLayerLimitBytes: options.writableLayerLimitBytes } : {}),
          signal: options.signal,
        });
      } catch (runError) {
        // A container the engine refuses (an entrypoint that does not exist) fails this case, as
        // it fails on a provider; an engine that is gone fails the whole run.
        if (!(runError instanceof RunError) || runError.engineGone) throw runError;
        error = runError.message;
      } finally {
        gpuUsage = sampler?.stop() ?? null;
      }
      const outcome = providerOutcome(clock, {
        elapsedSeconds: run?.elapsedSeconds ?? null,
        timedOut: run?.timedOut ?? false,
        oomKilled: run?.oomKilled ?? false,
        exitCode: run?.exitCode ?? null,
        otherError: run ? (run.timedOut || run.oomKilled ? null : run.error) : error,
      });
      provider = {
        stopsAtSeconds: outcome.stopsAtSeconds,
        solverRefusesAfterSeconds: outcome.solverRefusesAfterSeconds,
        solverLimit: outcome.solverLimit,
        elapsedSeconds: outcome.elapsedSeconds,
        delivered: outcome.delivered,
        summary: outcome.summary,
      };
      if (run) error = run.error;
      // Past the solver's limit the results are refused though the container ran on: the case fails on that too.
      if (outcome.failure !== null && error === null) error = outcome.failure;
    }
  }

  const timings: PhaseTimings = { ...c.first };
  if (run) {
    timings.create = run.seconds.create;
    if (run.seconds.run !== null) timings.run = run.seconds.run;
    if (run.seconds.collect !== null) timings.collect = run.seconds.collect;
  }
  timings.total = Object.entries(timings).reduce((sum, [phase, s]) => (phase === 'total' ? sum : sum + (s ?? 0)), 0);

  const thresholds = selectThresholds(c.plan, c.gpuModel, r.testCase).seconds;
  const measured = {
    exitCode: run?.exitCode ?? null,
    stdout: run?.stdout.text ?? '',
    stderr: run?.stderr.text ?? '',
    outputFiles: run?.outputs.files ?? [],
    seconds: timings,
  };
  const verdict = evaluateCase(r.testCase, measured, thresholds);
  const history = c.baseline ? baselineFor(c.baseline, key, r.testCase.name) : [];
  const regressions = run ? regressionAlerts(history, timings, options.regressionRatio ?? 1.5) : [];
  const empty = { bytes: 0, truncated: false, text: '' };
  return {
    findings: run?.findings ?? [],
    report: {
      name: r.testCase.name,
      passed: verdict.passed && error === null,
      error,
      key,
      inputs: r.testCase.inputs,
      exitCode: run?.exitCode ?? null,
      timedOut: run?.timedOut ?? false,
      stop: run?.stop ?? null,
      oomKilled: run?.oomKilled ?? false,
      provider,
      timings,
      startedAt: run?.startedAt ?? null,
      finishedAt: run?.finishedAt ?? null,
      expectations: verdict.expectations,
      phases: verdict.phases,
      regressions,
      stdout: run?.stdout ?? empty,
      stderr: run?.stderr ?? empty,
      outputs: {
        dir: outputsRel,
        mounts: job?.outputs.map((o) => ({ name: o.name, path: o.path })) ?? [],
        files: run?.outputs.files ?? [],
        totalBytes: run?.outputs.totalBytes ?? 0,
        skipped: run?.outputs.skipped ?? [],
      },
      gpuUsage,
    },
  };
}

/** A case name as one safe path segment (names come from the module's test plan), unique among `used`. */
function uniqueFolder(name: string, used: Set<string>): string {
  const base = name.replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^[.-]+/, '') || 'case';
  let folder = base;
  for (let n = 2; used.has(folder); n++) folder = `${base}-${n}`;
  used.add(folder);
  return folder;
}
