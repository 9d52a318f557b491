// runContainer against the real engine: the faults issue 4 lists, each ending with a clear error
// and nothing left behind (no container, no volume, no temp directory of ours).
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { decodeModule, type Module } from '@lilypad-actions/module-spec';
import { afterAll, describe, expect, it } from 'vitest';
import { BASE_IMAGE, leftovers, testEngine, testOwner } from '../../../../test/support/docker';
import { runContainer, RunError, type RunRequest } from '../../src/run/run-container';

const temp = mkdtempSync(path.join(tmpdir(), 'run-container-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

/** A decoded module running `sh -c script` on the base image. */
function shellModule(script: string, extra: { ram?: number; cpu?: number; timeout?: number; env?: string[]; network?: string } = {}): Module {
  const doc = {
    machine: { gpu: 0, cpu: extra.cpu ?? 1000, ram: extra.ram ?? 256 },
    job: {
      APIVersion: 'V1beta1',
      Spec: {
        Engine: 'Docker',
        Docker: { Image: BASE_IMAGE, Entrypoint: ['/bin/sh', '-c', script], EnvironmentVariables: extra.env ?? [] },
        Network: { Type: extra.network ?? 'None' },
        Outputs: [{ Name: 'outputs', Path: '/outputs' }],
        Timeout: extra.timeout ?? 600,
      },
    },
  };
  const decoded = decodeModule(JSON.stringify(doc));
  if (!decoded.ok) throw new Error(decoded.message);
  return decoded.module;
}

async function run(name: string, module: Module, options: Partial<RunRequest> = {}) {
  const owner = testOwner(name);
  const outputsDir = path.join(temp, name);
  const request: RunRequest = { engine: await testEngine(), module, image: BASE_IMAGE, gpus: 0, owner, outputsDir, timeoutSeconds: 60, ...options };
  const settle = await runContainer(request).then(
    (result) => ({ result, error: undefined }),
    (error: Error) => ({ result: undefined, error }),
  );
  return { ...settle, owner, outputsDir, left: await leftovers(owner) };
}

const nothingLeft = { containers: [], volumes: [] };

describe('runContainer', () => {
  it('runs the entrypoint with the job environment, captures logs and copies /outputs out', async () => {
    const { result, left, outputsDir } = await run(
      'hello',
      shellModule('echo "out $GREETING"; echo err >&2; mkdir -p /outputs/sub; printf hi > /outputs/sub/a.txt; printf x > /outputs/b', { env: ['GREETING=hello'] }),
    );
    expect(result?.exitCode).toBe(0);
    expect(result?.error).toBeNull();
    expect(result?.stdout.text).toBe('out hello\n');
    expect(result?.stderr.text).toBe('err\n');
    expect(result?.outputs.files.sort((a, b) => a.path.localeCompare(b.path))).toEqual([
      { path: 'b', bytes: 1 },
      { path: 'sub/a.txt', bytes: 2 },
    ]);
    expect(readFileSync(path.join(outputsDir, 'sub/a.txt'), 'utf8')).toBe('hi');
    expect(result?.startedAt).toMatch(/^\d{4}-/);
    expect(result?.seconds.run).toBeGreaterThan(0);
    expect(result?.seconds.run).toBeLessThan(30);
    expect(left).toEqual(nothingLeft);
  });

  it('reports a non-zero exit code as the result, not as a failure of the run', async () => {
    const { result, left } = await run('exit3', shellModule('echo failing >&2; exit 3'));
    expect(result?.exitCode).toBe(3);
    expect(result?.error).toBeNull();
    expect(result?.stderr.text).toBe('failing\n');
    expect(left).toEqual(nothingLeft);
  });

  it('kills a container that ignores SIGTERM and sleeps forever at the deadline, leaving nothing', async () => {
    const { result, left } = await run('sigterm', shellModule("trap '' TERM; while true; do sleep 1; done", { timeout: 2 }));
    expect(result?.timedOut).toBe(true);
    expect(result?.exitCode).toBeNull();
    expect(result?.error).toBe('timed out after 2 s (job Timeout): the container was killed');
    expect(result?.timeoutSeconds).toBe(2);
    expect(left).toEqual(nothingLeft);
  });

  it('stops a fork bomb at the pids limit', async () => {
    const { result, left } = await run('forkbomb', shellModule('b() { b | b & }; b; sleep 3; echo survived', { timeout: 20 }), { pidsLimit: 64 });
    expect(result).toBeDefined();
    // The shell cannot fork past the limit: it says so instead of taking the runner down.
    expect(result!.stderr.text).toMatch(/can't fork|Resource temporarily unavailable/);
    expect(left).toEqual(nothingLeft);
  });

  it('caps 1 GB of log output at the log cap, counting every byte', async () => {
    const { result, left } = await run('bigLog', shellModule('head -c 1073741824 /dev/zero | tr "\\0" "a"; echo; echo the-end'), { logCapBytes: 64 * 1024 });
    expect(result?.exitCode).toBe(0);
    expect(result?.stdout.bytes).toBe(1073741824 + 1 + 8);
    expect(result?.stdout.truncated).toBe(true);
    expect(result?.stdout.text.length).toBeLessThan(64 * 1024 + 200);
    expect(result?.stdout.text.endsWith('a\nthe-end\n')).toBe(true);
    expect(left).toEqual(nothingLeft);
  }, 180_000);

  it('does not follow a symbolic link to /etc out of /outputs', async () => {
    const { result, left, outputsDir } = await run('symlink', shellModule('ln -s /etc /outputs/etc; ln -s /etc/passwd /outputs/passwd; echo ok > /outputs/real.txt'));
    expect(result?.outputs.files).toEqual([{ path: 'real.txt', bytes: 3 }]);
    expect(result?.outputs.skipped).toEqual([
      { path: 'etc', reason: 'symbolic link to /etc: not followed' },
      { path: 'passwd', reason: 'symbolic link to /etc/passwd: not followed' },
    ]);
    expect(readdirSync(outputsDir).sort()).toEqual(['real.txt']);
    expect(left).toEqual(nothingLeft);
  });

  it('kills a module that fills the disk under /outputs at the output limit', async () => {
    const limit = 50 * 1024 * 1024;
    const { result, left } = await run('diskfill', shellModule('dd if=/dev/zero of=/outputs/fill bs=1M count=100000 2>/dev/null; sleep 30', { ram: 512 }), {
      outputLimits: { totalBytes: limit, fileBytes: limit, files: 100 },
    });
    expect(result?.error).toMatch(/^\/outputs grew past the 52428800-byte limit \(\d+ bytes seen\): the container was killed$/);
    expect(result?.exitCode).toBeNull();
    expect(result?.outputs.files).toEqual([]);
    expect(left).toEqual(nothingLeft);
  }, 120_000);

  it('applies the hardening and limits to the container it creates', async () => {
    // The module prints what the kernel says about its own limits.
    const { result, left } = await run(
      'hardening',
      shellModule('grep -E "^(CapEff|NoNewPrivs)" /proc/self/status; cat /sys/fs/cgroup/pids/pids.max /sys/fs/cgroup/memory/memory.limit_in_bytes 2>/dev/null || cat /sys/fs/cgroup/pids.max /sys/fs/cgroup/memory.max; ls /sys/class/net', { ram: 128 }),
      { pidsLimit: 77 },
    );
    expect(result?.exitCode).toBe(0);
    const lines = result!.stdout.text.trim().split('\n');
    expect(lines).toContain('CapEff:\t0000000000000000');
    expect(lines).toContain('NoNewPrivs:\t1');
    expect(lines).toContain('77');
    expect(lines).toContain(String(128 * 1024 * 1024));
    // Network "None": only the loopback interface.
    expect(lines.at(-1)).toBe('lo');
    expect(left).toEqual(nothingLeft);
  });

  it('copies checked input files to /inputs', async () => {
    const inputs = mkdtempSync(path.join(temp, 'inputs-'));
    writeFileSync(path.join(inputs, 'one.txt'), 'first input');
    const { result, left } = await run('inputs', shellModule('cat /inputs/one.txt; ls /inputs'), { inputsDir: inputs });
    expect(result?.stdout.text).toBe('first inputone.txt\n');
    expect(left).toEqual(nothingLeft);
  });

  it('says how to get an image that is not on the runner, leaving nothing', async () => {
    const { error, left } = await run('noimage', shellModule('true'), { image: 'lilypad-actions/does-not-exist:never' });
    expect(error).toBeInstanceOf(RunError);
    expect(error?.message).toBe(
      'image lilypad-actions/does-not-exist:never is not on this runner: build it first (build-module) or let run-module pull it (pull: missing or always)',
    );
    expect(left).toEqual(nothingLeft);
  });

  it('kills and removes the container when the run is cancelled', async () => {
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 1500);
    const { result, left, outputsDir } = await run('cancel', shellModule('sleep 300'), { signal: controller.signal });
    expect(result?.error).toBe('the run was cancelled');
    expect(existsSync(outputsDir)).toBe(true);
    expect(left).toEqual(nothingLeft);
  });
});
