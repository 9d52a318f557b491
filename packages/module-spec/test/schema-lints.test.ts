// The strict schema check: the published JSON Schema against Lilypad's Go types, the committed
// standalone validator against a fresh build, and the findings on real corpus templates.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { generateValidator, SCHEMA_PATH, VALIDATOR_DTS_PATH, VALIDATOR_PATH } from '../scripts/build-schema';
import { decodeModule, MODULE_TYPE, validateTemplate, type Finding } from '../src/index';
import type { GoType } from '../src/decode/go-type';
import { schemaFindings } from '../src/validate/schema-lints';
import { corpusTemplate } from './corpus';

const schema = JSON.parse(readFileSync(SCHEMA_PATH, 'utf8')) as SchemaObject;

interface SchemaObject {
  $ref?: string;
  type?: string | string[];
  properties?: Record<string, SchemaObject>;
  additionalProperties?: boolean | SchemaObject;
  items?: SchemaObject;
  pattern?: string;
  examples?: unknown[];
  title?: string;
  description?: string;
  minimum?: number;
}

function resolve(node: SchemaObject): SchemaObject {
  if (!node.$ref) return node;
  const name = node.$ref.replace('#/$defs/', '');
  const defs = (schema as unknown as { $defs: Record<string, SchemaObject> }).$defs;
  return { ...defs[name]!, ...Object.fromEntries(Object.entries(node).filter(([k]) => k !== '$ref')) };
}

const types = (n: SchemaObject): string[] => ([] as string[]).concat(n.type ?? []);

/** Schema findings of one rendered document (which must decode). */
function findingsOf(json: string): { rule: string; message: string; pointer: string; at: string }[] {
  const d = decodeModule(json);
  if (!d.ok) throw new Error(`does not decode: ${d.message}`);
  return schemaFindings(d.tree).map((f) => ({ rule: f.rule.id, message: f.message, pointer: f.pointer, at: json.slice(f.offset, f.offset + 12) }));
}

function schemaFindingsOf(report: { findings: Finding[] }): Finding[] {
  return report.findings.filter((f) => ['unknown-key', 'key-case', 'misplaced-key', 'schema', 'duplicate-key'].includes(f.rule));
}

