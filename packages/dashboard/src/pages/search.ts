// search.html and its index: creators, the modules that counted, and the PRs that did not, each
// with a link to where the site shows it. The search runs in the browser (a static site has no
// server to ask), so the page says where to look instead when scripts are off. The index is a
// script file, not JSON to fetch, so the search also works from a downloaded copy (file://).

import type { MonthFile } from '@lilypad-actions/rewards';
import { formatLilybits, formatNumber } from '../format';
import { html } from '../html';
import type { SiteMonth } from '../ledger-months';
import type { Standings } from '../standings';
import { page, type SiteContext } from './layout';

export const SEARCH_INDEX_PATH = 'assets/search-index.js';

/** One result: kind (`creator`, `module`, `pr`), what it is called, more about it, where it is. */
export type SearchItem = [kind: 'creator' | 'module' | 'pr', label: string, detail: string, href: string];

export function searchItems(months: readonly SiteMonth[], standings: Standings): SearchItem[] {
  const items: SearchItem[] = standings.creators.map((c) => [
    'creator',
    c.login,
    `${formatLilybits(c.lilybits)}, ${formatNumber(c.modules)} ${c.modules === 1 ? 'module' : 'modules'}${c.spellings.length ? `, also ${c.spellings.join(', ')}` : ''}`,
    `creators/${c.slug}.html`,
  ]);
  for (const m of months) {
    const f: MonthFile | null = m.file;
    if (!f) continue;
    for (const p of f.counted) {
      items.push(['module', p.module.name, `${p.module.module}, #${p.number} by ${p.recipient}, ${m.month}, ${formatLilybits(p.lilybits)}`, `months/${m.month}.html#pr-${p.number}`]);
    }
    for (const p of f.excluded) {
      items.push(['pr', `#${p.number}${p.module ? ` ${p.module.name}` : ''}`, `${p.author ?? 'deleted account'}, ${m.month}, earned nothing: ${p.reason}`, `months/${m.month}.html#pr-${p.number}`]);
    }
  }
  return items;
}

/** The index as a script: JSON is JavaScript, and nothing in it can end the statement early. */
export function searchIndexScript(items: readonly SearchItem[]): string {
  return `window.LILYPAD_SEARCH = ${JSON.stringify({ version: 1, items })};\n`;
}

export function searchPage(site: SiteContext): string {
  const body = html`<h1>Search</h1>
<noscript><p>Search runs in your browser and needs JavaScript. Without it, every creator is on the <a href="index.html">leaderboard</a>, and every module and PR on its <a href="index.html#months">month's page</a>.</p></noscript>
<form class="search-page" role="search" action="search.html" method="get" data-js-only hidden>
<label for="search-q">Creators, modules, module references or PR numbers</label>
<input id="search-q" name="q" type="search" autocomplete="off">
<button type="submit">Search</button>
</form>
<p id="search-status" role="status"></p>
<ol id="search-results" class="search-results"></ol>`;
  return page(site, { root: '', title: 'Search', section: 'search', body, scripts: [SEARCH_INDEX_PATH] });
}
