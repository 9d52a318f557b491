// The same totals in the format the Community Rewards dashboard reads (module_rewards.csv:
// username,github,wallet_address,rewards,contributions; contributions ';'-joined URLs). The
// dashboard splits lines on ',' without honouring quotes, so every field it shows must be free of
// commas; logins and PR URLs are. Quoting still follows RFC 4180 for any other reader.

import type { MonthResult } from './rewards-json';

export const CSV_HEADER = ['username', 'github', 'wallet_address', 'rewards', 'contributions'] as const;

/** One CSV field, quoted only when it must be. */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) || value !== value.trim() ? `"${value.replace(/"/g, '""')}"` : value;
}

/** One creator's row of the dashboard's CSV: Lilybits and the URLs of the PRs that earned them. */
export interface CsvRow {
  login: string;
  lilybits: number;
  contributions: string[];
}

/** Rows in the dashboard's CSV format; `serverUrl` is the GitHub web root for profile links. */
export function dashboardCsv(rows: readonly CsvRow[], serverUrl: string): string {
  const root = serverUrl.replace(/\/+$/, '');
  const lines = rows.map((r) => [
    r.login,
    `${root}/${r.login}`,
    // Wallets are not known to GitHub; the dashboard's files leave the column empty too.
    '',
    String(r.lilybits),
    r.contributions.join(';'),
  ]);
  return [CSV_HEADER, ...lines].map((row) => row.map(csvField).join(',')).join('\n') + '\n';
}

/** The month's totals as the dashboard's CSV. */
export function rewardsCsv(result: MonthResult, serverUrl: string): string {
  const urls = new Map(result.counted.map((p) => [p.number, p.url]));
  return dashboardCsv(
    result.totals.map((t) => ({ login: t.login, lilybits: t.lilybits, contributions: t.pulls.map((n) => urls.get(n) ?? '') })),
    serverUrl,
  );
}
