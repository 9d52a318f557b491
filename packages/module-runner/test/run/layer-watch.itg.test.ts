// The writable-layer watch against the real engine: it sees the layer only through the engine's API
// (it is handed a container, never a directory), so what passes here passes for a runner that
// cannot read /var/lib/docker (a `docker` group user, Docker-in-Docker).
import { afterAll, describe, expect, it } from 'vitest';
import type Docker from 'dockerode';
import { BASE_IMAGE, leftovers, testEngine, testOwner } from '../../../../test/support/docker';
import { ownerLabels } from '../../src/engine/labels';
import { watchWritableLayer } from '../../src/run/layer-watch';

const owners: string[] = [];
afterAll(async () => {
  const { docker } = await testEngine();
  for (const owner of owners) {
    for (const id of (await leftovers(owner)).containers) await docker.getContainer(id).remove({ force: true }).catch(() => undefined);
  }
});

async function startContainer(name: string, script: string): Promise<Docker.Container> {
  const { docker } = await testEngine();
  const owner = testOwner(name);
  owners.push(owner);
  const container = await docker.createContainer({ Image: BASE_IMAGE, Cmd: ['sh', '-c', script], Labels: ownerLabels(owner), HostConfig: { NetworkMode: 'none' } });
  await container.start();
  return container;
}

const MB = 1024 * 1024;

describe('watchWritableLayer (GET /containers/{id}/json?size=true)', () => {
  it('calls onExceeded once, with the size the engine reports, when the layer passes the limit', async () => {
    const container = await startContainer('layer-over', 'dd if=/dev/zero of=/tmp/fill bs=1M count=30 2>/dev/null; sleep 60');
    const seen: number[] = [];
    const exceeded = new Promise<void>((resolve) => {
      void watchWritableLayer({ container, limitBytes: 10 * MB, intervalMs: 200, onExceeded: (bytes) => (seen.push(bytes), resolve()) }).then((watch) => {
        expect(watch.unavailable).toBeNull();
      });
    });
    await exceeded;
    await new Promise((r) => setTimeout(r, 1_000)); // would a second call come?
    expect(seen).toHaveLength(1);
    expect(seen[0]).toBeGreaterThan(10 * MB);
    expect(seen[0]).toBeLessThanOrEqual(30 * MB + MB);
    await container.remove({ force: true });
  }, 60_000);

  it('stays quiet for a layer under the limit, and stops asking once stopped', async () => {
    const container = await startContainer('layer-under', 'dd if=/dev/zero of=/tmp/small bs=1M count=2 2>/dev/null; sleep 60');
    let calls = 0;
    const watch = await watchWritableLayer({ container, limitBytes: 10 * MB, intervalMs: 200, onExceeded: () => calls++ });
    expect(watch.unavailable).toBeNull();
    await new Promise((r) => setTimeout(r, 1_500));
    watch.stop();
    expect(calls).toBe(0);
    // The engine's own number for the same layer, as the watch read it.
    const info = (await (container as unknown as { inspect(o: { size: true }): Promise<{ SizeRw?: number }> }).inspect({ size: true }));
    expect(info.SizeRw).toBeGreaterThanOrEqual(2 * MB);
    expect(info.SizeRw).toBeLessThan(10 * MB);
    await container.remove({ force: true });
  }, 60_000);

  it('says why it cannot watch when the engine cannot give the size (here: the container is gone)', async () => {
    const container = await startContainer('layer-gone', 'true');
    await container.remove({ force: true });
    const watch = await watchWritableLayer({ container, limitBytes: MB, onExceeded: () => undefined });
    expect(watch.unavailable).toMatch(/^the size of the container's writable layer cannot be watched during the run \(the engine said: .*no such container/i);
    watch.stop();
  }, 60_000);
});
