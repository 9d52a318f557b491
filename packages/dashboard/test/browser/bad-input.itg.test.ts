// The bad inputs, each built into a site and opened in chromium: an empty ledger, one
// month, a month file that fails its schema, logins with unusual characters, a creator renamed
// between months, 5,000 creators, and ledger text holding HTML or a javascript: URL.

import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { creatorSlug } from '../../src/identity';
import { at, makeLedger, sampleLedger, syntheticLedger, type SamplePull } from '../sample-ledger';
import { buildSite, sitePages } from '../site-fixtures';
import { startSiteServer, type SiteServer } from '../site-server';
import { axeViolations, launchBrowser, screenshot, watchErrors, type Browser } from './chromium';

let server: SiteServer;
let browser: Browser;

beforeAll(async () => {
  server = await startSiteServer();
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

async function open(url: string): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.context.newPage();
  const errors = watchErrors(page);
  page.on('dialog', (d) => {
    errors.push(`dialog: ${d.message()}`);
    void d.dismiss();
  });
  await page.goto(url);
  await page.waitForSelector('html[data-enhanced]');
  return { page, errors };
}

/** Opens every page of a site: no console error and nothing axe objects to on any; screenshots. */
async function checkEveryPage(url: string, dir: string, folder: string): Promise<void> {
  for (const relative of sitePages(dir)) {
    const { page, errors } = await open(`${url}${relative}`);
    expect(await axeViolations(page), relative).toEqual([]);
    await screenshot(page, folder, relative);
    expect(errors, relative).toEqual([]);
    await page.close();
  }
}

const rowLogins = (page: Page) => page.$$eval('table.leaderboard tbody tr:not([hidden]) th a:first-of-type', (links) => links.map((a) => a.textContent ?? ''));

test('an empty ledger: a site that says nothing is recorded yet, and empty data files', async () => {
  const empty = buildSite(server, new Map());
  expect(empty.summary).toMatchObject({ repository: null, months: [], creators: 0, total: 0, problems: [] });
  expect(sitePages(empty.dir)).toEqual(['index.html', 'search.html']);
  expect(readFileSync(path.join(empty.dir, 'rewards.csv'), 'utf8')).toBe('username,github,wallet_address,rewards,contributions\n');
  const { page, errors } = await open(empty.url);
  await expect(page.textContent('main')).resolves.toContain('No month is recorded yet');
  await expect(page.locator('table').count()).resolves.toBe(0);
  expect(errors).toEqual([]);
  await page.close();
  await checkEveryPage(empty.url, empty.dir, 'empty');
  // A ledger branch with an index.json and no month yet is the same.
  const indexOnly = buildSite(server, new Map([['index.json', '{"months": {}, "repository": "Lilypad-Tech/awesome-lilypad", "schemaVersion": 1, "total": 0}\n']]));
  expect(indexOnly.summary).toMatchObject({ repository: 'Lilypad-Tech/awesome-lilypad', months: [], problems: [] });
}, 180_000);

test('one month: its leaderboard, one bar, a month page with no neighbours', async () => {
  const one = makeLedger({ '2025-03': [{ number: 41, author: 'rhochmayr', mergedAt: at('2025-03', 4) }, { number: 44, author: 'jamiebones', mergedAt: at('2025-03', 19) }] });
  const site = buildSite(server, one.files);
  const { page, errors } = await open(site.url);
  expect(await rowLogins(page)).toEqual(['jamiebones', 'rhochmayr']);
  await expect(page.locator('svg .chart-bar').count()).resolves.toBe(1);
  await expect(page.textContent('main .lead')).resolves.toBe('10,000 Lilybits to 2 creators for 2 modules, over one month, March 2025.');
  await page.goto(`${site.url}months/2025-03.html`);
  await expect(page.locator('.pager a').count()).resolves.toBe(0);
  expect(errors).toEqual([]);
  await page.close();
  await checkEveryPage(site.url, site.dir, 'one-month');
}, 180_000);

test('a month file that fails its schema: its page says which and where; the other months render', async () => {
  const ledger = sampleLedger();
  const files = new Map(ledger.files);
  const march = files.get('rewards/2025-03.json') as string;
  const broken = march.replace('"lilybits": 5000,', '"lilybits": "lots",');
  files.set('rewards/2025-03.json', broken);
  // And May's file cut short, as an interrupted copy would leave it.
  const may = files.get('rewards/2025-05.json') as string;
  files.set('rewards/2025-05.json', may.slice(0, may.length / 2));
  const site = buildSite(server, files);

  const lots = broken.indexOf('"lots"');
  const line = broken.slice(0, lots).split('\n').length;
  const column = lots - broken.lastIndexOf('\n', lots - 1);
  const messages = site.summary.problems.map((p) => `${path.basename(p.location.file)}:${p.location.line}:${p.location.column}: ${p.message}`);
  expect(messages).toEqual([
    `2025-03.json:${line}:${column}: does not match rewards.schema.json: /counted/0/lilybits must be integer`,
    expect.stringMatching(/^2025-05\.json:\d+:\d+: not JSON \(.+\)$/),
  ]);
  expect(site.summary.months.map((m) => m.status)).toEqual(['recorded', 'recorded', 'broken', 'recorded', 'broken', 'recorded']);

  const { page, errors } = await open(site.url);
  const left = [...ledger.months.values()].filter((f) => f.month !== '2025-03' && f.month !== '2025-05').reduce((n, f) => n + f.total, 0);
  await expect(page.textContent('main .lead')).resolves.toContain(`${left.toLocaleString('en-US')} Lilybits`);
  await expect(page.textContent('main p.problem')).resolves.toBe('2 months are left out: the file of March 2025, May 2025 cannot be read, so their Lilybits are not in these totals.');
  await expect(page.locator('#months').locator('..').locator('tr', { hasText: '2025-03' }).textContent()).resolves.toContain('Broken file');
  await page.goto(`${site.url}months/2025-03.html`);
  await expect(page.textContent('main .problem')).resolves.toContain(`rewards/2025-03.json:${line}:${column}: does not match rewards.schema.json: /counted/0/lilybits must be integer`);
  await expect(page.textContent('h1')).resolves.toBe('March 2025 Broken file');
  // Its neighbours are whole.
  await page.goto(`${site.url}months/2025-04.html`);
  await expect(page.locator('section[aria-labelledby="counted"] tbody tr').count()).resolves.toBe(ledger.months.get('2025-04')?.counted.length);
  expect(errors).toEqual([]);
  await page.close();
  await checkEveryPage(site.url, site.dir, 'broken-month');
}, 180_000);

test('logins with unusual characters: shown as written, each with a page of its own, GitHub links only for real logins', async () => {
  const odd = ['dependabot[bot]', 'Ünïcødé-ñame', '../../etc/passwd', '<img src=x onerror=window.__pwned=1>', 'a b', `x"y'z`, 'L'.repeat(120), 'CON'];
  const pulls: SamplePull[] = odd.map((author, i) => ({ number: 200 + i, author, mergedAt: at('2025-03', 2 + i) }));
  const site = buildSite(server, makeLedger({ '2025-03': pulls }).files);
  const { page, errors } = await open(site.url);
  expect((await rowLogins(page)).sort()).toEqual([...odd].sort());
  // Each name links to its own page, whose heading is the name itself.
  for (const login of odd) {
    await page.goto(site.url);
    await page.locator('table.leaderboard tbody th a', { hasText: login }).first().click();
    await expect(page.textContent('h1')).resolves.toBe(login);
    expect(page.url()).toBe(`${site.url}creators/${creatorSlug(login)}.html`);
    await expect(page.locator('main a', { hasText: 'on GitHub' }).count()).resolves.toBe(login === 'CON' ? 1 : 0);
  }
  await expect(page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).resolves.toBeUndefined();
  expect(errors).toEqual([]);
  await page.close();
  await checkEveryPage(site.url, site.dir, 'unusual-logins');
}, 180_000);

test('a creator renamed between months: a change of case is one creator; a new login is a new creator', async () => {
  const ledger = makeLedger({
    '2025-01': [{ number: 1, author: 'Dragonfly', mergedAt: at('2025-01', 5) }, { number: 2, author: 'old-name', mergedAt: at('2025-01', 6) }],
    '2025-02': [{ number: 3, author: 'dragonfly', mergedAt: at('2025-02', 10) }, { number: 4, author: 'new-name', mergedAt: at('2025-02', 11) }],
  });
  const site = buildSite(server, ledger.files);
  const { page, errors } = await open(site.url);
  expect((await rowLogins(page)).sort()).toEqual(['dragonfly', 'new-name', 'old-name']);
  await page.goto(`${site.url}creators/dragonfly.html`);
  await expect(page.textContent('h1')).resolves.toBe('dragonfly');
  await expect(page.$$eval('section[aria-labelledby="earned"] tbody tr', (rows) => rows.map((r) => (r as HTMLTableRowElement).cells[2]?.textContent))).resolves.toEqual(['#1', '#3']);
  await expect(page.textContent('dl.facts')).resolves.toContain('Also spelledDragonfly (GitHub logins ignore case)');
  await expect(page.textContent('dl.facts')).resolves.toContain('Lilybits10,000 Lilybits');
  for (const [login, pr] of [['old-name', '#2'], ['new-name', '#4']]) {
    await page.goto(`${site.url}creators/${login}.html`);
    await expect(page.$$eval('section[aria-labelledby="earned"] tbody tr', (rows) => rows.map((r) => (r as HTMLTableRowElement).cells[2]?.textContent))).resolves.toEqual([pr]);
  }
  expect(errors).toEqual([]);
  await page.close();
});

test('5,000 creators: built, sortable, filterable; the sizes are reported', async () => {
  const started = performance.now();
  const ledger = syntheticLedger(1, 5000);
  const made = performance.now();
  const site = buildSite(server, ledger.files);
  const built = performance.now();
  const bytes = statSync(path.join(site.dir, 'index.html')).size;
  console.log(`5,000 creators: ledger made in ${((made - started) / 1000).toFixed(1)} s, site built in ${((built - made) / 1000).toFixed(1)} s (${site.summary.files} files), leaderboard ${(bytes / 1024).toFixed(0)} KiB`);
  expect(site.summary.creators).toBe(5000);
  const { page, errors } = await open(site.url);
  await expect(page.locator('table.leaderboard tbody tr').count()).resolves.toBe(5000);
  await page.locator('table.leaderboard thead th', { hasText: 'Creator' }).locator('button').click();
  const first = await rowLogins(page);
  // Numbers in names sort as numbers.
  expect(first.slice(0, 3)).toEqual(['creator-0', 'creator-1', 'creator-2']);
  await page.getByLabel('Filter creators').fill('creator-4999');
  expect(await rowLogins(page)).toEqual(['creator-4999']);
  await screenshot(page, '5000-creators', 'index.html');
  expect(errors).toEqual([]);
  await page.close();
}, 180_000);

test('HTML and javascript: URLs in ledger text: shown as text, never run, never a link', async () => {
  const script = `<script>window.__pwned = 1</script><img src=x onerror="window.__pwned = 2">`;
  const ledger = makeLedger(
    {
      '2025-03': [
        { number: 301, author: 'moss-lab', mergedAt: at('2025-03', 2), name: script, module: 'javascript:alert(document.domain)//github.com/x:v1' },
        { number: 302, author: 'tidepool', mergedAt: at('2025-03', 3), name: '<a href="javascript:alert(1)">click me</a>' },
        { number: 303, author: 'tidepool', mergedAt: at('2025-03', 9), name: 'second module' },
      ],
    },
    (config) => {
      config.teams = { '<b onmouseover="window.__pwned = 3">team</b>': ['tidepool'] };
      config.exceptions = [{ pr: 303, reason: '<iframe src="javascript:window.__pwned = 4"></iframe> approved' }];
    },
  );
  // A hand edit puts javascript: URLs where the rewards action writes GitHub's: the PR link and a restatement.
  const files = new Map(ledger.files);
  const month = JSON.parse(files.get('rewards/2025-03.json') as string) as { counted: Array<{ url: string }>; restatements: unknown[] };
  (month.counted[0] as { url: string }).url = 'javascript:alert(document.cookie)';
  (month.counted[1] as { url: string }).url = ' JaVaScRiPt:window.__pwned=5';
  month.restatements = [{ reason: '<script>window.__pwned = 6</script>', replacedResultSha256: 'f'.repeat(64), replacedTotal: 0 }];
  files.set('rewards/2025-03.json', `${JSON.stringify(month, null, 2)}\n`);
  const site = buildSite(server, files);
  // The edit is noticed (the file is not the one index.json records) and the month still shown.
  expect(site.summary.problems.map((p) => p.message)).toEqual(['not the file index.json records for 2025-03 (its SHA-256 differs): it was changed outside the rewards action']);

  for (const relative of sitePages(site.dir)) {
    const { page, errors } = await open(`${site.url}${relative}${relative === 'search.html' ? '?q=pwned' : ''}`);
    const links = await page.$$eval('a[href]', (as) => as.map((a) => (a as HTMLAnchorElement).href));
    for (const href of links) expect(['http:', 'https:'], `${relative}: ${href}`).toContain(new URL(href).protocol);
    // Hover and click everything that could carry a handler.
    for (const el of await page.locator('main b, main a, main img').all()) await el.hover().catch(() => undefined);
    await expect(page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned), relative).resolves.toBeUndefined();
    await expect(page.locator('main iframe, main script, main img[src="x"]').count(), relative).resolves.toBe(0);
    expect(errors, relative).toEqual([]);
    await page.close();
  }
  const { page } = await open(`${site.url}months/2025-03.html`);
  const text = (await page.textContent('main')) ?? '';
  expect(text).toContain(script);
  expect(text).toContain('javascript:alert(document.domain)//github.com/x:v1');
  expect(text).toContain('<iframe src="javascript:window.__pwned = 4"></iframe> approved');
  expect(text).toContain('<script>window.__pwned = 6</script>');
  // The PR whose URL was made a javascript: one is plain text, not a link.
  await expect(page.locator('#pr-301 td').first().innerHTML()).resolves.toBe('#301');
  await screenshot(page, 'markup-in-ledger', 'months/2025-03.html');
  await page.close();
  const search = await open(`${site.url}search.html?q=click`);
  await expect(search.page.textContent('#search-results')).resolves.toContain('<a href="javascript:alert(1)">click me</a>');
  await search.page.close();
}, 180_000);

