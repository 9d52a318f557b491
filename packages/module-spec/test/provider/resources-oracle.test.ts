// The provider's resource parsing against Go itself (test/oracle, resources.go): strconv's float
// syntax, go-humanize's ParseBytes and a whole ResourcesConfig, over the corpus's forms and a few
// thousand generated strings. Every difference from Go is a job one side accepts and the other
// refuses, or runs with other limits.
import { describe, expect, it } from 'vitest';
import { oracleResultsFor, type ResourcesOracleCase } from '../../../../test/support/oracle';
import { Rng } from '../../../../test/support/rng';
import { humanizeParseBytes, nanoCpus, providerResources } from '../../src/provider/bacalhau-resources';
import { parseGoFloat } from '@lilypad-actions/gotemplate';

/** A seeded generator, so a failure names a case that stays the same from run to run. */
function rng(seed: number): () => number {
  const r = new Rng(seed);
  return () => r.next();
}

const PIECES = ['0', '1', '5', '9', '00', '12', '999', '.', ',', '_', 'e', 'E', '+', '-', 'x', 'X', 'p', 'P', 'a', 'f', 'm', 'M', 'k', 'K', 'g', 'G', 'i', 'b', 'B', 't', 'e', 'Gb', 'MB', 'Mi', 'kib', ' ', '\t', '\n', 'inf', 'nan', 'infinity', '0x', '1e400', '1e-400', '٣', 'İ', '\u212a', '\u0085', '\u00a0', '\ufeff', 'ß'];
const random = rng(20250601);
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)]!;
const noise = Array.from({ length: 2000 }, () => Array.from({ length: 1 + Math.floor(random() * 5) }, () => pick(PIECES)).join(''));
/** Mostly well-formed: a number, maybe a fraction or exponent, maybe a space, a unit in any case. */
const UNITS = ['', 'b', 'k', 'kb', 'ki', 'kib', 'm', 'mb', 'mi', 'mib', 'g', 'gb', 'gi', 'gib', 't', 'tb', 'p', 'pb', 'e', 'eb', 'ei', 'eib', 'x', 'gbs'];
const shaped = Array.from({ length: 1500 }, () => {
  const int = String(Math.floor(random() * 10 ** Math.floor(random() * 22)));
  const frac = random() < 0.3 ? `.${Math.floor(random() * 1000)}` : '';
  const exp = random() < 0.1 ? `e${Math.floor(random() * 30) - 10}` : '';
  const unit = [...pick(UNITS)].map((c) => (random() < 0.5 ? c.toUpperCase() : c)).join('');
  return `${random() < 0.05 ? '-' : ''}${int}${frac}${exp}${random() < 0.2 ? ' ' : ''}${unit}`;
});
const generated = [...shaped, ...noise];

const FLOATS = [
  '', '0', '-0', '1', '1.5', '.5', '5.', '.', '1e5', '1E-5', '1e', '1e+', '1_000', '1__0', '_1', '1_', '1_e5', '1e1_0', '0x1p3', '0x1.8p1', '0x10', '0x_1p0',
  '0x1p-1074', '0x1p-1075', '0x1.0000000000000ffffffp0', '0x1.00000000000008p0', '0x1.00000000000018p0', '0x1fffffffffffff8p-4', '0xFFFFFFFFFFFFFFFFFFp0',
  '1e308', '1.7976931348623157e308', '1.7976931348623159e308', '1e400', '1e-400', '4.9e-324', '2.4e-324', '2.5e-324',
  'inf', '+Inf', '-infinity', 'nan', '+nan', 'NaN', 'infin', 'in', '0.000000000000000000000000000001e30', '123456789012345678901234567890',
  '9007199254740993', '9007199254740992.5', '0.1', '1e-7', '00.5e1', '0b101', '0o7', '1e99999', '0e99999',
  `0.${'0'.repeat(10_010)}1e10020`, `1${'0'.repeat(400)}e-400`,
];
const BYTES = ['8Gb', '16Gb', '24000MB', '2Gb', '100Mb', '4000', '8000', '', '1', '42 MiB', '42.5mb', '1,000kb', '1.5', 'lots', 'GB', '1 Gb', '1gib', '18446744073709551615', '18446744073709551616', '16eib', '15eib', '1e3', '٣gb', '1٣', '2.5.1', ',', '1kK'];

