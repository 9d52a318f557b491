// Harvesting a month from the fake GitHub: search's 1,000-result cap, the UTC boundaries,
// pagination of files and labels, deleted authors.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { FakeGitHub, PullFixture } from '../../../test/fake-github';
import type { GitHubApi } from '../src/github-client';
import { harvestMerged, PAGE_SIZE, SEARCH_CAP, searchQuery, splitWindow, type HarvestedPull, type HarvestStats } from '../src/harvest';
import { monthWindow, parseMonth } from '../src/month';
import { clientFor, REPO, startFake } from './fixtures';

const MARCH = monthWindow(parseMonth('2025-03'));
const IN_MARCH = 2500;

/** 2,500 PRs merged in March — 1,300 of them on the 15th, so one slice must be split again — and two just outside. */
function busyMonth(): PullFixture[] {
  const pulls: PullFixture[] = [];
  const at = (ms: number) => new Date(Math.floor(ms / 1000) * 1000).toISOString().replace('.000Z', 'Z');
  const add = (number: number, mergedAt: string, extra: Partial<PullFixture> = {}) =>
    pulls.push({ number, author: `creator${number % 300}`, mergedAt, files: [{ path: `modules/s${number % 50}/m${number}.json`, contents: `{"module": "github.com/c/m${number}:v1"}` }], ...extra });
  const spread = IN_MARCH - 1300 - 4;
  for (let i = 0; i < spread; i += 1) add(i + 1, at(MARCH.start + ((i + 0.5) * (MARCH.end - MARCH.start)) / spread));
  const fifteenth = Date.parse('2025-03-15T00:00:00Z');
  for (let i = 0; i < 1300; i += 1) add(spread + i + 1, at(fifteenth + i * 60_000));
  // The boundaries: the first and last second of March are in, the seconds around them are not.
  add(90001, '2025-02-28T23:59:59Z');
  add(90002, '2025-03-01T00:00:00Z');
  add(90003, '2025-03-31T23:59:59Z');
  add(90004, '2025-04-01T00:00:00Z');
  add(90005, '2025-03-20T08:00:00Z', { author: null });
  add(90006, '2025-03-21T08:00:00Z', {
    labels: Array.from({ length: 130 }, (_, i) => `label-${i}`),
    files: Array.from({ length: 250 }, (_, i) => ({ path: `docs/page-${i}.md`, contents: `page ${i}\n` })),
  });
  return pulls;
}

/** Records every search answer, to check that each PR came back exactly once. */
function counting(github: GitHubApi) {
  const pages: Array<{ q: string; issueCount: number; nodes: number }> = [];
  const api: GitHubApi = {
    rest: (route, params) => github.rest(route, params),
    async graphql<T>(query: string, variables?: Record<string, unknown>) {
      const answer = await github.graphql<T>(query, variables);
      const search = (answer as { search?: { issueCount: number; nodes: unknown[] } }).search;
      if (search) pages.push({ q: String(variables?.q), issueCount: search.issueCount, nodes: search.nodes.length });
      return answer;
    },
  };
  return { api, pages };
}