describe('the published schema', () => {
  test('mirrors data.Module: the same keys, exact case, closed objects, Go kinds', () => {
    const problems: string[] = [];
    const check = (node: SchemaObject, t: GoType, at: string): void => {
      const n = resolve(node);
      const ty = types(n);
      const expect1 = (cond: boolean, what: string): void => {
        if (!cond) problems.push(`${at || '(root)'}: ${what} (schema type ${JSON.stringify(n.type)}, Go ${t.name})`);
      };
      switch (t.kind) {
        case 'struct': {
          expect1(ty.includes('object'), 'an object');
          expect1(n.additionalProperties === false, 'closed (additionalProperties: false)');
          expect1(typeof n.title === 'string', 'a title');
          const keys = Object.keys(n.properties ?? {}).sort();
          const fields = t.fields.map((f) => f.json).sort();
          expect1(JSON.stringify(keys) === JSON.stringify(fields), `keys ${keys.join(',')} = fields ${fields.join(',')}`);
          for (const f of t.fields) if (n.properties?.[f.json]) check(n.properties[f.json]!, f.type, `${at}/${f.json}`);
          return;
        }
        case 'pointer':
          expect1(ty.includes('null'), 'nullable (a pointer)');
          return check(node, t.elem, at);
        case 'slice':
          expect1(ty.includes('array') && ty.includes('null'), 'an array or null');
          if (n.items) check(n.items, t.elem, `${at}/[]`);
          else expect1(false, 'items');
          return;
        case 'map':
          expect1(ty.includes('object') && ty.includes('null'), 'an object or null');
          if (t.elem.kind !== 'interface') {
            expect1(typeof n.additionalProperties === 'object', 'typed values');
            if (typeof n.additionalProperties === 'object') check(n.additionalProperties, t.elem, `${at}/*`);
          }
          return;
        case 'interface':
          return;
        case 'string':
          return expect1(ty.length === 1 && ty[0] === 'string', 'a string');
        case 'bool':
          return expect1(ty.length === 1 && ty[0] === 'boolean', 'a boolean');
        case 'int':
        case 'uint':
          expect1(ty.length === 1 && ty[0] === 'integer', 'an integer');
          return expect1(n.minimum === 0, 'minimum 0');
        case 'text':
          if (t.underlying === 'slice') return expect1(ty.includes('string') && ty.includes('null'), 'a string or null');
          expect1(ty.length === 1 && ty[0] === 'string' && typeof n.pattern === 'string', 'an enum string (pattern)');
          return expect1(Array.isArray(n.examples) && n.examples.length > 0, 'the canonical names as examples');
        case 'json':
          return expect1(ty.length === 1 && ty[0] === 'string', 'a string');
      }
    };
    check(schema, MODULE_TYPE, '');
    expect(problems).toEqual([]);
  });

  test('documents the units of the machine block', () => {
    const machine = resolve({ $ref: '#/$defs/MachineSpec' }).properties!;
    expect(machine.cpu!.title).toMatch(/milli-CPU/);
    expect(machine.ram!.title).toMatch(/MB/);
    expect(machine.disk!.title).toMatch(/bytes/);
    expect(machine.gpu!.title).toMatch(/count/);
    expect(resolve({ $ref: '#/$defs/GPUSpec' }).properties!.vram!.title).toMatch(/MiB/);
  });

  // Each enum pattern accepts exactly the spellings Go's parser accepts (decoder as the reference).
  const enums: [def: string, names: string[], module: (v: string) => string, accepted: (json: string) => boolean][] = [
    [
      'Engine',
      ['Noop', 'Docker', 'Wasm'],
      (v) => JSON.stringify({ job: { Spec: { Engine: v } } }),
      (json) => {
        const d = decodeModule(json);
        return d.ok && d.module.Job.Spec.Engine !== 'engineUnknown';
      },
    ],
    ['Publisher', ['Noop', 'Ipfs', 'Estuary', 'S3'], (v) => JSON.stringify({ job: { Spec: { PublisherSpec: { Type: v } } } }), (json) => decodeModule(json).ok],
    ['Network', ['None', 'Full', 'HTTP'], (v) => JSON.stringify({ job: { Spec: { Network: { Type: v } } } }), (json) => decodeModule(json).ok],
    [
      'StorageSourceType',
      ['IPFS', 'RepoClone', 'RepoCloneLFS', 'URLDownload', 'Estuary', 'Inline', 'LocalDirectory', 'S3'],
      (v) => JSON.stringify({ job: { Spec: { Outputs: [{ StorageSource: v }] } } }),
      (json) => decodeModule(json).ok,
    ],
  ];
  test.each(enums)('%s accepts the spellings Go accepts', (def, names, module, accepted) => {
    const n = resolve({ $ref: `#/$defs/${def}` });
    const re = new RegExp(n.pattern!, 'u');
    expect(n.examples).toEqual(expect.arrayContaining(names));
    const spellings = new Set<string>(['', 'x', 'local', 'Docker2', ' ', '\u00a0']);
    for (const name of names) {
      for (const v of [name, name.toLowerCase(), name.toUpperCase(), ` ${name} `, `\t${name}\n`, `\u00a0${name}`, `\u0085${name}`, `\u3000${name}`, `\ufeff${name}`, `${name}x`, name.slice(1)]) spellings.add(v);
      spellings.add(name.replace(/k/gi, '\u212a').replace(/s/gi, '\u017f'));
      spellings.add(name.replace(/s/gi, '\u0161'));
    }
    const disagreements = [...spellings].filter((v) => re.test(v) !== accepted(module(v))).map((v) => JSON.stringify(v));
    expect(disagreements).toEqual([]);
  });
});

