// Every PR merged in a month, from GitHub's search. Search stops at 1,000 results per query
// (`issueCount` still tells the whole count), so a window that reaches the cap is split by time
// until every slice fits, sized from the count so that few requests are spent on probing.
// Requests are made one at a time, as GitHub asks of integrations, to stay clear of secondary limits.

import { GitHubApiError } from './errors';
import type { GitHubApi } from './github-client';
import { isoSeconds, type Window } from './month';

/** A merged PR, with what the rules need to judge it. */
export interface HarvestedPull {
  number: number;
  title: string;
  url: string;
  /** Null when the author's account was deleted (GitHub's "ghost"). */
  author: string | null;
  mergedAt: string;
  mergeCommit: string | null;
  labels: string[];
  files: Array<{ path: string; changeType: string }>;
  /** Check runs and commit statuses on the PR's last commit: name → outcome, and when (ISO; null when GitHub gives none). */
  checks: Array<{ name: string; outcome: string; at?: string | null }>;
}

export interface HarvestStats {
  /** Search pages fetched, probes of oversized slices included. */
  searchRequests: number;
  /** Of those, first pages of slices that reached the cap and were split instead of read. */
  probeRequests: number;
  /** Requests for changed files or labels beyond a PR's first 100. */
  followUpRequests: number;
  /** Slices of the month that were read. */
  slices: number;
}

export interface Repository {
  owner: string;
  name: string;
}

/** GitHub's search cap, and its largest page. */
export const SEARCH_CAP = 1000;
export const PAGE_SIZE = 100;
/** Aim slices below the cap so that an uneven spread of merges rarely forces another split. */
const SLICE_TARGET = 900;
/** PRs whose extra files or labels are fetched in one request. */
const FOLLOW_UP_BATCH = 50;

const PULL_FIELDS = `
fragment HarvestedPull on PullRequest {
  number
  title
  url
  mergedAt
  author { login }
  mergeCommit { oid }
  labels(first: 100) { pageInfo { hasNextPage endCursor } nodes { name } }
  files(first: 100) { pageInfo { hasNextPage endCursor } nodes { path changeType } }
  commits(last: 1) {
    nodes {
      commit {
        statusCheckRollup {
          contexts(first: 100) {
            nodes {
              __typename
              ... on CheckRun { name status conclusion startedAt completedAt }
              ... on StatusContext { context state createdAt }
            }
          }
        }
      }
    }
  }
}`;

export const SEARCH_QUERY = `query HarvestSearch($q: String!, $cursor: String) {
  search(query: $q, type: ISSUE, first: ${PAGE_SIZE}, after: $cursor) {
    issueCount
    pageInfo { hasNextPage endCursor }
    nodes { ...HarvestedPull }
  }
}
${PULL_FIELDS}`;

interface Page<T> {
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  nodes: T[];
}

interface RawPull {
  number: number;
  title: string;
  url: string;
  mergedAt: string;
  author: { login: string } | null;
  mergeCommit: { oid: string } | null;
  labels: Page<{ name: string }> | null;
  files: Page<{ path: string; changeType: string }> | null;
  commits: { nodes: Array<{ commit: { statusCheckRollup: { contexts: { nodes: RawContext[] } } | null } }> };
}

type RawContext =
  | { __typename: 'CheckRun'; name: string; status: string; conclusion: string | null; startedAt: string | null; completedAt: string | null }
  | { __typename: 'StatusContext'; context: string; state: string; createdAt: string | null };

interface SearchAnswer {
  search: { issueCount: number } & Page<RawPull | Record<string, never>>;
}

/** The search string for merges in [start, end): GitHub's `..` is inclusive and times are whole seconds. */
export function searchQuery(repo: Repository, slice: Window): string {
  return `repo:${repo.owner}/${repo.name} is:pr is:merged merged:${searchTime(slice.start)}..${searchTime(slice.end - 1000)}`;
}

function searchTime(ms: number): string {
  return isoSeconds(ms).replace(/Z$/, '+00:00');
}

/** Fetches every PR merged in `window`, sorted by number. */
export async function harvestMerged(
  api: GitHubApi,
  repo: Repository,
  window: Window,
  log: (line: string) => void = () => undefined,
): Promise<{ pulls: HarvestedPull[]; stats: HarvestStats }> {
  const stats: HarvestStats = { searchRequests: 0, probeRequests: 0, followUpRequests: 0, slices: 0 };
  // Converted as they arrive, so that GitHub's nested answers do not stay in memory; the few PRs
  // with more than 100 files or labels keep a cursor for the follow-up requests.
  const found = new Map<number, HarvestedPull>();
  const more: Array<{ pull: HarvestedPull; field: 'files' | 'labels'; cursor: string | null }> = [];
  const pending: Window[] = [window];
  while (pending.length > 0) {
    const slice = pending.shift() as Window;
    const first = await searchPage(api, repo, slice, null, stats);
    const count = first.search.issueCount;
    if (count > SEARCH_CAP) {
      stats.probeRequests += 1;
      const parts = splitWindow(slice, Math.ceil(count / SLICE_TARGET));
      if (parts.length < 2) {
        throw new GitHubApiError(
          `more than ${SEARCH_CAP} PRs were merged between ${isoSeconds(slice.start)} and ${isoSeconds(slice.end)}; GitHub's search cannot list them`,
        );
      }
      log(`harvest: ${count} PRs merged ${isoSeconds(slice.start)}..${isoSeconds(slice.end)} exceed search's ${SEARCH_CAP}; split into ${parts.length} slices`);
      pending.unshift(...parts);
      continue;
    }
    stats.slices += 1;
    let page = first;
    let got = 0;
    for (;;) {
      for (const node of page.search.nodes) {
        if (!('number' in node)) continue;
        const raw = node as RawPull;
        const pull = toHarvested(raw);
        found.set(pull.number, pull);
        for (const field of ['files', 'labels'] as const) {
          if (raw[field]?.pageInfo.hasNextPage) more.push({ pull, field, cursor: raw[field]?.pageInfo.endCursor ?? null });
        }
        got += 1;
      }
      if (!page.search.pageInfo.hasNextPage) break;
      page = await searchPage(api, repo, slice, page.search.pageInfo.endCursor, stats);
    }
    if (got !== count) {
      // Search is an index that trails the database; a short answer would silently drop PRs.
      throw new GitHubApiError(
        `GitHub's search reported ${count} PRs merged between ${isoSeconds(slice.start)} and ${isoSeconds(slice.end)} but listed ${got}; its index may be catching up, re-run later`,
      );
    }
  }
  await followUp(api, repo, more.filter((m) => m.field === 'files'), 'files', stats);
  await followUp(api, repo, more.filter((m) => m.field === 'labels'), 'labels', stats);
  const pulls = [...found.values()].sort((a, b) => a.number - b.number);
  return { pulls, stats };
}

