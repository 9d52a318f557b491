import { describe, expect, test } from 'vitest';
import { decodeModule, marshalModule, parseJson, type DecodeFailure, type JsonNode } from '../src/index';

// Expected texts are Go 1.23's (json.Unmarshal into the mirror of data.Module in test/oracle);
// test/differential/decode.test.ts checks thousands more against the oracle itself.

const failure = (text: string): DecodeFailure => {
  const r = decodeModule(text);
  if (r.ok) throw new Error(`expected ${JSON.stringify(text)} to fail`);
  return r;
};

describe('decodeModule: the cases of docs/lilypad-module-format.md §3.5 and §4', () => {
  test.each<[string, string, string]>([
    ['{"machine": {"gpu": "1"}}', 'json: cannot unmarshal string into Go struct field MachineSpec.machine.gpu of type int', 'machine.gpu'],
    ['{"machine": {"cpu": 1000.5}}', 'json: cannot unmarshal number 1000.5 into Go struct field MachineSpec.machine.cpu of type int', 'machine.cpu'],
    ['{"job": {"Spec": {"Timeout": "600"}}}', 'json: cannot unmarshal string into Go struct field Spec.job.Spec.Timeout of type int64', 'job.Spec.Timeout'],
    ['{"job": {"Spec": {"PublisherSpec": {"Type": "local"}}}}', "publisher: unknown type 'local'", 'job.Spec.PublisherSpec.Type'],
    ['{"job": {"Spec": {"Publisher": ""}}}', "publisher: unknown type ''", 'job.Spec.Publisher'],
    ['{"job": {"Spec": {"Network": {"Type": ""}}}}', "bacalhau.Network: unknown type ''", 'job.Spec.Network.Type'],
    ['{"job": {"Spec": {"inputs": [{"StorageSource": "ipfs "}, {"StorageSource": "FTP"}]}}}', "executor: unknown source type 'FTP'", 'job.Spec.inputs[1].StorageSource'],
    // Go 1.23 parses the unquoted text; Go 1.19 (the doc's observation) quoted it: `parsing time "\"\""…`.
    ['{"job": {"Metadata": {"CreatedAt": ""}}}', 'parsing time "" as "2006-01-02T15:04:05Z07:00": cannot parse "" as "2006"', 'job.Metadata.CreatedAt'],
    ['{"executionTimeoutSeconds": -5}', 'json: cannot unmarshal number -5 into Go struct field Module.executionTimeoutSeconds of type uint64', 'executionTimeoutSeconds'],
    ['{"job": {"Spec": {"Resources": {"GPU": 1}}}}', 'json: cannot unmarshal number into Go struct field ResourceUsageConfig.job.Spec.Resources.GPU of type string', 'job.Spec.Resources.GPU'],
    ['{"job": {"Spec": {"Wasm": {"EntryModule": "QmX"}}}}', 'json: cannot unmarshal string into Go struct field JobSpecWasm.job.Spec.Wasm.EntryModule of type bacalhau.StorageSpec', 'job.Spec.Wasm.EntryModule'],
    ['[{"machine": {}}]', 'json: cannot unmarshal array into Go value of type data.Module', ''],
    ['"module"', 'json: cannot unmarshal string into Go value of type data.Module', ''],
  ])('%s', (text, message, path) => {
    const r = failure(text);
    expect(r).toMatchObject({ kind: 'type', message, path });
    expect(r.node!.start).toBe(r.index);
  });

  test.each<[string, string, number]>([
    ['', 'unexpected end of JSON input', 0],
    ['{"a": <no value>}', "invalid character '<' looking for beginning of value", 7],
    ['{"a": 1,\n}', "invalid character '}' looking for beginning of object key string", 10],
    ['["a",]', "invalid character ']' looking for beginning of value", 6],
    ['{"a": 1 "b": 2}', `invalid character '"' after object key:value pair`, 9],
    ['{"a": "it\\\'s"}', "invalid character '\\'' in string escape code", 11],
    ['{"a": "\\u00e"}', "invalid character '\"' in \\u hexadecimal character escape", 13],
    ['{"a" 1}', "invalid character '1' after object key", 6],
    ['[1 2]', "invalid character '2' after array element", 4],
    ['{"a": "x\ny"}', "invalid character '\\n' in string literal", 9],
    ['{"a": 01}', "invalid character '1' after object key:value pair", 8],
    ['{} x', "invalid character 'x' after top-level value", 4],
    // Offsets count UTF-8 bytes; the character is quoted as Go quotes the byte it stopped at.
    ['{"é": é}', "invalid character 'Ã' looking for beginning of value", 8],
    ['{"a": -', "invalid character ' ' in numeric literal", 7],
    ['{"a": "x', 'unexpected end of JSON input', 8],
    ['{"a": tru', "invalid character ' ' in literal true (expecting 'e')", 9],
    ['[\u00a0]', "invalid character 'Â' looking for beginning of value", 2],
    // A raw 0xa0 byte (not UTF-8), held as U+DCA0: strconv.Quote does not print U+00A0.
    ['[\udca0]', "invalid character '\\u00a0' looking for beginning of value", 2],
    ['['.repeat(10001), "invalid character '[' exceeded max depth", 10001],
  ])('syntax: %j', (text, message, offset) => {
    expect(failure(text)).toMatchObject({ kind: 'syntax', message, offset });
  });

  test('a syntax error wins over any type error before it', () => {
    expect(failure('{"machine": {"gpu": "1"}, }')).toMatchObject({ kind: 'syntax' });
  });

  test('the first saved type error is reported, but an UnmarshalText error stops decoding at once', () => {
    expect(failure('{"machine": {"gpu": "1", "cpu": "2"}}').path).toBe('machine.gpu');
    expect(failure('{"machine": {"gpu": "1"}, "job": {"Spec": {"Publisher": "x"}}}').message).toBe("publisher: unknown type 'x'");
  });
});

