// Makes docs/dashboard-leaderboard.png, the README's picture of the leaderboard: the site built
// from the tests' sample ledger (made by the rewards package's own code), served on loopback with
// the test server standing in for GitHub's avatars, photographed by Debian's chromium.
//   pnpm --filter @lilypad-actions/dashboard screenshot

import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { buildDashboard } from '../src/build';
import { ledgerFolder, sampleLedger } from '../test/sample-ledger';
import { startSiteServer } from '../test/site-server';

const out = fileURLToPath(new URL('../../../docs/dashboard-leaderboard.png', import.meta.url));
const work = mkdtempSync(path.join(tmpdir(), 'dashboard-screenshot-'));
const server = await startSiteServer();
const profile = mkdtempSync(path.join(tmpdir(), 'dashboard-screenshot-chromium-'));
try {
  const site = path.join(work, 'site');
  buildDashboard({ ledger: ledgerFolder(sampleLedger().files, work), cwd: work, previews: [], outDir: site, serverUrl: server.url, now: new Date('2025-07-01T00:00:00Z') });
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    viewport: { width: 980, height: 1400 },
    colorScheme: 'light',
  });
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(server.mount('readme', site));
  await page.waitForSelector('html[data-enhanced]');
  // The header, the leaderboard and the chart: what a creator sees first.
  const bottom = await page.evaluate('document.querySelector("#over-time").closest("section").getBoundingClientRect().bottom');
  await page.screenshot({ path: out, clip: { x: 0, y: 0, width: 980, height: Math.ceil(Number(bottom)) + 8 } });
  await context.close();
  console.log(`wrote ${out} (${(statSync(out).size / 1024).toFixed(0)} KiB)`);
} finally {
  await server.stop();
  rmSync(work, { recursive: true, force: true });
  rmSync(profile, { recursive: true, force: true });
}
