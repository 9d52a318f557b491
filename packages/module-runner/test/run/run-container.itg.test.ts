// runContainer against the real engine: a provider's container (issue 10's faults, each as a
// provider would end it) and run-module's own limits (issue 4's), each ending with a clear result
// and nothing left behind (no container, no volume).
import { randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BASE_IMAGE, buildTestImage, removeImages } from '../../../../test/support/docker';
import { RunError } from '../../src/run/run-container';
import { nothingLeft, runJob, shellJob } from './job-support';

const temp = mkdtempSync(path.join(tmpdir(), 'run-container-'));
const suffix = randomUUID().slice(0, 8);
const images = {
  /** USER 1000, and no /outputs of its own: what most non-root images look like. */
  user1000: `lilypad-test/user1000:${suffix}`,
  /** Ships files in an /outputs it made its user's (mode 0777): they must not be visible to the module. */
  shipsOutputs: `lilypad-test/ships-outputs:${suffix}`,
  /** STOPSIGNAL SIGUSR1: a provider's ContainerStop sends the image's stop signal, not always SIGTERM. */
  stopSignal: `lilypad-test/stopsignal:${suffix}`,
};
beforeAll(() => {
  buildTestImage(images.user1000, `FROM ${BASE_IMAGE}\nUSER 1000\n`);
  buildTestImage(images.shipsOutputs, `FROM ${BASE_IMAGE}\nRUN mkdir -p /outputs && echo shipped > /outputs/shipped.txt && chown -R 1000:1000 /outputs && chmod 0777 /outputs\nUSER 1000\n`);
  buildTestImage(images.stopSignal, `FROM ${BASE_IMAGE}\nSTOPSIGNAL SIGUSR1\n`);
}, 120_000);
afterAll(async () => {
  await removeImages(...Object.values(images));
  rmSync(temp, { recursive: true, force: true });
});

const read = (dir: string, file: string) => readFileSync(path.join(dir, file), 'utf8');

