// Building sites for the tests: a ledger (from sample-ledger.ts) into a folder, the dashboard built
// from it with the test server as GitHub, and the site mounted on that server.

import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { buildDashboard, type DashboardSummary } from '../src/build';
import { ledgerFolder } from './sample-ledger';
import type { SiteServer } from './site-server';
import { tempDir } from '../../../test/support/temp-dir';

/** A fixed clock: previews say "to date, as of" this. */
export const NOW = new Date('2025-07-15T09:30:00Z');

export interface BuiltSite {
  /** The site's folder. */
  dir: string;
  /** Its root URL on the test server. */
  url: string;
  summary: DashboardSummary;
}

let sites = 0;

/** Builds a site from ledger files (null: no ledger) and preview files, and serves it. */
export function buildSite(server: SiteServer, ledger: ReadonlyMap<string, string> | null, previews: string[] = []): BuiltSite {
  const work = tempDir('dashboard-site-');
  const folder = ledger ? ledgerFolder(ledger, work) : null;
  const dir = path.join(work, 'site');
  const summary = buildDashboard({ ledger: folder, cwd: work, previews, outDir: dir, serverUrl: server.url, now: NOW });
  sites += 1;
  return { dir, url: server.mount(`site-${sites}`, dir), summary };
}

/** The site's pages, relative to its root: index.html, search.html, months/…, creators/…. */
export function sitePages(dir: string): string[] {
  const pages: string[] = [];
  const walk = (relative: string) => {
    for (const name of readdirSync(path.join(dir, relative)).sort()) {
      const child = relative ? `${relative}/${name}` : name;
      if (statSync(path.join(dir, child)).isDirectory()) walk(child);
      else if (name.endsWith('.html')) pages.push(child);
    }
  };
  walk('');
  return pages;
}
