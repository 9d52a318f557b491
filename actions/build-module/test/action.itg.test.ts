// The committed bundles, run as the runner runs them: `node dist/index.js` (and dist/post.js) in the
// workspace, inputs as INPUT_* variables with action.yml's defaults filled in, GITHUB_OUTPUT and
// GITHUB_STEP_SUMMARY files in a temp dir; against the real engine and a local registry.
import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { BASE_IMAGE, leftovers, removeImages, startRegistry, testEngine, type LocalRegistry } from '../../../test/support/docker';
import { ownerLabels } from '../../../packages/module-runner/src/engine/labels';
import { makeWorkspace, runActionStep, type ActionStep } from '../../../test/support/action-step';
import { INJECTIONS, unexpectedCommands } from '../../../test/support/runner-commands';

const actionDir = fileURLToPath(new URL('..', import.meta.url));
const action = parse(readFileSync(path.join(actionDir, 'action.yml'), 'utf8')) as {
  runs: { using: string; main: string; post: string };
  inputs: Record<string, { default?: string }>;
  outputs: Record<string, { description: string }>;
};

const scratch = mkdtempSync(path.join(tmpdir(), 'build-module-action-'));
const images: string[] = [];
let registry: LocalRegistry;
beforeAll(async () => {
  registry = await startRegistry();
});
afterAll(async () => {
  await removeImages(...images);
  await registry?.stop();
  rmSync(scratch, { recursive: true, force: true });
});

const workspace = (files: Record<string, string>): string => makeWorkspace(scratch, files);

const template = (image: string): string =>
  [
    '{',
    '  "machine": {"gpu": 0, "cpu": 1000, "ram": 100},',
    '  "job": {"APIVersion": "V1beta1", "Spec": {"Engine": "Docker",',
    '    "Docker": {',
    '      "Entrypoint": ["echo", {{ if .Message }}{{ .Message }}{{ else }}"hi"{{ end }}],',
    `      "Image": "${image}"`,
    '    },',
    '    "Timeout": 60}}',
    '}',
    '',
  ].join('\n');

/** Runs a bundle as a step (test/support/action-step.ts), in this repository's workflow context. */
function runBundle(file: 'index.js' | 'post.js', ws: string, withInputs: Record<string, string> = {}, extraEnv: NodeJS.ProcessEnv = {}): Promise<ActionStep> {
  return runActionStep({
    actionDir,
    entry: file,
    workspace: ws,
    runnerDir: scratch,
    // The RUN steps need no network; "none" keeps them off the engine's bridge.
    inputs: { network: 'none', ...withInputs },
    env: {
      GITHUB_SERVER_URL: 'https://github.com',
      GITHUB_REPOSITORY: 'lilypad-tech/example-module',
      GITHUB_SHA: '0123456789abcdef0123456789abcdef01234567',
      ...extraEnv,
    },
  });
}

const NO_STACK = /^\s+at /m;

test('action.yml: node24, main and post bundles, the documented inputs and outputs', () => {
  expect(action.runs).toEqual({ using: 'node24', main: 'dist/index.js', post: 'dist/post.js' });
  expect(Object.keys(action.inputs)).toEqual(['path', 'image', 'platform', 'build-args', 'network', 'memory', 'cpus', 'allow-metadata', 'probe-addresses', 'probe-image', 'push', 'registry', 'username', 'password', 'timeout']);
  expect(Object.keys(action.outputs)).toEqual(['image-id', 'digest', 'image', 'seconds']);
  expect(action.inputs.platform!.default).toBe('linux/amd64');
});