describe('runContainer: a provider\'s container', () => {
  it('runs the entrypoint with the job environment and delivers stdout, stderr, exitCode and the outputs folder', async () => {
    const { result, left, resultsDir } = await runJob(
      temp,
      'hello',
      shellJob('echo "out $GREETING"; echo err >&2; mkdir -p /outputs/sub; printf hi > /outputs/sub/a.txt; printf x > /outputs/b', { env: ['GREETING=hello'] }),
    );
    expect(result?.exitCode).toBe(0);
    expect(result?.error).toBeNull();
    expect(result?.stdout.text).toBe('out hello\n');
    expect(result?.stderr.text).toBe('err\n');
    expect(result?.outputs.files.sort((a, b) => a.path.localeCompare(b.path))).toEqual([
      { path: 'b', bytes: 1 },
      { path: 'sub/a.txt', bytes: 2 },
    ]);
    // The provider's result tarball: stdout, stderr, exitCode beside one folder per output.
    expect(readdirSync(resultsDir).sort()).toEqual(['exitCode', 'outputs', 'stderr', 'stdout']);
    expect(read(resultsDir, 'stdout')).toBe('out hello\n');
    expect(read(resultsDir, 'stderr')).toBe('err\n');
    expect(read(resultsDir, 'exitCode')).toBe('0');
    expect(read(resultsDir, 'outputs/sub/a.txt')).toBe('hi');
    expect(result?.startedAt).toMatch(/^\d{4}-/);
    expect(result?.seconds.run).toBeGreaterThan(0);
    expect(result?.elapsedSeconds).toBeGreaterThan(0);
    expect(left).toEqual(nothingLeft);
  });

  it('reports a non-zero exit code as the result, not as a failure of the run, and delivers it in exitCode', async () => {
    const { result, left, resultsDir } = await runJob(temp, 'exit3', shellJob('echo failing >&2; exit 3'));
    expect(result?.exitCode).toBe(3);
    expect(result?.error).toBeNull();
    expect(result?.stderr.text).toBe('failing\n');
    expect(read(resultsDir, 'exitCode')).toBe('3');
    expect(left).toEqual(nothingLeft);
  });

  it('gives every output path an empty folder of its own, and delivers each as <name>/', async () => {
    const job = shellJob('ls -A /data/out /outputs; stat -c "%u %a" /data/out; echo frame > /data/out/f1; echo r > /outputs/r', {
      outputs: [
        { Name: 'outputs', Path: '/outputs' },
        { Name: 'frames', Path: '/data/out' },
      ],
    });
    const { result, left, resultsDir } = await runJob(temp, 'two-outputs', job);
    expect(result?.exitCode).toBe(0);
    expect(result?.stdout.text).toBe('/data/out:\n\n/outputs:\n0 755\n');
    expect(result?.outputs.files.sort((a, b) => a.path.localeCompare(b.path))).toEqual([
      { path: '/data/out/f1', bytes: 6 },
      { path: 'r', bytes: 2 },
    ]);
    expect(read(resultsDir, 'frames/f1')).toBe('frame\n');
    expect(read(resultsDir, 'outputs/r')).toBe('r\n');
    expect(left).toEqual(nothingLeft);
  });

  it('an image whose USER is not root cannot write /outputs (root-owned 0755), as on a provider', async () => {
    const job = shellJob('id -u; stat -c "%u:%g %a" /outputs; echo result > /outputs/result.txt', { image: images.user1000 });
    const { result, left } = await runJob(temp, 'user1000', job);
    expect(result?.stdout.text).toBe('1000\n0:0 755\n');
    expect(result?.stderr.text).toMatch(/\/outputs\/result\.txt: Permission denied/);
    expect(result?.exitCode).not.toBe(0);
    expect(result?.outputs.files).toEqual([]);
    expect(left).toEqual(nothingLeft);
  });

  it("an image shipping files in /outputs: the module sees an empty root-owned 0755 folder, and none of the image's files are delivered", async () => {
    const job = shellJob('ls -A /outputs; stat -c "%u:%g %a" /outputs; touch /outputs/mine', { image: images.shipsOutputs });
    const { result, left, resultsDir } = await runJob(temp, 'ships', job);
    // Docker would copy the image's /outputs (files, owner 1000, mode 0777) into a fresh volume; NoCopy keeps it out.
    expect(result?.stdout.text).toBe('0:0 755\n');
    expect(result?.stderr.text).toMatch(/Permission denied/);
    expect(result?.outputs.files).toEqual([]);
    expect(readdirSync(path.join(resultsDir, 'outputs'))).toEqual([]);
    expect(left).toEqual(nothingLeft);
  });

  it('an entrypoint that chowns passes, as on a provider (Docker\'s default capabilities)', async () => {
    const { result, left } = await runJob(temp, 'chown', shellJob('echo x > /outputs/f; chown 1000:1000 /outputs/f && stat -c "%u" /outputs/f'));
    expect(result?.exitCode).toBe(0);
    expect(result?.stdout.text).toBe('1000\n');
    expect(left).toEqual(nothingLeft);
  });

  it('with hardening strict the same chown fails: every capability is dropped', async () => {
    const { result } = await runJob(temp, 'chown-strict', shellJob('echo x > /outputs/f; chown 1000:1000 /outputs/f'), { hardening: 'strict' });
    expect(result?.exitCode).toBe(1);
    expect(result?.stderr.text).toMatch(/Operation not permitted/);
  });

  it('an entrypoint that needs CAP_SYS_ADMIN (mount -t tmpfs) fails, as on a provider', async () => {
    const { result, left } = await runJob(temp, 'mount', shellJob('mkdir -p /mnt/t && mount -t tmpfs none /mnt/t && echo mounted'));
    expect(result?.exitCode).not.toBe(0);
    expect(result?.stdout.text).toBe('');
    expect(result?.stderr.text).toMatch(/mount: permission denied|Operation not permitted/);
    expect(left).toEqual(nothingLeft);
  });

  it('reads the provider\'s limits and capabilities from inside: Memory in decimal bytes, CPU quota, default capabilities, no NoNewPrivs', async () => {
    const { result, left } = await runJob(
      temp,
      'limits',
      shellJob('grep -E "^(CapEff|NoNewPrivs)" /proc/self/status; cat /sys/fs/cgroup/memory/memory.limit_in_bytes /sys/fs/cgroup/cpu/cpu.cfs_quota_us /sys/fs/cgroup/pids/pids.max; ls /sys/class/net', { memory: '128Mb', cpu: '500m' }),
      { pidsLimit: 77 },
    );
    expect(result?.exitCode).toBe(0);
    const lines = result!.stdout.text.trim().split('\n');
    expect(lines).toEqual([
      // Docker's default capability set (chown, dac_override, fowner, fsetid, kill, setgid, setuid, setpcap, net_bind_service, net_raw, sys_chroot, mknod, audit_write, setfcap).
      'CapEff:\t00000000a80425fb',
      'NoNewPrivs:\t0',
      // 128Mb = 128,000,000 bytes, which the kernel rounds down to whole pages.
      String(Math.floor(128_000_000 / 4096) * 4096),
      // 500m = half a core: 50,000 µs per 100,000 µs period.
      '50000',
      '77',
      // Network "None": only the loopback interface.
      'lo',
    ]);
    expect(left).toEqual(nothingLeft);
  });

  it('hardening strict reads back from inside as no capabilities and no new privileges', async () => {
    const { result } = await runJob(temp, 'strict', shellJob('grep -E "^(CapEff|NoNewPrivs)" /proc/self/status'), { hardening: 'strict' });
    expect(result?.stdout.text).toBe('CapEff:\t0000000000000000\nNoNewPrivs:\t1\n');
  });

  it('a bare-number Memory ("8000" bytes) is a container the engine refuses, on a provider as here', async () => {
    const { error, left } = await runJob(temp, 'tiny-memory', shellJob('true', { memory: '8000' }));
    expect(error).toBeInstanceOf(RunError);
    expect(error?.message).toMatch(/^the engine refused the run: Minimum memory limit allowed is 6MB/);
    expect(left).toEqual(nothingLeft);
  });

  it('a module that needs more than Resources.Memory is killed by the kernel, which a provider fails (no results)', async () => {
    const { result, left } = await runJob(temp, 'oom', shellJob('echo start; x=$(head -c 200000000 /dev/zero | tr "\\0" a); echo ${#x}', { memory: '32Mb' }));
    expect(result?.oomKilled).toBe(true);
    expect(result?.exitCode).toBe(137);
    expect(result?.error).toBe('killed for running out of memory (job.Spec.Resources.Memory)');
    expect(result?.stdout.text).toBe('start\n');
    expect(left).toEqual(nothingLeft);
  }, 60_000);

  it('copies checked input files to /inputs, read-write', async () => {
    const inputs = mkdtempSync(path.join(temp, 'inputs-'));
    writeFileSync(path.join(inputs, 'one.txt'), 'first input');
    const { result, left } = await runJob(temp, 'inputs', shellJob('cat /inputs/one.txt; ls /inputs; touch /inputs/new && echo rw'), { inputsDir: inputs });
    expect(result?.stdout.text).toBe('first inputone.txt\nrw\n');
    expect(left).toEqual(nothingLeft);
  });
});

