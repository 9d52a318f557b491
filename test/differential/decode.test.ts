// Lilypad's last loading step, json.Unmarshal(rendered, &data.Module), done by Go (test/oracle,
// decode mode) and by decodeModule: the same verdict, the same error text, the same syntax-error
// offset, and on success the same module — Go's json.Marshal of it and marshalModule's, compared
// as JSON values (64-bit integers exactly) and then byte for byte.
//
// Documents: every corpus template rendered (renderLilypad) with each of its input sets, a few
// thousand generated from the type description (field-name casing, duplicate keys, nulls, wrong
// kinds at every field, bad enum names, times, base64, edge numbers, unknown and deep keys) and
// text mutations of those (truncation, stray characters, bad escapes, bytes that are not UTF-8).
import { afterAll, describe, expect, test } from 'vitest';
import { encodeGoString } from '@lilypad-actions/gotemplate';
import {
  MODULE_TYPE,
  decodeModule,
  marshalModule,
  parseJson,
  renderLilypad,
  type GoType,
  type JsonNode,
} from '@lilypad-actions/module-spec';
import { decodeCase, oracleResultsFor, type OracleResult } from '../support/oracle';
import { corpusCases } from './corpus-cases';
import { Rng } from '../support/rng';

const SEED = Number(process.env.DIFF_SEED ?? 20250729);
const SCALE = Number(process.env.DIFF_SCALE ?? 1);

// ---- documents -------------------------------------------------------------------------------

/** A document under construction: objects keep duplicate keys; scalars are JSON text already. */
type Doc = { o: [string, Doc][] } | { a: Doc[] } | string;

function emit(d: Doc, pretty: boolean, indent = ''): string {
  if (typeof d === 'string') return d;
  const inner = pretty ? `${indent}  ` : '';
  const nl = pretty ? '\n' : '';
  if ('a' in d) {
    if (d.a.length === 0) return '[]';
    return `[${nl}${d.a.map((v) => inner + emit(v, pretty, inner)).join(`,${nl}`)}${nl}${indent}]`;
  }
  if (d.o.length === 0) return '{}';
  const sep = pretty ? ': ' : ':';
  return `{${nl}${d.o.map(([k, v]) => `${inner}${k}${sep}${emit(v, pretty, inner)}`).join(`,${nl}`)}${nl}${indent}}`;
}

const str = (s: string): string => JSON.stringify(s);
const INVALID_BYTE = String.fromCharCode(0xdc80 + 0x7f); // a raw 0xff byte (gotemplate's utf8.ts)

