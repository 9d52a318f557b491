// `pnpm bench`, Docker section (alone: node bench/bundled.mjs bench/docker.ts): the three
// performance goals of the build-module/run-module issue, against the real engine, each side of a
// ratio measured in the same run, round by round interleaved so the machine's drift hits both:
//   1. run overhead: the committed run-module bundle on a trivial module, run as the runner runs
//      it, ÷ `docker run --rm --network none <image> true` (goal: median ratio ≤ 1.3);
//   2. no-change rebuild: buildModule in this process, and the build-module bundle, ÷ the engine's
//      own no-op rebuild `DOCKER_BUILDKIT=0 docker build -q` with the same tag, platform and
//      labels (goal: ≤ 1.5×); beside them `node -e 0` and bench/minimal-build-client.cjs, the
//      least Node program making the same requests, as the floor any Node action has here;
//   3. memory: peak RSS of the run-module bundle while the container writes 1 GB to stdout
//      (goal: < 150 MB), with its wall time.
// Needs the engine and the base image (bash test/docker/start-engine.sh); fails (exit ≠ 0) without
// them. Everything it creates (temp folders, the image tag it builds) is removed at the end.
// Method and results: BENCHMARKS.md ("Docker: build and run"). Options: --rounds N --write
// (--passes and --warmup do not apply: every run is a fresh process or engine call).

