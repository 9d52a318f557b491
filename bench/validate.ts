// `pnpm bench`, second section: how fast module validation is. (a) The validate-module action's
// committed bundle validating the example module, as a runner starts it, against a bare
// `node -e 0` measured in the same run (goal: at most 3×). (b) validateTemplate over the whole
// corpus in this process — render, decode, schema, lints and the adversarial renders — as
// templates per second (goal: at least 2,000), by wall time and by CPU time. (c) The probe budget:
// generated templates with thousands of inputs, each validated once (time and peak memory).
// Method and results: BENCHMARKS.md.

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
      INPUT_RULES: '',
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
  /** Median round in templates per CPU-second (user + system): what a busy machine changes least. */
  cpuMedian: number;
  /** CPU time over wall time while timing: ~1 means the work ran on one core. */
  cpuShare: number;
}

function benchCorpus(items: { file: string; text: string }[], opts: Options): CorpusRate {
  const pass = () => {
    for (const item of items) validateTemplate(item);
  };
  for (let r = 0; r < opts.warmup; r++) for (let p = 0; p < opts.passes; p++) pass();
  const rates: number[] = [];
  const cpuRates: number[] = [];
  let cpu = 0;
  let wall = 0;
  for (let r = 0; r < opts.rounds; r++) {
    const cpuStart = process.cpuUsage();
    const start = process.hrtime.bigint();
    for (let p = 0; p < opts.passes; p++) pass();
    const ns = Number(process.hrtime.bigint() - start);
    const used = process.cpuUsage(cpuStart);
    const cpuNs = (used.user + used.system) * 1000;
    cpu += cpuNs;
    wall += ns;
    rates.push((items.length * opts.passes) / (ns / 1e9));
    cpuRates.push((items.length * opts.passes) / (cpuNs / 1e9));
  }
  return { median: median(rates), min: Math.min(...rates), max: Math.max(...rates), cpuMedian: median(cpuRates), cpuShare: cpu / wall };
}

/** Input counts of the generated wide templates (the case: 3,000 inputs took 33 s and 1 GB). */
const WIDE_SIZES = [1000, 3000, 5000];

interface WideRun {
  inputs: number;
  ms: number;
  renders: number;
  reached: boolean;
}

/** A module whose `n` inputs are each printed with `js` inside a JSON string: every one is probed. */
function wideTemplate(n: number): string {
  const env = Array.from({ length: n }, (_, i) => `"V${i}={{ js .In${i} }}"`).join(',\n        ');
  return `{
  "machine": { "gpu": 0, "cpu": 1000, "ram": 100 },
  "job": { "APIVersion": "V1beta1", "Spec": {
    "Engine": "Docker",
    "Docker": { "Image": "busybox:1.36", "Entrypoint": ["sh", "-c", "env > /outputs/env.txt"],
      "EnvironmentVariables": [
        ${env}
      ] },
    "Outputs": [{ "Name": "outputs", "Path": "/outputs" }],
    "Timeout": 600
  } }
}
`;
}

/** Each wide template validated once, with the default probe budget. */
function benchWide(): WideRun[] {
  return WIDE_SIZES.map((inputs) => {
    const text = wideTemplate(inputs);
    const start = process.hrtime.bigint();
    const r = validateTemplate({ file: `wide-${inputs}.tmpl`, text });
    const ms = Number(process.hrtime.bigint() - start) / 1e6;
    if (r.inputs.length !== inputs) throw new Error(`wide template: ${r.inputs.length} inputs, expected ${inputs}`);
    return { inputs, ms, renders: r.budget.renders, reached: r.budget.reached };
  });
}

/** What the corpus looks like to the validator: the two answers, and the load verdicts per input set. */
function corpusProfile(reports: ValidationReport[]): string {
  const outcomes = new Map<string, number>();
  for (const r of reports) for (const l of r.loads) outcomes.set(l.outcome, (outcomes.get(l.outcome) ?? 0) + 1);
  const sum = (f: (r: ValidationReport) => number) => reports.reduce((n, r) => n + f(r), 0);
  const loading = reports.filter((r) => r.verdict.loads).length;
  const valid = reports.filter((r) => r.valid).length;
  const loads = [...outcomes].map(([k, n]) => `${k} ${n}`).join(', ');
  return [
    `${reports.length} templates: ${loading} load, ${valid} valid (load and no error); ${sum((r) => r.verdict.errors)} errors, ${sum((r) => r.verdict.warnings)} warnings`,
    `load verdicts with the sample inputs: ${loads}`,
  ].join('\n');
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
  // Before the corpus, so that the process's peak memory is theirs (the corpus needs far less).
  const wide = benchWide();
  const peakMiB = process.resourceUsage().maxRSS / 1024;
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
    `| corpus validation, templates per CPU-second | ${fmtRate(corpus.cpuMedian)} | |`,
    ...wide.map(
      (w) =>
        `| one template with ${fmtRate(w.inputs)} inputs, each in \`js\` in a JSON string | ${ms(w.ms)} | ${fmtRate(w.renders)} probe renders${w.reached ? ', budget reached' : ''} |`,
    ),
    '',
    `Peak memory (RSS) of the process after the wide templates: ${peakMiB.toFixed(0)} MiB`,
    `CPU time ÷ wall time while validating: ${corpus.cpuShare.toFixed(2)} (one core: JavaScript runs on one thread; V8's GC helpers add the rest)`,
    corpusProfile(items.map((item) => validateTemplate(item))),
  ].join('\n');
  console.log(`\n${text}\n`);

  if (opts.write) recordResults(benchmarksFile, MARKERS, roundsDescription(items.length, opts, loadAtStart), text);
}

main();
