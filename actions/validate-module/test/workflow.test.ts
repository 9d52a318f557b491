// The caller workflow a module repository copies: it must use this action as published, with
// only inputs the action declares, and read only outputs it sets.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, test } from 'vitest';
import { parse } from 'yaml';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const yaml = (path: string) => parse(readFileSync(`${root}${path}`, 'utf8')) as Record<string, any>;

test('workflows/lilypad-module.yml calls validate-module with declared inputs and outputs only', () => {
  const action = yaml('actions/validate-module/action.yml');
  const workflow = yaml('workflows/lilypad-module.yml');
  expect(Object.keys(workflow.on).sort()).toEqual(['pull_request', 'push']);
  expect(workflow.permissions).toEqual({ contents: 'read' });
  const steps: Record<string, any>[] = workflow.jobs.validate.steps;
  const step = steps.find((s) => typeof s.uses === 'string' && s.uses.includes('validate-module'))!;
  expect(step.uses).toBe('Lilypad-Tech/lilypad-actions/actions/validate-module@v1');
  for (const input of Object.keys(step.with)) expect(Object.keys(action.inputs)).toContain(input);
  const used = [...JSON.stringify(steps).matchAll(/steps\.validate\.outputs\.([a-z-]+)/g)].map((m) => m[1]);
  expect(used.length).toBeGreaterThan(0);
  for (const output of used) expect(Object.keys(action.outputs)).toContain(output);
});
