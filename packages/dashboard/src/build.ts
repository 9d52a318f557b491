// The dashboard, end to end: read the ledger (a folder or a git revision) and any previews, read
// every month through the rewards package's parser, compute the standings, and render every page
// and data file, each written as it is made (the site is never in memory whole) into a folder that
// replaces the output only once it is complete.

import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { UserInputError, type Problem } from '@lilypad-actions/rewards';
import { allTimeCsv, monthCsv, monthStatusName, siteJson, type MonthStatus } from './exports';
import { DASHBOARD_CSS, DASHBOARD_JS, FAVICON_SVG } from './generated/assets';
import { readLedger, type LedgerFiles } from './ledger-source';
import { readMonths, type PreviewFile } from './ledger-months';
import { creatorPage } from './pages/creator';
import type { SiteContext } from './pages/layout';
import { leaderboardPage } from './pages/leaderboard';
import { monthPage } from './pages/month';
import { SEARCH_INDEX_PATH, searchIndexScript, searchItems, searchPage } from './pages/search';
import { SiteWriter, type SiteFiles } from './site-writer';
import { computeStandings } from './standings';

export interface DashboardOptions {
  /** A ledger folder, or a git revision of the repository at `cwd`; null for none (previews only). */
  ledger: string | null;
  /** Where relative paths start and a revision is read. */
  cwd: string;
  /** Month files of dry runs (or folders of them) to show as previews. */
  previews: readonly string[];
  /** Where the site goes: created, or an earlier build replaced whole. */
  outDir: string;
  /** GitHub's web root, for profile links and avatars. */
  serverUrl: string;
  now: Date;
}

export interface DashboardSummary {
  repository: string | null;
  months: Array<{ month: string; status: MonthStatus; total: number | null }>;
  creators: number;
  total: number;
  /** Files written, and their bytes. */
  files: number;
  bytes: number;
  /** Broken months and months not as recorded: the site says so on their pages. */
  problems: Problem[];
}

/** Builds the site into `outDir`. Bad arguments throw UserInputError; broken months are problems. */
export function buildDashboard(options: DashboardOptions): DashboardSummary {
  const ledger = readLedger(options.ledger, options.cwd);
  const previews = readPreviews(options.previews, options.cwd);
  const writer = SiteWriter.open(path.resolve(options.cwd, options.outDir), options.outDir);
  try {
    const summary = renderSiteTo(ledger, previews, { serverUrl: options.serverUrl, now: options.now }, (relative, text) => writer.write(relative, text));
    const { bytes } = writer.commit();
    return { ...summary, bytes };
  } finally {
    writer.abort();
  }
}

/** Every file of the site, in memory (for tests and callers that want the text, not a folder). */
export function renderSite(
  ledger: LedgerFiles,
  previews: readonly PreviewFile[],
  options: { serverUrl: string; now: Date },
): { files: SiteFiles; summary: Omit<DashboardSummary, 'bytes'> } {
  const files = new Map<string, string>();
  const summary = renderSiteTo(ledger, previews, options, (relative, text) => files.set(relative, text));
  return { files, summary };
}

/** Renders the site file by file, handing each to `emit` (path relative to the site's root) as it is made. */
function renderSiteTo(
  ledger: LedgerFiles,
  previews: readonly PreviewFile[],
  options: { serverUrl: string; now: Date },
  emit: (relative: string, text: string) => void,
): Omit<DashboardSummary, 'bytes'> {
  const { repository, months, problems } = readMonths(ledger, previews);
  const standings = computeStandings(months);
  const site: SiteContext = {
    repository,
    serverUrl: options.serverUrl,
    origin: ledger.origin,
    previews: months.filter((m) => m.integrity === 'preview'),
    now: options.now,
  };
  let count = 0;
  const files = {
    set(relative: string, text: string): void {
      emit(relative, text);
      count += 1;
    },
  };
  files.set('index.html', leaderboardPage(site, months, standings));
  files.set('search.html', searchPage(site));
  const creatorPages = new Set(standings.creators.map((c) => c.slug));
  months.forEach((m, i) => {
    files.set(
      `months/${m.month}.html`,
      monthPage(site, { month: m, standings: standings.byMonth.get(m.month) ?? [], creatorPages, previous: months[i - 1]?.month ?? null, next: months[i + 1]?.month ?? null }),
    );
    if (m.file) {
      // The recorded bytes, so the copy still matches the SHA-256 in the ledger's index.json.
      files.set(`months/${m.month}.json`, m.integrity === 'preview' ? (previews.find((p) => p.path === m.source)?.text as string) : (ledger.files.get(`rewards/${m.month}.json`) as string));
      files.set(`months/${m.month}.csv`, monthCsv(m.file, options.serverUrl));
    }
  });
  for (const c of standings.creators) files.set(`creators/${c.slug}.html`, creatorPage(site, c, standings.creators.length));
  files.set('rewards.csv', allTimeCsv(standings, options.serverUrl));
  files.set('rewards.json', siteJson({ repository, origin: ledger.origin, months, standings, serverUrl: options.serverUrl }));
  files.set(SEARCH_INDEX_PATH, searchIndexScript(searchItems(months, standings)));
  files.set('assets/dashboard.js', DASHBOARD_JS);
  files.set('assets/dashboard.css', DASHBOARD_CSS);
  files.set('assets/favicon.svg', FAVICON_SVG);
  return {
    repository,
    months: months.map((m) => ({ month: m.month, status: monthStatusName(m), total: m.file?.total ?? null })),
    creators: standings.creators.length,
    total: standings.total,
    files: count,
    problems,
  };
}

/** Preview files as given: a month file, or a folder whose YYYY-MM.json files are each one. */
function readPreviews(paths: readonly string[], cwd: string): PreviewFile[] {
  const out: PreviewFile[] = [];
  for (const given of paths) {
    const full = path.resolve(cwd, given);
    if (!existsSync(full)) throw new UserInputError(`preview ${given}: no such file or folder`, { hint: "give the month file a dry run wrote (the monthly-rewards action's output-dir/YYYY-MM.json), or its folder" });
    if (statSync(full).isDirectory()) {
      const names = readdirSync(full).filter((n) => /^\d{4}-\d{2}\.json$/.test(n)).sort();
      if (names.length === 0) throw new UserInputError(`preview folder ${given} holds no YYYY-MM.json month file`);
      for (const name of names) out.push({ path: path.join(given, name), text: readFileSync(path.join(full, name), 'utf8') });
    } else {
      out.push({ path: given, text: readFileSync(full, 'utf8') });
    }
  }
  return out;
}
