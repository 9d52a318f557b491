// Pull and push against the real engine and a local registry (Debian's docker-registry on a
// loopback port, started here): there is no other registry to talk to.
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { BASE_IMAGE, removeImages, startRegistry, testEngine, type LocalRegistry } from '../../../../test/support/docker';
import { buildModule, BuildModuleError } from '../../src/build-module';
import { buildImage, imageLabels } from '../../src/image/build';
import { ensureImage, PullError } from '../../src/image/pull';
import { pushImage } from '../../src/image/push';

const scratch = mkdtempSync(path.join(tmpdir(), 'pull-push-itg-'));
const images: string[] = [];
let registry: LocalRegistry;
const id = (): string => randomUUID().slice(0, 8);

beforeAll(async () => {
  registry = await startRegistry();
});
afterAll(async () => {
  await removeImages(...images);
  await registry?.stop();
  rmSync(scratch, { recursive: true, force: true });
});

/** Builds a one-line image unique to this test (a label makes its id unique too) tagged `name`. */
async function buildUnique(name: string): Promise<string> {
  const engine = await testEngine();
  const dir = mkdtempSync(path.join(scratch, 'ctx-'));
  writeFileSync(path.join(dir, 'Dockerfile'), `FROM ${BASE_IMAGE}\nLABEL test.unique=${randomUUID()}\n`);
  images.push(name);
  const { imageId } = await buildImage({ engine, contextDir: dir, tags: [name], labels: {} });
  return imageId;
}

