import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { NvidiaSmiError, parseNvidiaSmiCsv, parseNvidiaSmiList, parseNvidiaSmiTable, parseNvidiaSmiXml, type GpuInfo } from '../src/gpu/nvidia-smi';

const repoRoot = fileURLToPath(new URL('../../..', import.meta.url));
// Real outputs from the project's H100 runner, kept outside the repository.
const fixture = (name: string) => readFileSync(path.resolve(repoRoot, 'test/fixtures/gpu', name), 'utf8');

const H100 = { index: 0, name: 'NVIDIA H100 80GB HBM3', uuid: 'GPU-00000000-1111-2222-3333-444444444444', memoryTotalMiB: 81559, driverVersion: '580.159.04', cudaVersion: '13.0' };
const NOHEADER_FIELDS = ['index', 'uuid', 'name', 'memory.total', 'driver_version'];

describe('parsers on the real H100 outputs', () => {
  test('-q -x carries every field', () => {
    expect(parseNvidiaSmiXml(fixture('h100-nvidia-smi-q.xml'))).toEqual([{ ...H100, memoryUsedMiB: 0, utilizationPercent: 0 }]);
  });

  test('the default table has no UUID', () => {
    expect(parseNvidiaSmiTable(fixture('h100-nvidia-smi.txt'))).toEqual([{ ...H100, uuid: null, memoryUsedMiB: 0, utilizationPercent: 0 }]);
  });

  test('-L has identity only', () => {
    expect(parseNvidiaSmiList(fixture('h100-nvidia-smi-L.txt'))).toEqual([
      { index: 0, name: H100.name, uuid: H100.uuid, memoryTotalMiB: null, driverVersion: null, cudaVersion: null },
    ]);
  });

  test('--query-gpu csv with its header (units in values)', () => {
    expect(parseNvidiaSmiCsv(fixture('h100-query-gpu.csv'))).toEqual([{ ...H100, cudaVersion: null, memoryUsedMiB: 0 }]);
  });

  test('--query-gpu csv,noheader,nounits with the field list', () => {
    expect(parseNvidiaSmiCsv(fixture('h100-query-gpu-noheader.csv'), { fields: NOHEADER_FIELDS })).toEqual([{ ...H100, cudaVersion: null }]);
  });

  test('every format agrees on the H100 wherever it reports a field', () => {
    const readings: GpuInfo[] = [
      parseNvidiaSmiXml(fixture('h100-nvidia-smi-q.xml'))[0]!,
      parseNvidiaSmiTable(fixture('h100-nvidia-smi.txt'))[0]!,
      parseNvidiaSmiList(fixture('h100-nvidia-smi-L.txt'))[0]!,
      parseNvidiaSmiCsv(fixture('h100-query-gpu.csv'))[0]!,
      parseNvidiaSmiCsv(fixture('h100-query-gpu-noheader.csv'), { fields: NOHEADER_FIELDS })[0]!,
    ];
    for (const field of Object.keys(H100) as Array<keyof typeof H100>) {
      const seen = new Set(readings.map((r) => r[field]).filter((v) => v !== null));
      expect([...seen], field).toEqual([H100[field]]);
    }
  });
});

