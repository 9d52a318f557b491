import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { ModuleRefError, parseModuleRef, templateName } from '../src/module-ref';

const repoRoot = fileURLToPath(new URL('../../..', import.meta.url));
const runLines = readFileSync(path.resolve(repoRoot, 'test/fixtures/corpus/RUN_LINES.md'), 'utf8');

const LT = 'https://github.com/Lilypad-Tech/lilypad-module-';

// References as written in module READMEs (test/fixtures/corpus/RUN_LINES.md), good and bad.
const fromReadmes: [string, { repo: string; ref: string } | string][] = [
  ['github.com/DevlinRocha/lilypad-module-sentiment:main', { repo: 'https://github.com/DevlinRocha/lilypad-module-sentiment', ref: 'main' }],
  [
    'github.com/dub3-space/lily-synthetizoor:0a57dc9cc4e37a11644bcdecb4107a20eba833d8',
    { repo: 'https://github.com/dub3-space/lily-synthetizoor', ref: '0a57dc9cc4e37a11644bcdecb4107a20eba833d8' },
  ],
  ['github.com/lilypad-tech/lilypad-module-lilysay:0.5.2', { repo: 'https://github.com/lilypad-tech/lilypad-module-lilysay', ref: '0.5.2' }],
  ['cowsay:v0.0.4', { repo: `${LT}cowsay`, ref: 'v0.0.4' }],
  ['duckdb:v0.0.1', { repo: `${LT}duckdb`, ref: 'v0.0.1' }],
  ['ollama-pipeline:llama3-8b-lilypad1', { repo: `${LT}ollama-pipeline`, ref: 'llama3-8b-lilypad1' }],
  ['sdv-pipeline:v1.0-lilypad2', { repo: `${LT}sdv-pipeline`, ref: 'v1.0-lilypad2' }],
  ['github.com/jamiebones/Spark-TTS-0.5B.git:v1.6', { repo: 'https://github.com/jamiebones/Spark-TTS-0.5B.git', ref: 'v1.6' }],
  // Typos that still parse: a misspelt host, a placeholder ref, a flag glued to the commit.
  ['gihub.com/Lilypad-Tech/lilypad-bark-module:<add-commit-hash-here>', { repo: 'https://gihub.com/Lilypad-Tech/lilypad-bark-module', ref: '<add-commit-hash-here>' }],
  [
    'github.com/Lilypad-Tech/module-sdxl:d6a89ed92f4e798459b2990340669da00c56c80c--web3-private-key',
    { repo: 'https://github.com/Lilypad-Tech/module-sdxl', ref: 'd6a89ed92f4e798459b2990340669da00c56c80c--web3-private-key' },
  ],
  // No ref, or two.
  ['sdxl-pipeline', 'invalid module name format: sdxl-pipeline'],
  ['github.com/arsen3d/lilypad-module-dynamic', 'invalid module name format: github.com/arsen3d/lilypad-module-dynamic'],
  ['narbs91/lilypad-ollama-deepseek-r1-1-5b:latest:v1.0.6', 'invalid module name format: narbs91/lilypad-ollama-deepseek-r1-1-5b:latest:v1.0.6'],
];

function parsed(name: string): { repo: string; ref: string } | string {
  try {
    const m = parseModuleRef(name);
    expect(m.path).toBe('/lilypad_module.json.tmpl');
    return { repo: m.repo, ref: m.ref };
  } catch (e) {
    expect(e).toBeInstanceOf(ModuleRefError);
    return (e as Error).message;
  }
}

describe('parseModuleRef', () => {
  test.each(fromReadmes)('README: %s', (name, expected) => {
    expect(runLines).toContain(name);
    expect(parsed(name)).toEqual(expected);
  });

  test.each<[string, { repo: string; ref: string } | string]>([
    // The doc's known-bad forms (§2.1).
    ['https://github.com/o/r:v1', 'invalid module name format: https://github.com/o/r:v1'],
    ['github.com/o/r', 'invalid module name format: github.com/o/r'],
    ['o/r:v1:x', 'invalid module name format: o/r:v1:x'],
    ['', 'module name is empty'],
    // Any host; the `/` test looks at the whole name, ref included.
    ['gitlab.com/g/p:v2', { repo: 'https://gitlab.com/g/p', ref: 'v2' }],
    ['cowsay:feature/x', { repo: 'https://cowsay', ref: 'feature/x' }],
    // Nothing else is checked.
    [':v1', { repo: LT, ref: 'v1' }],
    ['cowsay:', { repo: `${LT}cowsay`, ref: '' }],
  ])('%j', (name, expected) => {
    expect(parsed(name)).toEqual(expected);
  });
});

describe('templateName', () => {
  test('is <repo>-<path>-<ref>, as in Lilypad errors', () => {
    expect(templateName(parseModuleRef('cowsay:v0.0.4'))).toBe(
      'https://github.com/Lilypad-Tech/lilypad-module-cowsay-/lilypad_module.json.tmpl-v0.0.4',
    );
    expect(templateName({ repo: 'https://github.com/o/r', path: '/x.tmpl', ref: 'main' })).toBe('https://github.com/o/r-/x.tmpl-main');
  });
});
