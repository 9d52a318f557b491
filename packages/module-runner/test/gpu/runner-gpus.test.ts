// readRunnerGpus and sampleGpus against a stand-in nvidia-smi (a bash script) that prints the real
// outputs captured on the project's H100 runner (test/fixtures/gpu) and records the arguments
// it was called with, so both what is parsed and what is asked for are checked.
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { repoRoot } from '../../../../test/support/repo-root';
import { NvidiaSmiError, type GpuInfo } from '../../src/gpu/nvidia-smi';
import { readRunnerGpus, sampleGpus, SAMPLE_FIELDS, summarizeSamples, type GpuSampler } from '../../src/gpu/runner-gpus';

const FIXTURES = path.resolve(repoRoot, 'test/fixtures/gpu');
const XML = path.join(FIXTURES, 'h100-nvidia-smi-q.xml');
const H100_NAME = 'NVIDIA H100 80GB HBM3';
const DRIVER_UNREACHABLE =
  "NVIDIA-SMI has failed because it couldn't communicate with the NVIDIA driver. Make sure that the latest NVIDIA driver is installed and running.";

const temp = mkdtempSync(path.join(tmpdir(), 'runner-gpus-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

let fakes = 0;
interface Fake {
  /** The executable to pass as nvidia-smi. */
  bin: string;
  /** One line per call: each argument in brackets. */
  calls(): string[];
  /** Exists once the script has printed everything it will print. */
  done: string;
}

/** A fake nvidia-smi in its own directory (named nvidia-smi, for PATH look-ups) running `body`. */
function fakeNvidiaSmi(body: string): Fake {
  const dir = path.join(temp, `fake-${++fakes}`);
  mkdirSync(dir);
  const bin = path.join(dir, 'nvidia-smi');
  const args = path.join(dir, 'args');
  const done = path.join(dir, 'done');
  writeFileSync(
    bin,
    `#!/bin/bash\n{ printf '[%s]' "$@"; echo; } >> ${JSON.stringify(args)}\nDONE=${JSON.stringify(done)}\nXML=${JSON.stringify(XML)}\n${body}\n`,
  );
  chmodSync(bin, 0o755);
  return { bin, done, calls: () => (existsSync(args) ? readFileSync(args, 'utf8').split('\n').filter((l) => l !== '') : []) };
}

/** What the H100 runner's `nvidia-smi` answers to `-q -x` and to the sampler's query. */
const H100_SCRIPT = `
case "$1" in
  -q) cat "$XML" ;;
  --query-gpu=*)
    echo '0, ${H100_NAME}, 1234, 56'
    echo '1, ${H100_NAME}, 70000, 99'
    sleep 0.1
    # One line in two writes: the sampler must join the halves.
    printf '0, ${H100_NAME}, 409'
    sleep 0.1
    printf '60, 100\\n'
    sleep 0.1
    echo '0, ${H100_NAME}, 2048, 1'
    touch "$DONE"
    exec sleep 10 ;;
  *) echo "unexpected arguments: $*" >&2; exit 2 ;;
esac`;

async function waitFor(file: string, ms = 10_000): Promise<void> {
  const until = Date.now() + ms;
  while (!existsSync(file)) {
    if (Date.now() > until) throw new Error(`${file} did not appear within ${ms} ms`);
    await delay(20);
  }
  // Everything was written to the pipe before the file appeared; give the event loop time to read it.
  await delay(300);
}

async function rejection(promise: Promise<unknown>): Promise<NvidiaSmiError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(NvidiaSmiError);
  return error as NvidiaSmiError;
}

const H100_XML_READING: GpuInfo = {
  index: 0,
  name: H100_NAME,
  uuid: 'GPU-00000000-1111-2222-3333-444444444444',
  memoryTotalMiB: 81559,
  memoryUsedMiB: 0,
  utilizationPercent: 0,
  driverVersion: '580.159.04',
  cudaVersion: '13.0',
};

describe('readRunnerGpus', () => {
  const savedPath = process.env.PATH;
  afterEach(() => {
    process.env.PATH = savedPath;
  });

  it('reads the H100 from `nvidia-smi -q -x`', async () => {
    // The expected values are what the fixture says.
    const xml = readFileSync(XML, 'utf8');
    expect(xml).toContain(`<product_name>${H100_NAME}</product_name>`);
    expect(xml).toContain('<driver_version>580.159.04</driver_version>');
    expect(xml).toContain('<cuda_version>13.0</cuda_version>');
    expect(xml).toContain('<total>81559 MiB</total>');

    const fake = fakeNvidiaSmi(H100_SCRIPT);
    expect(await readRunnerGpus(fake.bin)).toStrictEqual([H100_XML_READING]);
    expect(fake.calls()).toStrictEqual(['[-q][-x]']);
  });

  it('looks nvidia-smi up on PATH by default', async () => {
    const fake = fakeNvidiaSmi(H100_SCRIPT);
    process.env.PATH = `${path.dirname(fake.bin)}:${savedPath}`;
    expect(await readRunnerGpus()).toStrictEqual([H100_XML_READING]);
    expect(fake.calls()).toStrictEqual(['[-q][-x]']);
  });

  it('says there is no NVIDIA driver when nvidia-smi does not exist', async () => {
    const missing = path.join(temp, 'no-such-dir', 'nvidia-smi');
    const error = await rejection(readRunnerGpus(missing));
    expect(error.kind).toBe('empty');
    expect(error.message).toBe(`${missing} was not found: this runner has no NVIDIA driver`);
  });

  it('says so by name when nvidia-smi is not on PATH', async () => {
    process.env.PATH = path.join(temp, 'empty-path-dir');
    const error = await rejection(readRunnerGpus());
    expect(error.kind).toBe('empty');
    expect(error.message).toBe('nvidia-smi was not found: this runner has no NVIDIA driver');
  });

  it('reports an unreachable driver (printed on stdout, exit 9)', async () => {
    const fake = fakeNvidiaSmi(`echo ${JSON.stringify(DRIVER_UNREACHABLE)}\nexit 9`);
    const error = await rejection(readRunnerGpus(fake.bin));
    expect(error.kind).toBe('driver-unreachable');
    expect(error.message).toBe(`nvidia-smi cannot reach the NVIDIA driver: ${DRIVER_UNREACHABLE}`);
    expect(fake.calls()).toStrictEqual(['[-q][-x]']);
  });

  it('reports an unreachable driver printed on stderr', async () => {
    const fake = fakeNvidiaSmi(`echo ${JSON.stringify(DRIVER_UNREACHABLE)} >&2\nexit 9`);
    const error = await rejection(readRunnerGpus(fake.bin));
    expect(error.kind).toBe('driver-unreachable');
    expect(error.message).toBe(`nvidia-smi cannot reach the NVIDIA driver: ${DRIVER_UNREACHABLE}`);
  });

  it('reports a runner without devices', async () => {
    const fake = fakeNvidiaSmi('echo "No devices were found"\nexit 6');
    const error = await rejection(readRunnerGpus(fake.bin));
    expect(error.kind).toBe('no-devices');
    expect(error.message).toBe('nvidia-smi found no GPU: "No devices were found"');
  });

  it('passes on what nvidia-smi said when NVML cannot start (driver/library mismatch)', async () => {
    const fake = fakeNvidiaSmi('echo "Failed to initialize NVML: Driver/library version mismatch"\nexit 18');
    const error = await rejection(readRunnerGpus(fake.bin));
    expect(error.kind).toBe('malformed');
    expect(error.message).toBe('not nvidia-smi -q -x output (no <nvidia_smi_log> element); it begins: "Failed to initialize NVML: Driver/library version mismatch"');
  });

  it('says that nvidia-smi timed out when it hangs (a wedged driver), not that it printed nothing', async () => {
    const fake = fakeNvidiaSmi('exec sleep 30');
    const error = await rejection(readRunnerGpus(fake.bin, 500));
    expect(error.message).not.toBe('nvidia-smi printed nothing');
    expect(error.message).toMatch(/timed out|did not answer/);
  });

  it('reports output cut off mid-document as malformed', async () => {
    const fake = fakeNvidiaSmi('head -c 2000 "$XML"');
    const error = await rejection(readRunnerGpus(fake.bin));
    expect(error.kind).toBe('malformed');
    expect(error.message).toBe('not nvidia-smi -q -x output (truncated: no closing </nvidia_smi_log>); it begins: "<?xml version=\\"1.0\\" ?>"');
  });
});

describe('sampleGpus', () => {
  const samplers: GpuSampler[] = [];
  afterEach(() => {
    for (const s of samplers.splice(0)) s.stop();
  });

  it('asks nvidia-smi for the sample fields every intervalMs, without a header or units', async () => {
    expect(SAMPLE_FIELDS).toStrictEqual(['index', 'name', 'memory.used', 'utilization.gpu']);
    const fake = fakeNvidiaSmi(H100_SCRIPT);
    const sampler = sampleGpus([0], { nvidiaSmi: fake.bin, intervalMs: 250 });
    samplers.push(sampler);
    await waitFor(fake.done);
    expect(fake.calls()).toStrictEqual(['[--query-gpu=index,name,memory.used,utilization.gpu][--format=csv,noheader,nounits][-lms][250]']);
  });

  it('samples every 500 ms by default', async () => {
    const fake = fakeNvidiaSmi(H100_SCRIPT);
    samplers.push(sampleGpus([0], { nvidiaSmi: fake.bin }));
    await waitFor(fake.done);
    expect(fake.calls()).toStrictEqual(['[--query-gpu=index,name,memory.used,utilization.gpu][--format=csv,noheader,nounits][-lms][500]']);
  });

  it('summarizes what nvidia-smi printed for the sampled GPU only', async () => {
    const fake = fakeNvidiaSmi(H100_SCRIPT);
    const sampler = sampleGpus([0], { nvidiaSmi: fake.bin, intervalMs: 100 });
    await waitFor(fake.done);
    // GPU 0 printed 1234/56, 40960/100 (in two halves) and 2048/1; GPU 1's 70000/99 is not ours.
    expect(sampler.stop()).toStrictEqual({ samples: 3, peakMemoryMiB: 40960, meanUtilizationPercent: 52.3, peakUtilizationPercent: 100 });
  });

  it('summarizes every sampled GPU together', async () => {
    const fake = fakeNvidiaSmi(H100_SCRIPT);
    const sampler = sampleGpus([0, 1], { nvidiaSmi: fake.bin, intervalMs: 100 });
    await waitFor(fake.done);
    expect(sampler.stop()).toStrictEqual({ samples: 4, peakMemoryMiB: 70000, meanUtilizationPercent: 64, peakUtilizationPercent: 100 });
  });

  it('stops the nvidia-smi it started', async () => {
    const fake = fakeNvidiaSmi(H100_SCRIPT);
    const sampler = sampleGpus([0], { nvidiaSmi: fake.bin, intervalMs: 100 });
    await waitFor(fake.done);
    expect(await childrenRunning()).toContain('sleep 10');
    sampler.stop();
    // The script exec'd `sleep 10`; after stop() no process runs that script's sleep for this fake.
    const until = Date.now() + 5_000;
    let alive = true;
    while (alive && Date.now() < until) {
      alive = (await childrenRunning()).includes('sleep 10');
      if (alive) await delay(50);
    }
    expect(alive).toBe(false);
  });

  it('returns null when no sample arrived', async () => {
    const fake = fakeNvidiaSmi('touch "$DONE"\nexec sleep 10');
    const sampler = sampleGpus([0], { nvidiaSmi: fake.bin, intervalMs: 100 });
    await waitFor(fake.done);
    expect(sampler.stop()).toBeNull();
  });

  it('returns null when the GPU vanished and nvidia-smi printed only its failure', async () => {
    const fake = fakeNvidiaSmi('echo "No devices were found"\ntouch "$DONE"\nexec sleep 10');
    const sampler = sampleGpus([0], { nvidiaSmi: fake.bin, intervalMs: 100 });
    await waitFor(fake.done);
    expect(sampler.stop()).toBeNull();
  });

  it('returns null, without throwing, when nvidia-smi does not exist', async () => {
    const sampler = sampleGpus([0], { nvidiaSmi: path.join(temp, 'no-such-dir', 'nvidia-smi'), intervalMs: 100 });
    await delay(200);
    expect(sampler.stop()).toBeNull();
  });
});

/** Command lines of this process's children (the sampler's nvidia-smi, if still running). */
async function childrenRunning(): Promise<string[]> {
  const { readdirSync } = await import('node:fs');
  const lines: string[] = [];
  for (const pid of readdirSync('/proc').filter((p) => /^\d+$/.test(p))) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (ppid !== process.pid) continue;
      lines.push(readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').join(' ').trim());
    } catch {
      // gone meanwhile
    }
  }
  return lines;
}

