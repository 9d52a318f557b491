// The build context: the module's folder as the tar stream `docker build` sends, with the same
// files. Docker's CLI reads .dockerignore with moby's patternmatcher (which @balena/dockerignore
// reproduces), always sends the Dockerfile and .dockerignore themselves (TrimBuildFilesFromExcludes),
// stores symbolic links as links, and refuses to start when a file cannot be read
// (ValidateContextDirectory) rather than failing half-way through the upload.
import { UserError } from '@lilypad-actions/errors';
import { closeSync, lstatSync, openSync, readdirSync, readFileSync, readlinkSync, realpathSync, createReadStream, type Stats } from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import dockerignore from '@balena/dockerignore';
import tar from 'tar-stream';

/** The context cannot be made: the message names the path and what to do. */
export class BuildContextError extends UserError {
  override name = 'BuildContextError';
  constructor(message: string, readonly path: string | undefined) {
    super(message);
  }
}

export interface ContextEntry {
  /** Path inside the context, "/"-separated, no leading "./". */
  name: string;
  type: 'file' | 'directory' | 'symlink';
  /** Absolute path on disk. */
  source: string;
  stats: Stats;
  linkname?: string;
}

export interface BuildContext {
  /** The tar stream; read it once. */
  stream: Readable;
  /** What it holds, in the order it holds it. */
  entries: ContextEntry[];
  /** The Dockerfile's path inside the context. */
  dockerfile: string;
  /** Files .dockerignore left out (directories left out whole count once). */
  ignored: string[];
}

export interface ContextOptions {
  /** Relative to the context directory; default "Dockerfile". */
  dockerfile?: string;
}

const toPosix = (p: string): string => p.split(path.sep).join('/');

