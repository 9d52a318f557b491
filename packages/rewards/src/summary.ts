// The job summary: who earns what, what was excluded and why, and where it was recorded. A pure
// function returning Markdown, kept far below GitHub's 1 MiB summary limit by capping table rows
// (the month's JSON file has everything).

import { markdownCell as cell } from '@lilypad-actions/workflow-commands';
import type { MonthResult } from './rewards-json';

/** What happened to the ledger, for the summary's first lines. */
export type LedgerStatus = 'written' | 'restated' | 'unchanged' | 'dry-run';

export interface SummaryInput {
  result: MonthResult;
  status: LedgerStatus;
  /** For a dry run: what a real run would have done (`to-date`: the month has not ended). */
  planned?: 'write' | 'restate' | 'unchanged' | 'refused' | 'to-date';
  branch: string;
  ledgerPath: string;
  commit: string;
  commitUrl: string | null;
}

/** Rows per table; the rest is counted, not listed. */
export const MAX_ROWS = 200;

const number = (n: number) => n.toLocaleString('en-US');

export function ledgerLine(s: SummaryInput): string {
  const commit = s.commitUrl ? `[${s.commit.slice(0, 7)}](${s.commitUrl})` : `\`${s.commit.slice(0, 7)}\``;
  switch (s.status) {
    case 'written':
      return `Recorded in \`${s.ledgerPath}\` on branch \`${s.branch}\`, commit ${commit}.`;
    case 'restated':
      return `Restated \`${s.ledgerPath}\` on branch \`${s.branch}\`, commit ${commit}.`;
    case 'unchanged':
      return `Already recorded in \`${s.ledgerPath}\` on branch \`${s.branch}\` with this result: no commit.`;
    case 'dry-run': {
      if (s.planned === 'to-date') {
        return `Dry run of a month that has not ended: its tally to date, committed nowhere; a real run records it after ${s.result.window.end} (\`${s.ledgerPath}\` on branch \`${s.branch}\`).`;
      }
      const would = {
        write: 'would record it',
        restate: 'would restate it',
        unchanged: 'would find it already recorded',
        refused: 'would refuse it: the month is recorded with a different result (re-run with restate and a reason)',
      }[s.planned ?? 'write'];
      return `Dry run: nothing was committed; a real run ${would} (\`${s.ledgerPath}\` on branch \`${s.branch}\`).`;
    }
  }
}

/** The whole summary. */
export function renderSummary(s: SummaryInput): string {
  const r = s.result;
  const out: string[] = [];
  out.push(`## Lilypad module rewards for ${r.month} · ${r.repository}`, '');
  out.push(
    `**${number(r.total)} Lilybits** to ${r.totals.length} login${r.totals.length === 1 ? '' : 's'} for ${r.counted.length} PR${r.counted.length === 1 ? '' : 's'}; ${r.excluded.length} PR${r.excluded.length === 1 ? '' : 's'} excluded. ` +
      `Merged in [${r.window.start}, ${r.window.end}); rules v${r.rulesVersion}, configuration \`${r.configSha256.slice(0, 12)}\`.`,
    '',
    ledgerLine(s),
    '',
  );
  out.push('### Per login', '');
  if (r.totals.length === 0) out.push('Nobody earned Lilybits this month.', '');
  else {
    out.push('| Login | Team | Lilybits | PRs |', '| --- | --- | ---: | --- |');
    const urls = new Map(r.counted.map((p) => [p.number, p.url]));
    for (const t of r.totals.slice(0, MAX_ROWS)) {
      const prs = t.pulls.map((n) => `[#${n}](${urls.get(n) ?? ''})`).join(', ');
      out.push(`| ${cell(t.login)} | ${cell(t.team)} | ${number(t.lilybits)} | ${prs} |`);
    }
    if (r.totals.length > MAX_ROWS) out.push('', `… and ${r.totals.length - MAX_ROWS} more logins (see \`${s.ledgerPath}\`).`);
    out.push('');
  }
  out.push('### Excluded', '');
  if (r.excluded.length === 0) out.push('No PR was excluded.', '');
  else {
    out.push('| PR | Author | Reason |', '| --- | --- | --- |');
    for (const p of r.excluded.slice(0, MAX_ROWS)) {
      out.push(`| [#${p.number}](${p.url}) | ${cell(p.author ?? '(deleted account)')} | ${cell(p.reason)} |`);
    }
    if (r.excluded.length > MAX_ROWS) out.push('', `… and ${r.excluded.length - MAX_ROWS} more (see \`${s.ledgerPath}\`).`);
    out.push('');
  }
  return out.join('\n');
}
