// The action's public interface (action.yml, README) and the workflows around it: the reusable
// workflow's workflow_call interface, and the caller the list repository copies.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const read = (path: string) => readFileSync(`${root}${path}`, 'utf8');
const yaml = (path: string) => parse(read(path)) as Record<string, any>;

const action = yaml('actions/monthly-rewards/action.yml');
const main = read('actions/monthly-rewards/src/main.ts');
const readme = read('actions/monthly-rewards/README.md');
const reusable = yaml('.github/workflows/monthly-rewards.yml');
const caller = yaml('workflows/awesome-lilypad-rewards.yml');
const ACTION_REF = 'Lilypad-Tech/lilypad-actions/actions/monthly-rewards@v1';
const REUSABLE_REF = 'Lilypad-Tech/lilypad-actions/.github/workflows/monthly-rewards.yml@v1';

describe('action.yml', () => {
  const inputs = Object.keys(action.inputs);
  const outputs = Object.keys(action.outputs);

  test('runs the committed bundle on node24', () => {
    expect(action.runs).toEqual({ using: 'node24', main: 'dist/index.js' });
  });

  test('the inputs the entry point reads are exactly the declared ones', () => {
    const read = [...main.matchAll(/(?:getInput|oneOf|flag|required)\('([a-z-]+)'/g)].map((m) => m[1]);
    expect(new Set(read)).toEqual(new Set(inputs));
  });

  test('the outputs the entry point sets are exactly the declared ones', () => {
    const set = [...main.matchAll(/setOutput\('([a-z-]+)'/g)].map((m) => m[1]);
    expect(new Set(set)).toEqual(new Set(outputs));
    expect(outputs).toEqual(expect.arrayContaining(['total', 'counted', 'excluded', 'ledger-path', 'commit']));
  });

  test('the README documents every input and output, and uses the action as published', () => {
    for (const name of [...inputs, ...outputs]) expect(readme).toContain(`| \`${name}\` |`);
    expect(readme).toContain(`uses: ${ACTION_REF}`);
  });
});

describe('reusable workflow .github/workflows/monthly-rewards.yml', () => {
  const call = reusable.on.workflow_call;
  const job = reusable.jobs.tally;
  const step = job.steps.find((s: { uses?: string }) => s.uses === ACTION_REF);

  test('passes each of its inputs to the action input of the same name', () => {
    for (const name of Object.keys(call.inputs)) {
      expect(Object.keys(action.inputs)).toContain(name);
      expect(step.with[name]).toBe(`\${{ inputs.${name} }}`);
    }
    expect(Object.keys(step.with).every((name) => name in action.inputs)).toBe(true);
    expect(call.inputs.restate.type).toBe('boolean');
    expect(call.inputs['dry-run'].type).toBe('boolean');
    expect(call.inputs.month).toMatchObject({ type: 'string', default: '' });
  });

  test('exposes the action outputs through the job', () => {
    for (const name of Object.keys(action.outputs)) {
      expect(call.outputs[name].value).toBe(`\${{ jobs.tally.outputs.${name} }}`);
      expect(job.outputs[name]).toBe(`\${{ steps.rewards.outputs.${name} }}`);
    }
  });

  test('the token secret is optional and falls back to the caller\'s GITHUB_TOKEN', () => {
    expect(call.secrets.token.required).toBe(false);
    expect(step.with.token).toBe('${{ secrets.token || github.token }}');
  });

  test('write permission only on the job that writes; a queue that never cancels a ledger writer; a timeout', () => {
    expect(reusable.permissions).toEqual({});
    expect(job.permissions).toEqual({ contents: 'write', 'pull-requests': 'read' });
    expect(job.concurrency).toEqual({
      group: 'lilypad-rewards-ledger-${{ github.repository }}-${{ inputs.ledger-branch }}',
      'cancel-in-progress': false,
      queue: 'max',
    });
    expect(job['timeout-minutes']).toBeGreaterThan(0);
    expect(job['timeout-minutes']).toBeLessThanOrEqual(60);
  });
});

describe('caller workflows/awesome-lilypad-rewards.yml', () => {
  test('runs on the 1st at an off-the-hour minute, UTC, for the previous month', () => {
    const [cron] = caller.on.schedule.map((s: { cron: string }) => s.cron);
    const [minute, hour, day, month, weekday] = cron.split(' ');
    expect(Number(minute)).toBeGreaterThan(0);
    expect(Number(minute)).toBeLessThan(60);
    expect([hour, day, month, weekday]).toEqual(['3', '1', '*', '*']);
    expect(caller.jobs.rewards.with.month).toBe("${{ inputs.month || '' }}");
  });

  test('can be run by hand with a month, for re-runs, back-fills and restatements', () => {
    expect(Object.keys(caller.on.workflow_dispatch.inputs)).toEqual(['month', 'dry-run', 'restate', 'reason']);
    const passed = Object.keys(caller.jobs.rewards.with);
    for (const name of passed) expect(Object.keys(reusable.on.workflow_call.inputs)).toContain(name);
  });

  test('calls the reusable workflow with contents: write on that job only', () => {
    expect(caller.jobs.rewards.uses).toBe(REUSABLE_REF);
    expect(caller.permissions).toEqual({});
    expect(caller.jobs.rewards.permissions).toEqual({ contents: 'write', 'pull-requests': 'read' });
  });
});
