// Ledgers for the dashboard's tests and benchmark, made by the rewards package's own code — the
// rules (applyRules), the month file (buildMonthResult), the CSV and the ledger plan with its
// index.json (planMonthWrite, verifyLedger) — from synthetic merged PRs. Only the harvest from
// GitHub is skipped; every number on the pages comes out of the real tally, none is typed in.

import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  applyRules,
  buildMonthResult,
  configHash,
  defaultConfig,
  earlierCounts,
  entryKey,
  monthWindow,
  parseEntry,
  parseMonth,
  planMonthWrite,
  rewardsCsv,
  verifyLedger,
  type EntryResult,
  type MonthFile,
  type RewardsConfig,
} from '@lilypad-actions/rewards';

export const REPOSITORY = 'Lilypad-Tech/awesome-lilypad';
export const SERVER = 'https://github.com';

/** A merged PR of the sample list repository. */
export interface SamplePull {
  number: number;
  /** Null: a deleted account. */
  author: string | null;
  mergedAt: string;
  /** `add` (default) adds modules/<slug>.json, `edit` edits it, `readme` touches only the README. */
  kind?: 'add' | 'edit' | 'readme';
  /** The entry's `module`; default github.com/<author>/<slug>:v1.0.0. */
  module?: string;
  name?: string;
  creator?: string;
  labels?: string[];
  /** The entry file's text as it is, e.g. broken JSON. */
  entryText?: string;
  slug?: string;
}

export interface SampleLedger {
  /** The ledger branch's files by path: index.json, rewards/YYYY-MM.json and .csv. */
  files: Map<string, string>;
  /** The month files as parsed, by month. */
  months: Map<string, MonthFile>;
}

/**
 * Tallies each month's PRs, oldest month first (so the cooldown looks back across months as it
 * does on a real ledger), and records each on the growing ledger.
 */
export function makeLedger(pullsByMonth: Record<string, SamplePull[]>, change: (c: RewardsConfig) => void = () => undefined): SampleLedger {
  const config = defaultConfig();
  change(config);
  const loaded = { config, file: null, hash: configHash(config) };
  const place = { repository: REPOSITORY, branch: 'ledger' };
  let ledger = verifyLedger({ head: null, headParent: null, files: new Map() }, place);
  const months = new Map<string, MonthFile>();
  for (const month of Object.keys(pullsByMonth).sort()) {
    const pulls = pullsByMonth[month] as SamplePull[];
    const entries = new Map<string, EntryResult>();
    const harvested = pulls.map((p) => {
      const slug = p.slug ?? `module-${p.number}`;
      const entryPath = `modules/${slug}.json`;
      const mergeCommit = `${String(p.number).padStart(8, '0')}${'c'.repeat(32)}`;
      const kind = p.kind ?? 'add';
      if (kind !== 'readme') {
        const text = p.entryText ?? `${JSON.stringify({ module: p.module ?? `github.com/${p.author ?? 'ghost'}/${slug}:v1.0.0`, ...(p.name ? { name: p.name } : {}), ...(p.creator ? { creator: p.creator } : {}) }, null, 2)}\n`;
        entries.set(entryKey(mergeCommit, entryPath), parseEntry(entryPath, text));
      }
      return {
        number: p.number,
        title: `PR ${p.number}`,
        url: `https://github.com/${REPOSITORY}/pull/${p.number}`,
        author: p.author,
        mergedAt: p.mergedAt,
        mergeCommit,
        labels: p.labels ?? [],
        files: kind === 'readme' ? [{ path: 'README.md', changeType: 'MODIFIED' }] : [{ path: entryPath, changeType: kind === 'edit' ? 'MODIFIED' : 'ADDED' }],
        // Each PR passed the checks the configuration requires (the submission check, by default).
        checks: config.requirements.checks.map((name) => ({ name, outcome: 'SUCCESS' })),
      };
    });
    const { counted, excluded } = applyRules({ config, window: monthWindow(parseMonth(month)), pulls: harvested, entries, usage: null, earlier: earlierCounts(ledger, month) });
    const result = buildMonthResult({ repository: REPOSITORY, month: parseMonth(month), config: loaded, usage: null, counted, excluded });
    const plan = planMonthWrite(ledger, result, rewardsCsv(result, SERVER), null, place);
    if (plan.kind !== 'write') throw new Error(`the sample ledger planned no write for ${month}`);
    const files = new Map(ledger.snapshot.files);
    for (const f of plan.files) files.set(f.path, f.contents);
    const file = JSON.parse(plan.monthFile) as MonthFile;
    months.set(month, file);
    // The ledger as the next month's run would read it (verified once, at the end: re-hashing
    // every month after each one would make a 36-month ledger take half a minute).
    ledger = { snapshot: { head: month, headParent: null, files }, index: JSON.parse(files.get('index.json') as string) as typeof ledger.index, months: new Map([...ledger.months, [month, file]]) };
  }
  verifyLedger(ledger.snapshot, place);
  return { files: new Map(ledger.snapshot.files), months };
}

