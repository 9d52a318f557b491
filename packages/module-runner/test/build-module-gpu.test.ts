// An untrusted Dockerfile must not get the GPUs while it builds: on an engine whose default
// runtime is NVIDIA's, any build step whose image sets NVIDIA_VISIBLE_DEVICES (CUDA base images
// do) would. buildModule refuses such an engine before it sends anything to it.
import { describe, expect, it } from 'vitest';
import { BuildModuleError, buildModule } from '../src/build-module';
import type { Engine } from '../src/engine/connect';

/** An engine whose every call fails the test: the refusal must come first. */
function engineWithDefaultRuntime(defaultRuntime: string): Engine {
  const docker = new Proxy({}, { get: (_t, key) => () => Promise.reject(new Error(`the engine was called (${String(key)})`)) });
  return { docker, endpoint: '/nowhere.sock', serverVersion: '27', apiVersion: '1.45', runtimes: ['runc', 'nvidia'], gpuCapable: true, defaultRuntime, memoryBytes: 0, cpus: 8 } as unknown as Engine;
}

describe('buildModule with noGpu', () => {
  it('refuses an engine whose default runtime is nvidia, saying how to fix it', async () => {
    const error = await buildModule({ engine: engineWithDefaultRuntime('nvidia'), moduleDir: '/nonexistent', image: 'x/y', source: '', revision: '', noGpu: true }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BuildModuleError);
    expect((error as Error).message).toBe(
      'This engine\'s default runtime is nvidia, so every build step of an untrusted Dockerfile could use the GPUs. Register the NVIDIA runtime without making it the default (nvidia-ctk runtime configure --runtime=docker, without --set-as-default; remove "default-runtime" from /etc/docker/daemon.json) and restart dockerd: run-module asks for GPUs explicitly.',
    );
  });

  it('goes on to the engine when the default runtime is runc', async () => {
    const error = await buildModule({ engine: engineWithDefaultRuntime('runc'), moduleDir: '/nonexistent', image: 'x/y', source: '', revision: '', noGpu: true }).catch((e: unknown) => e);
    expect((error as Error).message).not.toMatch(/default runtime/);
  });
});
