// The caller workflow a module repository copies: it must use this action as published, with
// only inputs the action declares, and read only outputs it sets.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, test } from 'vitest';
import { parse } from 'yaml';
import { INJECTIONS, stepCommands } from '../../../test/support/runner-commands';

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

// The caller prints the Image the template names: its script, run by bash as the runner runs it,
// with each untrusted value, prints one line and no workflow command (issue 9, finding 4).
test.each(INJECTIONS)('workflows/lilypad-module.yml prints an Image of %j as no command', (payload) => {
  const steps: Record<string, any>[] = yaml('workflows/lilypad-module.yml').jobs.validate.steps;
  const step = steps.find((s) => s.name === 'Image the module runs')!;
  expect(step.env).toEqual({ IMAGE: '${{ steps.validate.outputs.image }}' });
  const r = spawnSync('bash', ['-e', '-c', step.run], { env: { PATH: process.env.PATH, IMAGE: `busybox${payload}` }, encoding: 'utf8' });
  expect(r.status).toBe(0);
  expect(r.stdout.split('\n')).toHaveLength(2);
  expect(r.stdout.startsWith('image=')).toBe(true);
  expect(stepCommands(r)).toEqual([]);
});
