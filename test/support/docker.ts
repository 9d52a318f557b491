// Shared by the integration tests that use the real Docker engine (test/docker/start-engine.sh
// starts it and imports the base image; test/run-all.sh runs that first).
import { execFileSync, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { connectEngine, type Engine } from '../../packages/module-runner/src/engine/connect';
import { OWNER_LABEL } from '../../packages/module-runner/src/engine/labels';

/** A busybox-static root file system, `docker import`ed by test/docker/base-image.sh. */
export const BASE_IMAGE = 'lilypad-actions/busybox:local';

let engine: Promise<Engine> | undefined;

/** The engine, or a failed test saying how to start it: never a skipped one. */
export function testEngine(): Promise<Engine> {
  engine ??= connectEngine().catch((error: Error) => {
    throw new Error(`${error.message}\n(the integration tests need it: bash test/docker/start-engine.sh)`);
  });
  return engine;
}

/** A fresh owner id per test, so assertions about leftovers see only that test's objects. */
export function testOwner(name: string): string {
  return `test-${name}-${randomUUID().slice(0, 8)}`;
}

/** Containers and volumes still labelled with this owner (should be none after any run). */
export async function leftovers(owner: string): Promise<{ containers: string[]; volumes: string[] }> {
  const { docker } = await testEngine();
  const filters = { label: [`${OWNER_LABEL}=${owner}`] };
  const containers = await docker.listContainers({ all: true, filters });
  const { Volumes } = await docker.listVolumes({ filters });
  return { containers: containers.map((c) => c.Id), volumes: (Volumes ?? []).map((v) => v.Name) };
}

/** A second, private engine the test may kill (the shared one must never go down mid-suite). */
export interface ScratchEngine {
  host: string;
  /** SIGKILLs dockerd, as when the engine crashes (its containerd and the container shims live on). */
  kill(): void;
  /** SIGSTOPs dockerd: a hung engine (sockets accept, nothing answers). `resume` undoes it. */
  pause(): void;
  resume(): void;
  /** Starts dockerd again on the same data and waits until it answers. */
  restart(): Promise<void>;
  /** Stops everything and removes the engine's directories. */
  destroy(): Promise<void>;
}

export async function startScratchEngine(): Promise<ScratchEngine> {
  const { mkdtempSync, rmSync, openSync, existsSync, readFileSync } = await import('node:fs');
  const { spawn, execFileSync } = await import('node:child_process');
  const root = mkdtempSync('/tmp/lilypad-scratch-engine-');
  const socket = `${root}/docker.sock`;
  const host = `unix://${socket}`;
  let daemon: import('node:child_process').ChildProcess | undefined;
  const start = async () => {
    // A crashed dockerd leaves its pid file, and a new one refuses to start over it; its containerd
    // dies with it (parent-death signal), and a new dockerd would wait for a containerd.pid still
    // naming it while it is a zombie.
    rmSync(`${root}/dockerd.pid`, { force: true });
    const containerdPid = `${root}/exec/containerd/containerd.pid`;
    if (existsSync(containerdPid)) {
      const pid = readFileSync(containerdPid, 'utf8').trim();
      for (let i = 0; i < 50 && existsSync(`/proc/${pid}`) && !/^State:\s+Z/m.test(readFileSync(`/proc/${pid}/status`, 'utf8')); i++) {
        await new Promise((r) => setTimeout(r, 200));
      }
      rmSync(containerdPid, { force: true });
    }
    const log = openSync(`${root}/dockerd.log`, 'a');
    // In a network namespace of its own: a dockerd with `--bridge none` deletes the host's docker0
    // at start-up, which would cut every other test's containers off.
    daemon = spawn(
      'unshare',
      ['--net', '--', 'dockerd', '--data-root', `${root}/data`, '--exec-root', `${root}/exec`, '--pidfile', `${root}/dockerd.pid`, '-H', host, '--bridge', 'none', '--iptables=false', '--ip-masq=false'],
      { stdio: ['ignore', log, log], detached: true },
    );
    for (let i = 0; i < 150; i++) {
      try {
        execFileSync('docker', ['-H', host, 'version'], { stdio: 'ignore' });
        return;
      } catch {
        await new Promise((r) => setTimeout(r, 200));
      }
    }
    throw new Error(`the scratch dockerd did not start; see ${root}/dockerd.log`);
  };
  await start();
  execFileSync('sh', ['-c', `docker save ${BASE_IMAGE} | docker -H ${host} load`], { stdio: 'ignore' });
  const killTree = (signal: NodeJS.Signals) => {
    // containerd and the shims run in dockerd's process group (detached above).
    if (daemon?.pid) {
      try {
        process.kill(-daemon.pid, signal);
      } catch {
        /* already gone */
      }
    }
  };
  return {
    host,
    kill: () => daemon?.kill('SIGKILL'),
    // `unshare` without --fork execs dockerd: the child's pid is dockerd's.
    pause: () => daemon?.kill('SIGSTOP'),
    resume: () => daemon?.kill('SIGCONT'),
    restart: start,
    destroy: async () => {
      killTree('SIGCONT');
      killTree('SIGTERM');
      await new Promise((r) => setTimeout(r, 1500));
      killTree('SIGKILL');
      // The container shims detach from dockerd's group; they are found by the engine's paths.
      try {
        execFileSync('pkill', ['-9', '-f', root], { stdio: 'ignore' });
      } catch {
        /* none left: pkill exits 1 */
      }
      // Mounts the engine left behind would make rm fail.
      execFileSync('sh', ['-c', `grep -o " ${root}[^ ]*" /proc/mounts | sort -r | xargs -r -n1 umount -l`], { stdio: 'ignore' });
      rmSync(root, { recursive: true, force: true });
    },
  };
}

/** Removes images by name or id, ignoring those already gone (each test tags its own). */
export async function removeImages(...names: string[]): Promise<void> {
  const { docker } = await testEngine();
  for (const name of names) {
    try {
      await docker.getImage(name).remove({ force: true });
    } catch (error) {
      if ((error as { statusCode?: number }).statusCode !== 404) throw error;
    }
  }
}

export interface LocalRegistry {
  /** host:port to put in image names ("127.0.0.1:40123"); the engine allows plain HTTP to loopback. */
  host: string;
  stop(): Promise<void>;
}

/**
 * Starts Debian's docker-registry (distribution v2) on a free loopback port, its configuration
 * and storage in a temp dir removed by stop().
 */
export async function startRegistry(): Promise<LocalRegistry> {
  const dir = mkdtempSync(path.join(tmpdir(), 'registry-'));
  const port = await freePort();
  const config = path.join(dir, 'config.yml');
  writeFileSync(
    config,
    [
      'version: 0.1',
      'log: {level: error, accesslog: {disabled: true}}',
      `storage: {filesystem: {rootdirectory: ${path.join(dir, 'data')}}, delete: {enabled: true}}`,
      `http: {addr: "127.0.0.1:${port}"}`,
      '',
    ].join('\n'),
  );
  const child = spawn('docker-registry', ['serve', config], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const stop = async (): Promise<void> => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      await exited;
    }
    rmSync(dir, { recursive: true, force: true });
  };
  const deadline = Date.now() + 15_000;
  for (;;) {
    try {
      const r = await fetch(`http://127.0.0.1:${port}/v2/`);
      if (r.status === 200) break;
    } catch {
      // not listening yet
    }
    if (child.exitCode !== null || Date.now() > deadline) {
      await stop();
      throw new Error(`docker-registry did not start on 127.0.0.1:${port}: ${stderr || 'no output'} (apt-get install docker-registry)`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return { host: `127.0.0.1:${port}`, stop };
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/**
 * Builds a small image from Dockerfile text (no context; FROM the base image) with the docker CLI's
 * legacy builder, tagged `tag`. The caller removes it (removeImages).
 */
export function buildTestImage(tag: string, dockerfile: string): string {
  execFileSync('docker', ['build', '-q', '--network', 'none', '-t', tag, '-'], { input: dockerfile, env: { ...process.env, DOCKER_BUILDKIT: '0' }, stdio: ['pipe', 'ignore', 'pipe'] });
  return tag;
}
