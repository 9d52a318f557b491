// The engine itself failing: not running at all, and dying in the middle of a run. The second
// uses a private dockerd of its own (test/support/docker.ts), never the shared one.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BASE_IMAGE, startScratchEngine, testOwner } from '../../../../test/support/docker';
import { connectEngine, EngineUnavailableError } from '../../src/engine/connect';
import { OWNER_LABEL, removeOwnedObjects } from '../../src/engine/labels';
import { caseClock } from '../../src/provider/deadlines';
import { runContainer, RunError, type RunRequest } from '../../src/run/run-container';
import { shellJob } from './job-support';

const temp = mkdtempSync(path.join(tmpdir(), 'engine-faults-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

/** A module that sleeps for 5 minutes: still running when the engine goes. */
function sleeper(engine: RunRequest['engine'], owner: string, dir: string): RunRequest {
  const job = shellJob('', { entrypoint: ['sleep', '300'], timeout: 120, memory: '64Mb', cpu: '500m', image: BASE_IMAGE });
  return { engine, job, image: BASE_IMAGE, gpuIndices: [], owner, resultsDir: path.join(temp, dir), clock: caseClock(job, 60), network: { mode: 'none' }, hardening: 'provider' };
}

describe('when the engine is not there', () => {
  it('says in one line that the daemon is not running and how to start it', async () => {
    const error = await connectEngine({ host: `unix://${temp}/no-such.sock` }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(EngineUnavailableError);
    expect((error as Error).message).toBe(
      `The Docker daemon is not running: nothing answers at ${temp}/no-such.sock. Start it (sudo systemctl start docker, or sudo dockerd &) or point DOCKER_HOST at a running engine.`,
    );
  });

  it('reads DOCKER_HOST like the docker CLI', async () => {
    const saved = process.env.DOCKER_HOST;
    process.env.DOCKER_HOST = `unix://${temp}/other.sock`;
    try {
      await expect(connectEngine()).rejects.toThrow(`nothing answers at ${temp}/other.sock`);
    } finally {
      if (saved === undefined) delete process.env.DOCKER_HOST;
      else process.env.DOCKER_HOST = saved;
    }
  });
});

describe('when the engine dies mid-run', () => {
  it('fails with a clear error, and the labels let the next clean-up remove what was left', async () => {
    const scratch = await startScratchEngine();
    try {
      const engine = await connectEngine({ host: scratch.host });
      const owner = testOwner('dies');
      setTimeout(() => scratch.kill(), 2000);
      const error = await runContainer(sleeper(engine, owner, 'out')).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(RunError);
      expect((error as Error).message).toMatch(
        new RegExp(`^The Docker daemon (at .* stopped answering|is not running).*The run's container and volumes \\(label ${OWNER_LABEL}=${owner}\\) are removed by the post step`),
      );

      await scratch.restart();
      const back = await connectEngine({ host: scratch.host });
      const filters = { label: [`${OWNER_LABEL}=${owner}`] };
      const before = await back.docker.listContainers({ all: true, filters });
      expect(before.length).toBe(1); // what the crash left behind …
      const cleaned = await removeOwnedObjects(back.docker, owner);
      expect(cleaned.failures).toEqual([]);
      expect(cleaned.containers.length).toBe(1);
      expect(await back.docker.listContainers({ all: true, filters })).toEqual([]); // … is gone
      expect((await back.docker.listVolumes({ filters })).Volumes ?? []).toEqual([]);
    } finally {
      await scratch.destroy();
    }
  }, 120_000);
});

describe('when the engine hangs mid-run', () => {
  // Without the heartbeat and the bounded clean-up this test never ends (the test's own timeout).
  it('ends the run with a clear error instead of waiting forever', async () => {
    const scratch = await startScratchEngine();
    try {
      const engine = await connectEngine({ host: scratch.host });
      const owner = testOwner('hangs');
      setTimeout(() => scratch.pause(), 2000);
      const error = await runContainer(sleeper(engine, owner, 'hung')).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(RunError);
      expect((error as RunError).engineGone).toBe(true);
      expect((error as Error).message).toMatch(/^The Docker daemon at .* stopped answering \(ETIMEDOUT\)\./);
      // Back: the removals sent while it hung finish (or the post step's clean-up does it).
      scratch.resume();
      const back = (await connectEngine({ host: scratch.host })).docker;
      const filters = { label: [`${OWNER_LABEL}=${owner}`] };
      let left = -1;
      for (let i = 0; i < 40 && left !== 0; i++) {
        await removeOwnedObjects(back, owner);
        left = (await back.listContainers({ all: true, filters })).length + ((await back.listVolumes({ filters })).Volumes ?? []).length;
        if (left) await new Promise((r) => setTimeout(r, 250));
      }
      expect(left).toBe(0);
    } finally {
      await scratch.destroy();
    }
  }, 120_000);
});