describe('bad input is a typed error', () => {
  const parsers = {
    list: (t: string) => parseNvidiaSmiList(t),
    table: (t: string) => parseNvidiaSmiTable(t),
    xml: (t: string) => parseNvidiaSmiXml(t),
    csv: (t: string) => parseNvidiaSmiCsv(t),
  };
  const driverDown =
    "NVIDIA-SMI has failed because it couldn't communicate with the NVIDIA driver. Make sure that the latest NVIDIA driver is installed and running.\n";
  const cases: Array<[string, string, string]> = [
    ['empty', '', 'empty'],
    ['blank lines', '\n  \n', 'empty'],
    ['no devices', 'No devices were found\n', 'no-devices'],
    ['driver unreachable', driverDown, 'driver-unreachable'],
    ['garbage', 'bash: nvidia-smi: command not found\n', 'malformed'],
    ['binary-ish garbage', '\u0000\u0001<<<>>>,,,\n', 'malformed'],
  ];
  for (const [format, parse] of Object.entries(parsers)) {
    test.each(cases)(`${format}: %s`, (_, text, kind) => {
      expect(() => parse(text)).toThrow(NvidiaSmiError);
      try {
        parse(text);
      } catch (e) {
        expect((e as NvidiaSmiError).kind).toBe(kind);
        expect((e as Error).message).not.toBe('');
      }
    });
  }

  const kindOf = (f: () => unknown) => {
    try {
      f();
    } catch (e) {
      return e instanceof NvidiaSmiError ? `${e.kind}: ${e.message}` : `untyped ${String(e)}`;
    }
    return 'no error';
  };

  test('truncated csv: a row shorter than the header', () => {
    const text = fixture('h100-query-gpu.csv');
    expect(kindOf(() => parseNvidiaSmiCsv(text.slice(0, text.length - 40)))).toMatch(/^malformed: .*row 1 has 7 values for 10 fields/);
  });

  test('csv: header only, no field list, fields without index', () => {
    expect(kindOf(() => parseNvidiaSmiCsv(fixture('h100-query-gpu.csv').split('\n')[0]!))).toMatch(/^malformed: .*a header but no GPU row/);
    expect(kindOf(() => parseNvidiaSmiCsv(fixture('h100-query-gpu-noheader.csv')))).toMatch(/^malformed: .*no header line and no field list/);
    expect(kindOf(() => parseNvidiaSmiCsv('uuid, name\nGPU-1, x\n'))).toMatch(/^malformed: .*must include index and name/);
  });

  test('csv: [N/A] and [Not Supported] values are unknown, not zero', () => {
    const gpus = parseNvidiaSmiCsv('index, name, memory.used [MiB], utilization.gpu [%]\n0, NVIDIA T4, [N/A], [Not Supported]\n');
    expect(gpus).toEqual([{ index: 0, name: 'NVIDIA T4', uuid: null, memoryTotalMiB: null, driverVersion: null, cudaVersion: null }]);
  });

  test('truncated xml', () => {
    const text = fixture('h100-nvidia-smi-q.xml');
    expect(kindOf(() => parseNvidiaSmiXml(text.slice(0, 3000)))).toMatch(/^malformed: .*truncated/);
  });

  test('xml whose gpu count disagrees with attached_gpus', () => {
    const text = fixture('h100-nvidia-smi-q.xml').replace('<attached_gpus>1</attached_gpus>', '<attached_gpus>2</attached_gpus>');
    expect(kindOf(() => parseNvidiaSmiXml(text))).toMatch(/^malformed: .*1 <gpu> elements for attached_gpus 2/);
  });

  test('the table cut off after its header', () => {
    const text = fixture('h100-nvidia-smi.txt').split('\n').slice(0, 8).join('\n');
    expect(kindOf(() => parseNvidiaSmiTable(text))).toMatch(/^malformed: .*no GPU row/);
  });

  test('the table cut off between the two lines of a GPU', () => {
    const text = fixture('h100-nvidia-smi.txt').split('\n').slice(0, 9).join('\n');
    expect(kindOf(() => parseNvidiaSmiTable(text))).toMatch(/^malformed: .*GPU 0 has no memory-usage line/);
  });
});

describe('several GPUs', () => {
  test('-L skips MIG devices', () => {
    const text = 'GPU 0: NVIDIA A100-SXM4-40GB (UUID: GPU-aaaa)\n  MIG 1g.5gb     Device  0: (UUID: MIG-bbbb)\nGPU 1: NVIDIA A100-SXM4-40GB (UUID: GPU-cccc)\n';
    expect(parseNvidiaSmiList(text).map((g) => [g.index, g.uuid])).toEqual([[0, 'GPU-aaaa'], [1, 'GPU-cccc']]);
  });

  test('the table with two GPUs', () => {
    const one = fixture('h100-nvidia-smi.txt').split('\n');
    const gpuRows = one.slice(8, 12);
    const second = gpuRows.map((l) => l.replace('|   0  ', '|   1  ').replace('   0MiB /', '1024MiB /').replace('  0%  ', ' 57%  '));
    const text = [...one.slice(0, 12), ...second, ...one.slice(12)].join('\n');
    expect(parseNvidiaSmiTable(text).map((g) => [g.index, g.memoryUsedMiB, g.utilizationPercent])).toEqual([[0, 0, 0], [1, 1024, 57]]);
  });
});