const STRINGS = [
  '"word"', '""', '"modulé"', '"😀"', '"<&>"', '"\\u00e9\\ud83d\\ude00"', '"\\ud800"', '"\\udc00\\ud800x"',
  '"a\\/b\\"c\\\\"', '"\\u0000\\b\\f\\n\\r\\t"', `"${INVALID_BYTE}x"`, '"\u2028"', '"/outputs"', '"K=V"', '"100"',
];
const INTS = [
  '0', '1', '1000', '-1', '-0', '7', '8000', '1.0', '1e3', '1E2', '1000.5', '0.5', '-5', '9007199254740993',
  '9223372036854775807', '9223372036854775808', '-9223372036854775808', '-9223372036854775809',
  '18446744073709551615', '18446744073709551616', '123456789012345678901234567890',
];
const FLOATS = ['1e400', '-1e400', '1e-400', '-0', '0.1', '1.7976931348623157e308', '1.7976931348623159e308', '5e-324', '2.5e-324', '12345678901234567890', '-0.0', '3'];
const ENUMS: Record<string, string[]> = {
  'bacalhau.Engine': ['"Docker"', '"docker"', '"DOCKER"', '"Wasm"', '"noop"', '"doc\u212aer"', '"Doc\\u212aer"', '"Docker "', '""', '"Language"', '"python-wasm"'],
  'bacalhau.Publisher': ['"Estuary"', '"ipfs"', '"IPFS"', '"S3"', '"s3"', '"Noop"', '" ipfs "', '"\\tIpfs\\n"', '"ipf\u017f"', '"ipf\\u017f"', '"\\u00a0S3"', '"\\u2003Noop\\u3000"', '"\\ufeffIpfs"', '"local"', '""', '"Ipfs\\u0085"'],
  'bacalhau.StorageSourceType': ['"IPFS"', '"ipfs"', '"URLDownload"', '"urldownload"', '"RepoCloneLFS"', '"LocalDirectory"', '"Inline"', '"S3"', '" IPFS"', '"url"', '""', '"FileCoin"', '"ipfſ"'],
  'bacalhau.Network': ['"None"', '"none"', '"Full"', '"HTTP"', '"http"', '" Full "', '""', '"Host"', '"NONE\\u00a0"', '"\\u000bFull"'],
  'bacalhau.PublicKey': ['""', '"QUJD"', '"QUJDRA=="', '"QUJDRA="', '"QUJDRA"', '"QUJD\\nRA=="', '"QU JD"', '"Q==="', '"QUJDRA==\\n"', '"QUJDRA==x"', '"QUJD\\r\\nRA=="', '"QUI="', '"QUJ="', '"////"', '"-_-_"', '"QUJDRA==\\r\\n\\r\\n"', '"QQ=\\n="'],
};
const TIMES = [
  '"0001-01-01T00:00:00Z"', '"2025-07-29T12:34:56Z"', '"2025-07-29T12:34:56.123456789+02:00"', '"2024-02-29T23:59:59-00:00"',
  '""', '"2023-02-29T00:00:00Z"', '"2023-13-01T00:00:00Z"', '"2023-01-01T24:00:00Z"', '"2023-01-01T00:60:00Z"', '"2023-01-01T00:00:60Z"',
  '"2006-01-02T1:04:05Z"', '"2006-01-02T15:04:05,5Z"', '"2006-01-02T15:04:05.Z"', '"2006-01-02T15:04:05.1234567891Z"', '"2006-01-02t15:04:05z"',
  '"2006-01-02T15:04:05+24:00"', '"2006-01-02T15:04:05+23:60"', '"2006-01-02T15:04:05+25:00"', '"2006-01-02T15:04:05+0100"', '"2006-01-02T15:04:05"',
  '"2006-01-02 15:04:05Z"', '"2006-1-02T15:04:05Z"', '"20a6-01-02T15:04:05Z"', '"2006-01-02T15:04:05Zjunk"', '"\\u0032006-01-02T15:04:05Z"',
  '"2006-01-02T15:04:05Zé"', '"2006-01-02T15:04:05+01:0x"', '"2006-01-02T15:04:05-a1:00"', '"0000-01-01T00:00:00+01:00"', '"9999-12-31T23:59:59-23:59"',
  'null', '0', 'true', '{}', '[]',
];
const KEYS = ['a', 'Key', '__proto__', 'constructor', 'é', '', 'a b', 'toString'];

/** Generic JSON (interface{} values, unknown keys); `deep` builds long chains of brackets. */
function genGeneric(rng: Rng, depth: number): Doc {
  const r = rng.int(depth > 2 ? 5 : 7);
  if (r === 0) return rng.pick(STRINGS);
  if (r === 1) return rng.pick(FLOATS);
  if (r === 2) return rng.pick(['true', 'false', 'null']);
  if (r === 3) return rng.pick(INTS);
  if (r === 4) return rng.pick(['[]', '{}', '"x"']);
  if (r === 5) return { a: Array.from({ length: rng.int(4) }, () => genGeneric(rng, depth + 1)) };
  return { o: Array.from({ length: rng.int(4) }, () => [str(rng.pick(KEYS)), genGeneric(rng, depth + 1)]) };
}