/** Writes a ledger's files into a new folder (as a checkout of the ledger branch looks). */
export function ledgerFolder(files: ReadonlyMap<string, string>, parent = tmpdir()): string {
  const dir = mkdtempSync(path.join(parent, 'dashboard-ledger-'));
  for (const [relative, text] of files) {
    mkdirSync(path.dirname(path.join(dir, relative)), { recursive: true });
    writeFileSync(path.join(dir, relative), text);
  }
  return dir;
}

/** A real git repository whose `ledger` branch holds the files (one commit); returns its path. */
export function ledgerRepository(files: ReadonlyMap<string, string>, branch = 'ledger'): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'dashboard-ledger-repo-'));
  const git = (...args: string[]) => execFileSync('git', ['-C', dir, '-c', 'user.name=Ledger', '-c', 'user.email=ledger@example.com', ...args], { stdio: 'pipe' });
  git('init', '-q', '-b', 'main');
  writeFileSync(path.join(dir, 'README.md'), '# list\n');
  git('add', 'README.md');
  git('commit', '-q', '-m', 'list');
  git('checkout', '-q', '--orphan', branch);
  git('rm', '-q', '-r', '--cached', '.');
  rmSync(path.join(dir, 'README.md'));
  for (const [relative, text] of files) {
    mkdirSync(path.dirname(path.join(dir, relative)), { recursive: true });
    writeFileSync(path.join(dir, relative), text);
  }
  git('add', '-A');
  git('commit', '-q', '-m', 'rewards');
  git('checkout', '-q', 'main');
  return dir;
}

/** `2025-03-04T10:00:00Z` for day 4 of a month at 10:00. */
export function at(month: string, day: number, hour = 10): string {
  return `${month}-${String(day).padStart(2, '0')}T${String(hour).padStart(2, '0')}:00:00Z`;
}

/** A ledger of `months` months from January 2025, with `creators` creators each earning most months. */
export function syntheticLedger(monthCount: number, creators: number): SampleLedger {
  const byMonth: Record<string, SamplePull[]> = {};
  let number = 1;
  for (let i = 0; i < monthCount; i += 1) {
    const month = `${2025 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`;
    const pulls: SamplePull[] = [];
    for (let c = 0; c < creators; c += 1) {
      const author = `creator-${c}`;
      // Every creator merges a module early in the month (counted: the cooldown is 25 days here)…
      pulls.push({ number: number++, author, mergedAt: at(month, 1 + (c % 5), c % 24), name: `Module ${c}/${i}` });
      // …and one in ten a second one later (excluded: inside the cooldown); one in fifty is spam.
      if (c % 10 === 0) pulls.push({ number: number++, author, mergedAt: at(month, 20, c % 24) });
      if (c % 50 === 7) pulls.push({ number: number++, author, mergedAt: at(month, 22), labels: ['spam'] });
    }
    byMonth[month] = pulls;
  }
  return makeLedger(byMonth, (config) => (config.cooldown.days = 25));
}

/**
 * The sample ledger of the browser tests and the README's screenshot: six months of a small list
 * with what real months hold — a team sharing a cooldown, a module submitted for its creator, an
 * exception, a login spelled in two cases, spam, a README edit, an unreadable entry, a deleted
 * account, an edit.
 */