describe('summarizeSamples', () => {
  const gpu = (memoryUsedMiB: number | undefined, utilizationPercent: number | undefined): GpuInfo => ({
    index: 0,
    name: H100_NAME,
    uuid: null,
    memoryTotalMiB: null,
    ...(memoryUsedMiB !== undefined ? { memoryUsedMiB } : {}),
    ...(utilizationPercent !== undefined ? { utilizationPercent } : {}),
    driverVersion: null,
    cudaVersion: null,
  });

  it('is null without samples', () => {
    expect(summarizeSamples([])).toBeNull();
  });

  it('is null when no sample carries memory or utilisation ([N/A])', () => {
    expect(summarizeSamples([gpu(undefined, undefined), gpu(undefined, undefined)])).toBeNull();
  });

  it('gives the peak memory, the mean utilisation to one decimal and the peak utilisation', () => {
    expect(summarizeSamples([gpu(100, 10), gpu(80000, 20), gpu(5000, 31)])).toStrictEqual({
      samples: 3,
      peakMemoryMiB: 80000,
      meanUtilizationPercent: 20.3,
      peakUtilizationPercent: 31,
    });
    expect(summarizeSamples([gpu(1, 0), gpu(2, 1)])).toStrictEqual({ samples: 2, peakMemoryMiB: 2, meanUtilizationPercent: 0.5, peakUtilizationPercent: 1 });
  });

  it('leaves out samples with neither figure', () => {
    expect(summarizeSamples([gpu(512, 40), gpu(undefined, undefined), gpu(1024, 60)])).toStrictEqual({
      samples: 2,
      peakMemoryMiB: 1024,
      meanUtilizationPercent: 50,
      peakUtilizationPercent: 60,
    });
  });
});
