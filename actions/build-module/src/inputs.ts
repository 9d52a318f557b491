// build-module's inputs, checked and typed before anything talks to Docker (the common ones are in
// @lilypad-actions/action-shared/inputs). The password is masked before anything else can print it.
import * as core from '@actions/core';
import { DEFAULT_PLATFORM, DEFAULT_PROBE_IMAGE } from '@lilypad-actions/module-runner';
import { parseAddresses, parseCpus, parseSize } from '@lilypad-actions/action-shared/container-inputs';
import { ConfigurationError, parseBoolean, parseSeconds } from '@lilypad-actions/action-shared/inputs';

/** The step's inputs, keys spelled as in action.yml. */
export interface Inputs {
  path: string;
  image: string;
  platform: string;
  'build-args': Record<string, string>;
  network: string;
  push: boolean;
  registry: string;
  username: string;
  password: string;
  timeout: number;
  memory: number | undefined;
  cpus: number | undefined;
  'allow-metadata': boolean;
  'probe-addresses': string[] | undefined;
  'probe-image': string;
}

const DEFAULT_TIMEOUT_SECONDS = 1800;

export function readInputs(): Inputs {
  // Masked before anything else can print it.
  const password = core.getInput('password');
  if (password) core.setSecret(password);
  return {
    path: core.getInput('path') || '.',
    image: core.getInput('image'),
    platform: core.getInput('platform') || DEFAULT_PLATFORM,
    'build-args': parseBuildArgs(core.getInput('build-args', { trimWhitespace: false })),
    network: core.getInput('network') || 'default',
    push: parseBoolean('push', core.getInput('push'), false),
    registry: core.getInput('registry'),
    username: core.getInput('username'),
    password,
    timeout: parseSeconds('timeout', core.getInput('timeout'), DEFAULT_TIMEOUT_SECONDS),
    memory: parseSize('memory', core.getInput('memory')),
    cpus: parseCpus('cpus', core.getInput('cpus')),
    'allow-metadata': parseBoolean('allow-metadata', core.getInput('allow-metadata'), false),
    'probe-addresses': parseAddresses('probe-addresses', core.getInput('probe-addresses')),
    'probe-image': core.getInput('probe-image') || DEFAULT_PROBE_IMAGE,
  };
}

/** `build-args`: one KEY=VALUE a line (blank lines and `#` comments skipped), as `--build-arg`. */
export function parseBuildArgs(text: string): Record<string, string> {
  const args: Record<string, string> = {};
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) return;
    const eq = line.indexOf('=');
    if (eq <= 0) throw new ConfigurationError(`build-args line ${i + 1}: expected KEY=VALUE, got ${JSON.stringify(line)}`);
    const key = line.slice(0, eq).trim();
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(key)) throw new ConfigurationError(`build-args line ${i + 1}: ${JSON.stringify(key)} is not a valid build argument name (letters, digits, _)`);
    // The value keeps its inner spaces: `--build-arg` passes everything after the first "=".
    args[key] = raw.slice(raw.indexOf('=') + 1).replace(/\s+$/, '');
  });
  return args;
}