describe('previews', () => {
  test('a dry run of the month to come: on every page a banner, the month marked, nothing recorded', async () => {
    const ledger = sampleLedger();
    // The month to come, tallied to date by the rewards code, looking back at the months before it
    // (heron's module of June 16 puts this one inside the cooldown; tidepool's counts).
    const withJuly = sampleLedger({
      '2025-07': [
        { number: 400, author: 'heron', mergedAt: at('2025-07', 3), name: 'Too soon' },
        { number: 401, author: 'kelp-works', mergedAt: at('2025-07', 12), name: 'Preview module' },
      ],
    });
    expect(withJuly.months.get('2025-07')?.excluded.map((p) => p.code)).toEqual(['cooldown']);
    const work = mkdtempSync(path.join(tmpdir(), 'dashboard-preview-'));
    const preview = path.join(work, '2025-07.json');
    writeFileSync(preview, withJuly.files.get('rewards/2025-07.json') as string);
    const site = buildSite(server, ledger.files, [preview]);
    expect(site.summary.months.at(-1)).toEqual({ month: '2025-07', status: 'preview', total: withJuly.months.get('2025-07')?.total });
    for (const relative of sitePages(site.dir)) {
      const { page, errors } = await open(`${site.url}${relative}`);
      await expect(page.locator('aside.preview-banner').innerText(), relative).resolves.toBe(
        'Preview. This site includes July 2025 (to date, as of 2025-07-15 09:30 UTC): a dry-run tally of the rewards action, recorded nowhere. Nothing in it has been paid; the amounts can still change.',
      );
      expect(errors, relative).toEqual([]);
      await page.close();
    }
    const { page } = await open(`${site.url}months/2025-07.html`);
    await expect(page.textContent('h1')).resolves.toBe('July 2025 Preview');
    await expect(page.textContent('.preview-note')).resolves.toContain('a dry-run tally, recorded nowhere and not paid');
    await page.goto(site.url);
    await expect(page.locator('svg .chart-bar-preview').count()).resolves.toBe(1);
    await screenshot(page, 'preview', 'index.html');
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  }, 180_000);
});