describe('pushImage and ensureImage with a registry', () => {
  test('push returns the registry digest; pulling that digest back (always) gives the same image', async () => {
    const engine = await testEngine();
    const name = `${registry.host}/lilypad-test/push-${id()}`;
    const imageId = await buildUnique(`${name}:v1`);
    const progress: string[] = [];
    const { digest, seconds } = await pushImage({ engine, reference: `${name}:v1`, onProgress: (l) => progress.push(l) });
    expect(digest).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(seconds).toBeGreaterThan(0);
    expect(progress.some((l) => l.startsWith('push: '))).toBe(true);

    // The registry serves that manifest under that digest.
    const head = await fetch(`http://${registry.host}/v2/${name.slice(registry.host.length + 1)}/manifests/v1`, {
      method: 'HEAD',
      headers: { Accept: 'application/vnd.docker.distribution.manifest.v2+json' },
    });
    expect(head.headers.get('docker-content-digest')).toBe(digest);

    // Gone locally, then pulled by digest.
    await removeImages(`${name}:v1`);
    await expect(engine.docker.getImage(imageId).inspect()).rejects.toMatchObject({ statusCode: 404 });
    images.push(`${name}@${digest}`);
    const pulled = await ensureImage({ engine, reference: `${name}@${digest}`, policy: 'always' });
    expect(pulled).toMatchObject({ imageId, repoDigest: digest, pulled: true });
    expect(pulled.seconds).toBeGreaterThan(0);
  });

  test('an image the registry does not have: a clear message naming it', async () => {
    const engine = await testEngine();
    const reference = `${registry.host}/lilypad-test/absent-${id()}:1`;
    const error = await ensureImage({ engine, reference, policy: 'missing' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PullError);
    expect((error as PullError).kind).toBe('not-found');
    expect((error as PullError).message).toMatch(new RegExp(`^image ${reference.replace(/[.]/g, '\\.')} could not be pulled: .*manifest unknown.*build-module`));
  });
});

describe('ensureImage without a registry', () => {
  test('policy always, a registry nobody answers at: not found, with what to do', async () => {
    const engine = await testEngine();
    const error = await ensureImage({ engine, reference: 'localhost:1/does-not-exist:1', policy: 'always' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PullError);
    expect((error as PullError).message).toMatch(/^image localhost:1\/does-not-exist:1 could not be pulled: .*connection refused\. Check the name, build and push it first \(build-module with push: true\), or use a locally built image with pull: missing or never$/);
  });

  test('policy never, an absent image: says it is absent and what to do', async () => {
    const engine = await testEngine();
    const reference = `lilypad-test/never-${id()}:1`;
    await expect(ensureImage({ engine, reference, policy: 'never' })).rejects.toThrow(
      `image ${reference} is not on this Docker engine and the pull policy is never: build it first (build-module), or set pull: missing to fetch it`,
    );
  });

  test('policy missing with a local image asks no registry (its registry does not even exist)', async () => {
    const engine = await testEngine();
    // localhost:1 refuses every connection: any attempt to reach it would fail the call.
    const reference = `localhost:1/lilypad-test/local-${id()}:1`;
    const imageId = await buildUnique(reference);
    const started = performance.now();
    await expect(ensureImage({ engine, reference, policy: 'missing' })).resolves.toEqual({ imageId, repoDigest: null, pulled: false, seconds: null });
    await expect(ensureImage({ engine, reference, policy: 'never' })).resolves.toMatchObject({ imageId, pulled: false });
    expect(performance.now() - started).toBeLessThan(5000);
    // The same call with policy always does go to the registry, and fails.
    await expect(ensureImage({ engine, reference, policy: 'always' })).rejects.toThrow(/connection refused/);
  });

  test('an invalid reference is refused before asking the engine', async () => {
    const engine = await testEngine();
    await expect(ensureImage({ engine, reference: 'Not/Valid', policy: 'missing' })).rejects.toThrow(/repository name must be lowercase/);
  });
});

describe('buildModule', () => {
  const labels = { source: 'https://github.com/lilypad-tech/m', revision: 'deadbeef' };

  function moduleDir(templateImage: string | null): string {
    const dir = mkdtempSync(path.join(scratch, 'module-'));
    writeFileSync(path.join(dir, 'Dockerfile'), `FROM ${BASE_IMAGE}\nLABEL test.unique=${randomUUID()}\n`);
    if (templateImage !== null) {
      writeFileSync(
        path.join(dir, 'lilypad_module.json.tmpl'),
        `{"machine": {"gpu": 0, "cpu": 1000, "ram": 100}, "job": {"APIVersion": "V1beta1", "Spec": {"Engine": "Docker", "Docker": {"Image": "${templateImage}", "Entrypoint": ["echo", {{ .Message }}]}, "Timeout": 60}}}\n`,
      );
    }
    return dir;
  }

  test('name from the template; push; the finding says which digest to pin', async () => {
    const engine = await testEngine();
    const repo = `${registry.host}/lilypad-test/module-${id()}`;
    images.push(`${repo}:v2`);
    const result = await buildModule({ engine, moduleDir: moduleDir(`${repo}:v2`), push: true, ...labels, module: 'github.com/lilypad-tech/m@v2' });
    expect(result.image).toBe(`${repo}:v2`);
    expect(result.digest).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(result.pinned).toBe(`${repo}@${result.digest}`);
    expect(result.templateImage).toBe(`${repo}:v2`);
    expect(result.findings).toEqual([expect.objectContaining({ kind: 'not-pinned', severity: 'warning', pin: `${repo}@${result.digest}` })]);
    const info = await engine.docker.getImage(`${repo}:v2`).inspect();
    expect(info.Id).toBe(result.imageId);
    expect(info.Config.Labels).toMatchObject(imageLabels({ ...labels, module: 'github.com/lilypad-tech/m@v2' }));
  });

  test('a template pinned to an old digest: an error finding with the new one', async () => {
    const engine = await testEngine();
    const repo = `${registry.host}/lilypad-test/pinned-${id()}`;
    images.push(`${repo}:latest`);
    const old = `sha256:${'0'.repeat(64)}`;
    const result = await buildModule({ engine, moduleDir: moduleDir(`${repo}@${old}`), push: true, ...labels });
    expect(result.image).toBe(`${repo}:latest`);
    expect(result.findings[0]).toMatchObject({ kind: 'digest-mismatch', severity: 'error' });
    expect(result.findings[0]!.message).toContain(`Pin ${repo}@${result.digest}`);
  });

  test('the image input names another repository than the template: an error finding', async () => {
    const engine = await testEngine();
    const name = `lilypad-test/other-${id()}`;
    images.push(`${name}:latest`);
    const result = await buildModule({ engine, moduleDir: moduleDir('ghcr.io/someone/else:1'), image: name, ...labels });
    expect(result.digest).toBeNull();
    expect(result.findings[0]).toMatchObject({ kind: 'other-repository', severity: 'error' });
  });

  test('no template and no image input: the user is told to set image', async () => {
    const engine = await testEngine();
    const error = await buildModule({ engine, moduleDir: moduleDir(null), ...labels }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BuildModuleError);
    expect((error as Error).message).toMatch(/^Set the image input \(the name to build, e\.g\. ghcr\.io\/owner\/module\): it could not be read from the template because cannot read .*lilypad_module\.json\.tmpl: no such file\.$/);
  });

  test('push to Docker Hub without credentials is refused before building', async () => {
    const engine = await testEngine();
    await expect(buildModule({ engine, moduleDir: moduleDir('someone/module:1'), push: true, ...labels })).rejects.toThrow(/would go to Docker Hub without credentials/);
  });
});