import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { cpSync, createWriteStream, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { pipeline } from 'node:stream/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Engine } from '../packages/module-runner/src/index';
import { actionInputs, parseOutputs } from '../test/support/action-step';
import { median, parseOptions, recordResults } from './report';

const repoRoot = fileURLToPath(new URL('..', import.meta.url));
const benchmarksFile = path.join(repoRoot, 'BENCHMARKS.md');
const runAction = path.join(repoRoot, 'actions/run-module');
const buildAction = path.join(repoRoot, 'actions/build-module');
const exampleDir = path.join(repoRoot, 'examples/hello-lilypad');
const MARKERS = { start: '<!-- bench-docker:start -->', end: '<!-- bench-docker:end -->' };
const GOALS = { runRatio: 1.3, rebuildRatio: 1.5, peakRssMb: 150 };
const BASE_IMAGE = 'lilypad-actions/busybox:local';
const LOG_BYTES = 1024 ** 3;
// What build-module labels an image with when run in a workflow of this repository (see
// actions/build-module/src/main.ts); the library call and the CLI get the same three labels.
const GITHUB = { server: 'https://github.com', repository: 'Lilypad-Tech/lilypad-actions', sha: '0123456789abcdef0123456789abcdef01234567' };

type ModuleRunner = typeof import('../packages/module-runner/src/index');

/**
 * @lilypad-actions/module-runner, for the in-process calls. Not imported statically: bench/bundled.mjs
 * cannot bundle dockerode (ssh2 requires cpu-features' native binary at load time), so it is
 * bundled here with bundled.mjs's settings plus the stubs the action bundles use for what dockerode
 * loads and never runs (packages/module-runner/bundle/docker-unused.ts, the actions' tsconfig `paths`).
 */
async function loadModuleRunner(): Promise<ModuleRunner> {
  // Loaded by path, so that esbuild leaves it out of this bench's own bundle.
  const esbuild = (await import(pathToFileURL(path.join(repoRoot, 'node_modules/esbuild/lib/main.js')).href)) as typeof import('esbuild');
  const stub = path.join(repoRoot, 'packages/module-runner/bundle/docker-unused.ts');
  const outfile = path.join(repoRoot, 'bench/.cache/module-runner.mjs');
  await esbuild.build({
    entryPoints: [path.join(repoRoot, 'packages/module-runner/src/index.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'bundle',
    tsconfig: path.join(repoRoot, 'tsconfig.json'),
    alias: { ssh2: stub, '@grpc/grpc-js': stub, '@grpc/proto-loader': stub, protobufjs: stub },
    banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
    logLevel: 'warning',
  });
  return (await import(pathToFileURL(outfile).href)) as ModuleRunner;
}

const USAGE = `Usage: node bench/bundled.mjs bench/docker.ts [--rounds N] [--write]

Against the real Docker engine (bash test/docker/start-engine.sh first) and the committed
action bundles (pnpm build first):
  run overhead  run-module on a trivial module ÷ docker run --rm (max(15, 3 × rounds) pairs)
  rebuild       a no-change rebuild of examples/hello-lilypad: buildModule and the build-module
                bundle ÷ DOCKER_BUILDKIT=0 docker build -q (max(11, 2 × rounds + 1) each), with
                node -e 0 and bench/minimal-build-client.cjs as the floor
  memory        peak RSS of run-module while the container writes 1 GB to stdout (2 runs,
                and one docker run piped to wc -c for the wall time)
  --rounds N   see above (default 7, at least 5)
  --write      record the result in BENCHMARKS.md`;

/** A clean environment, as in validate.ts: variables like NODE_EXTRA_CA_CERTS slow every node start. */
function baseEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { PATH: process.env.PATH ?? '/usr/bin:/bin' };
  for (const k of ['HOME', 'DOCKER_HOST', 'DOCKER_CONFIG']) if (process.env[k]) env[k] = process.env[k];
  return env;
}

interface Timed {
  ms: number;
  stdout: string;
  stdoutBytes: number;
  stderr: string;
}

/** Wall time of one command from spawn to exit (which must be 0); stdout kept up to 1 MB, all of it counted. */
function timed(command: string, args: string[], options: { env: NodeJS.ProcessEnv; cwd?: string }): Promise<Timed> {
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const child = spawn(command, args, { env: options.env, cwd: options.cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stdoutBytes = 0;
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => {
      stdoutBytes += c.length;
      if (stdout.length < 1 << 20) stdout += c.toString();
    });
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    child.on('error', reject);
    child.on('close', (code, signal) => {
      const ms = performance.now() - start;
      if (code !== 0) reject(new Error(`${command} ${args.join(' ')} exited ${code ?? signal}:\n${stdout.slice(-4000)}\n${stderr.slice(-4000)}`));
      else resolve({ ms, stdout, stdoutBytes, stderr });
    });
  });
}

/** An action step as the runner sets it up (INPUT_* for every input of action.yml, defaults filled in). */
function actionEnv(actionDir: string, scratch: string, workspace: string, inputs: Record<string, string>, extra: NodeJS.ProcessEnv = {}): { env: NodeJS.ProcessEnv; outputFile: string } {
  const runner = mkdtempSync(path.join(scratch, 'runner-'));
  const outputFile = path.join(runner, 'output');
  writeFileSync(outputFile, '');
  writeFileSync(path.join(runner, 'summary'), '');
  const env: NodeJS.ProcessEnv = {
    ...baseEnv(),
    GITHUB_WORKSPACE: workspace,
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: path.join(runner, 'summary'),
    RUNNER_TEMP: runner,
    ...extra,
  };
  for (const [name, spec] of Object.entries(actionInputs(actionDir))) env[`INPUT_${name.toUpperCase()}`] = inputs[name] ?? spec.default ?? '';
  return { env, outputFile };
}

/** A module whose job runs `entrypoint` on the base image: 1 CPU, 64 MB, no network. */
function writeModule(dir: string, entrypoint: string[]): void {
  mkdirSync(dir, { recursive: true });
  const template = {
    machine: { gpu: 0, cpu: 1000, ram: 64 },
    job: {
      APIVersion: 'V1beta1',
      Spec: {
        Deal: { Concurrency: 1 },
        Docker: { Entrypoint: entrypoint, Image: BASE_IMAGE },
        Engine: 'Docker',
        Network: { Type: 'None' },
        Outputs: [{ Name: 'outputs', Path: '/outputs' }],
        Resources: { CPU: '1', Memory: '64Mb' },
        Timeout: 600,
      },
    },
  };
  writeFileSync(path.join(dir, 'lilypad_module.json.tmpl'), `${JSON.stringify(template, null, 2)}\n`);
}

interface Spread {
  median: number;
  min: number;
  max: number;
}
const spread = (xs: number[]): Spread => ({ median: median(xs), min: Math.min(...xs), max: Math.max(...xs) });
/** Per-round ratios a[i] / b[i] (the two sides ran back to back in round i). */
const ratios = (a: number[], b: number[]): number[] => a.map((x, i) => x / b[i]!);

/** The run-module step's outputs must say it passed: a failed run is not a measurement. */
function checkPassed(outputFile: string, what: string, log: string): void {
  const outputs = parseOutputs(readFileSync(outputFile, 'utf8'));
  if (outputs.passed !== 'true') throw new Error(`${what}: run-module did not pass (passed=${outputs.passed}):\n${log.slice(-4000)}`);
}

// 1. Run overhead ------------------------------------------------------------------------------

interface RunOverhead {
  pairs: number;
  action: Spread;
  cli: Spread;
  ratio: Spread;
}

async function benchRunOverhead(scratch: string, pairs: number): Promise<RunOverhead> {
  const workspace = path.join(scratch, 'workspace-run');
  writeModule(path.join(workspace, 'trivial'), ['true']);
  const action: number[] = [];
  const cli: number[] = [];
  // Alternate which side goes first, so neither always follows the other's clean-up.
  for (let i = -2; i < pairs; i++) {
    const step = actionEnv(runAction, scratch, workspace, { path: 'trivial' });
    const runAct = async () => {
      const r = await timed(process.execPath, [path.join(runAction, 'dist/index.js')], { env: step.env, cwd: workspace });
      checkPassed(step.outputFile, 'run overhead', r.stdout + r.stderr);
      return r.ms;
    };
    const runCli = async () => (await timed('docker', ['run', '--rm', '--network', 'none', BASE_IMAGE, 'true'], { env: baseEnv() })).ms;
    let a: number;
    let c: number;
    if (i % 2 === 0) {
      a = await runAct();
      c = await runCli();
    } else {
      c = await runCli();
      a = await runAct();
    }
    rmSync(step.env.RUNNER_TEMP!, { recursive: true, force: true });
    if (i < 0) continue; // warm-up: file cache, the engine's image and layer caches
    action.push(a);
    cli.push(c);
    process.stderr.write(`  run ${i + 1}/${pairs}: run-module ${a.toFixed(0)} ms, docker run ${c.toFixed(0)} ms\n`);
  }
  return { pairs, action: spread(action), cli: spread(cli), ratio: spread(ratios(action, cli)) };
}

// 2. No-change rebuild -------------------------------------------------------------------------

interface Rebuild {
  runs: number;
  library: Spread;
  bundle: Spread;
  cli: Spread;
  libraryRatio: Spread;
  bundleRatio: Spread;
  /** `node -e 0`: a Node process that does nothing, started and waited for like the bundle. */
  bareNode: Spread;
  /** bench/minimal-build-client.cjs: node:http only, the same requests, the context packed beforehand. */
  client: Spread;
  /** The minimal client ÷ docker build: the least any Node action that checks the engine first can reach here. */
  floorRatio: Spread;
  /** What the bundle costs beyond that least: loading the action, its inputs, template and context, its outputs. */
  bundleOverFloorMs: Spread;
  imageId: string;
}

async function benchRebuild(lib: ModuleRunner, engine: Engine, scratch: string, tag: string, runs: number): Promise<Rebuild> {
  // A copy of the example whose template names the bench's own tag, so the image check agrees and
  // nothing shared (the example's own image, others' tags) is ever retagged. The Dockerfile is the example's.
  const moduleDir = path.join(scratch, 'hello-lilypad');
  cpSync(exampleDir, moduleDir, { recursive: true });
  const templateFile = path.join(moduleDir, 'lilypad_module.json.tmpl');
  const template = readFileSync(templateFile, 'utf8');
  const imageLine = /"Image": "[^"]+"/;
  if (!imageLine.test(template)) throw new Error(`${templateFile}: expected an "Image": "…" line`);
  writeFileSync(templateFile, template.replace(imageLine, `"Image": "${tag}"`));

  const moduleRef = `${new URL(GITHUB.server).host}/${GITHUB.repository}:${GITHUB.sha}`;
  const labels = lib.imageLabels({ source: `${GITHUB.server}/${GITHUB.repository}`, revision: GITHUB.sha, module: moduleRef });
  const library = async () => {
    const start = performance.now();
    const r = await lib.buildModule({ engine, moduleDir, image: tag, source: labels['org.opencontainers.image.source']!, revision: GITHUB.sha, module: moduleRef });
    const ms = performance.now() - start;
    const bad = r.findings.find((f) => f.kind !== 'ok' && f.severity === 'error');
    if (bad) throw new Error(`buildModule: ${bad.message}`);
    return { ms, id: r.imageId };
  };
  const bundle = async () => {
    // The module folder is the workspace root, so build-module adds the module label too.
    const step = actionEnv(buildAction, scratch, moduleDir, { path: '.', image: tag }, { GITHUB_SERVER_URL: GITHUB.server, GITHUB_REPOSITORY: GITHUB.repository, GITHUB_SHA: GITHUB.sha });
    const r = await timed(process.execPath, [path.join(buildAction, 'dist/index.js')], { env: step.env, cwd: moduleDir });
    const id = parseOutputs(readFileSync(step.outputFile, 'utf8'))['image-id'];
    rmSync(step.env.RUNNER_TEMP!, { recursive: true, force: true });
    if (!id) throw new Error(`build-module gave no image-id:\n${r.stdout.slice(-4000)}`);
    return { ms: r.ms, id };
  };
  const cliArgs = ['build', '-q', '--platform', 'linux/amd64', '-t', tag, ...Object.entries(labels).flatMap(([k, v]) => ['--label', `${k}=${v}`]), moduleDir];
  const cli = async () => {
    const r = await timed('docker', cliArgs, { env: { ...baseEnv(), DOCKER_BUILDKIT: '0' } });
    return { ms: r.ms, id: r.stdout.trim() };
  };

  // The floor under any action written in Node: the process alone, doing nothing; and the least
  // program that asks and builds as build-module does (its context packed here, once).
  const bareNode = async () => ({ ms: (await timed(process.execPath, ['-e', '0'], { env: baseEnv() })).ms, id: '' });
  const contextTar = path.join(scratch, 'context.tar');
  await pipeline(lib.createBuildContext(moduleDir).stream, createWriteStream(contextTar));
  const query = new URLSearchParams({ t: tag, dockerfile: 'Dockerfile', platform: 'linux/amd64', buildargs: '{}', labels: JSON.stringify(labels), rm: 'true', forcerm: 'true', nocache: 'false', networkmode: 'default' });
  const client = async () => {
    const r = await timed(process.execPath, [path.join(repoRoot, 'bench/minimal-build-client.cjs'), contextTar, query.toString()], { env: baseEnv() });
    return { ms: r.ms, id: r.stdout.trim() };
  };

  const sides = { library: [] as number[], bundle: [] as number[], cli: [] as number[], bareNode: [] as number[], client: [] as number[] };
  const ids = new Set<string>();
  const order: (keyof typeof sides)[][] = [
    ['cli', 'library', 'bundle', 'client', 'bareNode'],
    ['library', 'bareNode', 'client', 'bundle', 'cli'],
    ['bundle', 'cli', 'bareNode', 'library', 'client'],
  ];
  const run = { library, bundle, cli, bareNode, client };
  // The first round is the warming build (it may build from scratch); one more round untimed.
  for (let i = -2; i < runs; i++) {
    const got: Partial<Record<keyof typeof sides, number>> = {};
    for (const side of order[(i + 3) % 3]!) {
      const r = await run[side]();
      if (side !== 'bareNode') ids.add(r.id.replace(/^sha256:/, ''));
      got[side] = r.ms;
    }
    if (i < 0) continue;
    for (const side of Object.keys(sides) as (keyof typeof sides)[]) sides[side].push(got[side]!);
    process.stderr.write(`  rebuild ${i + 1}/${runs}: buildModule ${got.library!.toFixed(0)} ms, build-module ${got.bundle!.toFixed(0)} ms, docker build ${got.cli!.toFixed(0)} ms, minimal client ${got.client!.toFixed(0)} ms, node -e 0 ${got.bareNode!.toFixed(0)} ms\n`);
  }
  // Same tag, platform and labels: all four must have produced the same image, from the cache.
  if (ids.size !== 1) throw new Error(`the builds disagree on the image: ${[...ids].join(', ')}`);
  return {
    runs,
    library: spread(sides.library),
    bundle: spread(sides.bundle),
    cli: spread(sides.cli),
    libraryRatio: spread(ratios(sides.library, sides.cli)),
    bundleRatio: spread(ratios(sides.bundle, sides.cli)),
    bareNode: spread(sides.bareNode),
    client: spread(sides.client),
    floorRatio: spread(ratios(sides.client, sides.cli)),
    bundleOverFloorMs: spread(sides.bundle.map((ms, i) => ms - sides.client[i]!)),
    imageId: [...ids][0]!,
  };
}

