// The site as files: the data beside the pages in the formats their readers expect, the same
// bytes for the same ledger, written whole or not at all, and no link that is not ours or http(s).
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseMonthFile, resultSha256 } from '@lilypad-actions/rewards';
import Ajv from 'ajv';
import { beforeAll, describe, expect, test } from 'vitest';
import schema from '../schema/dashboard.schema.json';
import { GENERATED_PATH, generateAssets } from '../scripts/embed-assets';
import { buildDashboard, renderSite } from '../src/build';
import { readLedger } from '../src/ledger-source';
import { escapeHtml } from '../src/html';
import { writeSite } from '../src/site-writer';
import { ledgerFolder, sampleLedger, SERVER, type SampleLedger } from './sample-ledger';
import { tempDir } from '../../../test/support/temp-dir';

const NOW = new Date('2025-07-15T09:30:00Z');
let ledger: SampleLedger;
let files: ReadonlyMap<string, string>;

beforeAll(() => {
  ledger = sampleLedger();
  files = renderSite(readLedger(ledgerFolder(ledger.files), '/'), [], { serverUrl: SERVER, now: NOW }).files;
});

/** The existing Community Rewards dashboard reads its CSV by splitting on newlines and commas. */
function asTheDashboardReadsIt(csv: string) {
  const [header, ...rows] = csv.trim().split('\n');
  const names = (header as string).split(',');
  return rows.map((row) => Object.fromEntries(row.split(',').map((v, i) => [names[i], v])));
}

describe('the data beside the pages', () => {
  test("rewards.csv: the Community Rewards dashboard's header and format, all-time totals, best first", () => {
    const csv = files.get('rewards.csv') as string;
    const fixture = readFileSync(new URL('../../../test/fixtures/awesome-lilypad/rewards-dashboard/module_rewards.csv', import.meta.url), 'utf8');
    expect(csv.split('\n')[0]).toBe(fixture.split('\n')[0]);
    const rows = asTheDashboardReadsIt(csv);
    const totals = new Map<string, number>();
    for (const f of ledger.months.values()) for (const t of f.totals) totals.set(t.login.toLowerCase(), (totals.get(t.login.toLowerCase()) ?? 0) + t.lilybits);
    expect(rows.map((r) => [r.username?.toLowerCase(), Number(r.rewards)])).toEqual([...totals].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)));
    const moss = rows.find((r) => r.username === 'moss-lab');
    expect(moss).toEqual({
      username: 'moss-lab',
      github: 'https://github.com/moss-lab',
      wallet_address: '',
      rewards: '20000',
      contributions: [101, 111, 118, 124].map((n) => `https://github.com/Lilypad-Tech/awesome-lilypad/pull/${n}`).join(';'),
    });
  });

  test('each month: the ledger’s own JSON bytes, and its CSV as the rewards action writes it', () => {
    for (const month of ledger.months.keys()) {
      expect(files.get(`months/${month}.json`)).toBe(ledger.files.get(`rewards/${month}.json`));
      expect(files.get(`months/${month}.csv`)).toBe(ledger.files.get(`rewards/${month}.csv`));
    }
  });

  test('rewards.json follows its published schema and agrees with the months', () => {
    const document = JSON.parse(files.get('rewards.json') as string) as { total: number; months: Array<{ month: string; status: string; total: number }>; creators: Array<{ login: string; lilybits: number; pulls: unknown[] }> };
    const validate = new Ajv({ allowUnionTypes: true }).compile(schema);
    expect(validate(document), JSON.stringify(validate.errors)).toBe(true);
    expect(document.total).toBe([...ledger.months.values()].reduce((n, f) => n + f.total, 0));
    expect(document.months.map((m) => [m.month, m.status, m.total])).toEqual([...ledger.months].map(([m, f]) => [m, 'recorded', f.total]));
    expect(document.creators.reduce((n, c) => n + c.lilybits, 0)).toBe(document.total);
  });

  test('the same ledger gives the same bytes', () => {
    const again = renderSite(readLedger(ledgerFolder(ledger.files), '/'), [], { serverUrl: SERVER, now: NOW }).files;
    expect([...again.keys()]).toEqual([...files.keys()]);
    for (const [p, text] of files) expect(again.get(p), p).toBe(text);
  });

  test('the month files still read as months (they are the rewards package’s format)', () => {
    for (const month of ledger.months.keys()) {
      const parsed = parseMonthFile(files.get(`months/${month}.json`) as string);
      expect('file' in parsed && resultSha256(parsed.file)).toBe(resultSha256(ledger.months.get(month) as never));
    }
  });
});

