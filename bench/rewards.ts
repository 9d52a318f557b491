// `pnpm bench:rewards` (node bench/bundled.mjs bench/rewards.ts): synthetic months of merged PRs
// tallied by the committed monthly-rewards bundle against the fake GitHub (test/fake-github) —
// the goals: API requests at most 1.1 × the minimum pagination allows, the 10,000-PR tally
// under 10 s, memory growing linearly and under 200 MB. Method and results: BENCHMARKS.md
// ("Monthly rewards").
// Options (shared with `pnpm bench`): --rounds N (runs at 10,000 PRs) --write; --passes and
// --warmup do not apply (each run is a fresh process, as on a runner).

import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { start, type FakeGitHub, type PullFixture } from '../test/fake-github';
import { median, parseOptions, recordResults } from './report';

const repoRoot = fileURLToPath(new URL('..', import.meta.url));
const benchmarksFile = path.join(repoRoot, 'BENCHMARKS.md');
const actionBundle = path.join(repoRoot, 'actions/monthly-rewards/dist/index.js');
const MARKERS = { start: '<!-- bench-rewards:start -->', end: '<!-- bench-rewards:end -->' };
const GOALS = { requestRatio: 1.1, seconds: 10, megabytes: 200 };
const SIZES = [2_500, 5_000, 10_000];
const TOKEN = 'ghs_bench';
const OWNER = 'Lilypad-Tech';
const NAME = 'awesome-lilypad';
const MONTH = '2025-03';

const USAGE = `Usage: node bench/bundled.mjs bench/rewards.ts [--rounds N] [--write]

Runs actions/monthly-rewards/dist/index.js (pnpm build first) on synthetic months of
${SIZES.join(', ')} merged PRs served by the fake GitHub: harvest, rules, ledger commit.
  --rounds N   runs at ${SIZES.at(-1)} PRs (default 7, at least 5; 3 runs at the smaller sizes)
  --write      record the result in BENCHMARKS.md`;

/** One run of the action. */
interface RunReport {
  /** The action process's life, from node's start to exit. */
  tallyMs: number;
  /** From spawn to exit, as seen from outside. */
  processMs: number;
  rssPeakMb: number;
  total: number;
  counted: number;
  excluded: number;
  requests: Record<string, number>;
}

/**
 * A month of `size` merged PRs, spread evenly over March: 90 % add a module entry (2 % of those
 * labelled spam), 5 % edit one, 5 % touch only the README; 2,000 creators, so the cooldown
 * excludes many. Entries are sharded in 100 folders, as a big list would be.
 */
function syntheticMonth(size: number): { pulls: PullFixture[]; entryReads: number } {
  const start = Date.parse(`${MONTH}-01T00:00:00Z`);
  const span = Date.parse('2025-04-01T00:00:00Z') - start;
  const pulls: PullFixture[] = [];
  let entryReads = 0;
  for (let i = 1; i <= size; i += 1) {
    const mergedAt = new Date(start + Math.floor(((i - 0.5) * span) / size / 1000) * 1000).toISOString().replace('.000Z', 'Z');
    const author = `creator-${i % 2000}`;
    const path = `modules/s${i % 100}/module-${i}.json`;
    const contents = `{"module": "github.com/${author}/module-${i}:v1.0.0"}\n`;
    const kind = i % 20;
    if (kind === 0) {
      pulls.push({ number: i, author, mergedAt, files: [{ path: 'README.md', contents: `edit ${i}\n`, changeType: 'MODIFIED' }] });
    } else if (kind === 1) {
      entryReads += 1;
      pulls.push({ number: i, author, mergedAt, files: [{ path, contents, changeType: 'MODIFIED' }] });
    } else {
      entryReads += 1;
      pulls.push({ number: i, author, mergedAt, labels: i % 50 === 7 ? ['spam'] : ['accepted'], files: [{ path, contents }] });
    }
  }
  return { pulls, entryReads };
}

/**
 * Preloaded into the action's process: at exit it writes the process's peak RSS and its lifetime
 * to the file in BENCH_REPORT, so the bundle is measured untouched.
 */
const PRELOAD = `process.on('exit', () => {
  require('node:fs').writeFileSync(process.env.BENCH_REPORT, JSON.stringify({
    rssPeakMb: process.resourceUsage().maxRSS / 1024,
    uptimeMs: process.uptime() * 1000,
  }));
});
`;

