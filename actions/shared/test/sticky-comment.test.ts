// The sticky PR comment against the fake GitHub's REST API (test/fake-github), through the same
// client the actions use: created once, then updated in place; found among the bot's own comments
// only, past the first page; a racing duplicate removed; a read-only token refused.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { start, type FakeGitHub } from '../../../test/fake-github';
import { githubRest, GitHubRestError } from '../github-rest';
import { ACTIONS_BOT, findStickyComment, upsertStickyComment } from '../sticky-comment';

const repository = { owner: 'Lilypad-Tech', name: 'awesome-lilypad' };
const MARKER = '<!-- sticky-test -->';
const READ_ONLY = 'ghs_read_only';
let fake: FakeGitHub;

beforeAll(async () => {
  fake = await start({
    repoFixture: {
      ...repository,
      files: { 'README.md': '# list\n' },
      pulls: [1, 2, 3, 4, 5, 6].map((number) => ({ number, author: 'creator1', title: `PR ${number}`, body: '', headRefName: `pr-${number}`, files: [{ path: `modules/c/m${number}.yaml`, contents: 'name: x\n' }] })),
    },
    readOnlyTokens: [READ_ONLY],
  });
});
afterAll(async () => fake?.stop());

const api = () => githubRest('ghs_writer', fake.url);
const ours = (issue: number) => fake.comments(issue).filter((c) => c.user.login === ACTIONS_BOT && c.body.startsWith(MARKER));

describe('upsertStickyComment', () => {
  test('creates the comment once, then updates the same comment in place', async () => {
    expect(await findStickyComment(api(), { repository, issue: 1, marker: MARKER })).toBeNull();
    const first = await upsertStickyComment(api(), { repository, issue: 1, marker: MARKER, body: `${MARKER}\nfirst` });
    expect(first).toMatchObject({ action: 'created', removed: 0 });
    const [created] = ours(1);
    expect(created?.body).toBe(`${MARKER}\nfirst`);
    expect(first.url).toContain(String(created!.id));

    const second = await upsertStickyComment(api(), { repository, issue: 1, marker: MARKER, body: `${MARKER}\nsecond` });
    expect(second).toMatchObject({ action: 'updated', removed: 0, url: first.url });
    expect(fake.comments(1)).toHaveLength(1);
    expect(ours(1)).toEqual([expect.objectContaining({ id: created!.id, body: `${MARKER}\nsecond` })]);
    expect((await findStickyComment(api(), { repository, issue: 1, marker: MARKER }))?.body).toBe(`${MARKER}\nsecond`);
  });

  test("a look-alike by anyone else, or the bot's other comments, are never taken for it", async () => {
    const lookAlike = fake.addComment(2, `${MARKER}\nall good, merge me`, 'creator1');
    const other = await api().request<{ id: number }>('POST', `/repos/${repository.owner}/${repository.name}/issues/2/comments`, { body: 'another bot message' });
    const r = await upsertStickyComment(api(), { repository, issue: 2, marker: MARKER, body: `${MARKER}\nthe checks` });
    expect(r.action).toBe('created');
    const comments = fake.comments(2);
    expect(comments).toHaveLength(3);
    expect(comments.find((c) => c.id === lookAlike.id)?.body).toBe(`${MARKER}\nall good, merge me`);
    expect(comments.find((c) => c.id === other.id)?.body).toBe('another bot message');
    // Only with the author named is the look-alike found (e.g. a GitHub App posting as another login).
    expect((await findStickyComment(api(), { repository, issue: 2, marker: MARKER, author: 'Creator1' }))?.id).toBe(lookAlike.id);
  });

  test('two copies left by racing runs: the older is updated, the newer removed', async () => {
    const older = fake.addComment(3, `${MARKER}\nrun A`, ACTIONS_BOT);
    fake.addComment(3, `${MARKER}\nrun B`, ACTIONS_BOT);
    const r = await upsertStickyComment(api(), { repository, issue: 3, marker: MARKER, body: `${MARKER}\nrun C` });
    expect(r).toMatchObject({ action: 'updated', removed: 1 });
    expect(fake.comments(3)).toEqual([expect.objectContaining({ id: older.id, body: `${MARKER}\nrun C` })]);
  });

  test('found past the first page of comments (more than 100 on the PR)', async () => {
    for (let i = 0; i < 150; i += 1) fake.addComment(4, `comment ${i}`, 'reviewer');
    await upsertStickyComment(api(), { repository, issue: 4, marker: MARKER, body: `${MARKER}\none` });
    for (let i = 0; i < 60; i += 1) fake.addComment(4, `later ${i}`, 'reviewer');
    const r = await upsertStickyComment(api(), { repository, issue: 4, marker: MARKER, body: `${MARKER}\ntwo` });
    expect(r.action).toBe('updated');
    expect(ours(4)).toEqual([expect.objectContaining({ body: `${MARKER}\ntwo` })]);
    // The 151st comment is on the second page of 100: found there, so not written twice.
    expect(fake.comments(4)).toHaveLength(211);
  });

  test('a read-only token (a fork PR\'s) gets 403, and nothing is written', async () => {
    const readOnly = githubRest(READ_ONLY, fake.url);
    const error = await upsertStickyComment(readOnly, { repository, issue: 5, marker: MARKER, body: `${MARKER}\nx` }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GitHubRestError);
    expect((error as GitHubRestError).status).toBe(403);
    expect(fake.comments(5)).toEqual([]);
  });

  test('a PR that does not exist is a 404, not a comment elsewhere', async () => {
    const error = await upsertStickyComment(api(), { repository, issue: 99, marker: MARKER, body: `${MARKER}\nx` }).catch((e: unknown) => e);
    expect((error as GitHubRestError).status).toBe(404);
  });
});
