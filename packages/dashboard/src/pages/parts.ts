// Pieces several pages show the same way: a creator (avatar, page, GitHub profile), a PR, a module,
// an exclusion's rule, a leaderboard table. Sortable and filterable tables are plain tables with
// a data attribute; the site's script adds the controls, so without it they are still tables.

import type { CountedPull, ExclusionCode } from '@lilypad-actions/rewards';
import { formatNumber, formatUtc } from '../format';
import { externalLink, html, joinHtml, type Html } from '../html';
import { avatarUrl, creatorSlug, profileUrl } from '../identity';
import type { MonthStanding } from '../standings';

/**
 * The avatar, the creator's page on this site, and the GitHub profile. Kept to the bytes it needs:
 * the leaderboard has a row per creator (500 rows must stay well under 200 KB).
 */
export function creatorCell(root: string, serverUrl: string, login: string): Html {
  const avatar = avatarUrl(serverUrl, login, 48);
  const profile = profileUrl(serverUrl, login);
  return html`${avatar ? html`<img src="${avatar}" alt="" width="24" height="24" loading="lazy">` : html`<span class="avatar-none"></span>`}<a href="${root}creators/${creatorSlug(login)}.html">${login}</a>${profile ? html` ${externalLink(profile, 'GitHub')}` : ''}`;
}

/** Just the link to the creator's page: for PR tables, whose month or creator page shows the rest. */
export function creatorLink(root: string, login: string): Html {
  return html`<a href="${root}creators/${creatorSlug(login)}.html">${login}</a>`;
}

/** `#44`, linked to the PR when its URL is an http(s) one. */
export function pullLink(number: number, url: string): Html {
  return externalLink(url, `#${number}`);
}

/** A module's name and its reference (`github.com/owner/repo:tag`), which `lilypad run` takes. */
export function moduleCell(module: CountedPull['module'] | null): Html {
  if (!module) return html`<span class="muted">none</span>`;
  return html`<span class="module-name">${module.name}</span> <code class="module-ref">${module.module}</code>`;
}

/** A merge time as UTC text in a machine-readable <time>. */
export function mergedAt(timestamp: string): Html {
  return html`<time datetime="${timestamp}">${formatUtc(timestamp)}</time>`;
}

/** Each exclusion code as a person reads it, in the order the rules apply. */
export const EXCLUSION_RULES: Record<ExclusionCode, string> = {
  'outside-window': 'Merged outside the month',
  'not-a-submission': 'Not a module submission',
  'exclusion-label': 'Carries an exclusion label',
  'missing-label': 'Lacks a required label',
  'check-not-passed': 'A required check did not pass',
  'invalid-entry': 'Its module entry does not read',
  'no-recipient': 'Nobody to credit',
  'edit-not-rewarded': 'An edit, and edits earn nothing',
  cooldown: "Inside the team's cooldown",
  'no-reward': 'The reward comes to zero',
  'cap-reached': 'The monthly cap was reached',
};

/** A sortable (and, with `filter`, filterable) table with a caption and column headers. */
export function dataTable(options: {
  caption: Html | string;
  columns: Array<{ label: string; numeric?: boolean; sorted?: 'ascending' | 'descending' }>;
  rows: Html[];
  /** What the filter box filters, e.g. "creators"; none: no filter box. */
  filter?: string;
  className?: string;
}): Html {
  const head = joinHtml(
    options.columns.map((c) => html`<th scope="col"${c.numeric ? html` class="num" data-type="number"` : ''}${c.sorted ? html` aria-sort="${c.sorted}"` : ''}>${c.label}</th>`),
  );
  return html`<div class="table-wrap"><table class="data${options.className ? ` ${options.className}` : ''}" data-sortable${options.filter ? html` data-filter="${options.filter}"` : ''}>
<caption>${options.caption}</caption>
<thead><tr>${head}</tr></thead>
<tbody>
${joinHtml(options.rows, '\n')}
</tbody>
</table></div>`;
}

/** A leaderboard: rank, creator, Lilybits, modules (and team, when any differs from the login). */
export function leaderboardTable(root: string, serverUrl: string, caption: Html | string, rows: ReadonlyArray<Pick<MonthStanding, 'rank' | 'login' | 'team' | 'lilybits' | 'modules'>>): Html {
  const withTeams = rows.some((r) => r.team.toLowerCase() !== r.login.toLowerCase());
  return dataTable({
    caption,
    filter: 'creators',
    className: 'leaderboard',
    columns: [
      { label: 'Rank', numeric: true, sorted: 'ascending' },
      { label: 'Creator' },
      ...(withTeams ? [{ label: 'Team' }] : []),
      { label: 'Lilybits', numeric: true },
      { label: 'Modules', numeric: true },
    ],
    rows: rows.map(
      (r) =>
        html`<tr><td>${r.rank}</td><th scope="row">${creatorCell(root, serverUrl, r.login)}</th>${withTeams ? html`<td class="text">${r.team.toLowerCase() === r.login.toLowerCase() ? '' : r.team}</td>` : ''}<td>${formatNumber(r.lilybits)}</td><td>${r.modules}</td></tr>`,
    ),
  });
}
