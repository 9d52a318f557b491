// Action bundles run on actionNode(): ACTION_NODE when set (test/run-all.sh sets it to Node 24 for
// a second pass over the actions' tests, as GitHub runs them), else the test runner's own Node.
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, test } from 'vitest';
import { actionNode } from './support/action-node';
import { runActionStepSync } from './support/action-step';
import { repoRoot } from './support/repo-root';

const scratch = mkdtempSync(path.join(tmpdir(), 'action-node-'));
const original = process.env.ACTION_NODE;
afterEach(() => {
  if (original === undefined) delete process.env.ACTION_NODE;
  else process.env.ACTION_NODE = original;
});
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('actionNode', () => {
  test('is the test runner’s Node when ACTION_NODE is unset or empty', () => {
    delete process.env.ACTION_NODE;
    expect(actionNode()).toBe(process.execPath);
    process.env.ACTION_NODE = '';
    expect(actionNode()).toBe(process.execPath);
  });

  test('refuses a relative ACTION_NODE (the step runs in another folder)', () => {
    process.env.ACTION_NODE = 'node24/bin/node';
    expect(() => actionNode()).toThrow('ACTION_NODE must be an absolute path to a node binary, got "node24/bin/node"');
  });

  test('is what runs a step’s bundle', () => {
    // A node that records how it was called, then runs the Node this pass would have used.
    const log = path.join(scratch, 'calls.log');
    const real = actionNode();
    const wrapper = path.join(scratch, 'node');
    writeFileSync(wrapper, `#!/bin/sh\nprintf '%s\\n' "$*" >> '${log}'\nexec "${real}" "$@"\n`);
    chmodSync(wrapper, 0o755);
    process.env.ACTION_NODE = wrapper;

    const step = runActionStepSync({
      actionDir: path.join(repoRoot, 'actions/validate-module'),
      workspace: repoRoot,
      runnerDir: scratch,
      inputs: { path: 'examples/hello-lilypad', summary: 'never' },
    });
    expect(step.code, step.stdout + step.stderr).toBe(0);
    expect(step.outputs.valid).toBe('true');
    expect(readFileSync(log, 'utf8')).toBe(`${path.join(repoRoot, 'actions/validate-module/dist/index.js')}\n`);
  });
});
