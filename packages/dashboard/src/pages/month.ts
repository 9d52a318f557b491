// months/YYYY-MM.html: one month as recorded — its leaderboard, every PR that counted and how its
// Lilybits were computed, every PR that did not and why, and the rules and configuration that
// applied. A broken month's page says what is wrong with its file, and where.

import { formatLocation, type ExclusionCode, type MonthFile } from '@lilypad-actions/rewards';
import { formatLilybits, formatNumber, formatUtc, monthName } from '../format';
import { externalLink, html, joinHtml, type Html } from '../html';
import { creatorSlug, profileUrl } from '../identity';
import type { SiteMonth } from '../ledger-months';
import type { MonthStanding } from '../standings';
import { page, type SiteContext } from './layout';
import { monthStatus } from './leaderboard';
import { creatorLink, dataTable, EXCLUSION_RULES, leaderboardTable, mergedAt, moduleCell, pullLink } from './parts';

const ROOT = '../';

export interface MonthPageData {
  month: SiteMonth;
  /** This month's leaderboard. */
  standings: readonly MonthStanding[];
  /** Slugs of the creators that have a page (they earned in some month). */
  creatorPages: ReadonlySet<string>;
  previous: string | null;
  next: string | null;
}

export function monthPage(site: SiteContext, data: MonthPageData): string {
  const { month: m, standings } = data;
  const title = monthName(m.month);
  const nav = html`<nav class="pager" aria-label="Months">${data.previous ? html`<a href="${data.previous}.html" rel="prev">← ${monthName(data.previous)}</a>` : ''}${data.next ? html`<a href="${data.next}.html" rel="next">${monthName(data.next)} →</a>` : ''}</nav>`;
  const body = m.file ? readableMonth(site, m, m.file, standings, data.creatorPages) : brokenMonth(m);
  return page(site, { root: ROOT, title, section: 'month', body: html`<h1>${title} ${monthStatus(m)}</h1>\n${body}\n${nav}` });
}

function brokenMonth(m: SiteMonth): Html {
  const problem = m.broken;
  return html`<div class="problem" role="note">
<p><strong>This month's file cannot be read</strong>, so its Lilybits are left out of the leaderboard; the other months are shown as recorded.</p>
<p><code>${problem ? `${formatLocation({ ...problem.location, file: m.name })}: ${problem.message}` : m.name}</code></p>
<p>Restore the file from the ledger branch's history, or re-run the month with the monthly rewards action.</p>
</div>`;
}

