// GPU-only suite (`pnpm test:gpu`, vitest.gpu.config.ts): needs a real NVIDIA GPU, its driver
// (nvidia-smi) and the NVIDIA container runtime in the engine. The default `pnpm test` excludes
// *.gpu.test.ts; here, a machine without them fails with the reason rather than skipping.
//
// LILYPAD_GPU_TEST_IMAGE: a CUDA base image whose nvidia-smi the runtime mounts (pulled when missing).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { decodeModule } from '@lilypad-actions/module-spec';
import { afterAll, describe, expect, it } from 'vitest';
import { leftovers, testEngine, testOwner } from '../../../../test/support/docker';
import { parseNvidiaSmiList } from '../../src/gpu/nvidia-smi';
import { decideGpu } from '../../src/gpu/preflight';
import { readRunnerGpus } from '../../src/gpu/runner-gpus';
import { ensureImage } from '../../src/image/pull';
import { caseClock } from '../../src/provider/deadlines';
import { providerJob, type ProviderJob } from '../../src/provider/provider-job';
import { runContainer } from '../../src/run/run-container';

const IMAGE = process.env.LILYPAD_GPU_TEST_IMAGE || 'nvidia/cuda:12.4.1-base-ubuntu22.04';

const temp = mkdtempSync(path.join(tmpdir(), 'engine-gpu-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

/** A GPU job (`machine.gpu: 1`, `Resources.GPU: "1"`) that runs `nvidia-smi -L` in the CUDA image. */
function gpuJob(): ProviderJob {
  const doc = {
    machine: { gpu: 1, cpu: 1000, ram: 1024 },
    job: {
      APIVersion: 'V1beta1',
      Spec: {
        Engine: 'Docker',
        Docker: { Image: IMAGE, Entrypoint: ['nvidia-smi', '-L'], EnvironmentVariables: [] },
        Network: { Type: 'None' },
        Resources: { CPU: '1', Memory: '1Gb', GPU: '1' },
        Outputs: [{ Name: 'outputs', Path: '/outputs' }],
        Timeout: 300,
      },
    },
  };
  const decoded = decodeModule(JSON.stringify(doc));
  if (!decoded.ok) throw new Error(decoded.message);
  const r = providerJob(decoded.module);
  if (!r.ok) throw new Error(r.reason);
  return r.job;
}

describe('on a GPU runner with the NVIDIA container runtime', () => {
  it('finds the GPUs and decides to run a GPU module on one', async () => {
    const engine = await testEngine();
    const gpus = await readRunnerGpus();
    expect(gpus.length).toBeGreaterThan(0);
    expect(gpus[0]!.driverVersion).toMatch(/^\d+\.\d+/);
    expect(gpus[0]!.memoryTotalMiB).toBeGreaterThan(0);
    expect(engine.gpuCapable).toBe(true);
    expect(decideGpu({ moduleNeedsGpu: 1, gpus, dockerGpuSupport: engine.gpuCapable, allowCpu: false })).toEqual({ run: 'gpu', gpus: [gpus[0]] });
  });

  it('runs a Resources.GPU 1 job with the GPU handed to its container by index, as a provider does', { timeout: 20 * 60_000 }, async () => {
    const engine = await testEngine();
    const runnerGpus = await readRunnerGpus();
    await ensureImage({ engine, reference: IMAGE, policy: 'missing', timeoutMs: 15 * 60_000 });
    const owner = testOwner('gpu');
    const job = gpuJob();
    const result = await runContainer({
      engine,
      job,
      image: IMAGE,
      gpuIndices: [String(runnerGpus[0]!.index)],
      owner,
      resultsDir: path.join(temp, 'results'),
      clock: caseClock(job, 300),
      network: { mode: 'none' },
      hardening: 'provider',
    });
    expect(result.error).toBeNull();
    expect(result.stderr.text).toBe('');
    expect(result.exitCode).toBe(0);
    expect(result.stdout.text).toMatch(/^GPU 0: /m);
    // One GPU was asked for, so the container sees exactly one, and it is one of the runner's.
    const seen = parseNvidiaSmiList(result.stdout.text);
    expect(seen).toHaveLength(1);
    expect(runnerGpus.map((g) => g.name)).toContain(seen[0]!.name);
    expect(await leftovers(owner)).toEqual({ containers: [], volumes: [] });
  });
});