const floatCases = [...FLOATS, ...generated, ...shaped.map((t) => t.replace(/ ?[a-zA-Z]*$/, ''))].map((text, i): ResourcesOracleCase => ({ id: `f${i}`, mode: 'parseFloat', text }));
const byteCases = [...BYTES, ...generated].map((text, i): ResourcesOracleCase => ({ id: `b${i}`, mode: 'parseBytes', text }));
const resourceCases: ResourcesOracleCase[] = [
  ...[...BYTES, ...FLOATS.slice(0, 60)].map((v, i): ResourcesOracleCase => ({ id: `m${i}`, mode: 'resources', resources: { CPU: '', Memory: v, Disk: '', GPU: '' } })),
  ...['', '1', '8', '500m', '0.5', '-500m', '-1', '1_000', 'inf', 'nan', '1e16', '9223372036854775807m', '9223372036854775808m', '0.0001', '1m', '1.5m', 'x', '2 ', 'M500'].map(
    (v, i): ResourcesOracleCase => ({ id: `c${i}`, mode: 'resources', resources: { CPU: v, Memory: '', Disk: '', GPU: '' } }),
  ),
  ...['', '0', '1', '8', 'all', '-1', '+1', '1.0', ' 2', '18446744073709551616', 'ALL'].map((v, i): ResourcesOracleCase => ({ id: `g${i}`, mode: 'resources', resources: { CPU: '', Memory: '', Disk: '', GPU: v } })),
  ...shaped.map((memory, i): ResourcesOracleCase => {
    const cpu = random() < 0.5 ? `${Math.floor(random() * 20000) - 100}m` : String(Math.floor(random() * 64 * 1000) / 1000);
    const gpu = random() < 0.3 ? String(Math.floor(random() * 9)) : '';
    return { id: `s${i}`, mode: 'resources', resources: { CPU: cpu, Memory: memory, Disk: i % 3 === 0 ? shaped[(i * 7) % shaped.length]! : '', GPU: gpu } };
  }),
  ...noise.map((v, i): ResourcesOracleCase => ({ id: `r${i}`, mode: 'resources', resources: { CPU: v, Memory: noise[(i * 7) % noise.length]!, Disk: noise[(i * 13) % noise.length]!, GPU: i % 5 === 0 ? v : '' } })),
];

const results = oracleResultsFor([...floatCases, ...byteCases, ...resourceCases]);
const byId = () => new Map(results().map((r) => [r.id, r]));

/** A float64's bits in hex, as the oracle prints them; NaN payloads differ and mean nothing. */
const bitsHex = (x: number): string => {
  if (Number.isNaN(x)) return 'NaN';
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, x);
  return view.getBigUint64(0).toString(16);
};

describe('provider resource parsing agrees with Go', () => {
  it('the generated cases exercise both sides: many parse, many do not', () => {
    const go = byId();
    // A whole ResourcesConfig parses only when its four strings do, so fewer of those pass.
    for (const [cases, share] of [[floatCases, 10], [byteCases, 10], [resourceCases, 20]] as const) {
      const ok = cases.filter((c) => go.get(c.id)!.ok).length;
      expect(ok).toBeGreaterThan(cases.length / share);
      expect(cases.length - ok).toBeGreaterThan(cases.length / share);
    }
  });

  it('strconv.ParseFloat: value bits and error for every case', () => {
    const go = byId();
    const differ = floatCases.flatMap((c) => {
      const r = go.get(c.id)!;
      const ts = parseGoFloat((c as { text: string }).text);
      const tsView = { ok: ts.ok, value: bitsHex(ts.ok ? ts.value : ts.reason === 'value out of range' ? ts.value : 0), error: ts.ok ? undefined : ts.reason };
      const goView = { ok: r.ok, value: r.value?.startsWith('7ff8') || r.value?.startsWith('fff8') ? 'NaN' : r.value, error: r.error?.replace(/^strconv\.ParseFloat: parsing .*: /s, '') };
      return JSON.stringify(tsView) === JSON.stringify(goView) ? [] : [{ text: (c as { text: string }).text.slice(0, 80), ts: tsView, go: goView }];
    });
    expect(differ).toEqual([]);
  });

  it("go-humanize's ParseBytes: bytes and error text for every case", () => {
    const go = byId();
    const differ = byteCases.flatMap((c) => {
      const r = go.get(c.id)!;
      const ts = humanizeParseBytes((c as { text: string }).text);
      const tsView = ts.ok ? { ok: true, value: ts.bytes.toString() } : { ok: false, value: '0', error: ts.error };
      const goView = { ok: r.ok, value: r.value, ...(r.error !== undefined ? { error: r.error } : {}) };
      return JSON.stringify(tsView) === JSON.stringify(goView) ? [] : [{ text: (c as { text: string }).text, ts: tsView, go: goView }];
    });
    expect(differ).toEqual([]);
  });

  it('ResourcesConfig.Validate: the provider accepts the same jobs, with the same limits and messages', () => {
    const go = byId();
    const differ = resourceCases.flatMap((c) => {
      const r = go.get(c.id)!;
      const raw = (c as { resources: { CPU: string; Memory: string; Disk: string; GPU: string } }).resources;
      // The oracle parses the strings as given (no defaults): compare that step alone.
      const ts = providerResources(raw, { defaults: false });
      const tsView = ts.ok
        ? { ok: true, cpu: bitsHex(ts.resources.cpu), nanoCpus: nanoCpus(ts.resources.cpu).toString(), memory: ts.resources.memoryBytes.toString(), disk: ts.resources.diskBytes.toString(), gpu: ts.resources.gpus.toString() }
        : { ok: false, error: ts.message };
      const goView = r.ok ? { ok: true, cpu: r.cpu, nanoCpus: r.nanoCpus, memory: r.memory, disk: r.disk, gpu: r.gpu } : { ok: false, error: r.error };
      return JSON.stringify(tsView) === JSON.stringify(goView) ? [] : [{ raw, ts: tsView, go: goView }];
    });
    expect(differ).toEqual([]);
  });
});