/** A value of some other JSON kind than t wants (or the same kind, by chance). */
function wrongValue(rng: Rng): Doc {
  return rng.pick<() => Doc>([
    () => rng.pick(STRINGS),
    () => rng.pick(INTS),
    () => rng.pick(FLOATS),
    () => rng.pick(['true', 'false']),
    () => ({ a: [] }),
    () => ({ a: [rng.pick(STRINGS), rng.pick(INTS)] }),
    () => ({ o: [] }),
    () => ({ o: [['"x"', '1']] }),
  ])();
}

/** How a key may be spelled so that encoding/json still matches it (or, sometimes, does not). */
function spell(rng: Rng, name: string, goName: string): string {
  let k = name;
  const r = rng.next();
  if (r < 0.12) k = [...k].map((c) => (rng.chance(0.5) ? c.toUpperCase() : c.toLowerCase())).join('');
  else if (r < 0.15) k = k.replace(/s/gi, '\u017f').replace(/k/gi, '\u212a'); // ſ and the Kelvin sign
  else if (r < 0.17) k = goName;
  else if (r < 0.19) k = `${k}x`;
  const lit = str(k);
  // An escaped letter is unquoted before matching.
  if (rng.chance(0.04) && k.length > 0) return `"\\u${k.charCodeAt(0).toString(16).padStart(4, '0')}${lit.slice(2)}`;
  return lit;
}

interface GenOptions {
  wrong: number;
  nulls: number;
}

function gen(rng: Rng, t: GoType, o: GenOptions, depth = 0): Doc {
  if (rng.chance(o.wrong)) return wrongValue(rng);
  if (rng.chance(o.nulls)) return 'null';
  switch (t.kind) {
    case 'struct': {
      const members: [string, Doc][] = [];
      for (const f of t.fields) {
        if (!rng.chance(depth === 0 ? 0.8 : 0.55)) continue;
        members.push([spell(rng, f.json, f.go), gen(rng, f.type, o, depth + 1)]);
        // A duplicate (often a case variant): decoded again into the same Go value.
        if (rng.chance(0.08)) members.push([spell(rng, f.json, f.go), gen(rng, f.type, o, depth + 1)]);
      }
      if (rng.chance(0.1)) members.splice(rng.int(members.length + 1), 0, [str(rng.pick(['Verifier', 'Language', 'vram', 'extra'])), genGeneric(rng, 1)]);
      if (rng.chance(0.15)) members.reverse();
      return { o: members };
    }
    case 'slice':
      return { a: Array.from({ length: rng.int(5) }, () => gen(rng, t.elem, o, depth + 1)) };
    case 'map':
      return { o: Array.from({ length: rng.int(4) }, () => [str(rng.pick(KEYS)), gen(rng, t.elem, o, depth + 1)] as [string, Doc]) };
    case 'pointer':
      return gen(rng, t.elem, o, depth);
    case 'interface':
      return genGeneric(rng, 0);
    case 'text':
      return rng.pick(ENUMS[t.name]!);
    case 'json':
      return rng.pick(TIMES);
    case 'string':
      return rng.pick(STRINGS);
    case 'bool':
      return rng.pick(['true', 'false']);
    case 'int':
    case 'uint':
      return rng.chance(0.6) ? String(rng.int(5000)) : rng.pick(INTS);
  }
}

// Raw bytes that are not UTF-8 (quoteChar prints each differently) and control characters.
const RAW_BYTES = [0x80, 0x9f, 0xa0, 0xad, 0xae, 0xc0, 0xc3, 0xed, 0xf0, 0xf5, 0xff].map((b) => String.fromCharCode(0xdc00 + b));
const CONTROLS = ['\u0000', '\u0001', '\u0007', '\b', '\v', '\f', '\u001b', '\u001f', '\x7f'];
const STRAY = [',', '}', ']', ':', '"', '\\', 'x', '\n', '\t', ' ', 'é', '😀', '/', '#', '.', '-', '0', 'e', '+', '\u00a0', '\u2028', "'", '\u0085', '\ud800', '\udc00', ...RAW_BYTES, ...CONTROLS];

