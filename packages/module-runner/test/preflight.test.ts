import { describe, expect, test } from 'vitest';
import { NvidiaSmiError, type GpuInfo } from '../src/gpu/nvidia-smi';
import { decideGpu } from '../src/gpu/preflight';

const h100: GpuInfo = { index: 0, name: 'NVIDIA H100 80GB HBM3', uuid: 'GPU-0', memoryTotalMiB: 81559, driverVersion: '580.159.04', cudaVersion: '13.0' };
const second: GpuInfo = { ...h100, index: 1, uuid: 'GPU-1' };
const noDriver = new NvidiaSmiError('driver-unreachable', "nvidia-smi cannot reach the NVIDIA driver: NVIDIA-SMI has failed because it couldn't communicate with the NVIDIA driver.");

describe('decideGpu', () => {
  test('a GPU module on a GPU runner runs on the GPUs it asked for', () => {
    expect(decideGpu({ moduleNeedsGpu: 1, gpus: [h100, second], dockerGpuSupport: true, allowCpu: false })).toEqual({ run: 'gpu', gpus: [h100] });
    expect(decideGpu({ moduleNeedsGpu: 2, gpus: [h100, second], dockerGpuSupport: true, allowCpu: true })).toEqual({ run: 'gpu', gpus: [h100, second] });
  });

  test('a CPU module runs on CPU without a warning, whatever the runner has', () => {
    expect(decideGpu({ moduleNeedsGpu: 0, gpus: noDriver, dockerGpuSupport: false, allowCpu: false })).toEqual({ run: 'cpu', warning: null });
    expect(decideGpu({ moduleNeedsGpu: 0, gpus: [h100], dockerGpuSupport: true, allowCpu: false })).toEqual({ run: 'cpu', warning: null });
  });

  test.each([
    ['nvidia-smi failed', { gpus: noDriver, dockerGpuSupport: true }, /no GPU could be read \(nvidia-smi cannot reach the NVIDIA driver/],
    ['no GPU listed', { gpus: [], dockerGpuSupport: true }, /nvidia-smi lists no GPU/],
    ['Docker cannot pass GPUs', { gpus: [h100], dockerGpuSupport: false }, /Docker cannot hand GPUs to containers \(install the NVIDIA Container Toolkit/],
    ['both missing', { gpus: [], dockerGpuSupport: false }, /nvidia-smi lists no GPU; Docker cannot hand GPUs/],
  ])('%s: fails hard without allow-cpu, saying what is missing', (_, runner, missing) => {
    const decision = decideGpu({ moduleNeedsGpu: 1, ...runner, allowCpu: false });
    expect(decision.run).toBe('fail');
    if (decision.run !== 'fail') return;
    expect(decision.message).toMatch(/^the module needs 1 GPU and this runner cannot give them: /);
    expect(decision.message).toMatch(missing);
    expect(decision.message).toMatch(/set allow-cpu: true/);
  });

  test('too few GPUs names the ones there are', () => {
    const decision = decideGpu({ moduleNeedsGpu: 2, gpus: [h100], dockerGpuSupport: true, allowCpu: false });
    expect(decision).toEqual({
      run: 'fail',
      message:
        'the module needs 2 GPUs and this runner cannot give them: the runner has only 1 (NVIDIA H100 80GB HBM3). Run it on a GPU runner, or set allow-cpu: true to test the pipeline on CPU.',
    });
  });

  test('allow-cpu runs on CPU with a one-line warning that says why', () => {
    const decision = decideGpu({ moduleNeedsGpu: 1, gpus: noDriver, dockerGpuSupport: false, allowCpu: true });
    expect(decision.run).toBe('cpu');
    if (decision.run !== 'cpu') return;
    expect(decision.warning).toMatch(/^WARNING: ran on CPU, not GPU \(allow-cpu is true\): the module needs 1 GPU, but no GPU could be read/);
    expect(decision.warning).not.toContain('\n');
  });

  test.each([-1, 1.5, Number.NaN])('a GPU count of %s is refused', (n) => {
    expect(decideGpu({ moduleNeedsGpu: n, gpus: [h100], dockerGpuSupport: true, allowCpu: true }).run).toBe('fail');
  });
});
