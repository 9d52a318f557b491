// examples/: the example module validates clean; each broken variant produces exactly the rules
// examples/broken/README.md says it does.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { validateTemplate, type ValidationReport } from '../src/index';
import { repoRoot } from './corpus';

function validateExample(dir: string): ValidationReport & { text: string } {
  const file = path.join('examples', dir, 'lilypad_module.json.tmpl');
  const text = readFileSync(path.join(repoRoot, file), 'utf8');
  return { ...validateTemplate({ file, text }), text };
}

const ruleIds = (r: ValidationReport): string[] => [...new Set(r.findings.map((f) => f.rule))].sort();

describe('examples/hello-lilypad', () => {
  test('has no errors, loads, and reports its one input as optional', () => {
    const r = validateExample('hello-lilypad');
    expect(r.findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(r.valid).toBe(true);
    expect(r.loads.map((l) => l.outcome)).toEqual(['ok']);
    expect(r.inputs.map((i) => [i.name, i.optional, i.guarded])).toEqual([['Message', true, true]]);
    expect(r.image).toBe('ghcr.io/lilypad-tech/hello-lilypad:0.1.0');
    // The one warning: the image is not pinned by digest (no digest can be looked up offline).
    expect(ruleIds(r)).toEqual(['image-not-pinned']);
  });

  test('is strict-clean apart from the unpinned image', () => {
    const r = validateExample('hello-lilypad');
    expect(r.findings.filter((f) => f.rule !== 'image-not-pinned')).toEqual([]);
  });
});

describe('examples/broken', () => {
  const expected: [name: string, rules: string[]][] = [
    ['quoted-input', ['image-not-pinned', 'quoted-raw-input']],
    ['js-apostrophe', ['image-not-pinned', 'js-in-json']],
    ['image-and-gpu', ['gpu-mismatch', 'image-malformed', 'misplaced-key']],
    ['trailing-comma', ['json-syntax']],
    ['default-function', ['unsupported-function']],
  ];

  test.each(expected)('%s reports exactly %j and is invalid', (name, rules) => {
    const r = validateExample(`broken/${name}`);
    expect(ruleIds(r)).toEqual(rules);
    expect(r.valid).toBe(false);
  });

  test('findings point at the lines the README names', () => {
    const at = (name: string, rule: string): { line: number; column: number } => validateExample(`broken/${name}`).findings.find((f) => f.rule === rule)!.start;
    expect(at('quoted-input', 'quoted-raw-input').line).toBe(11);
    expect(at('default-function', 'unsupported-function').line).toBe(12);
    const tc = validateExample('broken/trailing-comma');
    const pos = tc.findings[0]!.start;
    expect(tc.text.split('\n')[pos.line - 1]![pos.column - 1]).toBe(']');
    expect(at('image-and-gpu', 'misplaced-key')).toEqual({ line: 4, column: 5 });
  });

  test('js-apostrophe loads with an ordinary input but not with an apostrophe', () => {
    const text = readFileSync(path.join(repoRoot, 'examples/broken/js-apostrophe/lilypad_module.json.tmpl'), 'utf8');
    const r = validateTemplate({ file: 'x', text, inputSets: [{ Text: 'plain words' }, { Text: "it's" }] });
    expect(r.loads.map((l) => l.outcome)).toEqual(['ok', 'json-error']);
    expect(r.loads[1]!.error).toContain("invalid character '\\'' in string escape code");
  });

  test('the README lists every broken example', () => {
    const readme = readFileSync(path.join(repoRoot, 'examples/broken/README.md'), 'utf8');
    for (const [name, rules] of expected) {
      expect(readme).toContain(`[\`${name}\`](${name}/lilypad_module.json.tmpl)`);
      for (const id of rules) expect(readme).toContain(`\`${id}\``);
    }
  });
});
