// The entry format: YAML with positions, refusals (aliases, duplicate keys, size), the schema's
// findings at their line and column, and the credit reader the tally uses (old format included).
import { describe, expect, test } from 'vitest';
import { MAX_ENTRY_BYTES, entryPathFindings, entryPathFor, jsonSyntaxError, parseEntry, parseListEntry, readModuleReference, renderEntry, type ListEntry } from '../src';

export const SPARK: ListEntry = {
  name: 'Spark TTS 0.5B',
  module: 'github.com/jamiebones/Spark-TTS-0.5B:v1.6',
  commit: 'a3ded7fa8f8e88b1128d1e79a293c4063bcd1fa4',
  creator: 'jamiebones',
  description: 'Text to speech with Spark-TTS 0.5B.',
  category: 'audio',
  inputs: [{ input: 'Hello from Lilypad' }],
};

describe('an entry in the list format', () => {
  test('a complete entry parses, and renders back to the same value with the schema comment first', () => {
    const text = renderEntry(SPARK);
    expect(text.split('\n')[0]).toBe('# yaml-language-server: $schema=https://raw.githubusercontent.com/Lilypad-Tech/lilypad-actions/v1/packages/module-list/schema/module-entry.schema.json');
    const parsed = parseListEntry('modules/jamiebones/Spark-TTS-0.5B.yaml', text);
    expect(parsed.findings).toEqual([]);
    expect(parsed.entry).toEqual(SPARK);
    expect(text.indexOf('name:')).toBeLessThan(text.indexOf('module:'));
  });

  test('a test plan in run-module\'s format is checked by run-module\'s schema, at its line', () => {
    const text = `${renderEntry(SPARK)}tests:\n  version: 1\n  cases:\n    - name: hello\n      expect:\n        exitCod: 0\n`;
    const parsed = parseListEntry('modules/x/y.yaml', text);
    expect(parsed.entry).toBeNull();
    expect(parsed.findings).toEqual([
      expect.objectContaining({ rule: 'entry-schema', line: 15, column: 9, message: 'Unknown key "exitCod" in tests.cases[0].expect.' }),
    ]);
  });

  test.each([
    ['a missing key', (t: string) => t.replace(/^creator: .*\n/m, ''), '"creator" is required.', 1],
    ['an unknown key', (t: string) => `${t}homepage: https://x\n`, 'Unknown key "homepage".', 10],
    ['a commit that is not 40 hex', (t: string) => t.replace(/^commit: .*$/m, 'commit: a3ded7f'), 'commit must be the full 40-character commit hash', 4],
    ['a category outside the list', (t: string) => t.replace(/^category: .*$/m, 'category: tts'), 'category must be one of llm, image, audio, video, embedding, bio, data, other (found "tts").', 7],
    ['a creator that is no login', (t: string) => t.replace(/^creator: .*$/m, 'creator: two words'), 'creator must be a GitHub login (found "two words").', 5],
    ['a name that would break the table', (t: string) => t.replace(/^name: .*$/m, 'name: a | b'), 'name must be one line without |', 2],
    ['section api without a model', (t: string) => `${t}section: api\n`, '"model" is required.', 1],
  ])('%s is a finding at its line', (_, edit, message, line) => {
    const parsed = parseListEntry('modules/jamiebones/Spark-TTS-0.5B.yaml', edit(renderEntry(SPARK)));
    expect(parsed.entry).toBeNull();
    const f = parsed.findings.find((x) => x.message.includes(message));
    expect(f, JSON.stringify(parsed.findings)).toBeDefined();
    expect(f).toMatchObject({ severity: 'error', file: 'modules/jamiebones/Spark-TTS-0.5B.yaml', line });
  });

  test('an alias bomb is refused before anything expands, at the anchor and the aliases', () => {
    const bomb = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]', 'b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]', 'c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]', 'd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]', 'e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]', 'f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]', 'g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]', 'h: &h [*g,*g,*g,*g,*g,*g,*g,*g,*g]', 'i: &i [*h,*h,*h,*h,*h,*h,*h,*h,*h]', 'name: [*i]', ''].join('\n');
    const parsed = parseListEntry('modules/x/bomb.yaml', bomb);
    expect(parsed.entry).toBeNull();
    expect(parsed.findings[0]).toMatchObject({ rule: 'entry-alias', line: 1, column: 7, message: 'An anchor (&a) is not allowed in an entry.' });
    expect(parsed.findings.some((f) => f.rule === 'entry-alias' && f.line === 2 && f.message.includes('*a'))).toBe(true);
    expect(parseEntry('modules/x/bomb.yaml', bomb)).toEqual({ ok: false, error: 'modules/x/bomb.yaml does not parse: line 1, column 7: An anchor (&a) is not allowed in an entry.' });
  });

  test('duplicate keys are an error at the second key', () => {
    const parsed = parseListEntry('modules/x/y.yaml', 'name: A\nmodule: github.com/x/y:v1\nname: B\n');
    expect(parsed.findings).toEqual([expect.objectContaining({ rule: 'entry-duplicate-key', line: 3, column: 1 })]);
  });

  test('a 10 MB entry is refused without being parsed', () => {
    const big = `name: big\ndescription: "${'x'.repeat(10 * 1024 * 1024)}"\n`;
    const started = process.hrtime.bigint();
    const parsed = parseListEntry('modules/x/big.yaml', big);
    expect(parsed.findings).toEqual([expect.objectContaining({ rule: 'entry-too-large', line: 1, column: 1 })]);
    expect(parsed.findings[0]?.message).toContain(`at most ${MAX_ENTRY_BYTES / 1024} KiB`);
    expect(process.hrtime.bigint() - started).toBeGreaterThan(0n);
  });

  test('YAML syntax errors and several documents are findings', () => {
    expect(parseListEntry('modules/x/y.yaml', 'name: [x\n').findings[0]).toMatchObject({ rule: 'entry-syntax', line: 2, column: 1 });
    expect(parseListEntry('modules/x/y.yaml', 'name: a\n---\nname: b\n').findings[0]).toMatchObject({ rule: 'entry-syntax' });
  });
});