describe('dist/index.js', () => {
  test('builds with build args, pushes with masked credentials, outputs the digest and the pin', async () => {
    const engine = await testEngine();
    const repo = `${registry.host}/lilypad-test/action-${randomUUID().slice(0, 8)}`;
    images.push(`${repo}:v1`);
    const ws = workspace({
      Dockerfile: `FROM ${BASE_IMAGE}\nARG FLAVOUR\nLABEL test.unique=${randomUUID()}\nRUN echo "flavour=$FLAVOUR"\n`,
      'lilypad_module.json.tmpl': template(`${repo}:v1`),
    });
    const password = `pw-${randomUUID()}`;
    const r = await runBundle('index.js', ws, { 'build-args': 'FLAVOUR=mint\n', push: 'true', username: 'ci', password });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`::add-mask::${password}`);
    expect(r.stdout.split(`::add-mask::${password}`).join('')).not.toContain(password);
    expect(r.stdout).toContain('flavour=mint');
    expect(r.outputs['image-id']).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(Number(r.outputs.seconds)).toBeGreaterThan(0);
    expect(r.outputs.digest).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(r.outputs.image).toBe(`${repo}@${r.outputs.digest}`);
    // Not pinned: a warning on the template's Image line, with the pin to use.
    expect(r.annotations).toEqual([expect.stringMatching(new RegExp(`^::warning title=build-module%3A image check,file=lilypad_module\\.json\\.tmpl,line=6::The template's Image .* is not pinned by digest: .*Pin ${repo.replace(/[.]/g, '\\.')}@sha256:[0-9a-f]{64}\\.$`))]);
    expect(r.summary).toContain(`| pin as | \`${repo}@${r.outputs.digest}\` |`);
    const info = await engine.docker.getImage(`${repo}:v1`).inspect();
    expect(info.Id).toBe(r.outputs['image-id']);
    expect(info.Config.Labels).toMatchObject({
      'org.opencontainers.image.source': 'https://github.com/lilypad-tech/example-module',
      'org.opencontainers.image.revision': '0123456789abcdef0123456789abcdef01234567',
      'io.lilypad-actions.module': 'github.com/lilypad-tech/example-module:0123456789abcdef0123456789abcdef01234567',
    });
  });

  test('a failing RUN fails the step with the command, its exit code and its output; no stack', async () => {
    const ws = workspace({ Dockerfile: `FROM ${BASE_IMAGE}\nRUN echo "compiling $((6 * 7)) things" && exit 3\n` });
    const name = `lilypad-test/action-fail-${randomUUID().slice(0, 8)}`;
    images.push(`${name}:latest`);
    const r = await runBundle('index.js', ws, { image: name });
    expect(r.code).toBe(1);
    expect(r.annotations).toEqual([expect.stringMatching(/^::error::Step 2\/\d+ : RUN echo .* returned a non-zero code: 3$/)]);
    // The step's own output, verbatim, with workflow commands stopped around it.
    expect(r.stdout).toMatch(/last lines of the failing step:\n::stop-commands::(t[0-9a-f]{32})\n {2}compiling 42 things\n::\1::\n/);
    expect(r.stdout + r.stderr).not.toMatch(NO_STACK);
    expect(r.outputs).toEqual({});
  });

  // Issue 9, finding 4: a Dockerfile's RUN steps print what they like, and the step shows it.
  test('build output that looks like workflow commands is shown verbatim and is none', async () => {
    const name = `lilypad-test/action-inject-${randomUUID().slice(0, 8)}`;
    images.push(`${name}:latest`);
    const printf = INJECTIONS.map((p) => `'${p.replace(/\n/g, '\\n')}'`).join(' ');
    const ws = workspace({ Dockerfile: `FROM ${BASE_IMAGE}\nLABEL test.unique=${randomUUID()}\nRUN printf '%b\\n' ${printf}\n` });
    const r = await runBundle('index.js', ws, { image: name });
    expect(r.code, r.stdout).toBe(0);
    for (const line of ['::add-mask::secret', '  ::set-output name=x::y', '##[error]x', '::error title=x::y']) expect(r.stdout.split('\n')).toContain(line);
    // The image check's own warning (no template here) is the one annotation.
    expect(unexpectedCommands(r.commands, ['build-module: image check'])).toEqual([]);
    expect(r.commands.filter((c) => c.effect === 'stop')).toHaveLength(1);
    expect(r.commands.filter((c) => c.command === 'endgroup')).toHaveLength(1);
  });

  test('a failing RUN whose last lines look like commands: shown verbatim, only the failure is an annotation', async () => {
    const name = `lilypad-test/action-inject-fail-${randomUUID().slice(0, 8)}`;
    images.push(`${name}:latest`);
    const ws = workspace({ Dockerfile: `FROM ${BASE_IMAGE}\nRUN printf '::add-mask::secret\\n##[error]x\\n' && exit 3\n` });
    const r = await runBundle('index.js', ws, { image: name });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('\n  ::add-mask::secret\n  ##[error]x\n');
    expect(unexpectedCommands(r.commands, [''])).toEqual([]);
    expect(r.annotations).toEqual([expect.stringMatching(/^::error::Step 2\/\d+ : RUN printf .* returned a non-zero code: 3$/)]);
  });

  test("the template's Image names another repository: outputs set, step failed, error on the Image line", async () => {
    const name = `lilypad-test/action-other-${randomUUID().slice(0, 8)}`;
    images.push(`${name}:latest`);
    const ws = workspace({ Dockerfile: `FROM ${BASE_IMAGE}\nLABEL test.unique=${randomUUID()}\n`, 'lilypad_module.json.tmpl': template('ghcr.io/someone/else:1') });
    const r = await runBundle('index.js', ws, { image: name });
    expect(r.code).toBe(1);
    expect(r.outputs['image-id']).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(r.outputs.image).toBe(`${name}:latest`);
    expect(r.outputs.digest).toBe('');
    expect(r.annotations[0]).toMatch(/^::error title=build-module%3A image check,file=lilypad_module\.json\.tmpl,line=6::The template's Image "ghcr\.io\/someone\/else:1" is repository ghcr\.io\/someone\/else, but the image was built as lilypad-test\/action-other-/);
    expect(r.annotations.at(-1)).toMatch(/^::error::The template's Image does not match the image built: /);
    expect(r.summary).toContain('❌');
  });

  test('a user error (no Dockerfile, no image name): exit 1, one line, no stack', async () => {
    const ws = workspace({ 'README.md': 'no module here' });
    const r = await runBundle('index.js', ws);
    expect(r.code).toBe(1);
    expect(r.annotations).toHaveLength(1);
    expect(r.annotations[0]).toMatch(/^::error::Set the image input \(the name to build, e\.g\. ghcr\.io\/owner\/module\): it could not be read from the template because cannot read .*: no such file\.$/);
    expect(r.stdout + r.stderr).not.toMatch(NO_STACK);
  });

  test.each([
    [{ 'build-args': 'not an assignment' }, 'build-args line 1: expected KEY=VALUE, got "not an assignment"'],
    [{ memory: 'plenty' }, 'memory: expected a size such as 20GB or 10GiB, got "plenty"'],
    [{ cpus: '-1' }, 'cpus: expected a number of CPUs such as 2 or 0.5, got "-1"'],
    [{ 'probe-addresses': 'metadata' }, 'probe-addresses: expected host:port addresses, got "metadata"'],
  ])('a bad input %j: exit 1 naming the input', async (inputs, message) => {
    const r = await runBundle('index.js', workspace({}), inputs);
    expect(r.code).toBe(1);
    expect(r.annotations).toEqual([`::error::${message}`]);
  });

  // Issue 9, finding 2: an untrusted Dockerfile on the GPU runner builds under limits, on the
  // isolated network, never with the GPUs.
  test('memory and cpus: every RUN step reads its limits back', async () => {
    const name = `lilypad-test/action-limits-${randomUUID().slice(0, 8)}`;
    images.push(`${name}:latest`);
    const ws = workspace({ Dockerfile: `FROM ${BASE_IMAGE}\nLABEL test.unique=${randomUUID()}\nRUN echo "limits $(cat /sys/fs/cgroup/memory/memory.limit_in_bytes) $(cat /sys/fs/cgroup/cpu/cpu.cfs_quota_us)"\n` });
    const r = await runBundle('index.js', ws, { image: name, memory: '512MB', cpus: '1.5' });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('limits 512000000 150000');
  });

  test('network isolated: the probe stops the build while the runner is reachable; with allow-metadata it builds there, warned', async () => {
    const name = `lilypad-test/action-isolated-${randomUUID().slice(0, 8)}`;
    images.push(`${name}:latest`);
    const ws = workspace({ Dockerfile: `FROM ${BASE_IMAGE}\nLABEL test.unique=${randomUUID()}\nRUN echo "interfaces $(ls /sys/class/net | tr '\\n' ' ')"\n` });
    // No traffic leaves the machine: the only extra target is this machine's own port 9 (discard).
    const refused = await runBundle('index.js', ws, { image: name, network: 'isolated', 'probe-addresses': '127.0.0.1:9', 'probe-image': BASE_IMAGE });
    expect(refused.code).toBe(1);
    expect(refused.annotations).toEqual([expect.stringMatching(/^::error::network preflight failed: a container on network lilypad-isolated \(bridge br-lilypad\) can reach \d+\.\d+\.\d+\.\d+:\d+/)]);
    const allowed = await runBundle('index.js', ws, { image: name, network: 'isolated', 'probe-addresses': '127.0.0.1:9', 'probe-image': BASE_IMAGE, 'allow-metadata': 'true' });
    expect(allowed.code).toBe(0);
    expect(allowed.stdout).toContain('interfaces eth0 lo ');
    expect(allowed.annotations.some((a) => a.startsWith('::warning title=network-isolation::allow-metadata is true: a container on network lilypad-isolated'))).toBe(true);
    // lilypad-isolated stays, as on a runner: other test files use it at the same time.
  }, 120_000);

  test('no Docker daemon: the one clear message', async () => {
    const ws = workspace({ Dockerfile: `FROM ${BASE_IMAGE}\n` });
    const r = await runBundle('index.js', ws, { image: 'x/y' }, { DOCKER_HOST: 'unix:///tmp/nonexistent.sock' });
    expect(r.code).toBe(1);
    expect(r.annotations).toEqual([
      '::error::The Docker daemon is not running: nothing answers at /tmp/nonexistent.sock. Start it (sudo systemctl start docker, or sudo dockerd &) or point DOCKER_HOST at a running engine.',
    ]);
  });
});

test('dist/post.js removes the containers labelled with this job, and only those', async () => {
  const { docker } = await testEngine();
  const job = `job${randomUUID().slice(0, 8)}`;
  const owner = `4242-1-${job}`;
  const other = `4242-1-other${randomUUID().slice(0, 8)}`;
  // Created, not started: the clean-up must not depend on a container's state.
  const mine = await docker.createContainer({ Image: BASE_IMAGE, Cmd: ['true'], Labels: ownerLabels(owner) });
  const theirs = await docker.createContainer({ Image: BASE_IMAGE, Cmd: ['true'], Labels: ownerLabels(other) });
  try {
    const r = await runBundle('post.js', workspace({}), {}, { GITHUB_RUN_ID: '4242', GITHUB_RUN_ATTEMPT: '1', GITHUB_JOB: job });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`removed 1 container(s) and 0 volume(s) of job ${owner}`);
    expect(await leftovers(owner)).toEqual({ containers: [], volumes: [] });
    expect((await leftovers(other)).containers).toEqual([theirs.id]);
  } finally {
    await mine.remove({ force: true }).catch(() => undefined);
    await theirs.remove({ force: true });
  }
});
