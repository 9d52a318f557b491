// The committed bundle, run as the runner runs it (test/support/action-step.ts), against the fake
// GitHub: the job's event as GITHUB_EVENT_NAME/GITHUB_EVENT_PATH, the REST root as GITHUB_API_URL.
// Every refusal issue 9 lists, and the runs that may pass.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { start, type FakeGitHub } from '../../../test/fake-github';
import { runActionStep } from '../../../test/support/action-step';
import { unexpectedCommands } from '../../../test/support/runner-commands';

const actionDir = fileURLToPath(new URL('..', import.meta.url));
const action = parse(readFileSync(path.join(actionDir, 'action.yml'), 'utf8')) as {
  runs: { using: string; main: string };
  inputs: Record<string, { default?: string }>;
  outputs: Record<string, unknown>;
};
const TOKEN = 'ghs_gate_job_token';
const REPO = 'lilypad-tech/sdxl-module';
const scratch = mkdtempSync(path.join(tmpdir(), 'gpu-gate-action-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const EVENTS = {
  push: ['push', { ref: 'refs/heads/main', repository: { full_name: REPO } }],
  forkPr: ['pull_request', { number: 7, pull_request: { number: 7, head: { ref: 'x', repo: { full_name: 'mallory/sdxl-module', fork: true } } } }],
  branchPr: ['pull_request', { number: 8, pull_request: { number: 8, head: { ref: 'y', repo: { full_name: REPO, fork: false } } } }],
} as const;

let fake: FakeGitHub;
let closed: FakeGitHub;
beforeAll(async () => {
  const fixture = { owner: 'lilypad-tech', name: 'sdxl-module', environments: {
      gpu: { reviewers: ['alice', 'team:gpu-maintainers'], preventSelfReview: true, adminsCanBypass: false },
      // GitHub's default for a new environment: administrators may skip its reviewers.
      'gpu-bypass': { reviewers: ['alice'], preventSelfReview: true },
      open: {},
    },
  };
  fake = await start({ token: TOKEN, repoFixture: fixture });
  closed = await start({ token: TOKEN, repoFixture: { ...fixture, tokenReadsActions: false } });
});
afterAll(async () => {
  await fake.stop();
  await closed.stop();
});

/** The gate as a step: `event` is written where GITHUB_EVENT_PATH says (null: no payload file). */
async function gate(inputs: Record<string, string>, event: readonly [string, unknown] | null = EVENTS.push, github: FakeGitHub = fake) {
  const ws = mkdtempSync(path.join(scratch, 'ws-'));
  const eventFile = path.join(ws, 'event.json');
  if (event) writeFileSync(eventFile, JSON.stringify(event[1]));
  return runActionStep({
    actionDir,
    workspace: ws,
    runnerDir: scratch,
    inputs: { token: TOKEN, ...inputs },
    env: {
      GITHUB_API_URL: github.url,
      GITHUB_REPOSITORY: REPO,
      GITHUB_EVENT_NAME: event?.[0] ?? 'push',
      ...(event ? { GITHUB_EVENT_PATH: eventFile } : {}),
    },
  });
}

const NO_STACK = /^\s+at /m;

test('action.yml: node24, the documented inputs and outputs, gpu and refusal by default', () => {
  expect(action.runs).toEqual({ using: 'node24', main: 'dist/index.js' });
  expect(Object.fromEntries(Object.entries(action.inputs).map(([k, v]) => [k, v.default]))).toEqual({
    environment: 'gpu',
    'allow-unreviewed-gpu-runs': 'false',
    token: '${{ github.token }}',
  });
  expect(Object.keys(action.outputs)).toEqual(['approval', 'reviewers']);
});

describe('dist/index.js', () => {
  test('required reviewers: passes, names them, asks GitHub once with the job token', async () => {
    const before = fake.requests.length;
    const r = await gate({}, EVENTS.forkPr);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.outputs).toEqual({ approval: 'required-reviewers', reviewers: '["@alice","team gpu-maintainers"]' });
    expect(r.stdout).toContain('gpu-gate: environment "gpu" of lilypad-tech/sdxl-module requires approval by @alice, team gpu-maintainers: one of them approved this run.');
    expect(fake.requests.slice(before)).toEqual([expect.objectContaining({ kind: 'rest', method: 'GET', path: '/repos/lilypad-tech/sdxl-module/environments/gpu', status: 200, auth: 'ok' })]);
    // The token is masked the moment it is read; nothing else is a command.
    expect(r.commands[0]).toMatchObject({ command: 'add-mask', data: TOKEN });
    expect(unexpectedCommands(r.commands.slice(1))).toEqual([]);
  });

  test('administrators may bypass the reviewers: passes, with a warning saying how to turn that off', async () => {
    const r = await gate({ environment: 'gpu-bypass' });
    expect(r.code).toBe(0);
    expect(r.outputs).toEqual({ approval: 'required-reviewers', reviewers: '["@alice"]' });
    expect(r.annotations).toEqual([
      '::warning title=gpu-gate::administrators of lilypad-tech/sdxl-module can bypass the required reviewers of "gpu-bypass" and start GPU runs nobody approved (turn it off in Settings → Environments → gpu-bypass → "Allow administrators to bypass configured protection rules")',
    ]);
  });

  test('no such environment: refused with how to set it up', async () => {
    const r = await gate({ environment: 'gpu-h100' });
    expect(r.code).toBe(1);
    expect(r.annotations).toEqual([
      expect.stringMatching(/^::error::refusing to run: lilypad-tech\/sdxl-module has no environment "gpu-h100", so nobody approves what this job runs on the GPU runner\.%0AIn the repository's Settings → Environments, open \(or create\) the environment "gpu-h100" and add Required reviewers/),
    ]);
    expect(r.outputs).toEqual({});
    expect(r.stdout + r.stderr).not.toMatch(NO_STACK);
  });

  test('an environment without reviewers: refused', async () => {
    const r = await gate({ environment: 'open' });
    expect(r.code).toBe(1);
    expect(r.annotations).toEqual([expect.stringMatching(/^::error::refusing to run: the environment "open" of lilypad-tech\/sdxl-module requires no reviewers \(its rules: none\)/)]);
  });

  test('GitHub not answering: refused after three attempts', async () => {
    const outage = fake.fault({ kind: 'rest', path: /\/environments\//, fault: 'server-error', times: Infinity });
    try {
      const before = fake.requests.length;
      const r = await gate({ 'allow-unreviewed-gpu-runs': 'true' });
      expect(r.code).toBe(1);
      expect(r.annotations).toEqual([expect.stringMatching(/^::error::the environment "gpu" of lilypad-tech\/sdxl-module could not be read from GitHub \(HTTP 502: .*\), so whether it requires reviewers is unknown%0Are-run the job once GitHub answers/)]);
      expect(fake.requests.length - before).toBe(3);
    } finally {
      outage.remove();
    }
  });

  test('a job token without actions: read: refused, naming the permission', async () => {
    const r = await gate({}, EVENTS.push, closed);
    expect(r.code).toBe(1);
    expect(r.annotations[0]).toMatch(/^::error::GitHub refused to show the environment "gpu" of lilypad-tech\/sdxl-module to this job's token \(HTTP 403: Resource not accessible by integration.*\)%0Agive the GPU job `permissions: actions: read`/);
  });

  test('allow-unreviewed-gpu-runs on a fork\'s pull request: refused', async () => {
    const r = await gate({ environment: 'open', 'allow-unreviewed-gpu-runs': 'true' }, EVENTS.forkPr);
    expect(r.code).toBe(1);
    expect(r.annotations).toEqual([expect.stringContaining('allow-unreviewed-gpu-runs is never honoured for code that may come from a fork (pull request #7 comes from mallory/sdxl-module, not lilypad-tech/sdxl-module)')]);
  });

  test('allow-unreviewed-gpu-runs without a readable event: refused (a fork cannot be ruled out)', async () => {
    const r = await gate({ environment: 'open', 'allow-unreviewed-gpu-runs': 'true' }, null);
    expect(r.code).toBe(1);
    expect(r.annotations[0]).toContain('the event payload could not be read, so a fork cannot be ruled out');
  });

  test.each([
    ['a push', EVENTS.push],
    ['a branch\'s pull request', EVENTS.branchPr],
  ])('allow-unreviewed-gpu-runs on %s: passes, with a warning', async (_, event) => {
    const r = await gate({ environment: 'open', 'allow-unreviewed-gpu-runs': 'TRUE' }, event);
    expect(r.code).toBe(0);
    expect(r.outputs).toEqual({ approval: 'allowed-unreviewed', reviewers: '[]' });
    expect(r.annotations).toEqual([expect.stringMatching(/^::warning title=gpu-gate::running without an approval: the environment "open" of lilypad-tech\/sdxl-module requires no reviewers/)]);
  });

  test.each([
    [{ 'allow-unreviewed-gpu-runs': 'yes' }, '::error::allow-unreviewed-gpu-runs: expected true or false, got "yes"'],
    [{ token: '' }, "::error::token: empty; the gate asks GitHub with the job's token (the default, github.token)"],
    [{ environment: '' }, '::error::no environment name: the gate checks the environment the GPU job runs in'],
  ])('bad input %j: refused before anything else, one line', async (inputs, annotation) => {
    const before = fake.requests.length;
    const r = await gate(inputs);
    expect(r.code).toBe(1);
    expect(r.annotations).toEqual([annotation]);
    expect(fake.requests.length).toBe(before);
  });
});
