// `pnpm bench`, first section (alone: node bench/bundled.mjs bench/run.ts): how fast
// @lilypad-actions/module-spec renders the real module templates, next to Go's own text/template
// rendering the same set in the same run.
// Method and results: BENCHMARKS.md. Options: --rounds N (≥5) --passes N --warmup N --write.

import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
// By path: bench/ is not a workspace package, and the root package does not depend on module-spec.
import { renderLilypad, type RenderRequest } from '../packages/module-spec/src/index';
import { fmtRate, median, parseOptions, recordResults, roundsDescription, type Options } from './report';

const repoRoot = fileURLToPath(new URL('..', import.meta.url));
const corpusDir = path.resolve(repoRoot, 'test/fixtures/corpus/templates');
const goDir = path.join(repoRoot, 'bench/go-render');
const goBinary = path.join(repoRoot, 'bench/.cache/go-render');
const benchmarksFile = path.join(repoRoot, 'BENCHMARKS.md');
const SAMPLE_WORD = 'lilypad';

const USAGE = `Usage: pnpm bench -- [--rounds N] [--passes N] [--warmup N] [--write]

Renders every corpus template (test/fixtures/corpus/templates) with each input it references set to
"${SAMPLE_WORD}", in TypeScript and in Go, and prints templates rendered per second.
  --rounds N   timed rounds per side; the median is reported (default 7, at least 5)
  --passes N   renders of the whole corpus per round (default 20)
  --warmup N   untimed rounds first (default 2)
  --write      record the result in BENCHMARKS.md
Go: $GO, else /usr/lib/go-1.23/bin/go, else go on PATH.`;

/** The input names a template reads: `.Name` fields of the dot and `index . "key"` lookups. */
function referencedInputs(text: string): string[] {
  const names = new Set<string>();
  for (const [action] of text.matchAll(/\{\{.*?\}\}/gs)) {
    for (const m of action.matchAll(/(?<![\w$)\]])\.([A-Za-z_]\w*)/g)) names.add(m[1]!);
    for (const m of action.matchAll(/index\s+[.$]\s+"([^"]*)"/g)) names.add(m[1]!);
  }
  return [...names];
}

function loadCorpus(): RenderRequest[] {
  return readdirSync(corpusDir)
    .filter((f) => f.endsWith('.tmpl'))
    .sort()
    .map((file) => {
      const text = readFileSync(path.join(corpusDir, file), 'utf8');
      const inputs = Object.fromEntries(referencedInputs(text).map((k) => [k, SAMPLE_WORD]));
      return { name: file, text, inputs };
    });
}

/** What one render produced, in the form go-render reports it. */
function outcome(item: RenderRequest): string {
  const r = renderLilypad(item);
  return r.ok ? `ok:${r.output}` : `error:${r.message}`;
}

function benchTypeScript(items: RenderRequest[], opts: Options): number[] {
  const pass = () => {
    for (const item of items) renderLilypad(item);
  };
  for (let r = 0; r < opts.warmup; r++) for (let p = 0; p < opts.passes; p++) pass();
  const nanos: number[] = [];
  for (let r = 0; r < opts.rounds; r++) {
    const start = process.hrtime.bigint();
    for (let p = 0; p < opts.passes; p++) pass();
    nanos.push(Number(process.hrtime.bigint() - start));
  }
  return nanos;
}

function findGo(): string {
  const candidates = [process.env.GO, '/usr/lib/go-1.23/bin/go'].filter((g): g is string => !!g);
  for (const g of candidates) if (existsSync(g)) return g;
  return 'go';
}

const goEnv = () => ({ ...process.env, GOTOOLCHAIN: 'local', GOFLAGS: '-mod=mod', CGO_ENABLED: '0' });

/** Build bench/go-render into bench/.cache when missing or older than its source. */
function buildGo(go: string): void {
  const sources = ['main.go', 'go.mod'].map((f) => statSync(path.join(goDir, f)).mtimeMs);
  if (existsSync(goBinary) && statSync(goBinary).mtimeMs >= Math.max(...sources)) return;
  mkdirSync(path.dirname(goBinary), { recursive: true });
  execFileSync(go, ['build', '-o', goBinary, '.'], { cwd: goDir, env: goEnv(), stdio: ['ignore', 'inherit', 'inherit'] });
}

interface GoReport {
  goVersion: string;
  roundNanos: number[];
  results: string[];
}

function benchGo(items: RenderRequest[], opts: Options): GoReport {
  const r = spawnSync(goBinary, [], {
    input: JSON.stringify({ warmup: opts.warmup, rounds: opts.rounds, passes: opts.passes, items }),
    maxBuffer: 256 * 1024 * 1024,
  });
  if (r.status !== 0) throw new Error(`go-render failed (${r.status ?? r.signal}): ${r.stderr.toString()}`);
  return JSON.parse(r.stdout.toString()) as GoReport;
}

interface Row {
  side: string;
  median: number;
  min: number;
  max: number;
}

function row(side: string, nanos: number[], renders: number): Row {
  const rates = nanos.map((ns) => renders / (ns / 1e9));
  return { side, median: median(rates), min: Math.min(...rates), max: Math.max(...rates) };
}

function table(rows: Row[]): string {
  const lines = ['| side | templates/s (median) | min | max |', '| --- | ---: | ---: | ---: |'];
  for (const r of rows) lines.push(`| ${r.side} | ${fmtRate(r.median)} | ${fmtRate(r.min)} | ${fmtRate(r.max)} |`);
  return lines.join('\n');
}

const MARKERS = { start: '<!-- bench-results:start -->', end: '<!-- bench-results:end -->' };

function main(): void {
  const opts = parseOptions(process.argv.slice(2), USAGE);
  // Other work on the machine skews the numbers; the record says how busy it was.
  const loadAtStart = os.loadavg()[0]!;
  const items = loadCorpus();
  const renders = items.length * opts.passes;
  const go = findGo();
  buildGo(go);

  console.log(`${items.length} templates × ${opts.passes} passes per round, ${opts.warmup} warm-up + ${opts.rounds} timed rounds per side`);
  const tsNanos = benchTypeScript(items, opts);
  const goReport = benchGo(items, opts);

  const agree = items.filter((item, k) => outcome(item) === goReport.results[k]).length;
  const ts = row('TypeScript (@lilypad-actions/module-spec)', tsNanos, renders);
  const gr = row(`Go ${goReport.goVersion} text/template`, goReport.roundNanos, renders);
  const ratio = ts.median / gr.median;

  const text = [
    table([ts, gr]),
    '',
    `TS/Go: ${ratio.toFixed(2)}× (${ratio >= 1 ? 'TypeScript faster' : `Go ${(1 / ratio).toFixed(1)}× faster`})`,
    `same output or error as Go: ${agree}/${items.length} templates`,
  ].join('\n');
  console.log(`\n${text}\n`);

  if (opts.write) recordResults(benchmarksFile, MARKERS, `${goReport.goVersion} · ${roundsDescription(items.length, opts, loadAtStart)}`, text);
}

main();
