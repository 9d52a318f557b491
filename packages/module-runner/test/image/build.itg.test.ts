// docker build against the real engine (bash test/docker/start-engine.sh), from the local base image.
import { randomUUID } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Docker from 'dockerode';
import { afterAll, describe, expect, test } from 'vitest';
import { BASE_IMAGE, removeImages, testEngine } from '../../../../test/support/docker';
import { connectEngine, EngineUnavailableError } from '../../src/engine/connect';
import { BuildError, buildImage, imageLabels, LABEL_MODULE, LABEL_REVISION, LABEL_SOURCE } from '../../src/image/build';

const scratch = mkdtempSync(path.join(tmpdir(), 'build-itg-'));
const tags: string[] = [];
afterAll(async () => {
  await removeImages(...tags);
  rmSync(scratch, { recursive: true, force: true });
});

/** A unique tag for this test run, removed afterwards. */
function tag(name: string): string {
  const t = `lilypad-test/build-${name}:${randomUUID().slice(0, 8)}`;
  tags.push(t);
  return t;
}

function contextDir(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(scratch, 'ctx-'));
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), content);
  }
  return dir;
}

// The RUN steps need no network: "none" keeps the tests off the engine's bridge network. No
// cache, so that every step prints its output again.
const NETWORK = 'none';
const labels = imageLabels({ source: 'https://github.com/lilypad-tech/test-module', revision: 'abc123', module: 'github.com/lilypad-tech/test-module@v1' });

async function failure(promise: Promise<unknown>): Promise<BuildError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(BuildError);
  return error as BuildError;
}