describe('harvesting a month', () => {
  let fake: FakeGitHub;
  let pulls: HarvestedPull[];
  let stats: HarvestStats;
  let pages: Array<{ q: string; issueCount: number; nodes: number }>;

  beforeAll(async () => {
    fake = await startFake(busyMonth());
    const spy = counting(clientFor(fake).github);
    ({ pulls, stats } = await harvestMerged(spy.api, REPO, MARCH));
    pages = spy.pages;
  });
  afterAll(() => fake.stop());

  test('2,500 merged PRs: the window is split until every slice is under the cap, and each PR comes once', () => {
    expect(pulls).toHaveLength(IN_MARCH);
    expect(new Set(pulls.map((p) => p.number)).size).toBe(IN_MARCH);
    // The month (2,500) reached the cap, then the slices holding the 15th (over 1,300) until
    // they were narrow enough; each probe is one search answer that was split instead of read.
    const probes = pages.filter((p) => p.issueCount > SEARCH_CAP);
    expect(probes[0]?.issueCount).toBe(IN_MARCH);
    expect(probes.length).toBeGreaterThanOrEqual(2);
    expect(stats.probeRequests).toBe(probes.length);
    const read = pages.filter((p) => p.issueCount <= SEARCH_CAP);
    expect(read.reduce((n, p) => n + p.nodes, 0)).toBe(IN_MARCH);
    // Every slice read costs exactly its pages: nothing fetched twice.
    const bySlice = new Map<string, number>();
    for (const p of read) bySlice.set(p.q, p.issueCount);
    const pagesNeeded = [...bySlice.values()].reduce((n, count) => n + Math.max(1, Math.ceil(count / PAGE_SIZE)), 0);
    expect(stats.searchRequests).toBe(pagesNeeded + stats.probeRequests);
    expect(fake.requests.filter((r) => r.operationName === 'HarvestSearch')).toHaveLength(stats.searchRequests);
  });

  test('PRs merged at 23:59:59 and 00:00:00 UTC on the boundaries fall in the right month', () => {
    const numbers = new Set(pulls.map((p) => p.number));
    expect([90001, 90002, 90003, 90004].map((n) => numbers.has(n))).toEqual([false, true, true, false]);
  });

  test('a PR whose author account was deleted has author null', () => {
    expect(pulls.find((p) => p.number === 90005)?.author).toBeNull();
  });

  test('changed files and labels beyond the first 100 are paginated', () => {
    const big = pulls.find((p) => p.number === 90006);
    expect(big?.files).toHaveLength(250);
    expect(big?.labels).toHaveLength(130);
    expect(stats.followUpRequests).toBe(2 + 1);
  });

  test('a harvested PR carries what the rules need', () => {
    const p = pulls.find((x) => x.number === 90002);
    expect(p).toEqual({
      number: 90002,
      title: 'PR 90002',
      url: `${fake.serverUrl}/Lilypad-Tech/awesome-lilypad/pull/90002`,
      author: 'creator2',
      mergedAt: '2025-03-01T00:00:00Z',
      mergeCommit: fake.mergeCommits.get(90002),
      labels: [],
      files: [{ path: 'modules/s2/m90002.json', changeType: 'ADDED' }],
      checks: [],
    });
  });
});

describe('search windows', () => {
  test('explicit UTC timestamps over the half-open window', () => {
    expect(searchQuery(REPO, MARCH)).toBe('repo:Lilypad-Tech/awesome-lilypad is:pr is:merged merged:2025-03-01T00:00:00+00:00..2025-03-31T23:59:59+00:00');
  });

  test('slices cover the window exactly, in whole seconds', () => {
    const parts = splitWindow(MARCH, 7);
    expect(parts[0]?.start).toBe(MARCH.start);
    expect(parts.at(-1)?.end).toBe(MARCH.end);
    for (let i = 1; i < parts.length; i += 1) expect(parts[i]?.start).toBe(parts[i - 1]?.end);
    expect(parts.every((p) => p.start % 1000 === 0 && p.end % 1000 === 0)).toBe(true);
    expect(splitWindow({ start: 0, end: 1000 }, 5)).toEqual([{ start: 0, end: 1000 }]);
  });

  test('more than 1,000 PRs in one second cannot be listed: a clear error', async () => {
    const crowd: PullFixture[] = Array.from({ length: 1001 }, (_, i) => ({ number: i + 1, author: 'a', mergedAt: '2025-03-10T10:00:00Z' }));
    const fake = await startFake(crowd);
    try {
      await expect(harvestMerged(clientFor(fake).github, REPO, MARCH)).rejects.toThrow(/more than 1000 PRs were merged between 2025-03-10T10:00:00Z and 2025-03-10T10:00:01Z/);
    } finally {
      await fake.stop();
    }
  });
});