/** The action bundle, run as the runner runs it, against the fake; asynchronously, since the fake answering it runs in this process. */
function runAction(fake: FakeGitHub, branch: string, preload: string): Promise<Omit<RunReport, 'requests'>> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'bench-rewards-'));
  for (const name of ['workspace', 'temp']) mkdirSync(path.join(dir, name));
  const files = { output: path.join(dir, 'output'), summary: path.join(dir, 'summary'), report: path.join(dir, 'report.json') };
  writeFileSync(files.output, '');
  writeFileSync(files.summary, '');
  const env = {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    BENCH_REPORT: files.report,
    GITHUB_OUTPUT: files.output,
    GITHUB_STEP_SUMMARY: files.summary,
    GITHUB_API_URL: fake.url,
    GITHUB_GRAPHQL_URL: fake.graphqlUrl,
    GITHUB_SERVER_URL: fake.serverUrl,
    GITHUB_WORKSPACE: path.join(dir, 'workspace'),
    RUNNER_TEMP: path.join(dir, 'temp'),
    INPUT_TOKEN: TOKEN,
    INPUT_REPOSITORY: `${OWNER}/${NAME}`,
    INPUT_MONTH: MONTH,
    'INPUT_LEDGER-BRANCH': branch,
    INPUT_WRITER: 'api',
    INPUT_SUMMARY: 'auto',
  };
  return new Promise((resolve, reject) => {
    const began = performance.now();
    const child = spawn(process.execPath, ['--require', preload, actionBundle], { env, stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      const processMs = performance.now() - began;
      if (code !== 0) return reject(new Error(`the action exited ${code}:\n${out}`));
      const measured = JSON.parse(readFileSync(files.report, 'utf8')) as { rssPeakMb: number; uptimeMs: number };
      const outputs = Object.fromEntries([...readFileSync(files.output, 'utf8').matchAll(/^([\w-]+)<<(.+)\n(.*)\n\2$/gm)].map((m) => [m[1], m[3]]));
      rmSync(dir, { recursive: true, force: true });
      resolve({ tallyMs: measured.uptimeMs, processMs, rssPeakMb: measured.rssPeakMb, total: Number(outputs.total), counted: Number(outputs.counted), excluded: Number(outputs.excluded) });
    });
  });
}

interface SizeResult {
  size: number;
  minimum: { search: number; entries: number; ledger: number };
  runs: RunReport[];
}

async function measure(size: number, runs: number, preload: string): Promise<SizeResult> {
  const { pulls, entryReads } = syntheticMonth(size);
  const fake = await start({ repoFixture: { owner: OWNER, name: NAME, files: { 'README.md': '# list\n' }, pulls }, token: TOKEN });
  const results: RunReport[] = [];
  try {
    for (let i = 0; i < runs; i += 1) {
      const before = fake.requests.length;
      // A fresh ledger branch each run, so every run is the same first write of the month.
      const report = await runAction(fake, `ledger-run-${i}`, preload);
      const requests: Record<string, number> = {};
      for (const r of fake.requests.slice(before)) {
        const key = r.operationName ?? `${r.method} ${r.path.replace(/\/repos\/[^/]+\/[^/]+/, '/repos/{o}/{r}')}`;
        requests[key] = (requests[key] ?? 0) + 1;
      }
      results.push({ ...report, requests });
      process.stderr.write(`  ${size} PRs, run ${i + 1}/${runs}: ${(report.tallyMs / 1000).toFixed(2)} s, peak RSS ${report.rssPeakMb.toFixed(0)} MB\n`);
    }
  } finally {
    await fake.stop();
  }
  // The fewest requests the pagination allows: 100 search results per page, 100 entries read per
  // aliased query, and for a new ledger branch: read it, create the root commit and the ref, commit.
  return { size, minimum: { search: Math.ceil(size / 100), entries: Math.ceil(entryReads / 100), ledger: 4 }, runs: results };
}

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
const fixed = (n: number, d = 1) => n.toFixed(d);

function harvestRequests(r: RunReport): number {
  return (r.requests.HarvestSearch ?? 0) + (r.requests.HarvestMoreFiles ?? 0) + (r.requests.HarvestMoreLabels ?? 0) + (r.requests.ReadEntries ?? 0);
}

