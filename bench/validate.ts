// `pnpm bench`, second section: how fast module validation is. (a) The validate-module action's
// committed bundle validating the example module, as a runner starts it, against a bare
// `node -e 0` measured in the same run (goal: at most 3×). (b) validateTemplate over the whole
// corpus in this process — render, decode, schema, lints and the adversarial renders — as
// templates per second (goal: at least 2,000). Method and results: BENCHMARKS.md.

import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { validateTemplate, type ValidationReport } from '../packages/module-spec/src/index';
import { fmtRate, median, parseOptions, recordResults, roundsDescription, type Options } from './report';

const repoRoot = fileURLToPath(new URL('..', import.meta.url));
const corpusDir = path.resolve(repoRoot, 'test/fixtures/corpus/templates');
const actionBundle = path.join(repoRoot, 'actions/validate-module/dist/index.js');
const benchmarksFile = path.join(repoRoot, 'BENCHMARKS.md');
const MARKERS = { start: '<!-- bench-validate:start -->', end: '<!-- bench-validate:end -->' };
const GOALS = { startRatio: 3, templatesPerSecond: 2000 };

const USAGE = `Usage: pnpm bench -- [--rounds N] [--passes N] [--warmup N] [--write]

Validation: the validate-module bundle on examples/hello-lilypad against a bare node -e 0
(max(15, 3 × rounds) runs each), then validateTemplate over every corpus template.
  --rounds N   timed corpus rounds; the median is reported (default 7, at least 5)
  --passes N   validations of the whole corpus per round (default 20)
  --warmup N   untimed rounds first (default 2)
  --write      record the result in BENCHMARKS.md`;

interface StartTimes {
  runs: number;
  actionMs: number;
  bareMs: number;
}

/** Milliseconds of wall time for one `node args…`, which must exit 0. */
function timeNode(args: string[], env: NodeJS.ProcessEnv): number {
  const start = process.hrtime.bigint();
  const r = spawnSync(process.execPath, args, { env, stdio: ['ignore', 'ignore', 'pipe'] });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (r.status !== 0) throw new Error(`node ${args.join(' ')} exited ${r.status ?? r.signal}: ${r.stderr.toString()}`);
  return ms;
}

/** The action as a runner starts it on the example, interleaved with `node -e 0` so drift hits both alike. */
function benchStart(runs: number): StartTimes {
  const runner = mkdtempSync(path.join(os.tmpdir(), 'bench-validate-'));
  try {
    const env: NodeJS.ProcessEnv = {
      PATH: process.env.PATH,
      GITHUB_WORKSPACE: repoRoot,
      GITHUB_OUTPUT: path.join(runner, 'output'),
      GITHUB_STEP_SUMMARY: path.join(runner, 'summary'),
      RUNNER_TEMP: runner,
      INPUT_PATH: 'examples/hello-lilypad',
      INPUT_TEMPLATE: 'lilypad_module.json.tmpl',
      INPUT_INPUTS: '',
      INPUT_STRICT: 'false',
      INPUT_SUMMARY: 'auto',
    };
    writeFileSync(env.GITHUB_OUTPUT!, '');
    writeFileSync(env.GITHUB_STEP_SUMMARY!, '');
    const action: number[] = [];
    const bare: number[] = [];
    for (let i = -2; i < runs; i++) {
      const a = timeNode([actionBundle], env);
      const b = timeNode(['-e', '0'], { PATH: process.env.PATH });
      if (i < 0) continue; // warm-up: the file cache, not the measurement
      action.push(a);
      bare.push(b);
    }
    return { runs, actionMs: median(action), bareMs: median(bare) };
  } finally {
    rmSync(runner, { recursive: true, force: true });
  }
}

interface CorpusRate {
  median: number;
  min: number;
  max: number;
  /** CPU time over wall time while timing: ~1 means the work ran on one core. */
  cpuShare: number;
}

function benchCorpus(items: { file: string; text: string }[], opts: Options): CorpusRate {
  const pass = () => {
    for (const item of items) validateTemplate(item);
  };
  for (let r = 0; r < opts.warmup; r++) for (let p = 0; p < opts.passes; p++) pass();
  const rates: number[] = [];
  let cpu = 0;
  let wall = 0;
  for (let r = 0; r < opts.rounds; r++) {
    const cpuStart = process.cpuUsage();
    const start = process.hrtime.bigint();
    for (let p = 0; p < opts.passes; p++) pass();
    const ns = Number(process.hrtime.bigint() - start);
    const used = process.cpuUsage(cpuStart);
    cpu += (used.user + used.system) * 1000;
    wall += ns;
    rates.push((items.length * opts.passes) / (ns / 1e9));
  }
  return { median: median(rates), min: Math.min(...rates), max: Math.max(...rates), cpuShare: cpu / wall };
}

/** What the corpus looks like to the validator: load verdicts with the sample inputs, validity. */
function corpusProfile(reports: ValidationReport[]): string {
  const outcomes = new Map<string, number>();
  for (const r of reports) for (const l of r.loads) outcomes.set(l.outcome, (outcomes.get(l.outcome) ?? 0) + 1);
  const findings = reports.reduce((n, r) => n + r.findings.length, 0);
  const valid = reports.filter((r) => r.valid).length;
  const loads = [...outcomes].map(([k, n]) => `${k} ${n}`).join(', ');
  return `${reports.length} templates: ${valid} valid; load verdicts with the sample inputs: ${loads}; ${findings} findings`;
}

function main(): void {
  const opts = parseOptions(process.argv.slice(2), USAGE);
  const loadAtStart = os.loadavg()[0]!;
  const items = readdirSync(corpusDir)
    .filter((f) => f.endsWith('.tmpl'))
    .sort()
    .map((file) => ({ file, text: readFileSync(path.join(corpusDir, file), 'utf8') }));
  const runs = Math.max(15, opts.rounds * 3);

  console.log(`validation: the action bundle (${runs} runs) and node -e 0, then ${items.length} templates × ${opts.passes} passes, ${opts.warmup} warm-up + ${opts.rounds} timed rounds`);
  const start = benchStart(runs);
  const corpus = benchCorpus(items, opts);
  const ratio = start.actionMs / start.bareMs;
  const ms = (n: number) => `${n.toFixed(0)} ms`;
  const verdict = (ok: boolean) => (ok ? 'met' : '**not met**');

  const text = [
    '| measure | median | goal |',
    '| --- | ---: | --- |',
    `| validate-module bundle on examples/hello-lilypad (${runs} runs) | ${ms(start.actionMs)} | |`,
    `| bare \`node -e 0\` (${runs} runs, interleaved) | ${ms(start.bareMs)} | |`,
    `| action ÷ bare node | ${ratio.toFixed(2)}× | ≤ ${GOALS.startRatio}×: ${verdict(ratio <= GOALS.startRatio)} |`,
    `| corpus validation, templates/s (min ${fmtRate(corpus.min)}, max ${fmtRate(corpus.max)}) | ${fmtRate(corpus.median)} | ≥ ${fmtRate(GOALS.templatesPerSecond)}: ${verdict(corpus.median >= GOALS.templatesPerSecond)} |`,
    '',
    `CPU time ÷ wall time while validating: ${corpus.cpuShare.toFixed(2)} (one core: JavaScript runs on one thread; V8's GC helpers add the rest)`,
    corpusProfile(items.map((item) => validateTemplate(item))),
  ].join('\n');
  console.log(`\n${text}\n`);

  if (opts.write) recordResults(benchmarksFile, MARKERS, roundsDescription(items.length, opts, loadAtStart), text);
}

main();