function readableMonth(site: SiteContext, m: SiteMonth, f: MonthFile, standings: readonly MonthStanding[], creatorPages: ReadonlySet<string>): Html {
  const preview = m.integrity === 'preview';
  const intro = html`<p class="lead">${formatLilybits(f.total)} to ${formatNumber(f.totals.length)} ${f.totals.length === 1 ? 'creator' : 'creators'} for ${formatNumber(f.counted.length)} ${f.counted.length === 1 ? 'PR' : 'PRs'}; ${formatNumber(f.excluded.length)} ${f.excluded.length === 1 ? 'PR' : 'PRs'} merged in the month earned nothing.</p>
${preview ? html`<p class="preview-note" role="note"><strong>Preview:</strong> a dry-run tally, recorded nowhere and not paid.${m.replacesRecorded ? ' It differs from the result recorded on the ledger, which a real run would refuse to replace without a restatement.' : ''}</p>` : ''}
${m.integrity === 'mismatch' ? html`<p class="problem" role="note"><strong>Not as recorded:</strong> this file is not the one the ledger's index.json records for the month; it was changed outside the rewards action.</p>` : ''}
${m.integrity === 'unlisted' ? html`<p class="problem" role="note"><strong>Not in the index:</strong> the ledger's index.json does not list this month; the rewards action did not record it.</p>` : ''}`;
  return html`${intro}
<section aria-labelledby="creators"><h2 id="creators">Creators</h2>
${standings.length === 0 ? html`<p>Nobody earned Lilybits this month.</p>` : leaderboardTable(ROOT, site.serverUrl, `Leaderboard for ${monthName(m.month)}`, standings)}
</section>
<section aria-labelledby="counted"><h2 id="counted">PRs that counted</h2>
${f.counted.length === 0 ? html`<p>None.</p>` : countedTable(site, f)}
</section>
<section aria-labelledby="excluded"><h2 id="excluded">PRs that earned nothing</h2>
${f.excluded.length === 0 ? html`<p>None: every PR merged in the month counted.</p>` : excludedTable(site, f, creatorPages)}
</section>
${rulesApplied(m, f)}`;
}

function countedTable(site: SiteContext, f: MonthFile): Html {
  return dataTable({
    caption: 'Each PR that earned Lilybits, and how the amount was computed',
    filter: 'PRs',
    columns: [{ label: 'PR', sorted: 'ascending' }, { label: 'Creator' }, { label: 'Module' }, { label: 'Merged' }, { label: 'Lilybits', numeric: true }, { label: 'How it was computed' }],
    rows: f.counted.map(
      (p) =>
        html`<tr id="pr-${p.number}"><td>${pullLink(p.number, p.url)}</td><th scope="row">${creatorLink(ROOT, p.recipient)}${p.author !== null && p.author.toLowerCase() !== p.recipient.toLowerCase() ? html` <span class="muted">(opened by ${p.author})</span>` : ''}</th><td>${moduleCell(p.module)}${p.kind === 'edit' ? html` <span class="badge">edit</span>` : ''}${p.otherEntries.length > 0 ? html`<br><span class="muted">also: ${p.otherEntries.join(', ')}</span>` : ''}</td><td>${mergedAt(p.mergedAt)}</td><td class="num">${formatNumber(p.lilybits)}</td><td>${p.computation.formula}${p.cooldownException !== null ? html`<br><span class="muted">Cooldown exception: ${p.cooldownException}</span>` : ''}</td></tr>`,
    ),
  });
}

function excludedTable(site: SiteContext, f: MonthFile, creatorPages: ReadonlySet<string>): Html {
  return dataTable({
    caption: 'Each PR merged in the month that earned nothing, with the rule that excluded it',
    filter: 'PRs',
    columns: [{ label: 'PR', sorted: 'ascending' }, { label: 'Author' }, { label: 'Module' }, { label: 'Merged' }, { label: 'Rule' }, { label: 'Why' }],
    rows: f.excluded.map(
      (p) =>
        html`<tr id="pr-${p.number}"><td>${pullLink(p.number, p.url)}</td><th scope="row">${p.author === null ? html`<span class="muted">deleted account</span>` : authorCell(site, p.author, creatorPages)}</th><td>${moduleCell(p.module)}</td><td>${mergedAt(p.mergedAt)}</td><td><code class="rule">${p.code}</code></td><td>${p.reason}</td></tr>`,
    ),
  });
}

/** An author who earned in some month links to their page; one who never did, to GitHub. */
function authorCell(site: SiteContext, login: string, creatorPages: ReadonlySet<string>): Html {
  if (creatorPages.has(creatorSlug(login))) return creatorLink(ROOT, login);
  const profile = profileUrl(site.serverUrl, login);
  return html`${login}${profile ? html` ${externalLink(profile, 'GitHub')}` : ''}`;
}

function rulesApplied(m: SiteMonth, f: MonthFile): Html {
  const byCode = new Map<ExclusionCode, number>();
  for (const p of f.excluded) byCode.set(p.code, (byCode.get(p.code) ?? 0) + 1);
  const rules = (Object.keys(EXCLUSION_RULES) as ExclusionCode[]).map(
    (code) => html`<li><span>${EXCLUSION_RULES[code]}</span> <code>${code}</code>: ${byCode.get(code) ? html`<strong>${formatNumber(byCode.get(code) as number)} ${byCode.get(code) === 1 ? 'PR' : 'PRs'}</strong>` : html`<span class="muted">none</span>`}</li>`,
  );
  const integrity = {
    verified: 'matches the SHA-256 the ledger’s index.json records',
    'no-index': 'read from a folder without index.json, so not checked',
    unlisted: 'not listed in the ledger’s index.json',
    mismatch: 'does not match the SHA-256 the ledger’s index.json records',
    preview: 'a dry run’s output, recorded nowhere',
  }[m.integrity];
  return html`<section aria-labelledby="rules"><h2 id="rules">Rules and configuration applied</h2>
<dl class="facts">
<dt>Merge window</dt><dd>${formatUtc(f.window.start)} to ${formatUtc(f.window.end)}, end excluded</dd>
<dt>Repository</dt><dd>${f.repository}</dd>
<dt>Baseline</dt><dd>one ${f.baseline.gpu} GPU-day = ${formatLilybits(f.baseline.lilybitsPerGpuDay)}; each PR's amount is GPU-days × this</dd>
<dt>Rules version</dt><dd>${f.rulesVersion}</dd>
<dt>Configuration</dt><dd>SHA-256 <code class="hash">${f.configSha256}</code> of the effective <code>.github/lilypad-rewards.yml</code> (defaults filled in)</dd>
<dt>Usage data</dt><dd>${f.usage ? html`<code>${f.usage.file}</code>, SHA-256 <code class="hash">${f.usage.sha256}</code>` : 'none: no usage bonuses'}</dd>
<dt>Restatements</dt><dd>${f.restatements.length === 0 ? 'none' : html`<ol>${joinHtml(f.restatements.map((r) => html`<li>${r.reason} (replaced a result of ${formatLilybits(r.replacedTotal)}, SHA-256 <code class="hash">${r.replacedResultSha256}</code>)</li>`))}</ol>`}</dd>
<dt>File</dt><dd><code>${m.name}</code>: ${integrity}. Download: <a href="${m.month}.json">${m.month}.json</a>, <a href="${m.month}.csv">${m.month}.csv</a></dd>
</dl>
<h3>The rules, in the order they apply, and what each excluded this month</h3>
<ol class="rules">${joinHtml(rules)}</ol>
<p>Every PR merged in the month is judged by these rules in turn; the first that fails excludes it. ${externalLink('https://github.com/Lilypad-Tech/lilypad-actions/blob/main/packages/rewards/README.md#how-a-pr-is-judged', 'What each rule checks')}.</p>
</section>`;
}
