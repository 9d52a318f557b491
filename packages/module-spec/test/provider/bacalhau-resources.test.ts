// job.Spec.Resources as a provider reads them, for every form in the corpus and the faults the
// issue lists: decimal units, bare numbers as bytes, Bacalhau's defaults, and the provider's own
// messages for what it refuses.
import { describe, expect, it } from 'vitest';
import { BACALHAU_DEFAULT_CPU, BACALHAU_DEFAULT_MEMORY, humanizeParseBytes, k8sCpuMillicores, nanoCpus, providerResources } from '../../src/provider/bacalhau-resources';

const res = (r: Partial<{ CPU: string; Memory: string; Disk: string; GPU: string }>) => providerResources({ CPU: '', Memory: '', Disk: '', GPU: '', ...r });

describe('Resources.Memory (go-humanize ParseBytes, decimal)', () => {
  it.each([
    ['8Gb', 8_000_000_000n],
    ['16Gb', 16_000_000_000n],
    ['24Gb', 24_000_000_000n],
    ['2Gb', 2_000_000_000n],
    ['24000MB', 24_000_000_000n],
    ['40000MB', 40_000_000_000n],
    ['100Mb', 100_000_000n],
    // A bare number is bytes: "8000" gives the container 8 kB (the engine refuses under 6 MiB).
    ['8000', 8000n],
    ['4000', 4000n],
    ['8GiB', 8n * 1024n ** 3n],
    ['1.5 gb', 1_500_000_000n],
    ['1,000kb', 1_000_000n],
  ])('%j is %d bytes', (memory, bytes) => {
    const r = res({ Memory: memory });
    expect(r.ok && r.resources.memoryBytes).toBe(bytes);
  });

  it('empty takes Bacalhau\'s default, 1Gb = 10⁹ bytes, and says so', () => {
    expect(BACALHAU_DEFAULT_MEMORY).toBe('1Gb');
    const r = res({ Memory: '' });
    expect(r).toMatchObject({ ok: true, defaulted: ['CPU', 'Memory'] });
    expect(r.ok && r.resources.memoryBytes).toBe(1_000_000_000n);
  });

  it("an unparsable one is refused with the provider's message (lower-cased, spaces removed)", () => {
    expect(res({ Memory: 'Lots Of RAM' })).toEqual({ ok: false, message: 'invalid memory value: lotsofram' });
    expect(res({ Memory: '16 GB!' })).toEqual({ ok: false, message: 'invalid memory value: 16gb!' });
    expect(humanizeParseBytes('lots')).toEqual({ ok: false, error: 'strconv.ParseFloat: parsing "": invalid syntax' });
    expect(humanizeParseBytes('16xb')).toEqual({ ok: false, error: 'unhandled size name: xb' });
    expect(humanizeParseBytes('20eb')).toEqual({ ok: false, error: 'too large: 20eb' });
  });
});

describe('Resources.CPU (k8sresource: millicores or cores)', () => {
  it.each([
    ['1', 1, 1_000_000_000n],
    ['8', 8, 8_000_000_000n],
    ['500m', 0.5, 500_000_000n],
    ['0.5', 0.5, 500_000_000n],
    ['1_000', 1000, 1_000_000_000_000n],
    ['1.5M', 1.5 / 1000, 1_500_000n],
  ] as const)('%j is %d cores (NanoCPUs %d)', (cpu, cores, nano) => {
    const r = res({ CPU: cpu });
    if (cpu === '1.5M') {
      // "1.5m": millicores must be a whole number.
      expect(r).toEqual({ ok: false, message: 'invalid CPU value: 1.5m' });
      return;
    }
    expect(r.ok && r.resources.cpu).toBe(cores);
    expect(r.ok && nanoCpus(r.resources.cpu)).toBe(nano);
  });

  it("empty takes Bacalhau's default 500m", () => {
    expect(BACALHAU_DEFAULT_CPU).toBe('500m');
    const r = res({ CPU: '' });
    expect(r.ok && r.resources.cpu).toBe(0.5);
  });

  it('a negative CPU is refused, printed as Go prints %f', () => {
    expect(res({ CPU: '-500m' })).toEqual({ ok: false, message: 'invalid CPU value: -0.500000' });
    // inf × 1000 overflows int on amd64 to its most negative value.
    expect(k8sCpuMillicores('inf')).toBe(-(1n << 63n));
    expect(res({ CPU: 'inf' })).toEqual({ ok: false, message: 'invalid CPU value: -9223372036854776.000000' });
  });

  it('errors of several fields are joined line by line, as errors.Join prints them', () => {
    expect(res({ CPU: 'lots', Memory: 'more' })).toEqual({ ok: false, message: 'invalid CPU value: lots\ninvalid memory value: more' });
  });
});

describe('Resources.GPU (strconv.ParseUint)', () => {
  it.each([
    ['', 0n],
    ['0', 0n],
    ['1', 1n],
    ['8', 8n],
  ])('%j is %d GPUs', (gpu, n) => {
    const r = res({ GPU: gpu });
    expect(r.ok && r.resources.gpus).toBe(n);
  });

  it('"all" is refused with the provider\'s reason, and that error alone (ToResources returns at once)', () => {
    expect(res({ GPU: 'all' })).toEqual({ ok: false, message: 'invalid GPU value: all' });
    expect(res({ GPU: 'ALL', Memory: 'lots' })).toEqual({ ok: false, message: 'invalid GPU value: all' });
    expect(res({ GPU: '-1' })).toEqual({ ok: false, message: 'invalid GPU value: -1' });
  });
});
