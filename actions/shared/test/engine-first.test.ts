// The Docker actions' entry (engine-first.ts): the committed bundles ask the engine who it is once,
// from dist/index.js, and the action (dist/main.js) uses those answers instead of asking again.
// Against a fake engine on a unix socket that answers GET /info and GET /_ping as dockerd does and
// refuses everything else, so each step fails at its first real request, with the engine's message.
import { execFileSync } from 'node:child_process';
import { createServer } from 'node:http';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { actionNode } from '../../../test/support/action-node';
import { makeWorkspace, runActionStep } from '../../../test/support/action-step';
import { repoRoot } from '../../../test/support/repo-root';

const scratch = mkdtempSync(path.join(tmpdir(), 'engine-first-'));
const socket = path.join(scratch, 'docker.sock');
const asked: string[] = [];
const server = createServer((request, response) => {
  asked.push(`${request.method} ${request.url?.replace(/\?.*/, '')}`);
  request.resume();
  if (request.url === '/_ping') return void response.writeHead(200, { 'Api-Version': '1.47' }).end('OK');
  if (request.url === '/info') return void response.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify({ ServerVersion: '28.5.1', DefaultRuntime: 'runc', Runtimes: { runc: {} }, MemTotal: 8e9, NCPU: 2 }));
  response.writeHead(500, { 'Content-Type': 'application/json' }).end(JSON.stringify({ message: 'the fake engine does only /info and /_ping' }));
});
beforeAll(() => new Promise<void>((resolve) => server.listen(socket, resolve)));
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
  rmSync(scratch, { recursive: true, force: true });
});

const template = JSON.stringify({
  machine: { gpu: 0, cpu: 1000, ram: 100 },
  job: { APIVersion: 'V1beta1', Spec: { Engine: 'Docker', Docker: { Entrypoint: ['true'], Image: 'example/module:1' }, Timeout: 60 } },
});

describe.each(['build-module', 'run-module'])('%s', (name) => {
  test('dist/index.js asks GET /info and GET /_ping once, and the action goes on from their answers', async () => {
    asked.length = 0;
    const ws = makeWorkspace(scratch, { Dockerfile: 'FROM scratch\n', 'lilypad_module.json.tmpl': template });
    const step = await runActionStep({ actionDir: path.join(repoRoot, 'actions', name), workspace: ws, runnerDir: scratch, inputs: { image: 'example/module:1' }, env: { DOCKER_HOST: `unix://${socket}` } });
    expect(step.code, step.stdout + step.stderr).toBe(1);
    expect(asked.slice(0, 2).sort()).toEqual(['GET /_ping', 'GET /info']);
    // The action's own requests come after, each on the API version /_ping gave, and it never asks who the engine is again.
    expect(asked.length).toBeGreaterThan(2);
    expect(asked.slice(2).every((line) => / \/v1\.47\//.test(line)), asked.join('\n')).toBe(true);
    expect(step.annotations.join('\n')).toContain('the fake engine does only /info and /_ping');
  });

  test('asks before the action loads: a step that fails on its inputs has asked all the same', async () => {
    asked.length = 0;
    const ws = makeWorkspace(scratch, { Dockerfile: 'FROM scratch\n', 'lilypad_module.json.tmpl': template });
    const step = await runActionStep({ actionDir: path.join(repoRoot, 'actions', name), workspace: ws, runnerDir: scratch, inputs: { image: 'example/module:1', timeout: 'soon' }, env: { DOCKER_HOST: `unix://${socket}` } });
    expect(step.code).toBe(1);
    expect(step.annotations.join('\n')).toContain('timeout');
    // The step may exit before this process has read what the engine was sent.
    for (const started = Date.now(); asked.length < 2 && Date.now() - started < 5_000; ) await new Promise((resolve) => setTimeout(resolve, 20));
    expect(asked.sort()).toEqual(['GET /_ping', 'GET /info']);
  });

  test("keeps the compiled action in the runner's tool cache where Node can (22.8 and later)", async () => {
    const toolCache = mkdtempSync(path.join(scratch, 'tool-cache-'));
    const ws = makeWorkspace(scratch, { Dockerfile: 'FROM scratch\n', 'lilypad_module.json.tmpl': template });
    await runActionStep({ actionDir: path.join(repoRoot, 'actions', name), workspace: ws, runnerDir: scratch, inputs: { image: 'example/module:1' }, env: { DOCKER_HOST: `unix://${socket}`, RUNNER_TOOL_CACHE: toolCache } });
    const [major, minor] = (/^v(\d+)\.(\d+)/.exec(execFileSync(actionNode(), ['--version'], { encoding: 'utf8' })) ?? []).slice(1).map(Number);
    const cache = path.join(toolCache, 'lilypad-actions-compile-cache');
    if (major! > 22 || (major === 22 && minor! >= 8)) expect(readdirSync(cache, { recursive: true }).length).toBeGreaterThan(1);
    else expect(existsSync(cache)).toBe(false);
  });
});
