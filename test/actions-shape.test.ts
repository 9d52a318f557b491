// Every action's entry is a thin shell over one library call (issue 14): its inputs in, the call,
// its outputs out. The logic lives in packages/* (unit-tested there) and actions/shared; this keeps
// it that way. And no action keeps its own list of error classes: the shared failStep decides.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';

const root = path.resolve(__dirname, '..');
const actions = readdirSync(path.join(root, 'actions'), { withFileTypes: true })
  .filter((d) => d.isDirectory() && d.name !== 'shared' && d.name !== 'node_modules')
  .map((d) => d.name);
const entry = (name: string) => readFileSync(path.join(root, 'actions', name, 'src', 'main.ts'), 'utf8');
/** Lines as `wc -l` counts them: newline characters. */
const lineCount = (text: string) => text.split('\n').length - 1;

describe('action entries', () => {
  test('there are actions to check', () => {
    expect(actions).toEqual(expect.arrayContaining(['build-module', 'run-module', 'validate-module', 'validate-submission', 'monthly-rewards']));
  });

  test.each(actions)('%s: src/main.ts is at most 80 lines', (name) => {
    expect(lineCount(entry(name))).toBeLessThanOrEqual(80);
  });

  test.each(actions)('%s: fails through the shared runAction, with no catch of its own', (name) => {
    const text = entry(name);
    expect(text).toMatch(/^runAction\('[a-z-]+', \w+(, \{.*\})?\);$/m);
    expect(text).not.toMatch(/\.catch\(|instanceof/);
  });
});
