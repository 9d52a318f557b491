// The entry (dist/index.js) of the actions that talk to the Docker engine (build-module,
// run-module). It asks the engine who it is first, then loads the action (its src/main.ts, bundled
// on its own as dist/main.js) while the engine answers, so the engine's ~30 ms are spent while
// Node compiles the action (BENCHMARKS.md, "Docker: build and run"). A bundle of its own rather
// than an ncc chunk, because ncc leaves chunks unminified.
import { askEngineEarly } from '@lilypad-actions/module-runner/engine/handshake';
import nodeModule from 'node:module';
import path from 'node:path';

declare const __non_webpack_require__: NodeJS.Require;

const asked = askEngineEarly();
// Node 22.8+ (GitHub runs actions on 24) can keep the compiled action between jobs: on a
// self-hosted runner whose tool cache persists, a warm start skips compiling. Node keys the cache
// by the file's path and contents and its own version (each release of the action adds ~250 KB),
// and ignores a cache it cannot read or write. Whoever can write the tool cache can already
// replace the actions the runner caches there, so the cache asks for no more trust.
// (@types/node 20 does not know it yet.)
const { enableCompileCache } = nodeModule as { enableCompileCache?: (directory: string) => unknown };
const toolCache = process.env.RUNNER_TOOL_CACHE;
if (toolCache && enableCompileCache) enableCompileCache(path.join(toolCache, 'lilypad-actions-compile-cache'));
void asked.then(() => __non_webpack_require__('./main.js'));