describe('module references as `lilypad run` reads them', () => {
  test.each([
    ['github.com/jamiebones/Spark-TTS-0.5B.git:v1.6', 'https://github.com/jamiebones/Spark-TTS-0.5B.git', 'v1.6', 'github.com/jamiebones/spark-tts-0.5b'],
    ['cowsay:v0.0.4', 'https://github.com/Lilypad-Tech/lilypad-module-cowsay', 'v0.0.4', 'github.com/lilypad-tech/lilypad-module-cowsay'],
    ['gitlab.com/o/r:abc123', 'https://gitlab.com/o/r', 'abc123', 'gitlab.com/o/r'],
  ])('%s', (module, repo, ref, key) => {
    expect(readModuleReference(module)).toEqual({ reference: expect.objectContaining({ repo, ref, key }) });
  });

  test.each([
    ['https://github.com/rhochmayr/ollama-qwen2.5-coder-7b/tree/1.0.0', 'reference-url', 'Write github.com/rhochmayr/ollama-qwen2.5-coder-7b:1.0.0.'],
    ['https://github.com/o/r:v1', 'reference-url', 'Write github.com/o/r:v1.'],
    ['github.com/jamiebones/Spark-TTS-0.5B/releases/tag/v1.6', 'reference-url', 'Write github.com/jamiebones/Spark-TTS-0.5B:v1.6.'],
    ['https://github.com/o/r', 'reference-url', 'Write github.com/o/r:<tag> with the tag you tested.'],
    ['github.com/o/r:v1:extra', 'reference-colons', 'Write the repository, one colon and the ref, e.g. github.com/o/r:extra.'],
    ['github.com/noryev/module-llama2', 'reference-no-ref', 'Add the tag (or commit) you tested after one colon, e.g. github.com/noryev/module-llama2:v1.0.0.'],
    ['github.com/o/r:', 'reference-no-ref', 'Give the tag'],
    ['github.com/o:v1', 'reference-repo', 'Write github.com/<owner>/<repo>:<ref>'],
  ])('%s is %s with the fix', (module, rule, hint) => {
    const r = readModuleReference(module);
    expect(r).toEqual({ problem: expect.objectContaining({ rule }) });
    expect((r as { problem: { hint: string } }).problem.hint).toContain(hint);
  });
});

