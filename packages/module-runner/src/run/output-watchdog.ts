// Stops a module that is filling the disk. /outputs is a Docker volume; while the container runs,
// its size is summed every `intervalMs` straight from the volume's directory on the engine's host
// (readable when the action runs as root next to the engine, as on this project's runners). Links
// are measured with lstat and never followed.

import { lstat, readdir } from 'node:fs/promises';
import path from 'node:path';

export interface WatchdogOptions {
  /** The volume's Mountpoint on the host. */
  dir: string;
  limitBytes: number;
  intervalMs?: number;
  /** Called once when the limit is passed, with the size seen. */
  onExceeded: (bytes: number) => void;
}

export interface Watchdog {
  stop(): void;
  /** Whether /outputs holds anything now; null when it cannot be seen (then copy it out to know). */
  isEmpty(): Promise<boolean | null>;
  /** Why the size could not be watched (not root, a remote engine), or null while it works. */
  unavailable: string | null;
}

export async function watchOutputs(options: WatchdogOptions): Promise<Watchdog> {
  const watchdog: Watchdog = {
    stop: () => undefined,
    unavailable: null,
    isEmpty: () => readdir(options.dir).then((names) => names.length === 0, () => null),
  };
  try {
    await readdir(options.dir);
  } catch (error) {
    watchdog.unavailable = `the size of /outputs cannot be watched during the run (${(error as NodeJS.ErrnoException).code ?? error}): only the copy afterwards is limited`;
    return watchdog;
  }
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  const tick = async () => {
    const bytes = await directoryBytes(options.dir, options.limitBytes).catch(() => 0);
    if (stopped) return;
    if (bytes > options.limitBytes) {
      stopped = true;
      options.onExceeded(bytes);
      return;
    }
    timer = setTimeout(tick, options.intervalMs ?? 200);
  };
  timer = setTimeout(tick, options.intervalMs ?? 200);
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