/** A text-level corruption of a document (mostly syntax errors, sometimes still valid). */
function mutate(rng: Rng, text: string): string {
  const at = rng.int(text.length + 1);
  switch (rng.int(10)) {
    case 0:
      return text.slice(0, at);
    case 1:
      return text.slice(0, at) + rng.pick(STRAY) + text.slice(at);
    case 2:
      return text.slice(0, at) + text.slice(at + 1);
    case 3: {
      const q = text.indexOf('"', at);
      return q < 0 ? text : `${text.slice(0, q + 1)}\\${rng.pick(['x', "'", 'u12', 'uZZZZ', 'U0041', 'a', '0', '\n', 'é'])}${text.slice(q + 1)}`;
    }
    case 4:
      return text.replace(/([}\]])/, rng.pick([',$1', ',,$1', ' ,\n$1']));
    case 5:
      return rng.pick(['\ufeff', ' ', '\u00a0', '/**/']) + text;
    case 6:
      return text + rng.pick([' ', '\n', 'x', '{}', ',', ...CONTROLS, ...RAW_BYTES]);
    case 7:
      return text.replace(/-?\d+(\.\d+)?/, rng.pick(['01', '1.', '.5', '-', '1e', '1e+', '+1', 'NaN', 'Infinity', '0x10', '-a', '1.e3', '00']));
    case 8:
      return text.replace(/true|false|null/, rng.pick(['tru', 'nul', 'True', 'None', 'nulL', 'fals', 'falsey']));
    default: {
      const q = text.indexOf('"', at);
      return q < 0 ? text : text.slice(0, q + 1) + rng.pick([...CONTROLS, ...RAW_BYTES, '\n', '\t']) + text.slice(q + 1);
    }
  }
}