// 3. Memory under 1 GB of logs ----------------------------------------------------------------

interface Memory {
  runs: { peakRssMb: number; ms: number; printedBytes: number }[];
  cliMs: number;
  cliBytes: number;
}

async function benchMemory(scratch: string, runs: number): Promise<Memory> {
  if (!existsSync('/usr/bin/time')) throw new Error('/usr/bin/time is missing (Debian: apt-get install time): it measures the peak RSS');
  const workspace = path.join(scratch, 'workspace-log');
  const script = `head -c ${LOG_BYTES} /dev/zero | tr '\\0' a`;
  writeModule(path.join(workspace, 'loud'), ['/bin/sh', '-c', script]);
  const result: Memory = { runs: [], cliMs: 0, cliBytes: 0 };
  for (let i = 0; i < runs; i++) {
    const step = actionEnv(runAction, scratch, workspace, { path: 'loud' });
    // GNU time reports the peak RSS of the process it waits for (node: the action has no children).
    const r = await timed('/usr/bin/time', ['-v', process.execPath, path.join(runAction, 'dist/index.js')], { env: step.env, cwd: workspace });
    checkPassed(step.outputFile, '1 GB of logs', r.stdout + r.stderr);
    rmSync(step.env.RUNNER_TEMP!, { recursive: true, force: true });
    const kb = /Maximum resident set size \(kbytes\): (\d+)/.exec(r.stderr);
    if (!kb) throw new Error(`no peak RSS in /usr/bin/time's report:\n${r.stderr.slice(-2000)}`);
    result.runs.push({ peakRssMb: Number(kb[1]) / 1024, ms: r.ms, printedBytes: r.stdoutBytes });
    process.stderr.write(`  1 GB of logs, run ${i + 1}/${runs}: peak RSS ${(Number(kb[1]) / 1024).toFixed(0)} MB, ${(r.ms / 1000).toFixed(1)} s\n`);
    if (i === 0) {
      // The same container through the CLI, its stdout counted by this process: the wall time to compare with.
      const c = await timed('docker', ['run', '--rm', '--network', 'none', '--log-driver', 'none', BASE_IMAGE, '/bin/sh', '-c', script], { env: baseEnv() });
      if (c.stdoutBytes !== LOG_BYTES) throw new Error(`docker run printed ${c.stdoutBytes} bytes, expected ${LOG_BYTES}`);
      result.cliMs = c.ms;
      result.cliBytes = c.stdoutBytes;
      process.stderr.write(`  1 GB of logs, docker run: ${(c.ms / 1000).toFixed(1)} s\n`);
    }
  }
  return result;
}