// Issue 9, finding 6: the deadline is the provider's ContainerStop(1 s): the image's stop signal,
// one second, SIGKILL. Both endings observed from the module's side.
describe('runContainer: the deadline', () => {
  it('a module that traps SIGTERM and exits within the second: its trap runs, its exit code is kept, no SIGKILL', async () => {
    const job = shellJob("trap 'echo got TERM; exit 7' TERM; echo started; sleep 300 & wait", { timeout: 2 });
    const { result, left } = await runJob(temp, 'term-trap', job);
    expect(result?.timedOut).toBe(true);
    expect(result?.stdout.text).toBe('started\ngot TERM\n');
    expect(result?.exitCode).toBe(7);
    expect(result?.stop).toEqual({ signal: 'SIGTERM', killed: false });
    expect(result?.error).toBe('timed out after 2 s (job Timeout), counted from the image pull: SIGTERM, then it exited within the 1 s grace (exit code 7)');
    expect(left).toEqual(nothingLeft);
  });

  it('a module that ignores SIGTERM is killed one second later: it saw the TERM, and the kill', async () => {
    // The handler says so and carries on; only SIGKILL ends it.
    const job = shellJob("trap 'echo got TERM, carrying on' TERM; echo started; while true; do sleep 0.1; done", { timeout: 2 });
    const { result, left } = await runJob(temp, 'term-ignored', job);
    expect(result?.timedOut).toBe(true);
    expect(result?.stdout.text).toBe('started\ngot TERM, carrying on\n');
    expect(result?.exitCode).toBe(137);
    expect(result?.stop).toEqual({ signal: 'SIGTERM', killed: true });
    expect(result?.error).toBe('timed out after 2 s (job Timeout), counted from the image pull: SIGTERM, then SIGKILL after the 1 s grace (exit code 137)');
    expect(left).toEqual(nothingLeft);
  });

  it("sends the image's own STOPSIGNAL, as ContainerStop does", async () => {
    const job = shellJob("trap 'echo got USR1; exit 0' USR1; trap 'echo got TERM; exit 1' TERM; sleep 300 & wait", { timeout: 2, image: images.stopSignal });
    const { result } = await runJob(temp, 'stopsignal', job);
    expect(result?.stdout.text).toBe('got USR1\n');
    expect(result?.stop).toEqual({ signal: 'SIGUSR1', killed: false });
  });

  it('stops at the action timeout when it comes before the job Timeout', async () => {
    const { result } = await runJob(temp, 'action-timeout', shellJob('sleep 300', { timeout: 600 }), { actionTimeout: 2 });
    expect(result?.timedOut).toBe(true);
    expect(result?.error).toMatch(/^timed out after 2 s \(action timeout\), counted from the image pull: SIGTERM, then SIGKILL/);
  });

  it('counts the time before the container starts (the pull) against the deadline', async () => {
    // The clock started 5 s ago, as if the pull had taken that long: a Timeout of 2 s is already over.
    const { performance } = await import('node:perf_hooks');
    const { result, left } = await runJob(temp, 'clock', shellJob('echo started', { timeout: 2 }), { clockStartedAt: performance.now() - 5000 });
    expect(result?.timedOut).toBe(true);
    expect(result?.startedAt).toBeNull();
    expect(result?.stdout.text).toBe('');
    expect(result?.exitCode).toBeNull();
    expect(result?.error).toBe('timed out after 2 s (job Timeout), counted from the image pull: the deadline passed before the container started');
    expect(left).toEqual(nothingLeft);
  });
});