/** Hand-written documents for the named cases of docs/lilypad-module-format.md §3.5/§4 and limits. */
function edgeDocs(): string[] {
  const deep = (n: number, inner = ''): string => '['.repeat(n) + inner + ']'.repeat(n);
  return [
    '', ' ', '\n\t', 'null', 'true', '0', '"x"', '[]', '{}', '[{}]', '{"machine":{"gpu":"1"}}', '{"machine":{"cpu":1000.5}}',
    '{"job":{"Spec":{"Timeout":"600"}}}', '{"job":{"Spec":{"PublisherSpec":{"Type":"local"}}}}', '{"job":{"Spec":{"Network":{"Type":""}}}}',
    '{"job":{"Metadata":{"CreatedAt":""}}}', '{"executionTimeoutSeconds":-5}', '{"executionTimeoutSeconds":-0}', '{"job":{"Spec":{"Resources":{"GPU":1}}}}',
    '{"job":{"Spec":{"Wasm":{"EntryModule":"x"}}}}', '{"job":{"Spec":{"Docker":{"Entrypoint":null}}}}', '{"a":1,}', '[1,]', '{"a":1 "b":2}',
    '{"a":"\\\'"}', '<no value>', '{"x": <no value>}',
    // 10,000 levels of nesting are allowed, the 10,001st `[` is a syntax error; the root and four
    // objects lead to Params.
    `{"x":${deep(9999)}}`, `{"x":${deep(10000)}}`, `{"job":{"Spec":{"EngineSpec":{"Params":{"p":${deep(9995, '1e400')}}}}}}`,
    `{"job":{"Spec":{"EngineSpec":{"Params":{"p":${deep(9995)}}}}}}`, `{"job":{"Spec":{"EngineSpec":{"Params":{"p":${deep(9996)}}}}}}`, '{"job":{"Spec":{"Deal":{"Concurrency":1}}},"job":null}',
    '{"job":{"Spec":{"Docker":{"Entrypoint":["a","b","c"]}}},"JOB":{"SPEC":{"DOCKER":{"ENTRYPOINT":["d"]}}},"Job":{"Spec":{"Docker":{"Entrypoint":[null,null,null,null]}}}}',
    '{"job":{"Spec":{"Inputs":[{"Name":"a","S3":{"Bucket":"b"}},{"Name":"b"}]}},"job":{"Spec":{"inputs":[{"Path":"/p"}]}},"job":{"Spec":{"INPUTS":[{},{"S3":null}]}}}',
    '{"job":{"Spec":{"Outputs":[{"S3":"x"}]}}}', '{"job":{"Spec":{"Outputs":[{"S3":[]}]}},"job":{"Spec":{"Outputs":[{}]}}}',
    '{"job":{"Spec":{"Wasm":{"EnvironmentVariables":{"a":"1","b":2}}}},"job":{"Spec":{"Wasm":{"EnvironmentVariables":{"c":null}}}}}',
    '{"job":{"Spec":{"PublisherSpec":{"Params":{"a":1e400,"b":[1,{"c":-0}],"__proto__":{"x":1}}}}}}', '{"machine":{"gpus":[1,{"vram":"x"}],"cpu":"8000"}}',
    '{"machine":{"gpu":1},"job":{"Spec":{"Publisher":"nope","Timeout":"x"}}}', '{"job":{"Spec":{"Timeout":"x","Publisher":"nope"}}}',
    '{"job":{"Metadata":{"Requester":{"RequesterPublicKey":"QUJD\\nRA=="}}}}', '{"job":{"Metadata":{"Requester":{"RequesterPublicKey":[1,2]}}}}',
    '{"job":{"Metadata":{"CreatedAt":{"a":1}}}}', '{"job":{"Metadata":{"CreatedAt":"2006-01-02T15:04:05+24:00"}}}', '{"model":{"size":7},"author":{"name":[]}}',
    '{"inputFiles":{"required":"x","optional":["a",1]}}', '{"description":{},"image":1,"machine":[]}', '{"ſpec":1,"job":{"ſpec":{"Kind":1,"Deal":{"TargetingMode":"all"}}}}',
    '{"job":{"Spec":{"NodeSelectors":[{"Key":"k","Operator":1,"Values":"x"}]}}}', '\ufeff{}', `{"x":"${INVALID_BYTE}"}`, `{${INVALID_BYTE}}`, '{"é":1}é',
    '{"job":{"Spec":{"Engine":"wasm","Engine":"nope"}}}', '{"job":{"APIVersion":1,"Spec":{"DoNotTrack":"yes"}}}',
  ];
}

interface DocCase {
  id: string;
  text: string;
}

function generatedDocs(seed: number, scale: number): DocCase[] {
  const rng = new Rng(seed);
  const out: DocCase[] = [];
  const clean: GenOptions = { wrong: 0.004, nulls: 0.02 };
  const dirty: GenOptions = { wrong: 0.03, nulls: 0.05 };
  for (let i = 0; i < 1800 * scale; i++) out.push({ id: `clean-${i}`, text: emit(gen(rng, MODULE_TYPE, clean), rng.chance(0.5)) });
  for (let i = 0; i < 1000 * scale; i++) out.push({ id: `dirty-${i}`, text: emit(gen(rng, MODULE_TYPE, dirty), rng.chance(0.5)) });
  for (let i = 0; i < 1200 * scale; i++) {
    let text = emit(gen(rng, MODULE_TYPE, clean), rng.chance(0.5));
    for (let k = rng.range(1, 2); k > 0; k--) text = mutate(rng, text);
    out.push({ id: `mutated-${i}`, text });
  }
  edgeDocs().forEach((text, i) => out.push({ id: `edge-${i}`, text }));
  return out;
}

function corpusDocs(): DocCase[] {
  const out: DocCase[] = [];
  for (const c of corpusCases().cases) {
    const r = renderLilypad({ text: c.template, name: c.name, inputs: c.inputs ?? {} });
    if (r.ok) out.push({ id: c.id, text: r.output });
  }
  return out;
}