// Report ------------------------------------------------------------------------------------

const ms = (n: number) => `${n.toFixed(0)} ms`;
const x = (n: number) => `${n.toFixed(2)}×`;
const range = (s: Spread, f: (n: number) => string) => `${f(s.min)}–${f(s.max)}`;
const verdict = (ok: boolean) => (ok ? 'met' : '**not met**');

function report(run: RunOverhead, rebuild: Rebuild, memory: Memory, engine: Engine): { text: string; ok: boolean } {
  const peak = Math.max(...memory.runs.map((r) => r.peakRssMb));
  const wall = median(memory.runs.map((r) => r.ms));
  const printed = Math.max(...memory.runs.map((r) => r.printedBytes));
  const ok = run.ratio.median <= GOALS.runRatio && rebuild.libraryRatio.median <= GOALS.rebuildRatio && rebuild.bundleRatio.median <= GOALS.rebuildRatio && peak < GOALS.peakRssMb;
  const lines = [
    '| measure | median | min–max | goal |',
    '| --- | ---: | ---: | --- |',
    `| run-module bundle, trivial module (\`true\`), ${run.pairs} runs | ${ms(run.action.median)} | ${range(run.action, ms)} | |`,
    `| \`docker run --rm --network none\` same image, interleaved | ${ms(run.cli.median)} | ${range(run.cli, ms)} | |`,
    `| **run overhead**: run-module ÷ docker run, per round | ${x(run.ratio.median)} | ${range(run.ratio, x)} | ≤ ${GOALS.runRatio}×: ${verdict(run.ratio.median <= GOALS.runRatio)} |`,
    `| \`buildModule\` in process, no-change rebuild of hello-lilypad, ${rebuild.runs} runs | ${ms(rebuild.library.median)} | ${range(rebuild.library, ms)} | |`,
    `| build-module bundle, same rebuild | ${ms(rebuild.bundle.median)} | ${range(rebuild.bundle, ms)} | |`,
    `| \`DOCKER_BUILDKIT=0 docker build -q\`, same tag, platform and labels, interleaved | ${ms(rebuild.cli.median)} | ${range(rebuild.cli, ms)} | |`,
    `| **rebuild**: buildModule ÷ docker build, per round | ${x(rebuild.libraryRatio.median)} | ${range(rebuild.libraryRatio, x)} | ≤ ${GOALS.rebuildRatio}×: ${verdict(rebuild.libraryRatio.median <= GOALS.rebuildRatio)} |`,
    `| **rebuild**: build-module bundle ÷ docker build, per round | ${x(rebuild.bundleRatio.median)} | ${range(rebuild.bundleRatio, x)} | ≤ ${GOALS.rebuildRatio}×: ${verdict(rebuild.bundleRatio.median <= GOALS.rebuildRatio)} |`,
    `| \`node -e 0\` (a Node process doing nothing), interleaved | ${ms(rebuild.bareNode.median)} | ${range(rebuild.bareNode, ms)} | |`,
    `| minimal Node client (bench/minimal-build-client.cjs: node:http, the same requests, context packed beforehand), interleaved | ${ms(rebuild.client.median)} | ${range(rebuild.client, ms)} | |`,
    `| **floor** for any Node action here: minimal client ÷ docker build, per round | ${x(rebuild.floorRatio.median)} | ${range(rebuild.floorRatio, x)} | |`,
    `| what build-module costs beyond that floor: bundle − minimal client, per round | ${ms(rebuild.bundleOverFloorMs.median)} | ${range(rebuild.bundleOverFloorMs, ms)} | |`,
    `| **memory**: peak RSS of run-module, container writing 1 GB to stdout (highest of ${memory.runs.length}) | ${peak.toFixed(0)} MB | ${memory.runs.map((r) => r.peakRssMb.toFixed(0)).join(', ')} MB | < ${GOALS.peakRssMb} MB: ${verdict(peak < GOALS.peakRssMb)} |`,
    `| wall time of that run-module step | ${(wall / 1000).toFixed(1)} s | ${memory.runs.map((r) => (r.ms / 1000).toFixed(1)).join(', ')} s | |`,
    `| \`docker run --rm --log-driver none\` of the same container, stdout read to the end (1 run) | ${(memory.cliMs / 1000).toFixed(1)} s | | |`,
    '',
    `Engine ${engine.serverVersion} (API ${engine.apiVersion}), legacy builder; every build produced the same image (${rebuild.imageId.slice(0, 12)}), from the cache. ` +
      `The run-module step's own stdout was ${printed.toLocaleString('en-US')} bytes (the container's 1 GB is read through attach and capped, not echoed); the CLI run delivered all ${(memory.cliBytes / 1024 ** 3).toFixed(0)} GB to this process.`,
    `Goals: ${ok ? 'met' : 'NOT all met'}.`,
  ];
  return { text: lines.join('\n'), ok };
}

