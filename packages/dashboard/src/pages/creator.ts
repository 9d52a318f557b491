// creators/<login>.html: what one creator earned — each module, when it was merged, the Lilybits
// and how they were computed — and the PRs they opened that earned nothing, with the reason.

import { formatLilybits, formatNumber, monthName } from '../format';
import { externalLink, html, joinHtml } from '../html';
import { avatarUrl, profileUrl } from '../identity';
import type { Creator } from '../standings';
import { page, type SiteContext } from './layout';
import { dataTable, mergedAt, moduleCell, pullLink } from './parts';

const ROOT = '../';

export function creatorPage(site: SiteContext, c: Creator, creators: number): string {
  const avatar = avatarUrl(site.serverUrl, c.login, 160);
  const profile = profileUrl(site.serverUrl, c.login);
  const months = [...c.byMonth.keys()].sort();
  const facts = html`<dl class="facts">
<dt>Rank</dt><dd>${c.rank} of ${formatNumber(creators)}</dd>
<dt>Lilybits</dt><dd>${formatLilybits(c.lilybits)}</dd>
<dt>Modules</dt><dd>${formatNumber(c.modules)}${c.pulls.length !== c.modules ? ` (and ${formatNumber(c.pulls.length - c.modules)} rewarded ${c.pulls.length - c.modules === 1 ? 'edit' : 'edits'})` : ''}</dd>
<dt>Months</dt><dd>${joinHtml(
    months.map((m) => html`<a href="${ROOT}months/${m}.html">${monthName(m)}</a>: ${formatNumber(c.byMonth.get(m) as number)}`),
    ', ',
  )}</dd>
${c.teams.length > 0 ? html`<dt>Team</dt><dd>${c.teams.join(', ')} <span class="muted">(a team shares one cooldown)</span></dd>` : ''}
${c.spellings.length > 0 ? html`<dt>Also spelled</dt><dd>${c.spellings.join(', ')} <span class="muted">(GitHub logins ignore case)</span></dd>` : ''}
</dl>`;
  const earned = dataTable({
    caption: `Each PR that earned ${c.login} Lilybits, oldest first`,
    filter: 'modules',
    columns: [{ label: 'Merged', sorted: 'ascending' }, { label: 'Month' }, { label: 'PR' }, { label: 'Module' }, { label: 'Lilybits', numeric: true }, { label: 'How it was computed' }],
    rows: c.pulls.map(
      ({ month, preview, pull: p }) =>
        html`<tr><td>${mergedAt(p.mergedAt)}</td><td><a href="${ROOT}months/${month}.html">${month}</a>${preview ? html` <span class="badge badge-preview">Preview</span>` : ''}</td><td>${pullLink(p.number, p.url)}</td><th scope="row">${moduleCell(p.module)}${p.kind === 'edit' ? html` <span class="badge">edit</span>` : ''}</th><td class="num">${formatNumber(p.lilybits)}</td><td>${p.computation.formula}${p.cooldownException !== null ? html`<br><span class="muted">Cooldown exception: ${p.cooldownException}</span>` : ''}</td></tr>`,
    ),
  });
  const nothing =
    c.exclusions.length === 0
      ? html`<p>None.</p>`
      : dataTable({
          caption: `PRs ${c.login} opened that earned nothing, and why`,
          columns: [{ label: 'Merged', sorted: 'ascending' }, { label: 'Month' }, { label: 'PR' }, { label: 'Module' }, { label: 'Why' }],
          rows: c.exclusions.map(
            ({ month, pull: p }) =>
              html`<tr><td>${mergedAt(p.mergedAt)}</td><td><a href="${ROOT}months/${month}.html">${month}</a></td><td>${pullLink(p.number, p.url)}</td><th scope="row">${moduleCell(p.module)}</th><td>${p.reason}</td></tr>`,
          ),
        });
  const body = html`<div class="creator-head">${avatar ? html`<img class="avatar-large" src="${avatar}" alt="" width="80" height="80">` : ''}<div><h1>${c.login}</h1>
<p>${profile ? externalLink(profile, html`${c.login} on GitHub`) : html`<span class="muted">Not a GitHub login, so there is no profile to link to.</span>`}</p></div></div>
${facts}
<section aria-labelledby="earned"><h2 id="earned">Modules that earned</h2>
${c.pulls.length === 0 ? html`<p>None.</p>` : earned}
</section>
<section aria-labelledby="nothing"><h2 id="nothing">PRs that earned nothing</h2>
${nothing}
</section>`;
  return page(site, { root: ROOT, title: c.login, section: 'creator', body });
}
