// The build, as a workflow's job summary: what the site shows, the previews with their totals (what
// a month will pay, before anyone approves it), and the problems. A pure function returning
// Markdown; ledger text goes only into a fenced block, where Markdown and HTML are inert.

import { formatLocation } from '@lilypad-actions/rewards';
import type { DashboardSummary } from './build';
import { formatLilybits, formatNumber, monthName } from './format';

export function jobSummary(s: DashboardSummary): string {
  const out: string[] = ['### Lilypad rewards dashboard', ''];
  const recorded = s.months.filter((m) => m.status !== 'preview');
  out.push(
    `${recorded.length === 0 ? 'No month recorded yet' : `${recorded.length} ${recorded.length === 1 ? 'month' : 'months'}`}, ${formatNumber(s.creators)} ${s.creators === 1 ? 'creator' : 'creators'}, ${formatLilybits(s.total)} in all: ${s.files} files.`,
    '',
  );
  const previews = s.months.filter((m) => m.status === 'preview');
  if (previews.length > 0) {
    out.push(`**Preview** (dry-run tallies, recorded nowhere, nothing paid): ${previews.map((m) => `${monthName(m.month)}, ${formatLilybits(m.total ?? 0)}`).join('; ')}. The site with the preview is attached to this run.`, '');
  }
  if (s.problems.length > 0) {
    const lines = s.problems.map((p) => `${formatLocation(p.location)}: ${p.message}`);
    const fence = '`'.repeat(Math.max(3, ...lines.map((l) => (l.match(/`+/g) ?? []).reduce((n, run) => Math.max(n, run.length + 1), 0))));
    out.push(`${s.problems.length} ${s.problems.length === 1 ? 'problem' : 'problems'}; the site shows the rest, and those months' pages say what is wrong:`, '', `${fence}text`, ...lines, fence, '');
  }
  return out.join('\n');
}
