// index.html: the all-time leaderboard, totals over time, and every month with its status.

import { totalsChart } from '../chart';
import { formatLilybits, formatNumber, monthName } from '../format';
import { html, joinHtml, type Html } from '../html';
import type { SiteMonth } from '../ledger-months';
import type { Standings } from '../standings';
import { page, type SiteContext } from './layout';
import { dataTable, leaderboardTable } from './parts';

export function leaderboardPage(site: SiteContext, months: readonly SiteMonth[], standings: Standings): string {
  const readable = months.filter((m) => m.file);
  const broken = months.filter((m) => m.broken);
  const modules = standings.creators.reduce((n, c) => n + c.modules, 0);
  const summary =
    readable.length === 0
      ? html`<p>No month is recorded yet: the leaderboard fills in when the monthly rewards action records its first month.</p>`
      : html`<p class="lead">${formatLilybits(standings.total)} to ${formatNumber(standings.creators.length)} ${standings.creators.length === 1 ? 'creator' : 'creators'} for ${formatNumber(modules)} ${modules === 1 ? 'module' : 'modules'}, over ${readable.length === 1 ? `one month, ${monthName(readable[0]?.month as string)}` : `${readable.length} months from ${monthName(readable[0]?.month as string)} to ${monthName(readable.at(-1)?.month as string)}`}.</p>`;
  const brokenNote =
    broken.length === 0
      ? html``
      : html`<p class="problem" role="note"><strong>${broken.length === 1 ? 'One month is' : `${broken.length} months are`} left out:</strong> the file of ${joinHtml(
          broken.map((m) => html`<a href="months/${m.month}.html">${monthName(m.month)}</a>`),
          ', ',
        )} cannot be read, so ${broken.length === 1 ? 'its' : 'their'} Lilybits are not in these totals.</p>`;
  const board =
    standings.creators.length === 0
      ? readable.length === 0
        ? html``
        : html`<p>Nobody has earned Lilybits yet.</p>`
      : leaderboardTable('', site.serverUrl, html`All-time leaderboard: ${formatNumber(standings.creators.length)} ${standings.creators.length === 1 ? 'creator' : 'creators'}, most Lilybits first`, standings.creators.map((c) => ({ rank: c.rank, login: c.login, lilybits: c.lilybits, modules: c.modules, team: c.teams.join(', ') || c.login })));
  const body = html`<h1>Leaderboard</h1>
${summary}
${brokenNote}
<section aria-labelledby="all-time"><h2 id="all-time">All time</h2>
${board}
</section>
<section aria-labelledby="over-time"><h2 id="over-time">Over time</h2>
${totalsChart(months.map((m) => ({ month: m.month, total: m.file ? m.file.total : null, preview: m.integrity === 'preview' })))}
</section>
<section aria-labelledby="months"><h2 id="months">Months</h2>
${months.length === 0 ? html`<p>None yet.</p>` : monthsTable(months, standings)}
</section>`;
  return page(site, { root: '', title: 'Leaderboard', section: 'leaderboard', body });
}

function monthsTable(months: readonly SiteMonth[], standings: Standings): Html {
  return dataTable({
    caption: 'Every month, newest first: the per-month leaderboard, counted and excluded PRs are on its page',
    columns: [
      { label: 'Month', sorted: 'descending' },
      { label: 'Lilybits', numeric: true },
      { label: 'Creators', numeric: true },
      { label: 'PRs counted', numeric: true },
      { label: 'PRs excluded', numeric: true },
      { label: 'Status' },
    ],
    rows: [...months].reverse().map((m) => {
      const f = m.file;
      const cells = f
        ? html`<td class="num">${formatNumber(f.total)}</td><td class="num">${formatNumber(standings.byMonth.get(m.month)?.length ?? 0)}</td><td class="num">${formatNumber(f.counted.length)}</td><td class="num">${formatNumber(f.excluded.length)}</td>`
        : html`<td class="num">–</td><td class="num">–</td><td class="num">–</td><td class="num">–</td>`;
      return html`<tr><th scope="row"><a href="months/${m.month}.html">${m.month}</a></th>${cells}<td>${monthStatus(m)}</td></tr>`;
    }),
  });
}

/** A month's state in a word or two, with the class that colours it. */
export function monthStatus(m: SiteMonth): Html {
  if (m.broken) return html`<span class="badge badge-broken">Broken file</span>`;
  if (m.integrity === 'preview') return html`<span class="badge badge-preview">Preview</span>`;
  if (m.integrity === 'mismatch') return html`<span class="badge badge-broken">Not as recorded</span>`;
  if (m.integrity === 'unlisted') return html`<span class="badge badge-broken">Not in the index</span>`;
  const restated = (m.file?.restatements.length ?? 0) > 0;
  return html`<span class="badge">${m.integrity === 'verified' ? 'Recorded' : 'Read'}${restated ? ', restated' : ''}</span>`;
}