/** Reads .dockerignore (absent: nothing is ignored). */
function readIgnore(dir: string): string {
  try {
    return readFileSync(path.join(dir, '.dockerignore'), 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return '';
    throw new BuildContextError(`cannot read ${path.join(dir, '.dockerignore')}: ${(error as Error).message}`, path.join(dir, '.dockerignore'));
  }
}

/** The entries `docker build <dir>` would send, sorted by path, after .dockerignore. */
export function listContext(contextDir: string, options: ContextOptions = {}): Omit<BuildContext, 'stream'> {
  let root: string;
  try {
    root = realpathSync(contextDir);
  } catch (error) {
    throw new BuildContextError(`build context ${contextDir}: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such directory (check the path input)' : (error as Error).message}`, contextDir);
  }
  if (!lstatSync(root).isDirectory()) throw new BuildContextError(`build context ${contextDir} is not a directory`, contextDir);

  const dockerfile = toPosix(path.normalize(options.dockerfile ?? 'Dockerfile'));
  if (path.isAbsolute(dockerfile) || dockerfile.startsWith('../') || dockerfile === '..') {
    throw new BuildContextError(`Dockerfile ${options.dockerfile} is outside the build context ${contextDir}: give a path inside it`, options.dockerfile);
  }
  let dockerfileStats: Stats;
  try {
    dockerfileStats = lstatSync(path.join(root, dockerfile));
  } catch {
    throw new BuildContextError(`no ${dockerfile} in ${contextDir}: a module built by build-module needs one (or set the Dockerfile path)`, path.join(contextDir, dockerfile));
  }
  if (!dockerfileStats.isFile()) throw new BuildContextError(`${path.join(contextDir, dockerfile)} is not a regular file`, path.join(contextDir, dockerfile));

  const patterns = readIgnore(root);
  // TrimBuildFilesFromExcludes: the builder needs these two even when .dockerignore lists them.
  const lines = [...patterns.split(/\r?\n/), `!${dockerfile}`, '!.dockerignore'];
  const matcher = dockerignore({ ignorecase: false }).add(lines);
  const entries: ContextEntry[] = [];
  const ignored: string[] = [];

  const walk = (relDir: string): void => {
    const absDir = path.join(root, relDir);
    let names: string[];
    try {
      names = readdirSync(absDir);
    } catch (error) {
      throw unreadable(path.join(contextDir, relDir), error);
    }
    // Byte order, as Go's filepath.Walk: the same tree gives the same tar on every machine.
    names.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    for (const entryName of names) {
      const name = relDir === '' ? entryName : `${relDir}/${entryName}`;
      const source = path.join(root, name);
      let stats: Stats;
      try {
        stats = lstatSync(source);
      } catch (error) {
        throw unreadable(path.join(contextDir, name), error);
      }
      const excluded = matcher.ignores(name);
      if (stats.isDirectory()) {
        if (excluded) {
          // An excluded folder is still walked when an exception might bring a file back.
          if (!exceptionMayMatchUnder(lines, name)) {
            ignored.push(`${name}/`);
            continue;
          }
        } else {
          entries.push({ name, type: 'directory', source, stats });
        }
        walk(name);
        continue;
      }
      if (excluded) {
        ignored.push(name);
        continue;
      }
      if (stats.isSymbolicLink()) {
        entries.push({ name, type: 'symlink', source, stats, linkname: readlinkSync(source) });
      } else if (stats.isFile()) {
        checkReadable(source, path.join(contextDir, name));
        entries.push({ name, type: 'file', source, stats });
      }
      // Sockets, FIFOs and devices: Docker's archive leaves sockets out and a build has no use
      // for the others; skipping them keeps a stray FIFO from hanging the upload.
    }
  };
  walk('');
  return { entries, dockerfile, ignored };
}

/** A user "!" pattern could match something inside `dir` (moby's patternmatcher walks in then). */
function exceptionMayMatchUnder(lines: string[], dir: string): boolean {
  for (const raw of lines) {
    const line = raw.trim();
    if (!line.startsWith('!')) continue;
    const pattern = toPosix(path.posix.normalize(line.slice(1).trim())).replace(/^\/+/, '');
    // Conservative: any wildcard before the folder's depth, or a literal prefix match.
    const prefix = pattern.split('/').slice(0, dir.split('/').length).join('/');
    if (/[*?[\\]/.test(prefix) || prefix === dir || pattern.startsWith(`${dir}/`)) return true;
  }
  return false;
}

function checkReadable(file: string, shown: string): void {
  try {
    closeSync(openSync(file, 'r'));
  } catch (error) {
    throw unreadable(shown, error);
  }
}

function unreadable(shown: string, error: unknown): BuildContextError {
  const code = (error as NodeJS.ErrnoException).code;
  const why = code === 'EACCES' || code === 'EPERM' ? 'permission denied' : (error as Error).message;
  return new BuildContextError(
    `cannot read ${shown} for the build context (${why}): make it readable, or list it in .dockerignore if the image does not need it`,
    shown,
  );
}

/** The tar stream of `contextDir` as `docker build` would send it. Throws BuildContextError. */
export function createBuildContext(contextDir: string, options: ContextOptions = {}): BuildContext {
  const listing = listContext(contextDir, options);
  const pack = tar.pack();
  void (async () => {
    for (const entry of listing.entries) await addEntry(pack, entry, contextDir);
    pack.finalize();
  })().catch((error: unknown) => pack.destroy(error as Error));
  return { ...listing, stream: pack as unknown as Readable };
}

function addEntry(pack: tar.Pack, entry: ContextEntry, contextDir: string): Promise<void> {
  // Owner root, as the docker CLI sends it (ChownOpts 0:0): the runner's uid means nothing in the image.
  const base = { name: entry.name, mode: entry.stats.mode & 0o7777, mtime: entry.stats.mtime, uid: 0, gid: 0 };
  return new Promise<void>((resolve, reject) => {
    const done = (error?: Error | null): void => (error ? reject(error) : resolve());
    if (entry.type === 'directory') {
      pack.entry({ ...base, type: 'directory' }, done);
    } else if (entry.type === 'symlink') {
      pack.entry({ ...base, type: 'symlink', linkname: entry.linkname ?? '' }, done);
    } else {
      const sink = pack.entry({ ...base, type: 'file', size: entry.stats.size }, done);
      // Destroying the pack destroys the entry being written too, with the same error.
      sink.on('error', done);
      const source = createReadStream(entry.source);
      // The pack is destroyed with this error (createBuildContext), which ends the upload.
      source.on('error', (error) => reject(unreadable(path.join(contextDir, entry.name), error)));
      source.pipe(sink);
    }
  });
}