describe('decodeModule: encoding/json rules', () => {
  const decode = (text: string) => {
    const r = decodeModule(text);
    if (!r.ok) throw new Error(r.message);
    return r.module;
  };

  test('{} decodes to the zero module; marshalModule writes it as Go does', () => {
    expect(marshalModule(decode('{}'))).toBe(
      '{"machine":{"gpu":0,"gpus":null,"cpu":0,"ram":0,"disk":0},"job":{"APIVersion":"","Metadata":{"CreatedAt":"0001-01-01T00:00:00Z","Requester":{}},' +
        '"Spec":{"EngineSpec":{"Type":"","Params":null},"PublisherSpec":{},"Docker":{},"Wasm":{"EntryModule":{}},"Resources":{"GPU":""},"Network":{"Type":"None"},"Deal":{}}},' +
        '"author":{"name":"","avatar":"","address":""},"description":"","image":"","model":{"name":"","type":"","size":""},' +
        '"inputFiles":{"required":null,"optional":null},"executionTimeoutSeconds":0}',
    );
  });

  test('keys match case-insensitively (ſ and K fold too), exact spelling first; unknown keys are ignored', () => {
    const m = decode('{"MACHINE": {"Cpu": 1000, "vram": 8}, "job": {"ſpec": {"Doc\u212aer": {"image": "a", "Image": "b"}}, "Verifier": "Noop"}}');
    expect(m.Machine.CPU).toBe(1000);
    expect(m.Job.Spec.Docker.Image).toBe('b');
  });

  test('a duplicate slice field is rewritten in its old backing array', () => {
    const m = decode('{"job": {"Spec": {"Docker": {"Entrypoint": ["a", "b", "c"], "entrypoint": ["d"], "ENTRYPOINT": [null, null, null, null]}}}}');
    expect(m.Job.Spec.Docker.Entrypoint).toEqual(['d', 'b', 'c', '']);
    const n = decode('{"job": {"Spec": {"Outputs": [{"Name": "outputs"}], "Outputs": [{"Path": "/outputs"}], "Annotations": ["x"], "Annotations": []}}}');
    expect(n.Job.Spec.Outputs).toMatchObject([{ Name: 'outputs', Path: '/outputs' }]);
    expect(n.Job.Spec.Annotations).toEqual([]);
  });

  test('null clears slices, maps and pointers and leaves other values alone', () => {
    const m = decode('{"machine": {"cpu": 1, "gpus": [{}]}, "machine": {"cpu": null, "gpus": null}, "job": {"Spec": {"Inputs": [{"S3": {}, "Metadata": {"a": "b"}}], "Inputs": [{"S3": null, "Metadata": null}]}}}');
    expect(m.Machine).toMatchObject({ CPU: 1, GPUs: null });
    expect(m.Job.Spec.Inputs).toMatchObject([{ S3: null, Metadata: null }]);
  });

  test('enums, times, keys, integers and interface{} values', () => {
    const m = decode(
      '{"executionTimeoutSeconds": 18446744073709551615, "job": {"Metadata": {"CreatedAt": "2025-07-29T12:00:00.50+02:00", "Requester": {"RequesterPublicKey": "QUJD\\nRA=="}},' +
        ' "Spec": {"Engine": "nope", "Publisher": " ipfs ", "Network": {"Type": "http"}, "EngineSpec": {"Params": {"n": -0, "big": 12345678901234567890}}}}}',
    );
    expect(m.ExecutionTimeoutSeconds).toBe(18446744073709551615n);
    expect(m.Job.Metadata.CreatedAt).toBe('2025-07-29T12:00:00.5+02:00');
    expect(m.Job.Metadata.Requester.RequesterPublicKey).toEqual(new Uint8Array([65, 66, 67, 68]));
    expect(m.Job.Spec).toMatchObject({ Engine: 'engineUnknown', Publisher: 'Ipfs', Network: { Type: 'HTTP' } });
    expect(Object.is(m.Job.Spec.EngineSpec.Params!.n, -0)).toBe(true);
    expect(m.Job.Spec.EngineSpec.Params!.big).toBe(12345678901234567890);
  });
});