// ---- comparison ------------------------------------------------------------------------------

interface Verdict {
  ok: boolean;
  kind?: 'syntax' | 'type';
  message?: string;
  offset?: number;
  /** json.Marshal of the decoded module (on success). */
  decoded?: string;
  createdAt?: string;
}

function goVerdict(r: OracleResult): Verdict {
  if (r.panic !== undefined) return { ok: false, message: `oracle panic: ${r.panic}` };
  const message = r.errorBase64 !== undefined ? Buffer.from(r.errorBase64, 'base64').toString('utf8') : r.error;
  if (r.ok) return { ok: true, decoded: r.decoded, createdAt: r.createdAt };
  return { ok: false, kind: r.errorKind === 'syntax' ? 'syntax' : 'type', message, offset: r.offset };
}

function tsVerdict(text: string): Verdict {
  try {
    const r = decodeModule(text);
    if (r.ok) return { ok: true, decoded: marshalModule(r.module), createdAt: r.module.Job.Metadata.CreatedAt };
    return { ok: false, kind: r.kind, message: r.message, offset: r.offset };
  } catch (e) {
    return { ok: false, message: `threw ${e instanceof Error ? `${e.name}: ${e.message}` : String(e)}` };
  }
}

const INTEGER = /^-?\d+$/;

/** Where two JSON texts differ as values (numbers compared exactly), skipping CreatedAt. */
function valueDifference(goText: string, tsText: string): string | undefined {
  const a = parseJson(goText);
  const b = parseJson(tsText);
  if (!a.ok || !b.ok) return `unparsable: ${a.ok ? '' : `go ${a.message}`} ${b.ok ? '' : `ts ${b.message}`}`;
  const work: [JsonNode, JsonNode, string][] = [[a.tree, b.tree, '']];
  while (work.length > 0) {
    const [x, y, at] = work.pop()!;
    if (at === '.job.Metadata.CreatedAt') continue; // compared on its own (Go cannot marshal every time)
    if (x.kind !== y.kind) return `${at}: ${x.kind} vs ${y.kind}`;
    if (x.kind === 'object' && y.kind === 'object') {
      const ys = new Map(y.members.map((m) => [m.key, m.value]));
      if (ys.size !== x.members.length) return `${at}: keys ${x.members.map((m) => m.key)} vs ${[...ys.keys()]}`;
      for (const m of x.members) {
        const v = ys.get(m.key);
        if (v === undefined) return `${at}: no key ${m.key}`;
        work.push([m.value, v, `${at}.${m.key}`]);
      }
    } else if (x.kind === 'array' && y.kind === 'array') {
      if (x.items.length !== y.items.length) return `${at}: length ${x.items.length} vs ${y.items.length}`;
      x.items.forEach((v, i) => work.push([v, y.items[i]!, `${at}[${i}]`]));
    } else if (x.kind === 'number' && y.kind === 'number') {
      const same = INTEGER.test(x.text) && INTEGER.test(y.text) ? BigInt(x.text) === BigInt(y.text) : Object.is(Number(x.text), Number(y.text));
      if (!same) return `${at}: ${x.text} vs ${y.text}`;
    } else if ((x.kind === 'string' || x.kind === 'bool') && (y.kind === 'string' || y.kind === 'bool')) {
      if (x.value !== y.value) return `${at}: ${JSON.stringify(x.value)} vs ${JSON.stringify(y.value)}`;
    }
  }
  return undefined;
}

