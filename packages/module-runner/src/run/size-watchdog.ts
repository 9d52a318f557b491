// Stops a module that is filling the disk through its /outputs volumes, where the engine has no
// quota to do it. While the container runs, the size of the volumes' directories on the engine's
// host (their Mountpoint) is summed every so often, readable when the action runs as root next to
// the engine, as on this project's runners. Links are measured with lstat and never followed. (The
// container's writable layer is watched through the engine instead: layer-watch.ts.)

import { lstat, readdir } from 'node:fs/promises';
import path from 'node:path';
import { performance } from 'node:perf_hooks';

export interface WatchdogOptions {
  /** Host directories to add up (volume mountpoints). */
  dirs: string[];
  limitBytes: number;
  /** What is watched, for the notice when it cannot be (`the outputs`). */
  what: string;
  /** Shortest pause between two walks, ms; a walk that takes long widens it (5 × its time). */
  intervalMs?: number;
  /** Called once when the limit is passed, with the size seen. */
  onExceeded: (bytes: number) => void;
}

export interface Watchdog {
  stop(): void;
  /** Whether the directories hold anything now; null when they cannot be seen (then copy out to know). */
  isEmpty(): Promise<boolean | null>;
  /** Why the size could not be watched (not root, a remote engine), or null while it works. */
  unavailable: string | null;
}

export async function watchSize(options: WatchdogOptions): Promise<Watchdog> {
  const watchdog: Watchdog = {
    stop: () => undefined,
    unavailable: null,
    isEmpty: async () => {
      for (const dir of options.dirs) {
        const names = await readdir(dir).catch(() => null);
        if (names === null) return null;
        if (names.length > 0) return false;
      }
      return true;
    },
  };
  try {
    for (const dir of options.dirs) await readdir(dir);
  } catch (error) {
    watchdog.unavailable = `the size of ${options.what} cannot be watched during the run (${(error as NodeJS.ErrnoException).code ?? error})`;
    return watchdog;
  }
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  const interval = options.intervalMs ?? 200;
  const tick = async () => {
    const started = performance.now();
    let bytes = 0;
    for (const dir of options.dirs) bytes += await directoryBytes(dir, options.limitBytes - bytes).catch(() => 0);
    if (stopped) return;
    if (bytes > options.limitBytes) {
      stopped = true;
      options.onExceeded(bytes);
      return;
    }
    // A layer with many files (a pip cache) takes a while to walk: do not spend the runner's CPU on it.
    timer = setTimeout(tick, Math.max(interval, 5 * (performance.now() - started)));
  };
  timer = setTimeout(tick, interval);
  watchdog.stop = () => {
    stopped = true;
    clearTimeout(timer);
  };
  return watchdog;
}

/** Bytes of the regular files under `dir`, stopping early once past `stopAbove`. */
export async function directoryBytes(dir: string, stopAbove = Infinity): Promise<number> {
  let total = 0;
  const pending = [dir];
  while (pending.length > 0 && total <= stopAbove) {
    const current = pending.pop()!;
    let names: string[];
    try {
      names = await readdir(current);
    } catch {
      continue; // removed while we looked
    }
    for (const name of names) {
      const full = path.join(current, name);
      const stat = await lstat(full).catch(() => undefined);
      if (!stat) continue;
      if (stat.isDirectory()) pending.push(full);
      else if (stat.isFile()) total += stat.size;
    }
  }
  return total;
}
