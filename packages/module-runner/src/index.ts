// @lilypad-actions/module-runner: build and run a Lilypad module as a resource provider would.
// So far the engine-free parts: GPU discovery and preflight, test plans, thresholds, verdicts.

export { NvidiaSmiError, parseNvidiaSmiCsv, parseNvidiaSmiList, parseNvidiaSmiTable, parseNvidiaSmiXml } from './gpu/nvidia-smi';
export type { GpuInfo, NvidiaSmiFailure } from './gpu/nvidia-smi';
export { decideGpu } from './gpu/preflight';
export type { GpuDecision, GpuPreflightInput } from './gpu/preflight';
export { DEFAULT_TEST_PLAN_PATH, PHASES, TestPlanError, compilePattern, loadTestPlan, parseTestPlan } from './plan/test-plan';
export type { Expectations, FileExpectation, Phase, PhaseSeconds, TestCase, TestPlan, ThresholdsByModel } from './plan/test-plan';
export { selectThresholds } from './plan/thresholds';
export type { SelectedThresholds } from './plan/thresholds';
export { evaluateCase } from './plan/evaluate-case';
export type { CaseResult, ExpectationResult, MeasuredRun, PhaseResult } from './plan/evaluate-case';
export { median, regressionAlerts } from './plan/regression';
export type { RegressionAlert, RegressionOptions } from './plan/regression';