describe('buildImage', () => {
  test('build args, labels and the platform end up on the image', async () => {
    const engine = await testEngine();
    const t = tag('args');
    const lines: string[] = [];
    const dir = contextDir({ Dockerfile: `FROM ${BASE_IMAGE}\nARG GREETING=unset\nENV GREETING=$GREETING\nRUN echo "greeting is $GREETING"\n` });
    const result = await buildImage({ engine, network: NETWORK, noCache: true, contextDir: dir, tags: [t], buildArgs: { GREETING: 'hello-arg' }, labels: { ...labels, 'test.extra': 'x' }, onProgress: (l) => lines.push(l), platform: 'linux/amd64' });
    expect(result.imageId).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(result.seconds).toBeGreaterThan(0);
    expect(result.log).toContain('greeting is hello-arg');
    expect(lines.some((l) => /^Step 4\/\d+ : RUN echo "greeting is \$GREETING"$/.test(l))).toBe(true);
    const info = await engine.docker.getImage(t).inspect();
    expect(info.Id).toBe(result.imageId);
    expect(info.Config.Env).toContain('GREETING=hello-arg');
    expect(info.Config.Labels).toMatchObject({
      [LABEL_SOURCE]: 'https://github.com/lilypad-tech/test-module',
      [LABEL_REVISION]: 'abc123',
      [LABEL_MODULE]: 'github.com/lilypad-tech/test-module@v1',
      'test.extra': 'x',
    });
    expect([info.Os, info.Architecture]).toEqual(['linux', 'amd64']);
  });

  test('a platform the engine does not know is refused with its reason', async () => {
    const engine = await testEngine();
    const dir = contextDir({ Dockerfile: `FROM ${BASE_IMAGE}\n` });
    const error = await failure(buildImage({ engine, network: NETWORK, noCache: true, contextDir: dir, tags: [tag('platform')], labels, platform: 'bogus' }));
    expect(error.kind).toBe('engine');
    expect(error.message).toMatch(/"bogus": unknown operating system or architecture/);
  });

  // The Dockerfile is sent (the builder needs it), and the engine then drops it from what COPY
  // sees because .dockerignore lists it (moby's remotecontext removeDockerfile).
  test('a .dockerignored file is not in the image; exceptions are', async () => {
    const engine = await testEngine();
    const dir = contextDir({
      Dockerfile: `FROM ${BASE_IMAGE}\nCOPY . /ctx\nRUN find /ctx | sort\nRUN test ! -e /ctx/secret.txt && test ! -e /ctx/cache/blob && test -e /ctx/cache/keep.txt\n`,
      '.dockerignore': 'secret.txt\ncache\n!cache/keep.txt\nDockerfile\n',
      'secret.txt': 'do not ship',
      'cache/blob': 'x',
      'cache/keep.txt': 'k',
      'app.sh': 'echo hi',
    });
    const result = await buildImage({ engine, network: NETWORK, noCache: true, contextDir: dir, tags: [tag('ignore')], labels });
    expect(result.log).toEqual(expect.arrayContaining(['/ctx/app.sh', '/ctx/cache/keep.txt']));
    expect(result.log.filter((l) => /^\/ctx\/(secret|cache\/blob|Dockerfile)/.test(l))).toEqual([]);
  });

  test('a Dockerfile syntax error: the engine refuses it (HTTP 400) and the line is named', async () => {
    const engine = await testEngine();
    const dir = contextDir({ Dockerfile: `FROM ${BASE_IMAGE}\nRUN echo ok\nFROMM nothing\n` });
    const error = await failure(buildImage({ engine, network: NETWORK, noCache: true, contextDir: dir, tags: [tag('syntax')], labels }));
    expect(error.kind).toBe('dockerfile');
    expect(error.message).toBe('Dockerfile: dockerfile parse error line 3: unknown instruction: FROMM');
  });

  test('a Dockerfile error found only while building (in the stream) names the step', async () => {
    const engine = await testEngine();
    const dir = contextDir({ Dockerfile: `FROM ${BASE_IMAGE}\nARG BASE\nFROM $BASE\n` });
    const error = await failure(buildImage({ engine, network: NETWORK, noCache: true, contextDir: dir, tags: [tag('stream-syntax')], labels }));
    expect(error.kind).toBe('dockerfile');
    expect(error.message).toMatch(/^base name \(\$BASE\) should not be blank \(at Step 3\/\d+ : FROM \$BASE\)$/);
  });

  test('a build that fails mid-way: the failing command, its exit code and its last output lines', async () => {
    const engine = await testEngine();
    const t = tag('midway');
    const dir = contextDir({ Dockerfile: `FROM ${BASE_IMAGE}\nRUN echo first step ran\nRUN echo line one && echo line two && false\nRUN echo never\n` });
    const error = await failure(buildImage({ engine, network: NETWORK, noCache: true, contextDir: dir, tags: [t], labels }));
    expect(error.kind).toBe('step');
    // The engine counts the label options as steps of their own at the end: Step 3/N.
    expect(error.message).toMatch(/^Step 3\/\d+ : RUN echo line one && echo line two && false: /);
    expect(error.message).toMatch(/: The command '\/bin\/sh -c echo line one && echo line two && false' returned a non-zero code: 1$/);
    expect(error.detail).toEqual(['line one', 'line two']);
    expect(error.log).toContain('first step ran');
    expect(error.log).not.toContain('never');
    // Nothing was tagged.
    await expect(engine.docker.getImage(t).inspect()).rejects.toMatchObject({ statusCode: 404 });
  });

  test('a build over its time limit is aborted, and no build container is left behind', async () => {
    const engine = await testEngine();
    const buildId = randomUUID();
    // Containers inherit the image's labels: the RUN step's container carries this one.
    const dir = contextDir({ Dockerfile: `FROM ${BASE_IMAGE}\nLABEL io.lilypad-actions.test-build=${buildId}\nRUN echo sleeping && sleep 300\n` });
    const started = performance.now();
    const lines: string[] = [];
    const error = await failure(buildImage({ engine, network: NETWORK, noCache: true, contextDir: dir, tags: [tag('timeout')], labels, timeoutMs: 3000, onProgress: (l) => lines.push(l) }));
    const seconds = (performance.now() - started) / 1000;
    expect(error.kind).toBe('timeout');
    expect(error.message).toMatch(/^build timed out after 3s/);
    expect(error.detail).toEqual(['sleeping']);
    expect(seconds).toBeLessThan(25);
    // The step did start a container (so the check below is about something real)…
    expect(lines.some((l) => /^ ---> Running in [0-9a-f]+$/.test(l))).toBe(true);
    // …and none is left, running or not.
    const left = await engine.docker.listContainers({ all: true, filters: { label: [`io.lilypad-actions.test-build=${buildId}`] } });
    expect(left).toEqual([]);
  });

  test('an already aborted signal cancels before anything runs', async () => {
    const engine = await testEngine();
    const dir = contextDir({ Dockerfile: `FROM ${BASE_IMAGE}\n` });
    const controller = new AbortController();
    controller.abort(new Error('job cancelled'));
    const error = await failure(buildImage({ engine, network: NETWORK, noCache: true, contextDir: dir, tags: [tag('cancel')], labels, signal: controller.signal }));
    expect(error.kind).toBe('cancelled');
    expect(error.message).toBe('build cancelled: job cancelled');
  });

  test('a context that cannot be made is a BuildError naming the problem', async () => {
    const engine = await testEngine();
    const error = await failure(buildImage({ engine, network: NETWORK, noCache: true, contextDir: contextDir({ 'main.py': '' }), tags: [tag('noctx')], labels }));
    expect(error.kind).toBe('context');
    expect(error.message).toMatch(/^no Dockerfile in /);
  });
});