export function sampleLedger(extra: Record<string, SamplePull[]> = {}): SampleLedger {
  return makeLedger({ ...samplePulls(), ...extra }, sampleConfig);
}

/** The sample's rewards configuration: a team, and an exception to the cooldown. */
export function sampleConfig(config: RewardsConfig): void {
  config.teams = { 'reed-collective': ['reed-a', 'reed-b'] };
  config.exceptions = [{ pr: 114, reason: 'Hackathon entry, approved by the maintainers on 2025-03-26' }];
}

function samplePulls(): Record<string, SamplePull[]> {
  const m = (month: string, pulls: Array<Omit<SamplePull, 'mergedAt'> & { day: number }>) =>
    pulls.map(({ day, ...p }) => ({ ...p, mergedAt: at(month, day) }));
  return {
    '2025-01': m('2025-01', [
      { number: 101, author: 'moss-lab', day: 3, name: 'SDXL Turbo', module: 'github.com/moss-lab/sdxl-turbo:v1.0.0' },
      { number: 102, author: 'tidepool', day: 9, name: 'Whisper large-v3', module: 'github.com/tidepool/whisper:v2.1.0' },
      { number: 103, author: 'reed-a', day: 12, name: 'Bark TTS' },
      { number: 104, author: 'reed-b', day: 20, name: 'MusicGen small' },
      { number: 105, author: 'spam-bot', day: 21, labels: ['spam'] },
    ]),
    '2025-02': m('2025-02', [
      { number: 106, author: 'moss-lab', day: 1, name: 'Llama 3 8B' },
      { number: 107, author: 'Dragonfly', day: 5, name: 'Stable Audio' },
      { number: 108, author: 'heron', day: 11, name: 'Depth Anything' },
      { number: 109, author: 'tidepool', day: 14, kind: 'readme' },
      { number: 110, author: 'kelp-works', day: 17, name: 'Qwen 2.5 Coder', module: 'github.com/kelp-works/qwen-coder:1.0.0' },
    ]),
    '2025-03': m('2025-03', [
      { number: 111, author: 'moss-lab', day: 6, name: 'Flux schnell' },
      { number: 129, author: 'reed-a', day: 4, name: 'Bark small' },
      { number: 112, author: 'tidepool', day: 22, name: 'Spark TTS 0.5B', creator: 'kelp-works' },
      { number: 113, author: 'heron', day: 18, name: 'Broken entry', entryText: '{"module": "github.com/heron/x:v1",\n  "name": }\n' },
      { number: 114, author: 'reed-b', day: 25, name: 'Hackathon demo' },
    ]),
    '2025-04': m('2025-04', [
      { number: 115, author: 'dragonfly', day: 2, name: 'Kokoro TTS' },
      { number: 116, author: 'tidepool', day: 8, name: 'Faster Whisper' },
      { number: 117, author: null, day: 9, name: 'Orphan module' },
      { number: 118, author: 'moss-lab', day: 15, name: 'Phi-3 mini' },
      { number: 119, author: 'heron', day: 28, name: 'SAM 2' },
    ]),
    '2025-05': m('2025-05', [
      { number: 120, author: 'moss-lab', day: 5, slug: 'module-118', kind: 'edit', name: 'Phi-3 mini (fixed tag)' },
      { number: 121, author: 'kelp-works', day: 13, name: 'Gemma 2 9B' },
      { number: 122, author: 'reed-a', day: 20, name: 'Demucs' },
      { number: 123, author: 'spam-bot', day: 22, labels: ['spam', 'invalid'] },
    ]),
    '2025-06': m('2025-06', [
      { number: 124, author: 'moss-lab', day: 2, name: 'Mistral 7B' },
      { number: 125, author: 'tidepool', day: 10, name: 'Parler TTS' },
      { number: 126, author: 'heron', day: 16, name: 'Florence 2' },
      { number: 127, author: 'moss-lab', day: 24, name: 'CodeLlama' },
      { number: 128, author: 'Dragonfly', day: 27, name: 'AudioLDM 2' },
    ]),
  };
}
