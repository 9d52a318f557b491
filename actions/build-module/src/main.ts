// build-module: reads the step's inputs, builds (and maybe pushes) the module's image with
// module-runner, and maps the result to outputs, annotations, the job summary and the step's status.
// The build's output is the module's (its Dockerfile's RUN steps print what they like): it is shown
// verbatim with workflow commands stopped around it, and our lines about it go through safeLines.
import path from 'node:path';
import * as core from '@actions/core';
import {
  BuildContextError,
  BuildError,
  BuildModuleError,
  DEFAULT_PLATFORM,
  EngineUnavailableError,
  ImageReferenceError,
  PushError,
  buildModule,
  connectEngine,
  DEFAULT_PROBE_IMAGE,
  jobOwnerId,
  type BuildModuleResult,
  type RegistryAuth,
} from '@lilypad-actions/module-runner';
import { beginStopCommands, safeLines, stopCommands } from '@lilypad-actions/workflow-commands';
import { parseAddresses, parseCpus, parseSize } from '../../shared/container-inputs';
import { ConfigurationError, parseBoolean, parseSeconds } from '../../shared/inputs';
import { parseBuildArgs } from './inputs';
import { registryLogin } from '../../shared/registry-login';
import { formatBuildSummary } from './summary';

/** The step's inputs, keys spelled as in action.yml. */
interface Inputs {
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

function readInputs(): Inputs {
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

async function run(): Promise<void> {
  const inputs = readInputs();
  const workspace = process.env.GITHUB_WORKSPACE || process.cwd();
  const moduleDir = path.resolve(workspace, inputs.path);
  const { GITHUB_SERVER_URL = 'https://github.com', GITHUB_REPOSITORY, GITHUB_SHA } = process.env;
  const atRoot = path.relative(workspace, moduleDir) === '';

  const auth = registryLogin(inputs);
  const engine = await connectEngine();
  core.startGroup(`docker build ${inputs.path} (${inputs.platform})`);
  const output = beginStopCommands((text) => process.stdout.write(text));
  let result: BuildModuleResult;
  try {
    result = await buildModule({
      engine,
      moduleDir,
      ...(inputs.image ? { image: inputs.image } : {}),
      platform: inputs.platform,
      buildArgs: inputs['build-args'],
      network: inputs.network,
      // The isolated network's probe (network: isolated), as run-module's for a Full module.
      isolation: {
        allowMetadata: inputs['allow-metadata'],
        ...(inputs['probe-addresses'] ? { probeTargets: inputs['probe-addresses'] } : {}),
        probeImage: inputs['probe-image'],
        owner: jobOwnerId() ?? `local-${process.pid}`,
        onProgress: (line) => core.info(line),
      },
      limits: { ...(inputs.memory !== undefined ? { memoryBytes: inputs.memory } : {}), ...(inputs.cpus !== undefined ? { cpus: inputs.cpus } : {}) },
      // The Dockerfile is untrusted: its RUN steps must not get the GPUs.
      noGpu: true,
      push: inputs.push,
      ...(auth ? { auth } : {}),
      timeoutMs: inputs.timeout * 1000,
      source: GITHUB_REPOSITORY ? `${GITHUB_SERVER_URL}/${GITHUB_REPOSITORY}` : '',
      revision: GITHUB_SHA ?? '',
      // Lilypad runs a module from its repository's root: only then is it `repo:commit`.
      ...(GITHUB_REPOSITORY && GITHUB_SHA && atRoot ? { module: `${new URL(GITHUB_SERVER_URL).host}/${GITHUB_REPOSITORY}:${GITHUB_SHA}` } : {}),
      onProgress: (line) => output.write(`${line}\n`),
    });
  } finally {
    // Commands back on before anything of ours: the group's end, annotations, the failure.
    output.end();
    core.endGroup();
  }

  core.setOutput('image-id', result.imageId);
  core.setOutput('digest', result.digest ?? '');
  core.setOutput('image', result.pinned ?? result.image);
  core.setOutput('seconds', result.build.seconds.toFixed(3));
  core.info(safeLines(`built ${result.image} (${result.imageId}) in ${result.build.seconds.toFixed(1)} s${result.pinned ? `, pushed as ${result.pinned}` : ''}`));
  if (result.network?.warning) core.warning(result.network.warning, { title: 'network-isolation' });

  const shown = result.templateLocation ? path.relative(workspace, result.templateLocation.file).split(path.sep).join('/') : undefined;
  const where = shown ? { file: shown, ...(result.templateLocation?.line ? { startLine: result.templateLocation.line } : {}) } : {};
  for (const f of result.findings) {
    if (f.kind === 'ok') core.info(safeLines(f.message));
    else if (f.severity === 'error') core.error(f.message, { title: 'build-module: image check', ...where });
    else core.warning(f.message, { title: 'build-module: image check', ...where });
  }
  if (process.env.GITHUB_STEP_SUMMARY) await core.summary.addRaw(formatBuildSummary(result, inputs.platform)).write();
  const errors = result.findings.filter((f) => f.kind !== 'ok' && f.severity === 'error');
  if (errors.length > 0) core.setFailed(`The template's Image does not match the image built: ${errors[0]!.message}`);
}

/** Errors the user can fix: the one-line message is the whole story. */
const USER_ERRORS = [ConfigurationError, BuildModuleError, BuildError, BuildContextError, PushError, EngineUnavailableError, ImageReferenceError];

run().catch((e: unknown) => {
  if (USER_ERRORS.some((type) => e instanceof type)) {
    // The failing step's last output lines, where the reason usually is.
    if (e instanceof BuildError && e.detail.length > 0) {
      core.info('last lines of the failing step:');
      process.stdout.write(stopCommands(e.detail.map((l) => `  ${l}`).join('\n')));
    }
    return core.setFailed((e as Error).message);
  }
  // A bug: the stack goes to the log, one line to the annotation.
  console.error(e instanceof Error ? e.stack : e);
  core.setFailed(`build-module failed unexpectedly (a bug; please report it): ${e instanceof Error ? e.message : String(e)}`);
});
