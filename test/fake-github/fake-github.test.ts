// The fake GitHub itself: that it refuses what github.com refuses, and serves what it serves.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { EMPTY_TREE, start, type FakeGitHub } from './index';

const TOKEN = 'ghs_fake';
const OWNER = 'Lilypad-Tech';
const NAME = 'awesome-lilypad';

describe('fake GitHub', () => {
  let fake: FakeGitHub;
  beforeAll(async () => {
    fake = await start({
      token: TOKEN,
      repoFixture: {
        owner: OWNER,
        name: NAME,
        files: { 'README.md': '# list\n' },
        branches: { ledger: { 'index.json': '{}\n' } },
        environments: { gpu: { reviewers: ['alice', 'team:maintainers'], preventSelfReview: true, waitTimer: 5 }, open: {} },
        pulls: [
          { number: 1, author: 'alice', mergedAt: '2025-03-01T00:00:00Z', labels: ['accepted'], files: [{ path: 'modules/a.json', contents: '{"module": "a"}\n' }], checks: [{ name: 'validate', conclusion: 'SUCCESS' }, { context: 'ci/legacy', state: 'FAILURE' }] },
          { number: 2, author: null, mergedAt: '2025-03-31T23:59:59Z', files: [{ path: 'modules/a.json', contents: '{"module": "a2"}\n', changeType: 'MODIFIED' }] },
          { number: 3, author: 'bob', mergedAt: '2025-04-01T00:00:00Z' },
          { number: 4, author: 'carol', title: 'Still open', files: [{ path: 'modules/c.json', contents: '{}' }] },
        ],
      },
    });
  });
  afterAll(() => fake.stop());

  async function graphql(query: string, variables: Record<string, unknown> = {}, token = TOKEN) {
    const response = await fetch(fake.graphqlUrl, { method: 'POST', headers: { authorization: `bearer ${token}` }, body: JSON.stringify({ query, variables }) });
    return { status: response.status, body: (await response.json()) as { data?: Record<string, any>; errors?: Array<{ type?: string; message: string }> } };
  }

  test('validates every query against GitHub\'s published schema', async () => {
    const { body } = await graphql('{ repository(owner: "a", name: "b") { pullRequest(number: 1) { mergedAtt } } }');
    expect(body.errors?.[0]?.message).toBe('Cannot query field "mergedAtt" on type "PullRequest". Did you mean "mergedAt", "merged", "mergedBy", or "mergeable"?');
    const wrongType = await graphql('query($n: String!) { repository(owner: "a", name: "b") { pullRequest(number: $n) { id } } }', { n: '1' });
    expect(wrongType.body.errors?.[0]?.message).toMatch(/Variable "\$n" of type "String!" used in position expecting type "Int!"/);
  });

  test.each([
    ['a connection without first or last', '{ search(query: "repo:a/b", type: ISSUE) { issueCount } }', 'You must provide a `first` or `last` value to properly paginate the `search` connection.'],
    ['more than 100 per page', '{ search(query: "repo:a/b", type: ISSUE, first: 101) { issueCount } }', 'Requesting 101 records on the `search` connection exceeds the `first` limit of 100 records.'],
    [
      'more than 500,000 possible nodes',
      '{ search(query: "repo:a/b", type: ISSUE, first: 100) { nodes { ... on PullRequest { commits(first: 100) { nodes { commit { parents(first: 100) { totalCount } } } } } } } }',
      'This query requests up to 1,010,100 possible nodes which exceeds the maximum limit of 500,000.',
    ],
  ])("enforces GitHub's pagination limits: %s", async (_, query, message) => {
    expect((await graphql(query)).body.errors?.[0]?.message).toBe(message);
  });

  test('search: qualifiers, inclusive ranges to the second, unknown qualifiers refused', async () => {
    const q = (query: string) => graphql('query($q: String!) { search(query: $q, type: ISSUE, first: 10) { issueCount nodes { ... on PullRequest { number } } } }', { q: query });
    const numbers = async (query: string) => ((await q(query)).body.data?.search.nodes as Array<{ number: number }>).map((n) => n.number).sort();
    expect(await numbers(`repo:${OWNER}/${NAME} is:pr is:merged merged:2025-03-01T00:00:00+00:00..2025-03-31T23:59:59+00:00`)).toEqual([1, 2]);
    expect(await numbers(`repo:${OWNER}/${NAME} is:pr is:merged merged:>=2025-04-01`)).toEqual([3]);
    expect(await numbers(`repo:${OWNER}/${NAME} is:pr is:open`)).toEqual([4]);
    expect(await numbers(`repo:${OWNER}/${NAME} is:pr label:accepted`)).toEqual([1]);
    expect((await q(`repo:${OWNER}/${NAME} is:pr sort:updated`)).body.errors?.[0]?.message).toBe('fake GitHub search: qualifier sort: is not implemented');
  });

  test('pull requests: deleted authors, files, labels, checks, merge commits that hold the file', async () => {
    const { body } = await graphql(`{ repository(owner: "${OWNER}", name: "${NAME}") {
      one: pullRequest(number: 1) { author { login } labels(first: 5) { nodes { name } } mergeCommit { oid file(path: "modules/a.json") { object { ... on Blob { text } } } }
        commits(last: 1) { nodes { commit { statusCheckRollup { state contexts(first: 5) { nodes { __typename ... on CheckRun { name conclusion } ... on StatusContext { context state } } } } } } } }
      two: pullRequest(number: 2) { author { login } files(first: 5) { nodes { path changeType } } mergeCommit { file(path: "modules/a.json") { object { ... on Blob { text } } } } }
    } }`);
    const repo = body.data?.repository;
    expect(repo.one.author).toEqual({ login: 'alice' });
    expect(repo.one.labels.nodes).toEqual([{ name: 'accepted' }]);
    expect(repo.one.mergeCommit.oid).toBe(fake.mergeCommits.get(1));
    expect(repo.one.mergeCommit.file.object.text).toBe('{"module": "a"}\n');
    expect(repo.one.commits.nodes[0].commit.statusCheckRollup).toEqual({
      state: 'FAILURE',
      contexts: { nodes: [{ __typename: 'CheckRun', name: 'validate', conclusion: 'SUCCESS' }, { __typename: 'StatusContext', context: 'ci/legacy', state: 'FAILURE' }] },
    });
    expect(repo.two.author).toBeNull();
    expect(repo.two.files.nodes).toEqual([{ path: 'modules/a.json', changeType: 'MODIFIED' }]);
    expect(repo.two.mergeCommit.file.object.text).toBe('{"module": "a2"}\n');
  });

  test('createCommitOnBranch: the branch must exist, the expected head must match, commits land in git', async () => {
    const head = (await fake.git(['rev-parse', 'ledger'])).trim();
    const mutation = 'mutation C($input: CreateCommitOnBranchInput!) { createCommitOnBranch(input: $input) { commit { oid } } }';
    const input = (branchName: string, expectedHeadOid: string) => ({
      input: {
        branch: { repositoryNameWithOwner: `${OWNER}/${NAME}`, branchName },
        expectedHeadOid,
        message: { headline: 'Add a file', body: 'Why it was added' },
        fileChanges: { additions: [{ path: 'rewards/x.json', contents: Buffer.from('{"x": 1}\n').toString('base64') }], deletions: [{ path: 'index.json' }] },
      },
    });
    const missing = await graphql(mutation, input('nope', head));
    expect(missing.body.errors?.[0]?.type).toBe('NOT_FOUND');
    const made = await graphql(mutation, input('ledger', head));
    const oid = made.body.data?.createCommitOnBranch.commit.oid as string;
    expect(await fake.git(['log', '-1', '--format=%H%n%an%n%B', 'ledger'])).toBe(`${oid}\ngithub-actions[bot]\nAdd a file\n\nWhy it was added\n\n`);
    expect((await fake.git(['ls-tree', '-r', '--name-only', 'ledger'])).trim()).toBe('rewards/x.json');
    const stale = await graphql(mutation, input('ledger', head));
    expect(stale.body.data?.createCommitOnBranch).toBeNull();
    expect(stale.body.errors?.[0]).toMatchObject({ type: 'STALE_DATA', message: `Expected branch to point to "${head}" but it did not.  Pull and try again.` });
  });

  test('a branch starts from the empty tree with REST createCommit and GraphQL createRef', async () => {
    const rest = await fetch(`${fake.url}/repos/${OWNER}/${NAME}/git/commits`, {
      method: 'POST',
      headers: { authorization: `token ${TOKEN}` },
      body: JSON.stringify({ message: 'root', tree: EMPTY_TREE, parents: [] }),
    });
    const { sha } = (await rest.json()) as { sha: string };
    const id = (await graphql(`{ repository(owner: "${OWNER}", name: "${NAME}") { id } }`)).body.data?.repository.id as string;
    const createRef = 'mutation R($input: CreateRefInput!) { createRef(input: $input) { ref { name target { oid } } } }';
    expect((await graphql(createRef, { input: { repositoryId: id, name: 'refs/heads/fresh', oid: sha } })).body.data?.createRef.ref).toEqual({ name: 'fresh', target: { oid: sha } });
    expect((await graphql(createRef, { input: { repositoryId: id, name: 'refs/heads/fresh', oid: sha } })).body.errors?.[0]?.message).toBe('A ref named "refs/heads/fresh" already exists in the repository.');
  });

  test('environments: protection rules as GitHub reports them; names without regard to case; 404 for none', async () => {
    const get = (name: string) => fetch(`${fake.url}/repos/${OWNER}/${NAME}/environments/${encodeURIComponent(name)}`, { headers: { authorization: `token ${TOKEN}` } });
    const gpu = await get('GPU');
    expect(gpu.status).toBe(200);
    const body = (await gpu.json()) as Record<string, any>;
    expect(Object.keys(body).sort()).toEqual(['can_admins_bypass', 'created_at', 'deployment_branch_policy', 'html_url', 'id', 'name', 'node_id', 'protection_rules', 'updated_at', 'url']);
    expect(body.name).toBe('gpu');
    expect(body.can_admins_bypass).toBe(true); // GitHub's default for a new environment
    expect(body.protection_rules.map((r: { type: string }) => r.type)).toEqual(['wait_timer', 'required_reviewers']);
    expect(body.protection_rules[1]).toMatchObject({
      type: 'required_reviewers',
      prevent_self_review: true,
      reviewers: [
        { type: 'User', reviewer: { login: 'alice' } },
        { type: 'Team', reviewer: { slug: 'maintainers' } },
      ],
    });
    expect(((await (await get('open')).json()) as Record<string, unknown>).protection_rules).toEqual([]);
    expect((await get('nope')).status).toBe(404);
  });

  test('tokens are checked, and every request is logged', async () => {
    const before = fake.requests.length;
    expect((await graphql('{ viewer { login } }', {}, 'wrong')).status).toBe(401);
    expect(fake.requests.slice(before)).toEqual([expect.objectContaining({ kind: 'graphql', status: 401, auth: 'bad' })]);
  });

  test('git clones over smart HTTP with the token, and not without', async () => {
    // Asynchronously: the server answering git lives in this process.
    const git = (...args: string[]) => promisify(execFile)('git', args, { env: { ...process.env, GIT_TERMINAL_PROMPT: '0', GIT_ASKPASS: '' } });
    const dir = mkdtempSync(join(tmpdir(), 'fake-github-clone-'));
    const url = `${fake.serverUrl}/${OWNER}/${NAME}.git`;
    const header = `AUTHORIZATION: basic ${Buffer.from(`x-access-token:${TOKEN}`).toString('base64')}`;
    await git('-c', `http.extraHeader=${header}`, 'clone', '-q', url, join(dir, 'ok'));
    expect(readFileSync(join(dir, 'ok', 'modules/a.json'), 'utf8')).toBe('{"module": "a2"}\n');
    await expect(git('clone', '-q', url, join(dir, 'no'))).rejects.toThrow();
  });

  test('faults: rate limits as GitHub sends them, after `skip`, `times` times; gates hold requests together', async () => {
    const handle = fake.fault({ kind: 'graphql', operation: 'Who', fault: 'secondary-rate-limit', retryAfter: 9, skip: 1 });
    const who = () => fetch(fake.graphqlUrl, { method: 'POST', headers: { authorization: `token ${TOKEN}` }, body: JSON.stringify({ query: 'query Who { viewer { login } }' }) });
    expect((await who()).status).toBe(200);
    const limited = await who();
    expect([limited.status, limited.headers.get('retry-after')]).toEqual([403, '9']);
    expect(((await limited.json()) as { message: string }).message).toMatch(/secondary rate limit/);
    expect((await who()).status).toBe(200);
    expect(handle.hits).toBe(1);

    const gate = fake.gate({ kind: 'graphql', operation: 'Who', count: 2 });
    let opened = false;
    void gate.opened.then(() => (opened = true));
    const first = who();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(opened).toBe(false);
    const [a, b] = await Promise.all([first, who()]);
    expect([a.status, b.status, opened]).toEqual([200, 200, true]);
  });
});

describe('fake GitHub: a job token without actions: read', () => {
  test('environments answer 403 "Resource not accessible by integration"', async () => {
    const fake = await start({ repoFixture: { owner: 'o', name: 'r', tokenReadsActions: false, environments: { gpu: { reviewers: ['a'] } } } });
    try {
      const r = await fetch(`${fake.url}/repos/o/r/environments/gpu`);
      expect(r.status).toBe(403);
      expect(((await r.json()) as { message: string }).message).toBe('Resource not accessible by integration');
    } finally {
      await fake.stop();
    }
  });
});
