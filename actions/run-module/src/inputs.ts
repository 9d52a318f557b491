// run-module's inputs, checked and typed before anything talks to Docker (the common ones are in
// @lilypad-actions/action-shared/inputs). The password is masked before anything else can print it.
import * as core from '@actions/core';
import { DEFAULT_PROBE_IMAGE, HARDENING_MODES, PULL_POLICIES, type RegistryAuth } from '@lilypad-actions/module-runner';
import { SOLVER_DEFAULT_EXECUTION_SECONDS } from '@lilypad-actions/module-spec';
import { parseAddresses, parseSize } from '@lilypad-actions/action-shared/container-inputs';
import { ConfigurationError, parseBoolean, parseChoice, parseInputSets, parseSeconds, parseSummary, type SummaryMode } from '@lilypad-actions/action-shared/inputs';
import { registryLogin } from '@lilypad-actions/action-shared/registry-login';

/** The step's inputs, keys spelled as in action.yml. */
export interface Inputs {
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
  summary: SummaryMode;
  /** build-module's `seconds`, reported as the first case's build phase. */
  buildSeconds: number | undefined;
  hardening: (typeof HARDENING_MODES)[number];
  allowMetadata: boolean;
  probeAddresses: string[] | undefined;
  probeImage: string;
  writableLayerLimit: number | undefined;
}

export function readInputs(): Inputs {
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
    summary: parseSummary(core.getInput('summary')),
    hardening: parseChoice('hardening', core.getInput('hardening'), HARDENING_MODES),
    allowMetadata: parseBoolean('allow-metadata', core.getInput('allow-metadata'), false),
    probeAddresses: parseAddresses('probe-addresses', core.getInput('probe-addresses')),
    probeImage: core.getInput('probe-image') || DEFAULT_PROBE_IMAGE,
    writableLayerLimit: parseSize('writable-layer-limit', core.getInput('writable-layer-limit')),
  };
}
