// The built site in a real browser (Debian's chromium through playwright-core), served on loopback
// as GitHub Pages would serve it: the numbers are the rewards tally's, sorting, filtering and
// search work by mouse and keyboard, every page passes axe in both themes with no console error,
// and each page leaves a screenshot in test-results/dashboard/.

import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { creatorKey } from '../../src/identity';
import { ARTIFACTS, axeViolations, launchBrowser, screenshot, watchErrors, type Browser } from './chromium';
import { sampleLedger, syntheticLedger, type SampleLedger } from '../sample-ledger';
import { buildSite, sitePages, type BuiltSite } from '../site-fixtures';
import { startSiteServer, type SiteServer } from '../site-server';

let server: SiteServer;
let browser: Browser;
let ledger: SampleLedger;
let site: BuiltSite;

beforeAll(async () => {
  server = await startSiteServer();
  browser = await launchBrowser();
  ledger = sampleLedger();
  site = buildSite(server, ledger.files);
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

/** Opens a page of a site; `errors` collects what the console and the network report. */
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

/** The leaderboard's rows as the reader sees them: rank, login, Lilybits, modules. */
async function leaderboardRows(page: Page): Promise<Array<{ rank: number; login: string; lilybits: number; modules: number }>> {
  return page.$$eval('table.leaderboard tbody tr:not([hidden])', (rows) =>
    rows.map((row) => {
      const cells = Array.from((row as HTMLTableRowElement).cells, (c) => c.textContent?.trim() ?? '');
      return { rank: Number(cells[0]), login: row.querySelector('th a')?.textContent ?? '', lilybits: Number(cells.at(-2)?.replace(/,/g, '')), modules: Number(cells.at(-1)) };
    }),
  );
}

/** All-time Lilybits per creator, from the month files the rewards package wrote. */
function expectedTotals(l: SampleLedger): Map<string, number> {
  const totals = new Map<string, number>();
  for (const file of l.months.values()) for (const t of file.totals) totals.set(creatorKey(t.login), (totals.get(creatorKey(t.login)) ?? 0) + t.lilybits);
  return totals;
}

/** The leaderboard's rows as a reader with scripts on sees them. */
async function leaderboardRowsFrom(url: string) {
  const { page } = await open(url);
  const rows = await leaderboardRows(page);
  await page.close();
  return rows;
}

describe('the sample ledger in the browser', () => {
  test('the leaderboard shows the totals the rewards tally computed, best first', async () => {
    const { page, errors } = await open(site.url);
    const rows = await leaderboardRows(page);
    const expected = expectedTotals(ledger);
    expect(new Map(rows.map((r) => [creatorKey(r.login), r.lilybits]))).toEqual(expected);
    expect(rows.map((r) => r.lilybits)).toEqual([...expected.values()].sort((a, b) => b - a));
    // Modules: the counted PRs that added one, per creator.
    const modules = new Map<string, number>();
    for (const f of ledger.months.values()) for (const p of f.counted) if (p.kind === 'add') modules.set(creatorKey(p.recipient), (modules.get(creatorKey(p.recipient)) ?? 0) + 1);
    expect(new Map(rows.map((r) => [creatorKey(r.login), r.modules]))).toEqual(modules);
    const grandTotal = [...ledger.months.values()].reduce((n, f) => n + f.total, 0);
    await expect(page.textContent('main .lead')).resolves.toContain(`${grandTotal.toLocaleString('en-US')} Lilybits to ${expected.size} creators`);
    // Each row links to the creator's page and to GitHub, with the avatar GitHub serves.
    const first = page.locator('table.leaderboard tbody tr').first();
    await expect(first.locator('a').first().getAttribute('href')).resolves.toBe(`creators/${creatorKey(rows[0]?.login ?? '')}.html`);
    await expect(first.locator('a', { hasText: 'GitHub' }).getAttribute('href')).resolves.toBe(`${server.url}/${rows[0]?.login}`);
    await expect(first.locator('img').evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).resolves.toBe(8);
    expect(errors).toEqual([]);
    await page.close();
  });

  test('sorting by a column, by mouse and by keyboard, and announcing it', async () => {
    const { page, errors } = await open(site.url);
    const lilybits = page.locator('table.leaderboard thead th', { hasText: 'Lilybits' });
    await lilybits.locator('button').click();
    await expect(lilybits.getAttribute('aria-sort')).resolves.toBe('ascending');
    let values = (await leaderboardRows(page)).map((r) => r.lilybits);
    expect(values).toEqual([...values].sort((a, b) => a - b));
    await lilybits.locator('button').click();
    await expect(lilybits.getAttribute('aria-sort')).resolves.toBe('descending');
    values = (await leaderboardRows(page)).map((r) => r.lilybits);
    expect(values).toEqual([...values].sort((a, b) => b - a));
    await expect(page.textContent('#announcer')).resolves.toBe('Sorted by Lilybits, descending.');

    // Keyboard only: focus the Creator header's button and press Enter, then Space.
    const creator = page.locator('table.leaderboard thead th', { hasText: 'Creator' });
    await creator.locator('button').focus();
    await page.keyboard.press('Enter');
    const logins = (await leaderboardRows(page)).map((r) => r.login.toLowerCase());
    expect(logins).toEqual([...logins].sort());
    await page.keyboard.press('Space');
    await expect(creator.getAttribute('aria-sort')).resolves.toBe('descending');
    await expect(lilybits.getAttribute('aria-sort')).resolves.toBeNull();
    expect(errors).toEqual([]);
    await page.close();
  });

  test('filtering the leaderboard, and searching the whole site from the header', async () => {
    const { page, errors } = await open(site.url);
    await page.getByLabel('Filter creators').fill('moss');
    expect((await leaderboardRows(page)).map((r) => r.login)).toEqual(['moss-lab']);
    await expect(page.locator('.filter output').first().textContent()).resolves.toBe(`1 of ${expectedTotals(ledger).size} creators match`);
    await page.getByLabel('Filter creators').fill('');
    expect(await leaderboardRows(page)).toHaveLength(expectedTotals(ledger).size);

    await page.getByLabel('Search creators and modules').fill('whisper');
    await page.keyboard.press('Enter');
    await page.waitForURL(/search\.html\?q=whisper$/);
    await page.waitForSelector('#search-results li');
    const results = await page.$$eval('#search-results li', (items) => items.map((li) => ({ text: li.textContent, href: li.querySelector('a')?.getAttribute('href') })));
    expect(results).toEqual([
      { text: expect.stringContaining('Whisper large-v3 github.com/tidepool/whisper:v2.1.0, #102 by tidepool, 2025-01'), href: 'months/2025-01.html#pr-102' },
      { text: expect.stringContaining('Faster Whisper'), href: 'months/2025-04.html#pr-116' },
    ]);
    await expect(page.textContent('#search-status')).resolves.toBe('2 results for “whisper”.');
    // Typing refines in place; a PR number finds the PR, counted or not.
    const search = page.getByLabel('Creators, modules, module references or PR numbers');
    await search.fill('#113');
    await page.waitForFunction(() => document.querySelector('#search-results li')?.textContent?.includes('#113'));
    await expect(page.locator('#search-results li').first().textContent()).resolves.toContain('earned nothing: modules/module-113.json does not parse');
    await search.fill('kelp');
    await page.waitForFunction(() => document.querySelector('#search-results li')?.textContent?.startsWith('Creator kelp-works'));
    await page.locator('#search-results li a').first().click();
    await page.waitForURL(/creators\/kelp-works\.html$/);
    await expect(page.textContent('h1')).resolves.toBe('kelp-works');
    expect(errors).toEqual([]);
    await page.close();
  });

  test('a creator page lists exactly the PRs that earned, with how, and the ones that did not', async () => {
    for (const key of expectedTotals(ledger).keys()) {
      const { page, errors } = await open(`${site.url}creators/${key}.html`);
      const earned = await page.$$eval('section[aria-labelledby="earned"] tbody tr', (rows) =>
        rows.map((r) => ({ pr: Number((r as HTMLTableRowElement).cells[2]?.textContent?.slice(1)), lilybits: Number((r as HTMLTableRowElement).cells[4]?.textContent?.replace(/,/g, '')), how: (r as HTMLTableRowElement).cells[5]?.textContent })),
      );
      const counted = [...ledger.months.values()].flatMap((f) => f.counted).filter((p) => creatorKey(p.recipient) === key);
      expect(earned).toEqual(counted.map((p) => ({ pr: p.number, lilybits: p.lilybits, how: p.computation.formula + (p.cooldownException ? `Cooldown exception: ${p.cooldownException}` : '') })));
      const nothing = await page.$$eval('section[aria-labelledby="nothing"] tbody tr', (rows) => rows.map((r) => Number((r as HTMLTableRowElement).cells[2]?.textContent?.slice(1))));
      const excluded = [...ledger.months.values()].flatMap((f) => f.excluded).filter((p) => p.author !== null && creatorKey(p.author) === key);
      expect(nothing).toEqual(excluded.map((p) => p.number));
      expect(errors).toEqual([]);
      await page.close();
    }
  });

  test('a month page: counted PRs, excluded PRs with their reasons, the rules and configuration', async () => {
    const march = ledger.months.get('2025-03');
    const { page, errors } = await open(`${site.url}months/2025-03.html`);
    const counted = await page.$$eval('section[aria-labelledby="counted"] tbody tr', (rows) => rows.map((r) => r.id));
    expect(counted).toEqual(march?.counted.map((p) => `pr-${p.number}`));
    const excluded = await page.$$eval('section[aria-labelledby="excluded"] tbody tr', (rows) => rows.map((r) => [(r as HTMLTableRowElement).cells[4]?.textContent, (r as HTMLTableRowElement).cells[5]?.textContent]));
    expect(excluded).toEqual(march?.excluded.map((p) => [p.code, p.reason]));
    const rules = (await page.textContent('section[aria-labelledby="rules"]')) ?? '';
    expect(rules).toContain(march?.configSha256);
    expect(rules).toContain('one RTX 4090 GPU-day = 5,000 Lilybits');
    expect(rules).toContain('2025-03-01 00:00 UTC to 2025-04-01 00:00 UTC');
    expect(rules).toContain('Its module entry does not read invalid-entry: 1 PR');
    await expect(page.locator('#pr-114').textContent()).resolves.toContain('Cooldown exception: Hackathon entry, approved by the maintainers on 2025-03-26');
    // The month's own leaderboard.
    const board = await leaderboardRows(page);
    expect(board.map((r) => [r.login, r.lilybits])).toEqual(march?.totals.map((t) => [t.login, t.lilybits]).sort((a, b) => (b[1] as number) - (a[1] as number) || String(a[0]).localeCompare(String(b[0]))));
    expect(errors).toEqual([]);
    await page.close();
  });

  test('every page: no console error, axe finds nothing in light or dark, and a screenshot', async () => {
    const pages = sitePages(site.dir);
    expect(pages).toContain('index.html');
    expect(pages.filter((p) => p.startsWith('months/'))).toHaveLength(6);
    // Every page in the light theme; in the dark one (only colours change), one page of each kind.
    const kinds = ['index.html', 'search.html', 'months/2025-03.html', 'creators/moss-lab.html'];
    for (const scheme of ['light', 'dark'] as const) {
      const themed = await launchBrowser({ colorScheme: scheme });
      try {
        for (const relative of scheme === 'light' ? pages : kinds) {
          const page = await themed.context.newPage();
          const errors = watchErrors(page);
          await page.goto(`${site.url}${relative}${relative === 'search.html' ? '?q=tts' : ''}`);
          await page.waitForSelector('html[data-enhanced]');
          expect(await axeViolations(page), `${relative} (${scheme})`).toEqual([]);
          await screenshot(page, `sample-${scheme}`, relative);
          expect(errors, relative).toEqual([]);
          await page.close();
        }
      } finally {
        await themed.close();
      }
    }
  }, 240_000);

  test('the accessibility check can fail: an image without alternative text is reported', async () => {
    const { page } = await open(site.url);
    expect(await axeViolations(page)).toEqual([]);
    await page.evaluate(() => {
      const img = document.createElement('img');
      img.src = 'assets/favicon.svg';
      document.querySelector('main')?.append(img);
    });
    expect((await axeViolations(page)).map((v) => v.id)).toEqual(['image-alt']);
    await page.close();
  });

  test('readable without JavaScript: the same tables, no controls that would do nothing', async () => {
    const plain = await launchBrowser({ javaScriptEnabled: false });
    try {
      // Locators only: with scripts off, nothing may be evaluated in the page's own world.
      const page = await plain.context.newPage();
      await page.goto(site.url);
      await expect(page.locator('table.leaderboard tbody tr').count()).resolves.toBe(expectedTotals(ledger).size);
      const best = (await leaderboardRowsFrom(site.url))[0];
      // Rank, creator and GitHub link, no team (a team of one), Lilybits, modules.
      await expect(page.locator('table.leaderboard tbody tr').first().textContent()).resolves.toBe(`1${best?.login} GitHub${best?.lilybits.toLocaleString('en-US')}${best?.modules}`);
      await expect(page.locator('.filter').count()).resolves.toBe(0);
      await expect(page.locator('thead button').count()).resolves.toBe(0);
      await expect(page.locator('form[role="search"]').isVisible()).resolves.toBe(false);
      await expect(page.locator('table.leaderboard thead th[aria-sort="ascending"]').textContent()).resolves.toBe('Rank');
      await page.goto(`${site.url}search.html`);
      await expect(page.locator('main').textContent()).resolves.toContain('Search runs in your browser and needs JavaScript');
      await screenshot(page, 'no-javascript', 'search.html');
    } finally {
      await plain.close();
    }
  });

  test('the keyboard: the skip link comes first and lands on the content', async () => {
    const { page } = await open(site.url);
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe('Skip to the content');
    await page.keyboard.press('Enter');
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('main');
    await page.close();
  });

  test('the Content-Security-Policy stops inline script, whatever reaches the page', async () => {
    const { page } = await open(site.url);
    const outcome = await page.evaluate(
      () =>
        new Promise<{ ran: boolean; violation: string | null }>((resolve) => {
          let violation: string | null = null;
          document.addEventListener('securitypolicyviolation', (e) => (violation = e.violatedDirective));
          const s = document.createElement('script');
          s.textContent = 'window.__inline = true';
          document.body.append(s);
          setTimeout(() => resolve({ ran: (window as unknown as { __inline?: boolean }).__inline === true, violation }), 100);
        }),
    );
    expect(outcome).toEqual({ ran: false, violation: 'script-src-elem' });
    await page.close();
  });
});

describe('a big ledger', () => {
  test('36 months × 500 creators: the leaderboard is interactive quickly (measured and reported, not asserted)', async () => {
    const big = buildSite(server, syntheticLedger(36, 500).files);
    const { page, errors } = await open(big.url);
    const timing = await page.evaluate(() => {
      const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
      const mark = performance.getEntriesByName('dashboard-interactive')[0];
      return { domInteractive: nav.domInteractive, domContentLoaded: nav.domContentLoadedEventEnd, load: nav.loadEventEnd, interactive: mark?.startTime ?? null, transferSize: nav.transferSize };
    });
    // The sort of 500 rows, from click to the new order on screen.
    const sortMs = await page.evaluate(async () => {
      const button = Array.from(document.querySelectorAll('table.leaderboard thead button')).find((b) => b.textContent === 'Lilybits') as HTMLButtonElement;
      const started = performance.now();
      button.click();
      await new Promise(requestAnimationFrame);
      return performance.now() - started;
    });
    const report = { creators: 500, months: 36, ...timing, sortMs };
    mkdirSync(ARTIFACTS, { recursive: true });
    writeFileSync(path.join(ARTIFACTS, 'leaderboard-timing.json'), `${JSON.stringify(report, null, 2)}\n`);
    console.log(`leaderboard (36 months × 500 creators): interactive ${timing.interactive?.toFixed(0)} ms after navigation start, load ${timing.load.toFixed(0)} ms, sort ${sortMs.toFixed(0)} ms`);
    expect(timing.interactive).not.toBeNull();
    expect(await leaderboardRows(page)).toHaveLength(500);
    await screenshot(page, 'big', 'index.html');
    expect(errors).toEqual([]);
    await page.close();
  }, 120_000);
});