function difference(go: Verdict, ts: Verdict): string | undefined {
  if (go.ok !== ts.ok) return 'verdict';
  if (!go.ok) {
    if (go.kind !== ts.kind) return 'error kind';
    if (go.message !== ts.message) return 'error message';
    if (go.offset !== ts.offset) return 'syntax offset';
    return undefined;
  }
  if (go.createdAt !== ts.createdAt) return 'CreatedAt';
  const d = valueDifference(go.decoded!, ts.decoded!);
  if (d !== undefined) return `decoded module (${d})`;
  // Byte for byte too, unless Go could not marshal CreatedAt (the oracle then zeroed it).
  const createdAtMarshalled = go.decoded!.includes(`"CreatedAt":${JSON.stringify(go.createdAt)}`);
  if (createdAtMarshalled && go.decoded !== ts.decoded) return 'json.Marshal text';
  return undefined;
}

interface Mismatch {
  c: DocCase;
  why: string;
  go: Verdict;
  ts: Verdict;
}

function show(v: Verdict): string {
  if (v.ok) return `ok ${v.decoded!.length > 400 ? `${v.decoded!.slice(0, 400)}…` : v.decoded}`;
  return `${v.kind ?? '?'} error ${JSON.stringify(v.message)}${v.offset !== undefined ? ` at byte ${v.offset}` : ''}`;
}

function compare(cases: readonly DocCase[], results: readonly OracleResult[]): Mismatch[] {
  const out: Mismatch[] = [];
  cases.forEach((c, i) => {
    const go = goVerdict(results[i]!);
    const ts = tsVerdict(c.text);
    const why = difference(go, ts);
    if (why !== undefined) out.push({ c, why, go, ts });
  });
  return out;
}

function report(label: string, cases: readonly DocCase[], mismatches: readonly Mismatch[]): void {
  tally.cases += cases.length;
  tally.identical += cases.length - mismatches.length;
  console.log(`decode differential (${label}): ${cases.length} cases, ${cases.length - mismatches.length} identical`);
  if (mismatches.length === 0) return;
  const head = mismatches.slice(0, 15).map((m) => {
    const doc = m.c.text.length > 600 ? `${m.c.text.slice(0, 600)}…` : m.c.text;
    return `[${m.c.id}] ${m.why}\n  doc: ${JSON.stringify(doc)}\n  go: ${show(m.go)}\n  ts: ${show(m.ts)}`;
  });
  throw new Error(`${mismatches.length} of ${cases.length} ${label} documents decode differently from Go:\n\n${head.join('\n\n')}`);
}

// ---- tests -------------------------------------------------------------------------------------

const corpus = corpusDocs();
const generated = generatedDocs(SEED, SCALE);
const all = [...corpus, ...generated];
const results = oracleResultsFor(all.map((c) => decodeCase(c.id, c.text)));
const tally = { cases: 0, identical: 0 };

afterAll(() => {
  console.log(`decode differential: ${tally.cases} cases, ${tally.identical} identical`);
});

describe('json.Unmarshal into data.Module: decodeModule matches Go', () => {
  test(`corpus: ${corpus.length} rendered templates`, () => {
    expect(corpus.length).toBeGreaterThan(500);
    report('corpus', corpus, compare(corpus, results().slice(0, corpus.length)));
  });

  test(`generated: ${generated.length} documents (seed ${SEED})`, () => {
    const res = results().slice(corpus.length);
    report('generated', generated, compare(generated, res));
    // The mix must keep reaching every outcome, or the generator has drifted.
    const kinds = new Map<string, number>();
    for (const r of res) kinds.set(r.ok ? 'ok' : r.errorKind!, (kinds.get(r.ok ? 'ok' : r.errorKind!) ?? 0) + 1);
    console.log(`  Go outcomes: ${[...kinds].map(([k, n]) => `${k} ${n}`).join(', ')}`);
    for (const k of ['ok', 'syntax', 'type', 'method']) expect(kinds.get(k) ?? 0).toBeGreaterThan(generated.length / 20);
  });

  test('bytes that are not UTF-8 reach the oracle exactly', () => {
    expect(decodeCase('x', `"${INVALID_BYTE}"`).jsonBase64).toBe(Buffer.from(encodeGoString(`"${INVALID_BYTE}"`)).toString('base64'));
  });
});