describe("runContainer: run-module's limits", () => {
  it('stops a fork bomb at the pids limit', async () => {
    const { result, left } = await runJob(temp, 'forkbomb', shellJob('b() { b | b & }; b; sleep 3; echo survived', { timeout: 20 }), { pidsLimit: 64 });
    expect(result).toBeDefined();
    // The shell cannot fork past the limit: it says so instead of taking the runner down.
    expect(result!.stderr.text).toMatch(/can't fork|Resource temporarily unavailable/);
    expect(left).toEqual(nothingLeft);
  });

  it('keeps a capped copy of 1 GB of log output in memory, and the first bytes up to the file cap in the stdout file', async () => {
    const { result, left, resultsDir } = await runJob(temp, 'bigLog', shellJob('head -c 1073741824 /dev/zero | tr "\\0" "a"; echo; echo the-end'), { logCapBytes: 64 * 1024, logFileBytes: 1024 * 1024 });
    expect(result?.exitCode).toBe(0);
    expect(result?.stdout.bytes).toBe(1073741824 + 1 + 8);
    expect(result?.stdout.truncated).toBe(true);
    expect(result?.stdout.text.length).toBeLessThan(64 * 1024 + 200);
    expect(result?.stdout.text.endsWith('a\nthe-end\n')).toBe(true);
    // As a provider's stdout file: its first bytes, up to the cap, the rest dropped.
    expect(statSync(path.join(resultsDir, 'stdout')).size).toBe(1024 * 1024);
    expect(read(resultsDir, 'stdout')).toBe('a'.repeat(1024 * 1024));
    expect(left).toEqual(nothingLeft);
  }, 180_000);

  it('does not follow a symbolic link to /etc out of /outputs', async () => {
    const { result, left, resultsDir } = await runJob(temp, 'symlink', shellJob('ln -s /etc /outputs/etc; ln -s /etc/passwd /outputs/passwd; echo ok > /outputs/real.txt'));
    expect(result?.outputs.files).toEqual([{ path: 'real.txt', bytes: 3 }]);
    expect(result?.outputs.skipped).toEqual([
      { path: 'etc', reason: 'symbolic link to /etc: not followed' },
      { path: 'passwd', reason: 'symbolic link to /etc/passwd: not followed' },
    ]);
    expect(readdirSync(path.join(resultsDir, 'outputs')).sort()).toEqual(['real.txt']);
    expect(left).toEqual(nothingLeft);
  });

  it('kills a module that fills the disk under /outputs at the output limit', async () => {
    const limit = 50 * 1024 * 1024;
    const { result, left } = await runJob(temp, 'diskfill', shellJob('dd if=/dev/zero of=/outputs/fill bs=1M count=100000 2>/dev/null; sleep 30', { memory: '512Mb' }), {
      outputLimits: { totalBytes: limit, fileBytes: limit, files: 100 },
    });
    expect(result?.error).toMatch(/^the outputs grew past the 52428800-byte limit \(\d+ bytes seen\): the container was killed$/);
    expect(result?.exitCode).toBeNull();
    expect(result?.outputs.files).toEqual([]);
    expect(left).toEqual(nothingLeft);
  }, 120_000);

  it("kills a module that writes past the writable-layer limit (its own file system, not /outputs)", async () => {
    const limit = 40 * 1024 * 1024;
    const { result, left } = await runJob(temp, 'layerfill', shellJob('dd if=/dev/zero of=/tmp/fill bs=1M count=100000 2>/dev/null; sleep 30', { memory: '512Mb' }), { writableLayerLimitBytes: limit });
    expect(result?.error).toMatch(/^the container's writable layer grew past the 41943040-byte limit \(\d+ bytes seen\): the container was killed; write results to \/outputs, and keep temporary files small$/);
    expect(result?.exitCode).toBeNull();
    // Watched through the engine's API, so never the "cannot be watched" notice (it once came with
    // any runner that could not read /var/lib/docker).
    expect(result?.findings.filter((f) => f.rule === 'disk-limit')).toEqual([]);
    expect(left).toEqual(nothingLeft);
  }, 120_000);

  it('a well-behaved module under the writable-layer limit runs to its end, with no disk-limit notice', async () => {
    const { result, left } = await runJob(temp, 'layer-ok', shellJob('dd if=/dev/zero of=/tmp/small bs=1M count=5 2>/dev/null; sleep 3; echo done'), { writableLayerLimitBytes: 40 * 1024 * 1024 });
    expect(result?.error).toBeNull();
    expect(result?.exitCode).toBe(0);
    expect(result?.stdout.text).toBe('done\n');
    expect(result?.findings.filter((f) => f.rule === 'disk-limit')).toEqual([]);
    expect(left).toEqual(nothingLeft);
  }, 120_000);

  it('says how to get an image that is not on the runner, leaving nothing', async () => {
    const { error, left } = await runJob(temp, 'noimage', shellJob('true'), { image: 'lilypad-actions/does-not-exist:never' });
    expect(error).toBeInstanceOf(RunError);
    expect(error?.message).toBe(
      'image lilypad-actions/does-not-exist:never is not on this runner: build it first (build-module) or let run-module pull it (pull: missing or always)',
    );
    expect(left).toEqual(nothingLeft);
  });

  it('kills and removes the container when the run is cancelled', async () => {
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 1500);
    const { result, left, resultsDir } = await runJob(temp, 'cancel', shellJob('sleep 300'), { signal: controller.signal });
    expect(result?.error).toBe('the run was cancelled');
    expect(existsSync(resultsDir)).toBe(true);
    expect(left).toEqual(nothingLeft);
  });
});
