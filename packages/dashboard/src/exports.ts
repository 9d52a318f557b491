// The data beside the pages: rewards.csv in the Community Rewards dashboard's own format (so the
// current dashboard reads it unchanged), rewards.json for anything else, and each month's JSON
// (the ledger's bytes, so its SHA-256 still matches index.json) and CSV.

import { dashboardCsv, rewardsCsv, type MonthFile } from '@lilypad-actions/rewards';
import type { LedgerOrigin } from './ledger-source';
import type { SiteMonth } from './ledger-months';
import { profileUrl } from './identity';
import type { Standings } from './standings';

/** Names this tool's output, so a later build knows it may replace the folder. */
export const GENERATOR = '@lilypad-actions/dashboard';

/** All-time Lilybits per creator, leaderboard order, in the dashboard's CSV format. */
export function allTimeCsv(standings: Standings, serverUrl: string): string {
  return dashboardCsv(
    standings.creators.map((c) => ({ login: c.login, lilybits: c.lilybits, contributions: c.pulls.map((p) => p.pull.url) })),
    serverUrl,
  );
}

/** A month's CSV, as the rewards action records it beside the month's JSON. */
export function monthCsv(file: MonthFile, serverUrl: string): string {
  return rewardsCsv(file, serverUrl);
}

export type MonthStatus = 'recorded' | 'read' | 'preview' | 'broken' | 'not-as-recorded' | 'unlisted';

export function monthStatusName(m: SiteMonth): MonthStatus {
  if (m.broken) return 'broken';
  switch (m.integrity) {
    case 'preview':
      return 'preview';
    case 'mismatch':
      return 'not-as-recorded';
    case 'unlisted':
      return 'unlisted';
    case 'no-index':
      return 'read';
    default:
      return 'recorded';
  }
}

/** rewards.json (schema: schema/dashboard.schema.json). */
export function siteJson(input: { repository: string | null; origin: LedgerOrigin; months: readonly SiteMonth[]; standings: Standings; serverUrl: string }): string {
  const { standings } = input;
  // The folder's path is the builder's machine's business; the commit is what identifies the data.
  const ledger = input.origin.kind === 'git' ? { kind: 'git', rev: input.origin.rev, commit: input.origin.commit } : input.origin.kind === 'folder' ? { kind: 'folder', commit: input.origin.commit } : { kind: 'none' };
  const document = {
    schemaVersion: 1,
    generator: GENERATOR,
    repository: input.repository,
    ledger,
    total: standings.total,
    months: input.months.map((m) => ({
      month: m.month,
      status: monthStatusName(m),
      total: m.file?.total ?? null,
      counted: m.file?.counted.length ?? null,
      excluded: m.file?.excluded.length ?? null,
      page: `months/${m.month}.html`,
      json: m.file ? `months/${m.month}.json` : null,
      csv: m.file ? `months/${m.month}.csv` : null,
      problem: m.broken ? m.broken.message : null,
    })),
    creators: standings.creators.map((c) => ({
      login: c.login,
      rank: c.rank,
      lilybits: c.lilybits,
      modules: c.modules,
      page: `creators/${c.slug}.html`,
      github: profileUrl(input.serverUrl, c.login),
      months: Object.fromEntries([...c.byMonth.entries()].sort(([a], [b]) => (a < b ? -1 : 1))),
      // Numbers only: each PR's detail is in its month's file, months/YYYY-MM.json.
      pulls: c.pulls.map(({ pull }) => pull.number),
    })),
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}
