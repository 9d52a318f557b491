import { describe, expect, test } from 'vitest';
import { classify, submissionMatcher } from '../src/classify';
import { globToRegExp } from '@lilypad-actions/config-file';
import { jsonSyntaxError, parseEntry } from '../src/entries';
import { harvested } from './fixtures';

describe('module entries', () => {
  test('a JSON entry: module, name defaulting to the file name, creator', () => {
    expect(parseEntry('modules/sdxl-turbo.json', '{"module": "github.com/Lilypad-Tech/module-sdxl:v0.9.0", "creator": "noryev"}')).toEqual({
      ok: true,
      entry: { path: 'modules/sdxl-turbo.json', name: 'sdxl-turbo', module: 'github.com/Lilypad-Tech/module-sdxl:v0.9.0', creator: 'noryev' },
    });
  });

  test('a YAML entry with a display name', () => {
    const r = parseEntry('modules/spark-tts.yaml', 'name: Spark TTS\nmodule: github.com/jamiebones/Spark-TTS-0.5B:v1.6\n');
    expect(r).toMatchObject({ ok: true, entry: { name: 'Spark TTS', creator: null } });
  });

  test.each([
    ['broken JSON, with line and column', 'modules/a.json', '{\n  "module": "x",\n  oops\n}', 'modules/a.json does not parse: line 3, column 3:'],
    ['broken YAML, with line and column', 'modules/a.yml', 'module: [x\n', 'modules/a.yml does not parse: line 2, column 1:'],
    ['no module reference', 'modules/a.json', '{"name": "A"}', '"module" (the module reference, e.g. github.com/owner/repo:v1.0.0) is missing'],
    ['not a mapping', 'modules/a.json', '["github.com/a/b:v1"]', 'must be a mapping with at least a "module" key'],
    ['a creator that is no login', 'modules/a.json', '{"module": "x", "creator": "two words"}', '"creator" must be a GitHub login'],
  ])('%s is an error naming the file', (_, path, text, message) => {
    const r = parseEntry(path, text);
    expect(r.ok).toBe(false);
    expect((r as { error: string }).error).toContain(message);
  });
});

describe('classifying a PR', () => {
  const globs = ['modules/**'];
  const is = submissionMatcher(globs);
  const pull = (files: Array<[string, string]>) => harvested(1, 'a', '2025-03-01T00:00:00Z', { files: files.map(([path, changeType]) => ({ path, changeType })) });

  test.each([
    ['modules/**', 'modules/a.json', true],
    ['modules/**', 'modules/team/a.json', true],
    ['modules/**', 'README.md', false],
    ['modules/*.json', 'modules/a.json', true],
    ['modules/*.json', 'modules/team/a.json', false],
    ['**/entry.yml', 'modules/x/entry.yml', true],
    ['**/entry.yml', 'entry.yml', true],
    ['modules/?.json', 'modules/ab.json', false],
  ])('%s matches %s: %s', (glob, path, expected) => {
    expect(globToRegExp(glob).test(path)).toBe(expected);
  });

  test.each([
    ['adds an entry', [['modules/b.json', 'ADDED'], ['modules/a.yaml', 'ADDED'], ['README.md', 'MODIFIED']], 'add', ['modules/a.yaml', 'modules/b.json']],
    ['edits an entry', [['modules/a.json', 'MODIFIED']], 'edit', ['modules/a.json']],
    ['a rename is an edit', [['modules/a.json', 'RENAMED']], 'edit', ['modules/a.json']],
    ['removes an entry', [['modules/a.json', 'DELETED']], 'other', []],
    ['adds only an image', [['modules/a.png', 'ADDED']], 'other', []],
    ['touches nothing under modules/', [['README.md', 'MODIFIED']], 'other', []],
  ] as const)('%s', (_, files, kind, paths) => {
    const c = classify(pull(files.map(([p, t]) => [p, t])), is, globs);
    expect(c.kind).toBe(kind);
    expect(c.entryPaths).toEqual(paths);
    if (kind === 'other') expect(c.reason).toBeTruthy();
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