describe('pages', () => {
  test('every link is to a page or file of the site, an anchor, or an http(s) URL; every page has the CSP', () => {
    const paths = new Set(files.keys());
    for (const [page, text] of files) {
      if (!page.endsWith('.html')) continue;
      expect(text, page).toContain(`<meta http-equiv="Content-Security-Policy" content="${escapeHtml("default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' https:; base-uri 'none'; form-action 'self'")}">`);
      expect(text, page).not.toMatch(/<script(?![^>]*\ssrc=)/);
      expect(text, page).not.toMatch(/\sstyle=|\son[a-z]+=/i);
      for (const [, href] of text.matchAll(/\s(?:href|src|action)="([^"]*)"/g)) {
        const target = (href as string).replace(/&amp;/g, '&');
        if (/^https?:\/\//.test(target)) continue;
        const resolved = path.posix.normalize(path.posix.join(path.posix.dirname(page), target.replace(/[#?].*$/, '')));
        expect(paths.has(resolved) || target.startsWith('#'), `${page}: ${href}`).toBe(true);
      }
    }
  });
});

describe('writing the site', () => {
  const site = () => new Map([['index.html', '<!doctype html>\n'], ['rewards.json', `{"generator": "@lilypad-actions/dashboard"}\n`], ['months/2025-01.html', 'm']]);

  test('a new folder is made; an earlier build is replaced whole', () => {
    const parent = tempDir('dashboard-out-');
    const out = path.join(parent, 'deep', 'site');
    writeSite(out, site());
    expect(readdirSync(out).sort()).toEqual(['index.html', 'months', 'rewards.json']);
    writeFileSync(path.join(out, 'months', 'stale.html'), 'from an older build');
    writeSite(out, new Map([...site()].filter(([p]) => p !== 'months/2025-01.html')));
    expect(existsSync(path.join(out, 'months'))).toBe(false);
    expect(readdirSync(path.join(parent, 'deep'))).toEqual(['site']);
  });

  test('a folder that is not a dashboard is never replaced, and nothing is written', () => {
    const out = tempDir('dashboard-out-');
    writeFileSync(path.join(out, 'thesis.tex'), 'precious');
    expect(() => writeSite(out, site())).toThrow(/is not empty and is not a dashboard this tool built: nothing was written/);
    expect(readdirSync(out)).toEqual(['thesis.tex']);
    expect(readdirSync(path.dirname(out)).filter((n) => n.includes(path.basename(out)) && n !== path.basename(out))).toEqual([]);
  });

  test('a write that fails half-way leaves the earlier build as it was and no scratch folder', () => {
    const parent = tempDir('dashboard-out-');
    const out = path.join(parent, 'site');
    writeSite(out, site());
    // A file and a folder of the same name: the second write cannot finish.
    const clash = new Map([...site(), ['months', 'a file where a folder must be'], ['months/2025-02.html', 'x']]);
    expect(() => writeSite(out, clash)).toThrow();
    expect(readFileSync(path.join(out, 'months', '2025-01.html'), 'utf8')).toBe('m');
    expect(readdirSync(parent)).toEqual(['site']);
  });

  test('buildDashboard: relative paths from cwd, and a summary of what was built', () => {
    const work = tempDir('dashboard-build-');
    const folder = ledgerFolder(ledger.files, work);
    const summary = buildDashboard({ ledger: path.basename(folder), cwd: work, previews: [], outDir: 'public', serverUrl: SERVER, now: NOW });
    expect(summary).toMatchObject({ repository: 'Lilypad-Tech/awesome-lilypad', creators: 7, total: 100000, problems: [], files: files.size });
    expect(summary.months.map((m) => m.status)).toEqual(Array(6).fill('recorded'));
    expect(readFileSync(path.join(work, 'public', 'index.html'), 'utf8')).toBe(files.get('index.html'));
  });
});

test('the committed src/generated/assets.ts is what scripts/embed-assets.ts makes from the client script and styles', () => {
  expect(readFileSync(GENERATED_PATH, 'utf8')).toBe(generateAssets());
});
