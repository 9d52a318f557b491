// build-module: reads the step's inputs, builds (and maybe pushes) the module's image with
// module-runner's buildModuleJob, and maps the result to outputs, annotations, the job summary and
// the step's status. The build's output is the module's (its Dockerfile's RUN steps print what they
// like): it is shown verbatim with workflow commands stopped around it, and our lines about it go
// through safeLines.
import * as core from '@actions/core';
import { buildModuleJob, jobOwnerId, type BuildModuleJobResult } from '@lilypad-actions/module-runner';
import { beginStopCommands, safeLines } from '@lilypad-actions/workflow-commands';
import { runAction } from '@lilypad-actions/action-shared/fail';
import { registryLogin } from '@lilypad-actions/action-shared/registry-login';
import { readInputs } from './inputs';
import { formatBuildSummary } from './summary';

async function run(): Promise<void> {
  const inputs = readInputs();
  const auth = registryLogin(inputs);
  core.startGroup(`docker build ${inputs.path} (${inputs.platform})`);
  const output = beginStopCommands((text) => process.stdout.write(text));
  let result: BuildModuleJobResult;
  try {
    result = await buildModuleJob({
      at: { workspace: process.env.GITHUB_WORKSPACE || process.cwd(), serverUrl: process.env.GITHUB_SERVER_URL, repository: process.env.GITHUB_REPOSITORY, sha: process.env.GITHUB_SHA },
      path: inputs.path,
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
  for (const f of result.findings) {
    if (f.kind === 'ok') core.info(safeLines(f.message));
    else core[f.severity === 'error' ? 'error' : 'warning'](f.message, { title: 'build-module: image check', ...result.imageAnnotation });
  }
  if (process.env.GITHUB_STEP_SUMMARY) await core.summary.addRaw(formatBuildSummary(result, inputs.platform)).write();
  const errors = result.findings.filter((f) => f.kind !== 'ok' && f.severity === 'error');
  if (errors.length > 0) core.setFailed(`The template's Image does not match the image built: ${errors[0]!.message}`);
}

runAction('build-module', run);