// Issue 9, finding 2: an untrusted Dockerfile built on the GPU runner runs its RUN steps under the
// build API's limits. Each step reads them back from inside.
describe('buildImage: limits on the RUN steps', () => {
  test('each RUN step reads back its memory limit (no swap beyond it) and its CPU quota', async () => {
    const engine = await testEngine();
    const probe = 'echo "memory $(cat /sys/fs/cgroup/memory/memory.limit_in_bytes) swap $(cat /sys/fs/cgroup/memory/memory.memsw.limit_in_bytes) cpu $(cat /sys/fs/cgroup/cpu/cpu.cfs_quota_us)/$(cat /sys/fs/cgroup/cpu/cpu.cfs_period_us) nvidia-devices $(ls /dev | grep -c nvidia)"';
    const dir = contextDir({ Dockerfile: `FROM ${BASE_IMAGE}\nRUN ${probe}\nRUN ${probe}\n` });
    const result = await buildImage({ engine, network: NETWORK, noCache: true, contextDir: dir, tags: [tag('limits')], labels, limits: { memoryBytes: 256_000_000, cpus: 0.5 } });
    expect(result.log.filter((l) => l.startsWith('memory '))).toEqual(Array(2).fill('memory 256000000 swap 256000000 cpu 50000/100000 nvidia-devices 0'));
  });

  test('without limits, a RUN step has none (the engine\'s defaults); this engine\'s default runtime is runc', async () => {
    const engine = await testEngine();
    expect(engine.defaultRuntime).toBe('runc');
    const dir = contextDir({ Dockerfile: `FROM ${BASE_IMAGE}\nRUN echo "cpu $(cat /sys/fs/cgroup/cpu/cpu.cfs_quota_us)"\n` });
    const result = await buildImage({ engine, network: NETWORK, noCache: true, contextDir: dir, tags: [tag('nolimits')], labels });
    expect(result.log).toContain('cpu -1');
  });

  test('a step that needs more memory than the limit is killed, and the build fails saying so', async () => {
    const engine = await testEngine();
    // A 400 MB shell variable under a 128 MB limit.
    const dir = contextDir({ Dockerfile: `FROM ${BASE_IMAGE}\nRUN x=$(head -c 400000000 /dev/zero | tr "\\0" a); echo \${#x}\n` });
    const error = await failure(buildImage({ engine, network: NETWORK, noCache: true, contextDir: dir, tags: [tag('oom')], labels, limits: { memoryBytes: 128_000_000 } }));
    expect(error.kind).toBe('step');
    expect(error.message).toMatch(/returned a non-zero code: 137$/);
  }, 120_000);
});

describe('no Docker daemon', () => {
  const socket = '/tmp/nonexistent.sock';
  const expected = `The Docker daemon is not running: nothing answers at ${socket}. Start it (sudo systemctl start docker, or sudo dockerd &) or point DOCKER_HOST at a running engine.`;

  test('connecting says how to start it', async () => {
    await expect(connectEngine({ host: `unix://${socket}` })).rejects.toThrow(expected);
  });

  test('a build against an engine that went away says the same', async () => {
    const engine = { ...(await testEngine()), docker: new Docker({ socketPath: socket }), endpoint: socket };
    const error = await buildImage({ engine, network: NETWORK, noCache: true, contextDir: contextDir({ Dockerfile: `FROM ${BASE_IMAGE}\n` }), tags: [tag('gone')], labels }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(EngineUnavailableError);
    expect((error as Error).message).toBe(expected);
  });
});
