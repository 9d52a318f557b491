// The GitHub client against the fake: GitHub's rate limits and outages, as github.com sends them.
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import type { FakeGitHub } from '../../../test/fake-github';
import { GitHubApiError } from '../src/errors';
import { createGitHubClient, GraphQLResponseError } from '../src/github-client';
import { clientFor, modulePull, startFake, TOKEN } from './fixtures';

const QUERY = 'query Probe($owner: String!, $name: String!) { repository(owner: $owner, name: $name) { nameWithOwner } }';
const VARS = { owner: 'Lilypad-Tech', name: 'awesome-lilypad' };
const MUTATION = `mutation Poke($input: CreateRefInput!) { createRef(input: $input) { ref { name } } }`;

describe('GitHub client', () => {
  let fake: FakeGitHub;
  beforeAll(async () => {
    fake = await startFake([modulePull(1, 'alice', '2025-03-03T00:00:00Z')]);
  });
  afterAll(() => fake.stop());
  let removers: Array<() => void> = [];
  afterEach(() => {
    for (const remove of removers) remove();
    removers = [];
  });
  const fault = (spec: Parameters<FakeGitHub['fault']>[0]) => {
    const handle = fake.fault(spec);
    removers.push(() => handle.remove());
    return handle;
  };

  test('sends the token to the GraphQL endpoint it is given', async () => {
    const before = fake.requests.length;
    const { github } = clientFor(fake);
    await expect(github.graphql(QUERY, VARS)).resolves.toEqual({ repository: { nameWithOwner: 'Lilypad-Tech/awesome-lilypad' } });
    expect(fake.requests.slice(before).map((r) => [r.kind, r.path, r.auth])).toEqual([['graphql', '/api/graphql', 'ok']]);
  });

  test('GITHUB_API_URL and GITHUB_GRAPHQL_URL are honoured', async () => {
    const saved = { api: process.env.GITHUB_API_URL, graphql: process.env.GITHUB_GRAPHQL_URL };
    process.env.GITHUB_API_URL = fake.url;
    process.env.GITHUB_GRAPHQL_URL = fake.graphqlUrl;
    try {
      const github = createGitHubClient({ token: TOKEN });
      await expect(github.graphql(QUERY, VARS)).resolves.toBeTruthy();
      await expect(github.rest('GET /repos/{owner}/{repo}', { owner: 'Lilypad-Tech', repo: 'awesome-lilypad' })).resolves.toMatchObject({ default_branch: 'main' });
    } finally {
      process.env.GITHUB_API_URL = saved.api;
      process.env.GITHUB_GRAPHQL_URL = saved.graphql;
      if (saved.api === undefined) delete process.env.GITHUB_API_URL;
      if (saved.graphql === undefined) delete process.env.GITHUB_GRAPHQL_URL;
    }
  });

  test.each([
    ['a secondary rate limit, waiting as retry-after says', 'secondary-rate-limit', [7000]],
    ['an exhausted primary limit, waiting for the reset', 'primary-rate-limit', [expect.any(Number)]],
    ['GraphQL RATE_LIMITED in a 200 answer', 'graphql-rate-limited', [expect.any(Number)]],
    ['a 502', 'server-error', [1000]],
    ['a dropped connection', 'drop', [1000]],
  ] as const)('%s is retried', async (_, type, waits) => {
    const { github, waits: waited, log } = clientFor(fake);
    const handle = fault({ kind: 'graphql', operation: 'Probe', fault: type, retryAfter: 7 });
    await expect(github.graphql(QUERY, VARS)).resolves.toBeTruthy();
    expect(handle.hits).toBe(1);
    expect(waited).toEqual(waits);
    if (type === 'primary-rate-limit') expect(waited[0]).toBeGreaterThanOrEqual(7000);
    expect(log[0]).toMatch(/^GitHub: GraphQL Probe: .*; retrying in \d+ s \(attempt 2 of 6\)$/);
  });

  test('a failure that persists ends in one clear error after the last attempt', async () => {
    const { github, waits } = clientFor(fake, { maxAttempts: 3 });
    const before = fake.requests.length;
    fault({ kind: 'graphql', operation: 'Probe', fault: 'server-error', times: Infinity });
    const error = await github.graphql(QUERY, VARS).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GitHubApiError);
    expect((error as Error).message).toBe('GitHub GraphQL Probe failed: 502 Server Error (server error 502, 3 attempts made)');
    expect(waits).toEqual([1000, 2000]);
    expect(fake.requests.length - before).toBe(3);
  });

  test('a mutation whose answer was lost is not re-sent: the caller must look', async () => {
    const { github, waits } = clientFor(fake);
    fault({ kind: 'graphql', operation: 'Poke', fault: 'server-error' });
    const error = (await github.graphql(MUTATION, { input: { repositoryId: 'x', name: 'refs/heads/x', oid: 'y' } }).catch((e: unknown) => e)) as GitHubApiError;
    expect(error).toBeInstanceOf(GitHubApiError);
    expect(error.uncertain).toBe(true);
    expect(waits).toEqual([]);
  });

  test('a refused token is not retried, and the hint says what to check', async () => {
    const github = createGitHubClient({ token: 'wrong', apiUrl: fake.url, graphqlUrl: fake.graphqlUrl, sleep: async () => undefined });
    const error = (await github.graphql(QUERY, VARS).catch((e: unknown) => e)) as GitHubApiError;
    expect(error.message).toBe('GitHub GraphQL Probe failed: 401 Bad credentials (status 401)');
    expect(error.hint).toMatch(/the token was refused/);
  });

  test("GitHub's typed GraphQL errors come back with their type", async () => {
    const { github } = clientFor(fake);
    const error = (await github.graphql(QUERY, { owner: 'nobody', name: 'nothing' }).catch((e: unknown) => e)) as GraphQLResponseError;
    expect(error).toBeInstanceOf(GraphQLResponseError);
    expect(error.hasType('NOT_FOUND')).toBe(true);
  });

  test('the fake validates queries against GitHub\'s schema: a misspelt field fails as on github.com', async () => {
    const { github } = clientFor(fake);
    const error = (await github.graphql('query Typo { repository(owner: "a", name: "b") { pullRequest(number: 1) { mergedAtt } } }').catch((e: unknown) => e)) as GraphQLResponseError;
    expect(error.errors[0]?.message).toBe('Cannot query field "mergedAtt" on type "PullRequest". Did you mean "mergedAt", "merged", "mergedBy", or "mergeable"?');
  });
});
