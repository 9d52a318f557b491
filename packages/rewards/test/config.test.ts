import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { configHash, defaultConfig, loadConfig, parseConfig } from '../src/config';
import { ConfigError } from '../src/errors';
import { tempDir } from '../../../test/support/temp-dir';

const FILE = '.github/lilypad-rewards.yml';

function problem(text: string): string {
  try {
    parseConfig(text, FILE);
  } catch (e) {
    expect(e).toBeInstanceOf(ConfigError);
    return (e as ConfigError).message;
  }
  throw new Error('expected a ConfigError');
}

describe('configuration', () => {
  test('the documented defaults', () => {
    expect(defaultConfig()).toEqual({
      version: 1,
      submissionPaths: ['modules/**'],
      baseline: { gpu: 'RTX 4090', lilybitsPerGpuDay: 5000 },
      moduleReward: { gpuDays: 1, editGpuDays: 0, workLabels: { 'work: small': 0.5, 'work: large': 2, 'work: x-large': 4 } },
      teams: {},
      cooldown: { days: 30 },
      exceptions: [],
      exclusionLabels: ['spam', 'invalid', 'coc-violation'],
      requirements: { labels: [], checks: ['submission / Submission checks'] },
      usage: { file: null, tiers: [] },
      cap: { lilybitsPerLogin: null },
    });
  });

  test('no file: the defaults apply; a file that was named must exist', () => {
    const dir = tempDir('rewards-config-');
    const loaded = loadConfig(join(dir, 'missing.yml'), { required: false });
    expect(loaded.file).toBeNull();
    expect(loaded.config).toEqual(defaultConfig());
    expect(() => loadConfig(join(dir, 'missing.yml'), { required: true, displayPath: 'cfg.yml' })).toThrow(/cfg\.yml: no such file/);
  });

  test('a partial file is completed with the defaults', () => {
    const config = parseConfig('baseline:\n  lilybitsPerGpuDay: 4200\nteams:\n  core: [alice, bob]\n', FILE);
    expect(config.baseline).toEqual({ gpu: 'RTX 4090', lilybitsPerGpuDay: 4200 });
    expect(config.cooldown.days).toBe(30);
    expect(config.teams).toEqual({ core: ['alice', 'bob'] });
  });

  test.each([
    ['a wrong type', 'baseline:\n  gpu: RTX 4090\n  lilybitsPerGpuDay: lots\n', `${FILE}:3:22: baseline.lilybitsPerGpuDay must be a number (found "lots")`],
    ['a misspelt key', 'cooldwn:\n  days: 3\n', `${FILE}:1:1: unknown top-level key "cooldwn"; known keys: version, submissionPaths`],
    ['an unknown nested key', 'baseline:\n  perDay: 3\n', `${FILE}:2:3: unknown key in baseline: "perDay"; known keys: gpu, lilybitsPerGpuDay`],
    ['a negative amount', 'baseline:\n  lilybitsPerGpuDay: -1\n', `${FILE}:2:22: baseline.lilybitsPerGpuDay must be greater than 0 (found -1)`],
    ['an exception without its reason', 'exceptions:\n  - pr: 5\n', `${FILE}:2:5: exceptions[0]: "reason" is required`],
    ['a team member that is no login', 'teams:\n  core: ["not a login"]\n', `${FILE}:2:10: teams.core[0]: "not a login" is not a GitHub login`],
    ['a login in two teams', 'teams:\n  core: [alice]\n  other:\n    - carol\n    - alice\n', `${FILE}:5:7: teams.other[1]: alice is already in team core`],
    ['a string for a list', 'submissionPaths: modules/**\n', `${FILE}:1:18: submissionPaths must be a list (found "modules/**")`],
    ['a future version', 'version: 2\n', `${FILE}:1:10: version must be 1 (found 2)`],
    ['a tier given twice', 'usage:\n  tiers:\n    - { minJobs: 10, bonusGpuDays: 1 }\n    - { minJobs: 10, bonusGpuDays: 2 }\n', `${FILE}:4:18: usage.tiers[1].minJobs: 10 is given twice`],
    ['broken YAML', 'teams: [\n', `${FILE}:2:1: not valid YAML:`],
    ['a duplicated key', 'cooldown: {days: 1}\ncooldown: {days: 2}\n', `${FILE}:2:1: not valid YAML: Map keys must be unique`],
  ])('%s is reported at its line with the key named', (_, text, expected) => {
    expect(problem(text)).toContain(expected);
  });

  test('every problem is reported, not only the first', () => {
    const message = problem('baseline:\n  lilybitsPerGpuDay: lots\ncooldown:\n  days: -3\n');
    expect(message.split('\n')).toHaveLength(2);
    expect(message).toContain('cooldown.days must be at least 0');
  });

  test('the error says where the keys are documented', () => {
    try {
      parseConfig('cooldwn: 1\n', FILE);
    } catch (e) {
      expect((e as ConfigError).describe()).toMatch(/README\.md#configuration for every key/);
    }
  });

  test('the hash is of the effective configuration, not its formatting', () => {
    const a = parseConfig('cooldown:\n  days: 30   # the default\n', FILE);
    const b = parseConfig('{}', FILE);
    const c = parseConfig('cooldown: {days: 14}\n', FILE);
    expect(configHash(a)).toBe(configHash(b));
    expect(configHash(c)).not.toBe(configHash(b));
  });

  test('a file on disk is read and named as given', () => {
    const dir = tempDir('rewards-config-');
    writeFileSync(join(dir, 'r.yml'), 'cap:\n  lilybitsPerLogin: nope\n');
    expect(() => loadConfig(join(dir, 'r.yml'), { required: true, displayPath: 'r.yml' })).toThrow(/^r\.yml:2:21: cap\.lilybitsPerLogin must be a number or null/);
  });
});
