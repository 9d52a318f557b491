// How numbers, months and times read on the pages: one convention everywhere, independent of the
// machine that builds the site (no locale or time zone of the runner leaks into a page).

const grouped = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });

/** `15,000`. */
export function formatNumber(n: number): string {
  // Whole numbers (every amount the ledger records) without Intl's cost, thousands of times a page.
  if (Number.isSafeInteger(n)) return String(n).replace(/\B(?=(\d{3})+$)/g, ',');
  return grouped.format(n);
}

/** `15,000 Lilybits` / `1 Lilybit`. */
export function formatLilybits(n: number): string {
  return `${formatNumber(n)} ${n === 1 ? 'Lilybit' : 'Lilybits'}`;
}

const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** `2025-03` → `March 2025`. */
export function monthName(month: string): string {
  const [year, m] = month.split('-');
  return `${MONTH_NAMES[Number(m) - 1] ?? month} ${year}`;
}

/** `2025-03` → `Mar 2025`, for the chart's axis. */
export function shortMonthName(month: string): string {
  const [year, m] = month.split('-');
  return `${(MONTH_NAMES[Number(m) - 1] ?? month).slice(0, 3)} ${year}`;
}

/** `2025-03-04T15:12:09Z` → `2025-03-04 15:12 UTC`. */
export function formatUtc(timestamp: string): string {
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})/.exec(timestamp);
  return m ? `${m[1]} ${m[2]} UTC` : timestamp;
}

/** `2.5k`, `1.2M`: the chart's axis labels. */
export function compactNumber(n: number): string {
  if (n >= 1_000_000) return `${trim(n / 1_000_000)}M`;
  if (n >= 1_000) return `${trim(n / 1_000)}k`;
  return String(n);
}

function trim(n: number): string {
  return n.toFixed(2).replace(/\.?0+$/, '');
}