async function searchPage(api: GitHubApi, repo: Repository, slice: Window, cursor: string | null, stats: HarvestStats): Promise<SearchAnswer> {
  stats.searchRequests += 1;
  return api.graphql<SearchAnswer>(SEARCH_QUERY, { q: searchQuery(repo, slice), cursor });
}

/** `parts` slices of equal length in whole seconds (search's resolution), covering `w` exactly. */
export function splitWindow(w: Window, parts: number): Window[] {
  const seconds = Math.floor((w.end - w.start) / 1000);
  const n = Math.max(1, Math.min(parts, seconds));
  const out: Window[] = [];
  for (let i = 0; i < n; i += 1) {
    const start = w.start + Math.floor((seconds * i) / n) * 1000;
    const end = i === n - 1 ? w.end : w.start + Math.floor((seconds * (i + 1)) / n) * 1000;
    out.push({ start, end });
  }
  return out;
}

/** Fetches the pages of `files` or `labels` beyond the first 100, for the PRs that have more. */
async function followUp(
  api: GitHubApi,
  repo: Repository,
  start: Array<{ pull: HarvestedPull; cursor: string | null }>,
  field: 'files' | 'labels',
  stats: HarvestStats,
): Promise<void> {
  let pending = start.map(({ pull, cursor }) => ({ pull, cursor }));
  const nodeFields = field === 'files' ? 'path changeType' : 'name';
  while (pending.length > 0) {
    const batch = pending.slice(0, FOLLOW_UP_BATCH);
    const rest = pending.slice(FOLLOW_UP_BATCH);
    const args = batch.map((_, i) => `$n${i}: Int!, $c${i}: String`).join(', ');
    const selections = batch
      .map((_, i) => `p${i}: pullRequest(number: $n${i}) { ${field}(first: ${PAGE_SIZE}, after: $c${i}) { pageInfo { hasNextPage endCursor } nodes { ${nodeFields} } } }`)
      .join('\n    ');
    const query = `query HarvestMore${field === 'files' ? 'Files' : 'Labels'}($owner: String!, $name: String!, ${args}) {\n  repository(owner: $owner, name: $name) {\n    ${selections}\n  }\n}`;
    const variables: Record<string, unknown> = { owner: repo.owner, name: repo.name };
    batch.forEach((item, i) => {
      variables[`n${i}`] = item.pull.number;
      variables[`c${i}`] = item.cursor;
    });
    stats.followUpRequests += 1;
    const answer = await api.graphql<{ repository: Record<string, Record<string, Page<{ path: string; changeType: string; name: string }>>> }>(query, variables);
    const next: typeof pending = [];
    batch.forEach((item, i) => {
      const page = answer.repository[`p${i}`]?.[field];
      if (!page) return;
      if (field === 'files') item.pull.files.push(...page.nodes.map((f) => ({ path: f.path, changeType: f.changeType })));
      else item.pull.labels.push(...page.nodes.map((l) => l.name));
      if (page.pageInfo.hasNextPage) next.push({ pull: item.pull, cursor: page.pageInfo.endCursor });
    });
    pending = [...rest, ...next];
  }
}

function toHarvested(raw: RawPull): HarvestedPull {
  const contexts = raw.commits.nodes[0]?.commit.statusCheckRollup?.contexts.nodes ?? [];
  return {
    number: raw.number,
    title: raw.title,
    url: raw.url,
    author: raw.author?.login ?? null,
    mergedAt: raw.mergedAt,
    mergeCommit: raw.mergeCommit?.oid ?? null,
    labels: (raw.labels?.nodes ?? []).map((l) => l.name),
    files: (raw.files?.nodes ?? []).map((f) => ({ path: f.path, changeType: f.changeType })),
    checks: contexts.map((c) =>
      c.__typename === 'CheckRun'
        ? { name: c.name, outcome: c.conclusion ?? c.status, at: c.completedAt ?? c.startedAt ?? null }
        : { name: c.context, outcome: c.state, at: c.createdAt ?? null },
    ),
  };
}
