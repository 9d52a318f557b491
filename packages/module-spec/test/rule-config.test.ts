// .lilypad/validate.yml and `id=setting` texts: read with their positions, every mistake at its
// file:line:col with what to write instead, and the published schema in step with the rules.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { FileProblemsError } from '@lilypad-actions/config-file';
import { afterAll, describe, expect, test } from 'vitest';
import { CONFIG_SCHEMA } from '../scripts/build-schema';
import { CONFIGURABLE_RULES, parseRuleConfig, parseRuleSetting, readRuleConfig, RuleSettingError } from '../src/index';

const dir = mkdtempSync(path.join(tmpdir(), 'rule-config-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function problems(text: string): string {
  try {
    parseRuleConfig(text, '.lilypad/validate.yml');
  } catch (e) {
    if (e instanceof FileProblemsError) return e.describe();
    throw e;
  }
  throw new Error('expected problems');
}

describe('.lilypad/validate.yml', () => {
  test('settings in order, each with where it was set', () => {
    expect(parseRuleConfig('# this module\nrules:\n  image-not-pinned: off\n  network-not-none: error\n', '.lilypad/validate.yml')).toEqual([
      { rule: 'image-not-pinned', setting: 'off', source: '.lilypad/validate.yml:3:3' },
      { rule: 'network-not-none', setting: 'error', source: '.lilypad/validate.yml:4:3' },
    ]);
  });

  test.each([[''], ['# nothing yet\n'], ['rules:\n'], ['rules: {}\n']])('no settings: %j', (text) => {
    expect(parseRuleConfig(text, 'f.yml')).toEqual([]);
  });

  test('every mistake at its line and column, with the fix', () => {
    expect(problems('rules:\n  image-not-pined: off\n  json-syntax: off\n  unknown-key: loud\nstrict: true\n')).toBe(
      [
        '.lilypad/validate.yml:2:3: unknown rule "image-not-pined"; did you mean image-not-pinned? (docs/rules/README.md lists them)',
        '.lilypad/validate.yml:3:3: rule json-syntax cannot be changed: it reports why Lilypad does not load the module',
        '.lilypad/validate.yml:4:16: unknown-key: "loud" is not a rule setting: use off, warning, error',
        '.lilypad/validate.yml:5:1: unknown key "strict": the file has only `rules`',
        'write rule settings as `rules: { <rule-id>: off | warning | error }`; docs/rules/README.md lists the rules',
      ].join('\n'),
    );
  });

  test.each([
    ['rules: [image-not-pinned]\n', '.lilypad/validate.yml:1:8: rules must be a map of settings'],
    ['- rules\n', '.lilypad/validate.yml:1:1: the file must be a map of settings'],
    ['rules:\n  a: off\n  a: off\n', '.lilypad/validate.yml:3:3: not valid YAML: Map keys must be unique'],
    ['rules: {\n', '.lilypad/validate.yml:2:1: not valid YAML'],
  ])('%j', (text, message) => {
    expect(problems(text)).toContain(message);
  });

  test('read from a module folder; none is no settings; a FIFO or a device is a problem, not a hang', () => {
    const module = path.join(dir, 'module');
    mkdirSync(path.join(module, '.lilypad'), { recursive: true });
    expect(readRuleConfig(path.join(dir, 'nothing-here'))).toEqual({ file: undefined, overrides: [] });
    writeFileSync(path.join(module, '.lilypad/validate.yml'), 'rules:\n  image-not-pinned: off\n');
    expect(readRuleConfig(module, '.lilypad/validate.yml')).toEqual({ file: '.lilypad/validate.yml', overrides: [{ rule: 'image-not-pinned', setting: 'off', source: '.lilypad/validate.yml:2:3' }] });

    const fifoModule = path.join(dir, 'fifo');
    mkdirSync(path.join(fifoModule, '.lilypad'), { recursive: true });
    execFileSync('mkfifo', [path.join(fifoModule, '.lilypad/validate.yml')]);
    expect(() => readRuleConfig(fifoModule, 'validate.yml')).toThrow('validate.yml: is a named pipe (FIFO), not a regular file');
  });

  test('the published schema lists exactly the rules a setting may name', () => {
    const schema = JSON.parse(readFileSync(CONFIG_SCHEMA.schema, 'utf8')) as { properties: { rules: { propertyNames: { enum: string[] }; additionalProperties: { enum: string[] } } } };
    expect(schema.properties.rules.propertyNames.enum).toEqual(CONFIGURABLE_RULES.map((r) => r.id));
    expect(schema.properties.rules.additionalProperties.enum).toEqual(['off', 'warning', 'error']);
  });
});

describe('id=setting (--rule, the action\'s rules input)', () => {
  test('parsed with its source', () => {
    expect(parseRuleSetting('image-not-pinned=off', '--rule')).toEqual({ rule: 'image-not-pinned', setting: 'off', source: '--rule' });
    expect(parseRuleSetting('  unknown-key = error ', 'rules input, line 2')).toEqual({ rule: 'unknown-key', setting: 'error', source: 'rules input, line 2' });
  });

  test.each([
    ['image-not-pinned', '"image-not-pinned": write <rule>=off|warning|error, e.g. image-not-pinned=off'],
    ['image-not-pinned=maybe', '"maybe" is not a rule setting: use off, warning or error'],
    ['template-parse=off', 'rule template-parse cannot be changed: it reports why Lilypad does not load the module'],
    ['nope=off', 'unknown rule "nope" (docs/rules/README.md lists them)'],
  ])('%j is refused', (text, message) => {
    expect(() => parseRuleSetting(text, '--rule')).toThrow(RuleSettingError);
    expect(() => parseRuleSetting(text, '--rule')).toThrow(message);
  });
});