function report(results: SizeResult[], bareRssMb: number): { text: string; ok: boolean } {
  const lines = [
    '| merged PRs | API requests: harvest + entries (minimum) | ratio | + ledger (minimum) | action s (median) | min–max | peak RSS MB (median) |',
    '| ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ];
  let ok = true;
  for (const s of results) {
    const first = s.runs[0] as RunReport;
    const used = harvestRequests(first);
    const minimum = s.minimum.search + s.minimum.entries;
    const ledger = sum(Object.values(first.requests)) - used;
    const secs = s.runs.map((r) => r.tallyMs / 1000);
    const rss = median(s.runs.map((r) => r.rssPeakMb));
    lines.push(
      `| ${s.size.toLocaleString('en-US')} | ${used} (${minimum}: ${s.minimum.search} search pages + ${s.minimum.entries} entry reads) | ${fixed(used / minimum, 3)} | ${ledger} (${s.minimum.ledger}) | ${fixed(median(secs), 2)} | ${fixed(Math.min(...secs), 2)}–${fixed(Math.max(...secs), 2)} | ${fixed(rss, 0)} |`,
    );
    if (used / minimum > GOALS.requestRatio) ok = false;
  }
  const big = results.at(-1) as SizeResult;
  const small = results[0] as SizeResult;
  const mid = results[1] as SizeResult;
  const rssOf = (s: SizeResult) => median(s.runs.map((r) => r.rssPeakMb));
  const slope = (rssOf(big) - rssOf(small)) / ((big.size - small.size) / 1000);
  const predicted = rssOf(small) + (slope * (mid.size - small.size)) / 1000;
  const bigSeconds = median(big.runs.map((r) => r.tallyMs / 1000));
  const searchSplit = big.runs[0]?.requests.HarvestSearch ?? 0;
  ok &&= bigSeconds < GOALS.seconds && rssOf(big) < GOALS.megabytes && Math.abs(rssOf(mid) - predicted) / predicted < 0.1;
  lines.push(
    '',
    `Memory: peak RSS grows ${fixed(slope, 1)} MB per 1,000 PRs (a bare \`node\` is ${fixed(bareRssMb, 0)} MB); ` +
      `a straight line through ${small.size.toLocaleString('en-US')} and ${big.size.toLocaleString('en-US')} PRs predicts ${fixed(predicted, 0)} MB at ${mid.size.toLocaleString('en-US')}, measured ${fixed(rssOf(mid), 0)} MB.`,
    `Search at ${big.size.toLocaleString('en-US')} PRs: ${searchSplit} requests for ${big.minimum.search} pages of results (the month reaches the 1,000-result cap and is split).`,
    `Goals: requests ≤ ${GOALS.requestRatio} × minimum, tally < ${GOALS.seconds} s and peak RSS < ${GOALS.megabytes} MB at ${big.size.toLocaleString('en-US')} PRs, linear memory (within 10 %): ${ok ? 'met' : 'NOT met'}.`,
  );
  return { text: lines.join('\n'), ok };
}

async function main(): Promise<void> {
  const opts = parseOptions(process.argv.slice(2), USAGE);
  if (!existsSync(actionBundle)) throw new Error(`${actionBundle} is missing: run pnpm build`);
  const loadAtStart = os.loadavg()[0] as number;
  const scratch = mkdtempSync(path.join(os.tmpdir(), 'bench-rewards-preload-'));
  const preload = path.join(scratch, 'report.cjs');
  writeFileSync(preload, PRELOAD);
  try {
    const bare = spawnSync(process.execPath, ['-e', 'console.log(process.resourceUsage().maxRSS / 1024)'], { encoding: 'utf8' });
    const results: SizeResult[] = [];
    for (const size of SIZES) results.push(await measure(size, size === SIZES.at(-1) ? opts.rounds : 3, preload));
    const { text, ok } = report(results, Number(bare.stdout));
    console.log(`\n${text}\n`);
    if (opts.write) {
      recordResults(benchmarksFile, MARKERS, `the action bundle against the fake GitHub · ${opts.rounds} runs at ${SIZES.at(-1)?.toLocaleString('en-US')} PRs, 3 at the others · load average ${loadAtStart.toFixed(1)} at start`, text);
    }
    if (!ok) process.exitCode = 1;
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

await main();
