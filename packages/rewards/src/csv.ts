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

/** The month's totals as the dashboard's CSV; `serverUrl` is the GitHub web root for profile links. */
export function rewardsCsv(result: MonthResult, serverUrl: string): string {
  const root = serverUrl.replace(/\/+$/, '');
  const urls = new Map(result.counted.map((p) => [p.number, p.url]));
  const rows = result.totals.map((t) => [
    t.login,
    `${root}/${t.login}`,
    // Wallets are not known to GitHub; the dashboard's files leave the column empty too.
    '',
    String(t.lilybits),
    t.pulls.map((n) => urls.get(n) ?? '').join(';'),
  ]);
  return [CSV_HEADER, ...rows].map((row) => row.map(csvField).join(',')).join('\n') + '\n';
}
