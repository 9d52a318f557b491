// The strict schema check: the published JSON Schema against Lilypad's Go types, the committed
// standalone validator against a fresh build, and the findings on real corpus templates.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { CONFIG_SCHEMA, generateValidator, MODULE_SCHEMA, SCHEMA_PATH, VALIDATOR_PATH } from '../scripts/build-schema';
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
  return report.findings.filter((f) => ['unknown-key', 'key-typo', 'unsupported-key', 'key-case', 'misplaced-key', 'schema', 'duplicate-key'].includes(f.rule));
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

describe('the standalone validators', () => {
  test.each([
    ['module', MODULE_SCHEMA],
    ['validate.yml', CONFIG_SCHEMA],
  ])('%s: the committed generated code is what build-schema.ts generates now', (_, target) => {
    const { js, dts } = generateValidator(target);
    // If this fails: pnpm --filter @lilypad-actions/module-spec build:schema
    expect(readFileSync(target.js, 'utf8')).toBe(js);
    expect(readFileSync(target.dts, 'utf8')).toBe(dts);
  });

  test.each([[VALIDATOR_PATH], [CONFIG_SCHEMA.js]])('%s needs nothing at run time (no ajv, no imports)', (file) => {
    const js = readFileSync(file, 'utf8');
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

  test('a probable typo is key-typo, naming the field; an empty value carries nothing and is not reported', () => {
    const [f] = findingsOf('{"job": {"Spec": {"output": [{"Name": "outputs", "Path": "/outputs"}]}}}');
    expect(f!.rule).toBe('key-typo');
    expect(f!.message).toBe('`output` is not a field of job.Spec: Lilypad ignores it and the setting is lost. Did you mean `Outputs`?');
    expect(findingsOf('{"job": {"Spec": {"output": []}}}')).toEqual([]);
  });

  test.each([
    ['{"job": {"Spec": {"Docker": {"Entrypiont": ["node", "a.js"]}}}}', 'Entrypoint'],
    ['{"job": {"Spec": {"Docker": {"Enviroment": ["A=1"]}}}}', 'EnvironmentVariables'],
    ['{"job": {"Spec": {"Docker": {"ENTRYPOINTS": ["x"]}}}}', 'Entrypoint'],
    ['{"job": {"Spec": {"Resource": {"GPU": "1"}}}}', 'Resources'],
    ['{"job": {"Spce": {"Timeout": 600}}}', 'Spec'],
    ['{"jobs": {"Spec": {}}}', 'job'],
  ])('near misses of real keys: %s names %s', (json, field) => {
    const fs = findingsOf(json);
    expect(fs.map((f) => f.rule)).toEqual(['key-typo']);
    expect(fs[0]!.message).toContain(`Did you mean \`${field}\`?`);
  });

  test.each([
    ['{"job": {"Spec": {"Docker": {"Env": ["A=1"]}}}}', 'key-typo', 'It looks like `EnvironmentVariables`'],
    ['{"job": {"Spec": {"Docker": {"Cmd": ["python", "a.py"]}}}}', 'key-typo', 'It looks like `Entrypoint`'],
    ['{"job": {"Spec": {"Docker": {"Volumes": ["/data:/data"]}}}}', 'unsupported-key', 'no volumes are mounted'],
    ['{"job": {"Spec": {"Docker": {"Ports": ["8080:8080"]}}}}', 'unsupported-key', 'no ports are published'],
    ['{"job": {"Spec": {"Volumes": ["/data"]}}}', 'unsupported-key', 'no volumes are mounted'],
    ['{"job": {"Spec": {"Env": ["A=1"]}}}', 'misplaced-key', 'Lilypad reads `EnvironmentVariables` at job.Spec.Docker.EnvironmentVariables'],
  ])('keys that carry intent Lilypad drops: %s', (json, rule, message) => {
    const fs = findingsOf(json);
    expect(fs.map((f) => f.rule)).toEqual([rule]);
    expect(fs[0]!.message).toContain(message);
  });

  test('leftovers of old Bacalhau job specs are warnings, whatever their value', () => {
    const fs = findingsOf('{"job": {"Spec": {"Verifier": "Noop", "Language": {"JobContext": {}}, "Sharding": {}}}}');
    expect(fs.map((f) => f.rule)).toEqual(['unknown-key', 'unknown-key', 'unknown-key']);
    expect(fs.every((f) => f.message.includes('older Bacalhau job specs had it'))).toBe(true);
  });

  test.each([
    ['{"machine": {"vram": 8000}}', '/machine/vram', 'machine.gpus[].vram'],
    ['{"gpus": [{"vram": 1}]}', '/gpus', 'machine.gpus'],
    ['{"job": {"gpus": [{"vram": 1}]}}', '/job/gpus', 'machine.gpus'],
    ['{"job": {"Spec": {"gpus": [{"vram": 1}]}}}', '/job/Spec/gpus', 'machine.gpus'],
    ['{"job": {"Spec": {"Image": "busybox"}}}', '/job/Spec/Image', 'job.Spec.Docker.Image'],
    ['{"job": {"Spec": {"Memory": "8Gb"}}}', '/job/Spec/Memory', 'job.Spec.Resources.Memory'],
    ['{"job": {"Timeout": 600}}', '/job/Timeout', 'job.Spec.Timeout'],
    ['{"Spec": {"Timeout": 1}, "APIVersion": "V1beta1"}', '/Spec', 'job.Spec'],
    ['{"job": {"Spec": {"executionTimeoutSeconds": 5}}}', '/job/Spec/executionTimeoutSeconds', 'executionTimeoutSeconds'],
  ])('misplaced: %s', (json, pointer, destination) => {
    const f = findingsOf(json).find((x) => x.pointer === pointer);
    expect(f?.rule).toBe('misplaced-key');
    expect(f?.message).toContain(`Lilypad reads it at ${destination}`);
  });

  test.each([['{"machine": {"gpu": 0, "vram": 0}}'], ['{"gpus": []}'], ['{"job": {"Spec": {"Image": ""}}}'], ['{"machine": {"gpu": 1, "vram": null}}']])(
    'a misplaced key that asks for nothing loses nothing: %s',
    (json) => {
      expect(findingsOf(json)).toEqual([]);
    },
  );

  test('misplaced VRAM: says what the solver then does', () => {
    const [f] = findingsOf('{"machine": {"gpu": 1, "vram": 24000}}');
    expect(f!.message).toBe('`vram` is not a field of machine: Lilypad reads it at machine.gpus[].vram and ignores it here, so the solver may give the job a GPU with less than 24000 MiB of memory.');
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
      ['key-typo', '/machine/cpü'],
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

  test('negative counts are schema errors; a null (no effect) and an unknown engine (engine-not-docker) are not', () => {
    const fs = findingsOf('{"machine": {"gpu": -1, "ram": -100}, "author": null, "job": {"Spec": {"Engine": "Dockr", "Docker": {"Image": null}}}}');
    expect(fs.map((f) => [f.rule, f.pointer, f.message])).toEqual([
      ['schema', '/machine/gpu', 'machine.gpu (GPU count) is -1; it must be at least 0.'],
      ['schema', '/machine/ram', 'machine.ram (RAM in MB) is -100; it must be at least 0.'],
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

  test('create-lilypad-module pip template: "vram": 0 directly under machine of a gpu: 0 module is no finding', () => {
    const text = corpusTemplate('DevlinRocha__create-lilypad-module__f9892cf3a26b__pip-template');
    const r = validateTemplate({ file: 'pip.tmpl', text });
    expect(schemaFindingsOf(r).map(at)).toEqual([]);
    expect(r.findings.map((f) => f.message).join('\n')).not.toMatch(/gpus/);
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
