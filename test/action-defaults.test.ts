// action.yml files state their defaults as YAML text, which the runner reads; the bundles fall back
// to module-spec's constants when an input is empty. The two must say the same, or a workflow that
// passes no input gets a different default from one that passes ''.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { parse } from 'yaml';
import { SOLVER_DEFAULT_EXECUTION_SECONDS, TEMPLATE_FILE } from '@lilypad-actions/module-spec';
import { repoRoot } from './support/repo-root';

const inputDefault = (action: string, input: string): unknown => {
  const doc = parse(readFileSync(path.join(repoRoot, 'actions', action, 'action.yml'), 'utf8')) as { inputs: Record<string, { default?: unknown }> };
  return doc.inputs[input]?.default;
};

test.each([
  ['run-module', 'timeout', String(SOLVER_DEFAULT_EXECUTION_SECONDS)],
  ['validate-module', 'template', TEMPLATE_FILE],
])("%s's %s input defaults to module-spec's constant", (action, input, expected) => {
  expect(inputDefault(action, input)).toBe(expected);
});
