// Stops a module that fills its container's writable layer (its own file system, not /outputs):
// overlay2 has no size limit of its own. The engine is asked for the layer's size
// (GET /containers/{id}/json?size=true, whose SizeRw is the engine's own walk of the upper
// directory), so the watch works wherever the runner can reach the engine: as root beside it, as a
// user in the `docker` group, or from a runner pod next to a Docker-in-Docker engine, none of which
// needs to read /var/lib/docker.
//
// Why the engine and not a walk of the upper directory from here (measured on a busy 2-core
// machine, 6 Dec 2026, Docker 20.10 overlay2 on ext4, the same bytes from both): a layer of 5,000
// small files cost the engine 46–53 ms of CPU per size=true inspect, and a walk from this process
// 211–286 ms; 20,000 files 140 ms against 711 ms. So the engine's walk is 4–5× cheaper than ours,
// and it is one code path for every runner.
//
// Why the interval: size=true makes the engine walk every file of the layer on each request
// (10 µs of CPU per file, measured above), so polling is bounded twice: at least POLL_MS apart,
// and at least WAIT_FACTOR × the last request's time, so a layer of many files (a pip cache) or a
// busy engine widens the gap on its own (20,000 files: ~0.5 s a request, so one every ~5 s). At
// 5,000 files that is ~5% of one core for the engine while the module runs. The price is the
// overshoot: a module writing at disk speed (~1 GB/s) can pass the limit by about a second's worth
// before it is killed, which the 10 GiB default absorbs.
//
// Not HostConfig.StorageOpt.size: the engine accepts it only for overlay2 on xfs mounted with
// pquota, and nothing in its API says whether the mount has pquota (`docker info` names the backing
// filesystem, not its mount options), so knowing would take a trial container create per run, the
// round trip the start-up work removes; and a quota makes the module's writes fail with ENOSPC,
// which a module may swallow, so this watch would still be needed to say why the run failed. It
// also cannot be tested on an ext4 engine like this project's.

import type Docker from 'dockerode';
import { performance } from 'node:perf_hooks';
import { engineMessage, isTransportError } from '../engine/connect';

/** Shortest pause between two size requests, ms. */
export const LAYER_POLL_MS = 1_000;
/** The pause is also at least this many times the last request's time. */
const WAIT_FACTOR = 10;

export interface LayerWatchOptions {
  container: Docker.Container;
  limitBytes: number;
  /** Called once when the layer is past the limit, with the size the engine reported. */
  onExceeded: (bytes: number) => void;
  intervalMs?: number;
}

export interface LayerWatch {
  stop(): void;
  /** Why the layer cannot be watched (the engine reports no SizeRw), or null while it works. */
  unavailable: string | null;
}

/** @types/dockerode 4 lacks inspect's `size` option; dockerode passes it on as the query parameter. */
type SizedInspect = { inspect(options: { size: true; abortSignal?: AbortSignal }): Promise<{ SizeRw?: unknown }> };

export async function watchWritableLayer(options: LayerWatchOptions): Promise<LayerWatch> {
  const interval = options.intervalMs ?? LAYER_POLL_MS;
  const abort = new AbortController();
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  const watch: LayerWatch = {
    unavailable: null,
    stop: () => {
      stopped = true;
      clearTimeout(timer);
      abort.abort();
    },
  };
  const sizeRw = async (): Promise<number | null> => {
    const info = await (options.container as unknown as SizedInspect).inspect({ size: true, abortSignal: abort.signal });
    return typeof info.SizeRw === 'number' && info.SizeRw >= 0 ? info.SizeRw : null;
  };
  const exceeded = (bytes: number) => {
    if (bytes <= options.limitBytes || stopped) return false;
    stopped = true;
    options.onExceeded(bytes);
    return true;
  };

  // The first answer says whether the engine can tell (a storage driver without sizes reports -1).
  let started = performance.now();
  let first: number | null;
  try {
    first = await sizeRw();
  } catch (error) {
    if (isTransportError(error)) throw error; // the engine is gone: the run's own error path says so
    watch.unavailable = `the size of the container's writable layer cannot be watched during the run (the engine said: ${engineMessage(error)})`;
    return watch;
  }
  if (first === null) {
    watch.unavailable = "the size of the container's writable layer cannot be watched during the run (the engine reports no SizeRw for its storage driver)";
    return watch;
  }
  if (exceeded(first)) return watch;
  const schedule = () => {
    if (!stopped) timer = setTimeout(tick, Math.max(interval, WAIT_FACTOR * (performance.now() - started)));
  };
  const tick = () => {
    started = performance.now();
    // A failed request (the container just exited, a slow engine) waits for the next one; a dead
    // engine is the heartbeat's to report.
    sizeRw().then((bytes) => {
      if (bytes !== null && exceeded(bytes)) return;
      schedule();
    }, schedule);
  };
  schedule();
  return watch;
}