describe('offsets', () => {
  const text = '{\n  "machine": {"cpu": 1000, "gpus": [{"name": "é😀"}]},\n  "job": {"Spec": {"Docker": {"Entrypoint": ["a", null, true]}}}\n}';
  const parsed = parseJson(text);
  if (!parsed.ok) throw new Error(parsed.message);
  const { tree } = parsed;
  const at = (n: JsonNode): string => text.slice(n.start, n.end);
  const member = (n: JsonNode, key: string) => {
    if (n.kind !== 'object') throw new Error(`${n.kind} is not an object`);
    return n.members.find((m) => m.key === key)!;
  };

  test('every value spans exactly its text, every key its string literal', () => {
    expect(at(tree)).toBe(text);
    const machine = member(tree, 'machine');
    expect(text.slice(machine.keyStart, machine.keyEnd)).toBe('"machine"');
    expect(at(machine.value)).toBe('{"cpu": 1000, "gpus": [{"name": "é😀"}]}');
    expect(at(member(machine.value, 'cpu').value)).toBe('1000');
    const gpus = member(machine.value, 'gpus').value;
    expect(gpus.kind).toBe('array');
    const name = member((gpus as Extract<JsonNode, { kind: 'array' }>).items[0]!, 'name');
    expect(at(name.value)).toBe('"é😀"');
    expect(name.value).toMatchObject({ kind: 'string', value: 'é😀' });
    const entry = member(member(member(member(tree, 'job').value, 'Spec').value, 'Docker').value, 'Entrypoint').value;
    expect((entry as Extract<JsonNode, { kind: 'array' }>).items.map(at)).toEqual(['"a"', 'null', 'true']);
  });

  test('type errors point at the offending value; syntax errors at the character (index) and Go byte (offset)', () => {
    const bad = '{"job": {"Spec": {"Inputs": [{}, {"StorageSource": 7}]}}}';
    const r = failure(bad);
    expect(r.path).toBe('job.Spec.Inputs[1].StorageSource');
    expect(bad.slice(r.index, r.node!.end)).toBe('7');
    expect(r.tree).toBeDefined();
    const s = failure('{"é😀": x}');
    expect(s).toMatchObject({ index: 8, offset: 12 });
  });

  test('keys and strings are unquoted as Go does: lone surrogates and bytes that are not UTF-8 become U+FFFD', () => {
    const p = parseJson('{"\\ud800\\u0041": "\\ud83d\\ude00\udc80"}');
    if (!p.ok || p.tree.kind !== 'object') throw new Error('parse');
    expect(p.tree.members[0]!.key).toBe('\ufffdA');
    expect(p.tree.members[0]!.value).toMatchObject({ value: '😀\ufffd' });
  });
});
