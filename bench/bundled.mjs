// Runs a TypeScript benchmark the way the code runs in production: bundled (esbuild, the same
// compile settings as the packages' tsconfig) and executed by plain `node`, not through a
// TypeScript loader, whose per-module hooks and source-map handling skew the timings.
// Usage: node bench/bundled.mjs bench/<entry>.ts [args…]
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const [entry, ...args] = process.argv.slice(2);
if (!entry) {
  console.error('usage: node bench/bundled.mjs bench/<entry>.ts [args…]');
  process.exit(2);
}
const outfile = path.join(root, 'bench/.cache', `${path.basename(entry, '.ts')}.mjs`);
await build({
  entryPoints: [path.resolve(root, entry)],
  outfile,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'bundle',
  tsconfig: path.join(root, 'tsconfig.json'),
  // The bundle lives in bench/.cache; keep import.meta.url-relative paths pointing at bench/.
  define: { 'import.meta.url': JSON.stringify(new URL(`file://${path.resolve(root, entry)}`).href) },
  banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
  logLevel: 'warning',
});
const r = spawnSync(process.execPath, [outfile, ...args], { stdio: 'inherit' });
process.exit(r.status ?? 1);
