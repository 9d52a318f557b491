// @lilypad-actions/module-runner: build and run a Lilypad module as a resource provider would.
// Build (image/), run (run/), GPU discovery and preflight (gpu/), test plans (plan/), reports (report/).

export * from './gpu/index';
export { DEFAULT_TEST_PLAN_PATH, PHASES, TestPlanError, compilePattern, loadTestPlan, parseTestPlan } from './plan/test-plan';
export type { Expectations, FileExpectation, Phase, PhaseSeconds, TestCase, TestPlan, ThresholdsByModel } from './plan/test-plan';
export { selectThresholds } from './plan/thresholds';
export type { SelectedThresholds } from './plan/thresholds';
export { evaluateCase } from './plan/evaluate-case';
export type { CaseResult, ExpectationResult, MeasuredRun, PhaseResult } from './plan/evaluate-case';
export { median, regressionAlerts } from './plan/regression';
export type { RegressionAlert, RegressionOptions } from './plan/regression';

// image
// The engine connection and clean-up (src/engine/, shared with run): the build-module action needs them.
export { EngineUnavailableError, connectEngine, engineUnavailable } from './engine/connect';
export type { ConnectOptions, Engine } from './engine/connect';
export { MANAGED_LABEL, OWNER_LABEL, jobOwnerId, ownerLabels, removeOwnedObjects } from './engine/labels';
export type { CleanupResult } from './engine/labels';
export { EngineStreamError, StreamAbortedError, firstMeaningfulLine, followProgress } from './engine/progress';
export type { FollowOptions, FollowResult, ProgressMessage, StreamKind } from './engine/progress';
export {
  ImageReferenceError,
  checkImageConsistency,
  familiarReference,
  familiarRepository,
  formatReference,
  parseImageReference,
  sameRepository,
  withDefaultTag,
} from './image/reference';
export type { ConsistencyFinding, ConsistencyInput, ImageReference } from './image/reference';
export { BuildContextError, createBuildContext, listContext } from './image/context';
export type { BuildContext, ContextEntry, ContextOptions } from './image/context';
export { BuildError, DEFAULT_PLATFORM, LABEL_MODULE, LABEL_REVISION, LABEL_SOURCE, buildImage, imageLabels, stepTail } from './image/build';
export type { BuildFailure, BuildLimits, BuildOptions, BuildResult, ImageLabelInput } from './image/build';
export { PULL_POLICIES, PullError, ensureImage, repoDigest } from './image/pull';
export type { EnsureImageOptions, EnsuredImage, PullPolicy } from './image/pull';
export { PushError, pushImage, pushedDigest } from './image/push';
export type { PushOptions, PushResult } from './image/push';
export { authconfig, registryAddress } from './image/registry-auth';
export type { RegistryAuth } from './image/registry-auth';
export { BuildModuleError, ISOLATED_BUILD_NETWORK, buildModule, templateImage } from './build-module';
export type { BuildModuleOptions, BuildModuleResult, ImageFinding } from './build-module';
export { buildModuleJob, buildProvenance } from './build-module-job';
export type { BuildModuleJobOptions, BuildModuleJobResult, WorkspaceCommit } from './build-module-job';
// /image

// run
export { runContainer, RunError, dockerSeconds, DEFAULT_WRITABLE_LAYER_BYTES } from './run/run-container';
export type { RunRequest, RunResult } from './run/run-container';
export { planContainer, PlanError, DEFAULT_PIDS_LIMIT, HARDENING_MODES, OUTPUTS_PATH, INPUTS_PATH } from './run/container-spec';
export type { ContainerNetwork, ContainerPlan, ContainerPlanInput, Hardening } from './run/container-spec';
export { PROVIDER_LOG_FILE_BYTES } from './run/result-file';
export { DEFAULT_ISOLATED_NETWORK, DEFAULT_PROBE_IMAGE, DEFAULT_PROBE_TARGETS, IsolationError, ensureIsolatedNetwork, firewallRules, prepareIsolatedNetwork, probeIsolation } from './run/isolated-network';
export type { IsolatedNetworkSpec, IsolationOptions, PreparedNetwork, ProbeOptions, ProbeResult } from './run/isolated-network';

// provider: how a Lilypad provider's Bacalhau reads and runs the job
export { ignoredByProvider, providerJob, SOLVER_TOTAL_SECONDS } from './provider/provider-job';
export type { NetworkType, ProviderJob, ProviderJobResult } from './provider/provider-job';
export { caseClock, providerOutcome, PROVIDER_STOP_GRACE_SECONDS } from './provider/deadlines';
export { DELIBERATE_DIFFERENCES, differencesTable, expectedDifferences } from './provider/deliberate-differences';
export type { ComparisonSetup, DeliberateDifference } from './provider/deliberate-differences';
export type { CaseClock, ProviderOutcome, RunEnd } from './provider/deadlines';
export { CappedLog, DEFAULT_LOG_CAP_BYTES } from './run/capped-log';
export { collectOutputs, OutputLimitError, DEFAULT_OUTPUT_LIMITS } from './run/collect-outputs';
export type { CollectedOutputs, OutputLimits } from './run/collect-outputs';
export { checkInputFiles, MAX_INPUT_BYTES } from './run/input-files';
export { fetchModule, FetchModuleError } from './fetch-module';
export { runModule, RunModuleError, NETWORKED_JOB_NOTICE } from './run-module';
export type { RunModuleOptions } from './run-module';
export { localModuleRef, prepareModule, runModuleJob, withBaseline } from './module-job';
export type { ModuleSource, PreparedModule, RunModuleJobOptions, RunModuleJobResult } from './module-job';

// report
export * from './report/types';
export { reportSummaryMarkdown, reportText, DEFAULT_SUMMARY_BYTES } from './report/summary';
export type { SummaryOptions } from './report/summary';
export { appendToBaseline, baselineFor, emptyBaseline, loadBaseline, saveBaseline, BaselineError, BASELINE_VERSION, DEFAULT_BASELINE_KEEP } from './report/baseline';
export type { Baseline, BaselineRun, BaselineSeries } from './report/baseline';
export { writeReport, REPORT_FILE } from './report/write-report';
export { logTail, LOG_TAIL_CHARS, LOG_TAIL_LINES } from './report/log-tail';
export type { LogTail } from './report/log-tail';