describe('entry paths', () => {
  const ref = (m: string) => (readModuleReference(m) as { reference: NonNullable<Parameters<typeof entryPathFor>[0]> }).reference;
  test('modules/<owner>/<repo>.yaml, with the ref when the name is taken', () => {
    expect(entryPathFor(ref('github.com/jamiebones/Spark-TTS-0.5B.git:v1.6'))).toBe('modules/jamiebones/Spark-TTS-0.5B.yaml');
    expect(entryPathFor(ref('cowsay:v0.0.4'))).toBe('modules/Lilypad-Tech/lilypad-module-cowsay.yaml');
    expect(entryPathFor(ref('cowsay:v0.0.5'), new Set(['modules/lilypad-tech/lilypad-module-cowsay.yaml']))).toBe('modules/Lilypad-Tech/lilypad-module-cowsay-v0.0.5.yaml');
  });

  test.each([
    ['modules/spark.yaml', 'Move it to modules/jamiebones/spark.yaml.'],
    ['modules/jamiebones/spark.json', 'Move it to modules/jamiebones/spark.yaml.'],
    ['modules/someone-else/spark.yaml', 'Move it to modules/jamiebones/spark.yaml.'],
    ['entries/jamiebones/spark.yaml', 'Move it to modules/jamiebones/spark.yaml.'],
  ])('%s is in the wrong place', (path, hint) => {
    expect(entryPathFindings(path, ref('github.com/jamiebones/Spark-TTS-0.5B:v1.6'))).toEqual([expect.objectContaining({ rule: 'entry-path', hint })]);
  });

  test('the owner folder matches case-insensitively', () => {
    expect(entryPathFindings('modules/JamieBones/spark.yaml', ref('github.com/jamiebones/Spark-TTS-0.5B:v1.6'))).toEqual([]);
  });
});

describe('the credit reader (the tally), old minimal format included', () => {
  test('a JSON entry: module, name defaulting to the file name, creator', () => {
    expect(parseEntry('modules/sdxl-turbo.json', '{"module": "github.com/Lilypad-Tech/module-sdxl:v0.9.0", "creator": "noryev"}')).toEqual({
      ok: true,
      entry: { path: 'modules/sdxl-turbo.json', name: 'sdxl-turbo', module: 'github.com/Lilypad-Tech/module-sdxl:v0.9.0', creator: 'noryev' },
    });
  });

  test('an entry in the list format', () => {
    expect(parseEntry('modules/jamiebones/Spark-TTS-0.5B.yaml', renderEntry(SPARK))).toEqual({
      ok: true,
      entry: { path: 'modules/jamiebones/Spark-TTS-0.5B.yaml', name: 'Spark TTS 0.5B', module: SPARK.module, creator: 'jamiebones' },
    });
  });

  test.each([
    ['broken JSON, with line and column', 'modules/a.json', '{\n  "module": "x",\n  oops\n}', 'modules/a.json does not parse: line 3, column 3:'],
    ['broken YAML, with line and column', 'modules/a.yml', 'module: [x\n', 'modules/a.yml does not parse: line 2, column 1:'],
    ['duplicate keys', 'modules/a.yaml', 'module: a:b\nmodule: c:d\n', 'modules/a.yaml does not parse: line 2, column 1: A key is given twice'],
    ['no module reference', 'modules/a.json', '{"name": "A"}', '"module" (the module reference, e.g. github.com/owner/repo:v1.0.0) is missing'],
    ['not a mapping', 'modules/a.json', '["github.com/a/b:v1"]', 'must be a mapping with at least a "module" key'],
    ['a creator that is no login', 'modules/a.json', '{"module": "x", "creator": "two words"}', '"creator" must be a GitHub login'],
  ])('%s is an error naming the file', (_, path, text, message) => {
    const r = parseEntry(path, text);
    expect(r.ok).toBe(false);
    expect((r as { error: string }).error).toContain(message);
  });
});

describe('JSON syntax errors with a position on every Node version', () => {
  test.each([
    ['{"a": 1,}', 8, 'expected a "quoted" key, found "}"'],
    ['{"a" 1}', 5, 'expected ":" after the key, found "1"'],
    ['[1, 2', 5, 'expected "," or "]", found the end of the file'],
    ['{"a": "b\nc"}', 8, 'a line break or control character inside a string'],
    ['{"a": tru}', 6, 'unexpected "t"'],
    ['{} x', 3, 'unexpected "x" after the end of the JSON value'],
  ])('%j', (text, offset, message) => {
    expect(jsonSyntaxError(text)).toEqual({ offset, message });
    expect(() => JSON.parse(text)).toThrow();
  });

  test('valid JSON has no error', () => {
    expect(jsonSyntaxError('{"a": [1, -2.5e3, true, false, null, "x\\"y"]}')).toBeNull();
  });
});