async function main(): Promise<void> {
  const opts = parseOptions(process.argv.slice(2), USAGE);
  for (const bundle of [runAction, buildAction]) if (!existsSync(path.join(bundle, 'dist/index.js'))) throw new Error(`${bundle}/dist/index.js is missing: run pnpm build`);
  // Loud, non-zero exit when there is no engine (connectEngine says how to start one) or no base image.
  const lib = await loadModuleRunner();
  const engine = await lib.connectEngine();
  await engine.docker
    .getImage(BASE_IMAGE)
    .inspect()
    .catch(() => {
      throw new Error(`${BASE_IMAGE} is not in the engine: bash test/docker/start-engine.sh`);
    });
  const loadAtStart = os.loadavg()[0]!;
  const scratch = mkdtempSync(path.join(os.tmpdir(), 'bench-docker-'));
  const tag = `lilypad-bench/hello-lilypad:${randomUUID().slice(0, 8)}`;
  const pairs = Math.max(15, 3 * opts.rounds);
  const builds = Math.max(11, 2 * opts.rounds + 1);
  try {
    console.log(`docker: run overhead (${pairs} pairs), no-change rebuild (${builds} × 3 sides), peak RSS under 1 GB of logs (2 runs)`);
    const run = await benchRunOverhead(scratch, pairs);
    const rebuild = await benchRebuild(lib, engine, scratch, tag, builds);
    const memory = await benchMemory(scratch, 2);
    const { text, ok } = report(run, rebuild, memory, engine);
    console.log(`\n${text}\n`);
    if (opts.write) {
      recordResults(benchmarksFile, MARKERS, `Docker ${engine.serverVersion} · ${pairs} run pairs, ${builds} rebuild rounds after a warming build, 2 runs with 1 GB of logs · load average ${loadAtStart.toFixed(1)} at start`, text);
    }
    if (!ok) process.exitCode = 1;
  } finally {
    // The tag this bench built (the engine prunes its now-unused parent layers, and only those).
    await engine.docker
      .getImage(tag)
      .remove()
      .catch((e: { statusCode?: number }) => {
        if (e.statusCode !== 404) console.error(`could not remove ${tag}: ${String(e)}`);
      });
    rmSync(scratch, { recursive: true, force: true });
  }
}

await main();