describe('the standalone validator', () => {
  test('the committed generated code is what build-schema.ts generates now', () => {
    const { js, dts } = generateValidator();
    // If this fails: pnpm --filter @lilypad-actions/module-spec build:schema
    expect(readFileSync(VALIDATOR_PATH, 'utf8')).toBe(js);
    expect(readFileSync(VALIDATOR_DTS_PATH, 'utf8')).toBe(dts);
  });

  test('needs nothing at run time (no ajv, no imports)', () => {
    const js = readFileSync(VALIDATOR_PATH, 'utf8');
    expect(js).not.toMatch(/\brequire\(|^\s*import\b/m);
  });
});

describe('schema findings', () => {
  test('a clean module has none', () => {
    const clean = JSON.stringify({
      machine: { gpu: 1, cpu: 1000, ram: 8000, disk: 0, gpus: [{ name: 'x', vendor: 'NVIDIA', vram: 24576 }] },
      job: {
        APIVersion: 'V1beta1',
        Metadata: { CreatedAt: '0001-01-01T00:00:00Z', Requester: {} },
        Spec: {
          Deal: { Concurrency: 1 },
          Docker: { Entrypoint: null, Image: 'busybox', EnvironmentVariables: ['A=1'] },
          Engine: 'docker',
          Network: { Type: ' none ' },
          PublisherSpec: { Type: 'ipfs', Params: { a: [1, { b: null }] } },
          Outputs: [{ Name: 'outputs', Path: '/outputs', StorageSource: 'IPFS', S3: null, Metadata: { k: 'v' } }],
          Resources: { GPU: '1', CPU: '1', Memory: '8Gb' },
          Timeout: 600,
        },
      },
      inputFiles: { required: ['a.txt'], optional: null },
      executionTimeoutSeconds: 600,
      author: { name: 'n', avatar: 'https://x/y.png', address: '0x0' },
      description: 'd',
      image: 'https://x/y.png',
      model: { name: 'm', type: 't', size: '1B' },
    });
    expect(findingsOf(clean)).toEqual([]);
  });

  test('an unknown key is reported once, at the key, and nothing inside it', () => {
    const json = '{"job": {"Spec": {"Verifier": {"Deep": {"Outputs": 1, "x": -1}}, "Timeout": 1}}}';
    expect(findingsOf(json)).toEqual([
      {
        rule: 'unknown-key',
        message: '`Verifier` is not a field of job.Spec (older Bacalhau job specs had it); Lilypad ignores it.',
        pointer: '/job/Spec/Verifier',
        at: '"Verifier": ',
      },
    ]);
  });

  test('a probable typo gets a suggestion', () => {
    const [f] = findingsOf('{"job": {"Spec": {"output": []}}}');
    expect(f!.rule).toBe('unknown-key');
    expect(f!.message).toBe('`output` is not a field of job.Spec; Lilypad ignores it. Did you mean `Outputs`?');
  });

  test.each([
    ['{"machine": {"vram": 8000}}', '/machine/vram', 'machine.gpus[].vram'],
    ['{"gpus": [{"vram": 1}]}', '/gpus', 'machine.gpus'],
    ['{"job": {"gpus": []}}', '/job/gpus', 'machine.gpus'],
    ['{"job": {"Spec": {"gpus": []}}}', '/job/Spec/gpus', 'machine.gpus'],
    ['{"job": {"Spec": {"Image": "busybox"}}}', '/job/Spec/Image', 'job.Spec.Docker.Image'],
    ['{"job": {"Spec": {"Memory": "8Gb"}}}', '/job/Spec/Memory', 'job.Spec.Resources.Memory'],
    ['{"job": {"Timeout": 600}}', '/job/Timeout', 'job.Spec.Timeout'],
    ['{"Spec": {}, "APIVersion": "V1beta1"}', '/Spec', 'job.Spec'],
    ['{"job": {"Spec": {"executionTimeoutSeconds": 5}}}', '/job/Spec/executionTimeoutSeconds', 'executionTimeoutSeconds'],
  ])('misplaced: %s', (json, pointer, destination) => {
    const f = findingsOf(json).find((x) => x.pointer === pointer);
    expect(f?.rule).toBe('misplaced-key');
    expect(f?.message).toContain(`Lilypad reads it at ${destination}`);
  });

  test('a key Go binds only by ignoring case: key-case, and its value is still checked', () => {
    const json = '{"job": {"Spec": {"outputs": [{"name": "outputs", "path": "/outputs", "Bogus": 1}], "timeout": -5}}}';
    expect(findingsOf(json)).toEqual([
      { rule: 'key-case', message: '`outputs` is spelt `Outputs` (job.Spec.Outputs): Lilypad\'s Go decoder ignores case, other tools do not.', pointer: '/job/Spec/outputs', at: '"outputs": [' },
      { rule: 'key-case', message: expect.stringContaining('`name` is spelt `Name`'), pointer: '/job/Spec/outputs/0/name', at: '"name": "out' },
      { rule: 'key-case', message: expect.stringContaining('`path` is spelt `Path`'), pointer: '/job/Spec/outputs/0/path', at: '"path": "/ou' },
      { rule: 'unknown-key', message: '`Bogus` is not a field of job.Spec.Outputs[0]; Lilypad ignores it.', pointer: '/job/Spec/outputs/0/Bogus', at: '"Bogus": 1}]' },
      { rule: 'key-case', message: expect.stringContaining('`timeout` is spelt `Timeout`'), pointer: '/job/Spec/timeout', at: '"timeout": -' },
      { rule: 'schema', message: 'job.Spec.Timeout (Timeout in seconds) is -5; it must be at least 0.', pointer: '/job/Spec/timeout', at: '-5}}}' },
    ]);
  });

  test('Go folds ſ and K into ASCII keys; other look-alikes are unknown', () => {
    const fs = findingsOf('{"job": {"\u017fpec": {"Doc\u212aer": {}}}, "machine": {"cpü": 1}}');
    expect(fs.map((f) => [f.rule, f.pointer])).toEqual([
      ['key-case', '/job/\u017fpec'],
      ['key-case', '/job/\u017fpec/Doc\u212aer'],
      ['unknown-key', '/machine/cpü'],
    ]);
  });

  test('duplicates: Go keeps the last scalar and merges objects, so both halves are checked', () => {
    const json = '{"machine": {"gpu": 1, "gpu": 0}, "job": {"Spec": {"Docker": {"Bad": 1}}, "Spec": {"Docker": {"Image": "x"}}}}';
    const fs = findingsOf(json);
    expect(fs.map((f) => [f.rule, f.pointer])).toEqual([
      ['duplicate-key', '/machine/gpu'],
      ['duplicate-key', '/job/Spec'],
      ['unknown-key', '/job/Spec/Docker/Bad'],
    ]);
    expect(fs[0]!.message).toBe('`gpu` is given twice in machine; Lilypad keeps only the last.');
    expect(fs[1]!.message).toBe('`Spec` is given twice in job; Lilypad merges the two objects.');
  });

  test('case variants of one field are duplicates too', () => {
    const fs = findingsOf('{"job": {"Spec": {"Timeout": 1, "TIMEOUT": 2}}}');
    expect(fs.map((f) => f.rule).sort()).toEqual(['duplicate-key', 'key-case']);
    expect(fs.find((f) => f.rule === 'duplicate-key')!.message).toBe('`Timeout` and `TIMEOUT` are given twice in job.Spec; Lilypad keeps only the last.');
  });

  test('null where Go has a struct or a string, negative counts, unknown engine', () => {
    const fs = findingsOf('{"machine": {"gpu": -1, "ram": -100}, "author": null, "job": {"Spec": {"Engine": "Dockr", "Docker": {"Image": null}}}}');
    expect(fs.map((f) => [f.rule, f.pointer, f.message])).toEqual([
      ['schema', '/machine/gpu', 'machine.gpu (GPU count) is -1; it must be at least 0.'],
      ['schema', '/machine/ram', 'machine.ram (RAM in MB) is -100; it must be at least 0.'],
      ['schema', '/author', 'author is null where the module format has an object; Lilypad ignores the null and keeps the field empty.'],
      ['schema', '/job/Spec/Engine', 'job.Spec.Engine is "Dockr", which Lilypad does not recognise: use one of Docker, Wasm, Noop.'],
      ['schema', '/job/Spec/Docker/Image', 'job.Spec.Docker.Image (Docker image) is null where the module format has a string; Lilypad ignores the null and keeps the field empty.'],
    ]);
  });

  test('pointers carry the keys as written, escaped', () => {
    const fs = findingsOf('{"job": {"Spec": {"a/b~c": 1}}}');
    expect(fs[0]!.pointer).toBe('/job/Spec/a~1b~0c');
    const proto = findingsOf('{"__proto__": {"x": 1}, "constructor": 1}');
    expect(proto.map((f) => [f.rule, f.pointer])).toEqual([
      ['unknown-key', '/__proto__'],
      ['unknown-key', '/constructor'],
    ]);
  });

  test('deep documents under free-form fields are not walked', () => {
    const deep = `${'['.repeat(9000)}${']'.repeat(9000)}`;
    expect(findingsOf(`{"job": {"Spec": {"PublisherSpec": {"Params": {"x": ${deep}}}}}, "extra": ${deep}}`).map((f) => f.rule)).toEqual(['unknown-key']);
  });
});

describe('schema findings on corpus templates, at their template lines', () => {
  const at = (f: Finding): string => `${f.rule} ${f.start.line}:${f.start.column} ${f.pointer}`;

  test('create-lilypad-module pip template: vram directly under machine', () => {
    const text = corpusTemplate('DevlinRocha__create-lilypad-module__f9892cf3a26b__pip-template');
    const r = validateTemplate({ file: 'pip.tmpl', text });
    expect(schemaFindingsOf(r).map(at)).toEqual(['misplaced-key 2:26 /machine/vram']);
    expect(r.findings.find((f) => f.rule === 'misplaced-key')!.message).toBe('`vram` is not a field of machine: Lilypad reads it at machine.gpus[].vram and ignores it here.');
  });

  test('ollama-3.3-70b: top-level gpus, lower-case resources, Verifier', () => {
    const text = corpusTemplate('Lilypad-Tech__ollama-3.3-70b-module__419ef374f117');
    const r = validateTemplate({ file: 'ollama.tmpl', text });
    expect(schemaFindingsOf(r).map(at)).toEqual([
      'misplaced-key 7:3 /gpus',
      'key-case 37:9 /job/Spec/Resources/cpu',
      'key-case 38:9 /job/Spec/Resources/memory',
      'unknown-key 41:7 /job/Spec/Verifier',
    ]);
    expect(r.findings.find((f) => f.rule === 'misplaced-key')!.message).toContain('Lilypad reads it at machine.gpus');
  });

  test('module-sdxl: a Verifier key', () => {
    const r = validateTemplate({ file: 'sdxl.tmpl', text: corpusTemplate('Lilypad-Tech__module-sdxl__d81e3db00c12') });
    expect(schemaFindingsOf(r).map(at)).toEqual(['unknown-key 31:7 /job/Spec/Verifier']);
  });

  test('equibind: lower-case "inputs"/"outputs"/"path" and Language', () => {
    const r = validateTemplate({ file: 'equibind.tmpl', text: corpusTemplate('alabdao__lilypad-module-equibind__47970541678d') });
    expect(schemaFindingsOf(r).map(at)).toEqual([
      'unknown-key 26:7 /job/Spec/Language',
      'unknown-key 36:7 /job/Spec/Verifier',
      'key-case 40:7 /job/Spec/inputs',
      'key-case 44:11 /job/Spec/inputs/0/path',
      'key-case 47:7 /job/Spec/outputs',
      'key-case 51:11 /job/Spec/outputs/0/path',
    ]);
  });

  test('the bare Bacalhau jobs of 2023 (no machine/job wrapper): each top-level key belongs under job', () => {
    const text = corpusTemplate('Lilypad-Tech__lilypad-module-sdxl__v0.9-lilypad1');
    const r = validateTemplate({ file: 'sdxl.tmpl', text });
    const misplaced = schemaFindingsOf(r).filter((f) => f.rule === 'misplaced-key');
    // Whatever that version's shape, every misplaced key names a destination.
    for (const f of misplaced) expect(f.message).toMatch(/Lilypad reads it at /);
  });
});
