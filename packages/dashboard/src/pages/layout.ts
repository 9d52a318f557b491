// The frame every page shares: the document head with its Content-Security-Policy (scripts and
// styles only from the site's own files, so nothing a ledger holds can run even if it got past
// escaping), the header with its landmarks and the search form, the preview banner, the footer
// that says which ledger the site was built from.

import { formatUtc, monthName } from '../format';
import { externalLink, html, joinHtml, type Html } from '../html';
import type { LedgerOrigin } from '../ledger-source';
import type { SiteMonth } from '../ledger-months';

/** What every page knows about the site. */
export interface SiteContext {
  /** `owner/name` of the list repository; null for an empty ledger. */
  repository: string | null;
  /** GitHub's web root, for profile links, avatars, commits. */
  serverUrl: string;
  origin: LedgerOrigin;
  /** Months that are dry-run tallies, recorded nowhere. */
  previews: readonly SiteMonth[];
  /** When the site is built; only previews of unfinished months mention it. */
  now: Date;
}

export type Section = 'leaderboard' | 'months' | 'search' | 'creator' | 'month';

export interface PageFrame {
  /** `''` for a page at the site's root, `'../'` one folder down. */
  root: string;
  title: string;
  section: Section;
  body: Html;
  /** Scripts before the site's own (search.html's index). */
  scripts?: string[];
}

export const SITE_NAME = 'Lilypad module rewards';

/** The Content-Security-Policy of every page: nothing inline, nothing from elsewhere but images. */
export function contentSecurityPolicy(serverUrl: string): string {
  let avatars = '';
  try {
    const origin = new URL(serverUrl).origin;
    // Avatars come from the GitHub server (https: covers github.com and its avatar host).
    if (origin.startsWith('http:')) avatars = ` ${origin}`;
  } catch {
    // An unparsable server URL gives no avatars (identity.ts would not make their URLs valid either).
  }
  return `default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' https:${avatars}; base-uri 'none'; form-action 'self'`;
}

export function page(site: SiteContext, frame: PageFrame): string {
  const { root } = frame;
  const nav = (section: Section, href: string, label: string, jsOnly = false) =>
    html`<li${jsOnly ? html` data-js-only hidden` : ''}><a href="${root}${href}"${section === frame.section ? html` aria-current="page"` : ''}>${label}</a></li>`;
  const scripts = [...(frame.scripts ?? []), 'assets/dashboard.js'];
  return html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy(site.serverUrl)}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<meta name="referrer" content="no-referrer">
<title>${frame.title} · ${SITE_NAME}${site.repository ? ` (${site.repository})` : ''}</title>
<link rel="icon" href="${root}assets/favicon.svg" type="image/svg+xml">
<link rel="stylesheet" href="${root}assets/dashboard.css">
${joinHtml(scripts.map((s) => html`<script src="${root}${s}" defer></script>`), '\n')}
</head>
<body>
<a class="skip-link" href="#main">Skip to the content</a>
<header class="site-header">
<div class="wrap header-row">
<p class="brand"><a href="${root}index.html">${SITE_NAME}</a>${site.repository ? html` <span class="repository">${site.repository}</span>` : ''}</p>
<nav aria-label="Site">
<ul>${nav('leaderboard', 'index.html', 'Leaderboard')}${nav('months', 'index.html#months', 'Months')}${nav('search', 'search.html', 'Search', true)}</ul>
</nav>
${frame.section === 'search' ? '' : html`<form class="site-search" role="search" action="${root}search.html" method="get" data-js-only hidden>
<label for="site-search-q">Search creators and modules</label>
<input id="site-search-q" name="q" type="search" autocomplete="off">
<button type="submit">Search</button>
</form>`}
</div>
</header>
${previewBanner(site, root)}
<main id="main" class="wrap" tabindex="-1">
${frame.body}
</main>
${footer(site, root)}
</body>
</html>
`.text;
}

function previewBanner(site: SiteContext, root: string): Html {
  if (site.previews.length === 0) return html``;
  const items = site.previews.map((m) => {
    const toDate = m.file && Date.parse(m.file.window.end) > site.now.getTime();
    return html`<a href="${root}months/${m.month}.html">${monthName(m.month)}</a>${toDate ? html` (to date, as of ${formatUtc(site.now.toISOString())})` : ''}${m.replacesRecorded ? ' (in place of the recorded result)' : ''}`;
  });
  return html`<aside class="preview-banner" aria-label="Preview">
<div class="wrap"><p><strong>Preview.</strong> This site includes ${joinHtml(items, ', ')}: ${site.previews.length === 1 ? 'a dry-run tally' : 'dry-run tallies'} of the rewards action, recorded nowhere. Nothing in ${site.previews.length === 1 ? 'it' : 'them'} has been paid; the amounts can still change.</p></div>
</aside>`;
}

function footer(site: SiteContext, root: string): Html {
  const origin = site.origin;
  let built: Html;
  if (origin.kind === 'none') built = html`Built with no ledger: only previews.`;
  else {
    const commit = origin.commit;
    const commitLink = commit
      ? site.repository
        ? externalLink(`${site.serverUrl.replace(/\/+$/, '')}/${site.repository}/commit/${commit}`, html`<code>${commit.slice(0, 12)}</code>`)
        : html`<code>${commit.slice(0, 12)}</code>`
      : null;
    built = origin.kind === 'git'
      ? html`Built from the ledger at <code>${origin.rev}</code>, commit ${commitLink}.`
      : commitLink
        ? html`Built from a checkout of the ledger, commit ${commitLink}.`
        : html`Built from a ledger folder.`;
  }
  return html`<footer class="site-footer">
<div class="wrap">
<p>${built} The same data: <a href="${root}rewards.csv">rewards.csv</a> (the Community Rewards dashboard's format) and <a href="${root}rewards.json">rewards.json</a>.</p>
<p>Lilybits are awarded by the <a href="https://github.com/Lilypad-Tech/lilypad-actions/blob/main/packages/rewards/README.md#how-a-pr-is-judged" rel="noopener noreferrer">programme's rules</a>, applied each month by the monthly-rewards action.</p>
</div>
</footer>`;
}
