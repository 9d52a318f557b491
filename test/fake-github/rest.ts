// The REST endpoints the fake implements (under /api/v3, GitHub Enterprise's layout). Responses
// carry the fields this project reads, spelled as GitHub spells them; add routes as needs grow.

import { EMPTY_TREE, type GitStore } from './git-store';
import type { FakeModel } from './model';
import type { PullFixture, RepoFixture } from './fixture';
import { changeTypeOf } from './fixture';
import { labelsOf, type IssueStore } from './issues';

export interface RestResponse {
  status: number;
  body: unknown;
}

export interface RestContext {
  fixture: RepoFixture;
  store: GitStore;
  model: FakeModel;
  serverUrl: string;
  apiUrl: string;
  mergeCommits: Map<number, string>;
  actor: { name: string; email: string };
  now: () => Date;
  issues: IssueStore;
  /** The login the request's token acts as, and whether it may write. */
  caller: { login: string; type: 'User' | 'Bot'; canWrite: boolean };
  headCommits: Map<number, string>;
}

type Handler = (ctx: RestContext, params: string[], query: URLSearchParams, body: Record<string, unknown>) => Promise<RestResponse>;

const REPO = '/repos/([^/]+)/([^/]+)';
const routes: Array<{ method: string; path: RegExp; handler: Handler }> = [
  { method: 'GET', path: new RegExp(`^${REPO}$`), handler: getRepository },
  { method: 'GET', path: new RegExp(`^${REPO}/git/ref/(.+)$`), handler: getRef },
  { method: 'POST', path: new RegExp(`^${REPO}/git/refs$`), handler: createRef },
  { method: 'POST', path: new RegExp(`^${REPO}/git/commits$`), handler: createCommit },
  { method: 'GET', path: new RegExp(`^${REPO}/git/blobs/([0-9a-f]{40})$`), handler: getBlob },
  { method: 'GET', path: new RegExp(`^${REPO}/contents/(.+)$`), handler: getContents },
  { method: 'GET', path: new RegExp(`^${REPO}/pulls/(\\d+)$`), handler: getPull },
  { method: 'GET', path: new RegExp(`^${REPO}/pulls/(\\d+)/files$`), handler: listPullFiles },
  { method: 'GET', path: new RegExp(`^${REPO}/environments/([^/]+)$`), handler: getEnvironment },
  { method: 'GET', path: new RegExp(`^${REPO}/issues/(\\d+)/comments$`), handler: listComments },
  { method: 'POST', path: new RegExp(`^${REPO}/issues/(\\d+)/comments$`), handler: createComment },
  { method: 'PATCH', path: new RegExp(`^${REPO}/issues/comments/(\\d+)$`), handler: updateComment },
  { method: 'DELETE', path: new RegExp(`^${REPO}/issues/comments/(\\d+)$`), handler: deleteComment },
  { method: 'POST', path: new RegExp(`^${REPO}/issues/(\\d+)/labels$`), handler: addLabels },
  { method: 'DELETE', path: new RegExp(`^${REPO}/issues/(\\d+)/labels/([^/]+)$`), handler: removeLabel },
  { method: 'GET', path: /^\/rate_limit$/, handler: rateLimit },
];

/** Answers one REST request; `path` is relative to the API root (no /api/v3). */
export async function handleRest(
  ctx: RestContext,
  method: string,
  path: string,
  query: URLSearchParams,
  body: Record<string, unknown>,
): Promise<RestResponse> {
  for (const route of routes) {
    const m = route.path.exec(path);
    if (!m || route.method !== method) continue;
    const params = m.slice(1).map((p) => decodeURIComponent(p));
    if (path.startsWith('/repos/') && !ctx.model.isRepository(params[0] ?? '', params[1] ?? '')) return notFound();
    return route.handler(ctx, params.slice(path.startsWith('/repos/') ? 2 : 0), query, body);
  }
  return notFound();
}

export function notFound(): RestResponse {
  return { status: 404, body: { message: 'Not Found', documentation_url: 'https://docs.github.com/rest', status: '404' } };
}

function unprocessable(message: string): RestResponse {
  return { status: 422, body: { message, documentation_url: 'https://docs.github.com/rest', status: '422' } };
}

async function getRepository(ctx: RestContext): Promise<RestResponse> {
  const f = ctx.fixture;
  return {
    status: 200,
    body: {
      id: 1,
      node_id: ctx.model.repositoryId,
      name: f.name,
      full_name: `${f.owner}/${f.name}`,
      owner: { login: f.owner },
      private: false,
      default_branch: f.defaultBranch ?? 'main',
      html_url: `${ctx.serverUrl}/${f.owner}/${f.name}`,
      clone_url: `${ctx.serverUrl}/${f.owner}/${f.name}.git`,
    },
  };
}

async function getRef(ctx: RestContext, [ref = '']: string[]): Promise<RestResponse> {
  const oid = await ctx.store.resolveRef(`refs/${ref}`);
  if (!oid) return notFound();
  return { status: 200, body: { ref: `refs/${ref}`, object: { sha: oid, type: 'commit' } } };
}

async function createRef(ctx: RestContext, _: string[], __: URLSearchParams, body: Record<string, unknown>): Promise<RestResponse> {
  const ref = String(body.ref ?? '');
  const sha = String(body.sha ?? '');
  if (!/^refs\/[^/]+\/.+/.test(ref)) return unprocessable('Reference name must start with refs/ and have at least two slashes.');
  if ((await ctx.store.read(sha))?.type !== 'commit') return unprocessable('Object does not exist');
  if (!(await ctx.store.compareAndSwapRef(ref, sha, null))) return unprocessable('Reference already exists');
  return { status: 201, body: { ref, object: { sha, type: 'commit' } } };
}

async function createCommit(ctx: RestContext, _: string[], __: URLSearchParams, body: Record<string, unknown>): Promise<RestResponse> {
  const tree = String(body.tree ?? '');
  const parents = Array.isArray(body.parents) ? body.parents.map(String) : [];
  if (tree !== EMPTY_TREE && (await ctx.store.read(tree))?.type !== 'tree') return unprocessable('Tree SHA does not exist');
  for (const parent of parents) {
    if ((await ctx.store.read(parent))?.type !== 'commit') return unprocessable('Parent SHA does not exist or is not a commit object');
  }
  const message = String(body.message ?? '');
  const oid = await ctx.store.commitTree({
    tree,
    parents,
    message: message.endsWith('\n') ? message : `${message}\n`,
    author: ctx.actor,
    committer: { name: 'GitHub', email: 'noreply@github.com' },
    time: Math.floor(ctx.now().getTime() / 1000),
  });
  return { status: 201, body: { sha: oid, node_id: oid, message, tree: { sha: tree }, parents: parents.map((sha) => ({ sha })) } };
}

async function getBlob(ctx: RestContext, [sha = '']: string[]): Promise<RestResponse> {
  const object = await ctx.store.read(sha);
  if (object?.type !== 'blob') return notFound();
  return { status: 200, body: { sha, size: object.content.length, encoding: 'base64', content: object.content.toString('base64') } };
}

async function getContents(ctx: RestContext, [path = '']: string[], query: URLSearchParams): Promise<RestResponse> {
  const ref = query.get('ref') ?? ctx.fixture.defaultBranch ?? 'main';
  const oid = /^[0-9a-f]{40}$/.test(ref) ? ref : await ctx.store.resolveRef(ref.startsWith('refs/') ? ref : `refs/heads/${ref}`);
  const object = oid ? await ctx.store.read(`${oid}:${path}`) : null;
  if (object?.type !== 'blob') return notFound();
  return {
    status: 200,
    body: { type: 'file', encoding: 'base64', path, name: path.split('/').at(-1), sha: object.oid, size: object.content.length, content: object.content.toString('base64') },
  };
}

function pullOf(ctx: RestContext, number: string): PullFixture | undefined {
  return ctx.fixture.pulls?.find((p) => p.number === Number(number));
}

async function getPull(ctx: RestContext, [number = '']: string[]): Promise<RestResponse> {
  const pull = pullOf(ctx, number);
  if (!pull) return notFound();
  const f = ctx.fixture;
  return {
    status: 200,
    body: {
      number: pull.number,
      title: pull.title ?? `PR ${pull.number}`,
      state: pull.mergedAt || pull.state === 'CLOSED' ? 'closed' : 'open',
      merged: Boolean(pull.mergedAt),
      merged_at: pull.mergedAt ?? null,
      user: pull.author === null ? null : { login: pull.author },
      labels: (pull.labels ?? []).map((name) => ({ name })),
      html_url: `${ctx.serverUrl}/${f.owner}/${f.name}/pull/${pull.number}`,
      merge_commit_sha: ctx.mergeCommits.get(pull.number) ?? null,
      body: pull.body ?? null,
      head: { sha: ctx.headCommits.get(pull.number) ?? ctx.mergeCommits.get(pull.number) ?? null, ref: pull.headRefName ?? `pr-${pull.number}` },
      base: { ref: pull.baseRefName ?? f.defaultBranch ?? 'main' },
    },
  };
}

async function listPullFiles(ctx: RestContext, [number = '']: string[], query: URLSearchParams): Promise<RestResponse> {
  const pull = pullOf(ctx, number);
  if (!pull) return notFound();
  const perPage = Math.min(Number(query.get('per_page') ?? 30), 100);
  const page = Math.max(Number(query.get('page') ?? 1), 1);
  const files = (pull.files ?? []).slice((page - 1) * perPage, page * perPage);
  const statusName = { ADDED: 'added', DELETED: 'removed', MODIFIED: 'modified', RENAMED: 'renamed', COPIED: 'copied', CHANGED: 'changed' } as const;
  return { status: 200, body: files.map((f) => ({ filename: f.path, status: statusName[changeTypeOf(f)] })) };
}

// Shaped as GitHub's "environment" schema (@octokit/openapi-types): protection_rules hold
// required_reviewers (with reviewers, each { type: User|Team, reviewer }), wait_timer and
// branch_policy rules, each with an id and a node_id.
async function getEnvironment(ctx: RestContext, [name = '']: string[]): Promise<RestResponse> {
  const f = ctx.fixture;
  if (f.tokenReadsActions === false) {
    return { status: 403, body: { message: 'Resource not accessible by integration', documentation_url: 'https://docs.github.com/rest/deployments/environments#get-an-environment', status: '403' } };
  }
  const entries = Object.entries(f.environments ?? {});
  const index = entries.findIndex(([n]) => n.toLowerCase() === name.toLowerCase());
  if (index < 0) return notFound();
  const [envName, env] = entries[index]!;
  const id = 161088068 + index;
  let ruleId = 3700 + index * 10;
  const rule = (type: string, extra: Record<string, unknown>) => ({ id: ++ruleId, node_id: Buffer.from(`GA${ruleId}`).toString('base64'), type, ...extra });
  const reviewer = (who: string, k: number) =>
    who.startsWith('team:')
      ? { type: 'Team', reviewer: { id: 9000 + k, node_id: `T_${k}`, slug: who.slice(5), name: who.slice(5), privacy: 'closed', permission: 'pull' } }
      : { type: 'User', reviewer: { login: who, id: 1000 + k, node_id: `U_${k}`, type: 'User', site_admin: false, html_url: `${ctx.serverUrl}/${who}` } };
  const rules = [
    ...(env.waitTimer !== undefined ? [rule('wait_timer', { wait_timer: env.waitTimer })] : []),
    ...(env.reviewers !== undefined ? [rule('required_reviewers', { prevent_self_review: env.preventSelfReview ?? false, reviewers: env.reviewers.map(reviewer) })] : []),
    ...(env.protectedBranches ? [rule('branch_policy', {})] : []),
  ];
  const stamp = (ctx.fixture.epoch ?? '2024-01-01T00:00:00Z').replace(/\.\d+Z$/, 'Z');
  return {
    status: 200,
    body: {
      id,
      node_id: Buffer.from(`EN${id}`).toString('base64'),
      name: envName,
      url: `${ctx.apiUrl}/repos/${f.owner}/${f.name}/environments/${encodeURIComponent(envName)}`,
      html_url: `${ctx.serverUrl}/${f.owner}/${f.name}/deployments/activity_log?environments_filter=${encodeURIComponent(envName)}`,
      created_at: stamp,
      updated_at: stamp,
      can_admins_bypass: env.adminsCanBypass ?? true,
      protection_rules: rules,
      deployment_branch_policy: env.protectedBranches ? { protected_branches: true, custom_branch_policies: false } : null,
    },
  };
}

async function rateLimit(): Promise<RestResponse> {
  const reset = Math.floor(Date.now() / 1000) + 3600;
  const bucket = { limit: 5000, used: 1, remaining: 4999, reset };
  return { status: 200, body: { resources: { core: bucket, graphql: bucket, search: { ...bucket, limit: 30, remaining: 29 } }, rate: bucket } };
}

function forbidden(): RestResponse {
  return { status: 403, body: { message: 'Resource not accessible by integration', documentation_url: 'https://docs.github.com/rest', status: '403' } };
}

function commentJson(ctx: RestContext, c: { id: number; body: string; user: { login: string; type: string }; created_at: string; updated_at: string }) {
  const f = ctx.fixture;
  return { ...c, html_url: `${ctx.serverUrl}/${f.owner}/${f.name}/issues#issuecomment-${c.id}` };
}

async function listComments(ctx: RestContext, [number = '']: string[], query: URLSearchParams): Promise<RestResponse> {
  if (!pullOf(ctx, number)) return notFound();
  const perPage = Math.min(Number(query.get('per_page') ?? 30), 100);
  const page = Math.max(Number(query.get('page') ?? 1), 1);
  return { status: 200, body: ctx.issues.list(Number(number)).slice((page - 1) * perPage, page * perPage).map((c) => commentJson(ctx, c)) };
}

async function createComment(ctx: RestContext, [number = '']: string[], _: URLSearchParams, body: Record<string, unknown>): Promise<RestResponse> {
  if (!pullOf(ctx, number)) return notFound();
  if (!ctx.caller.canWrite) return forbidden();
  if (typeof body.body !== 'string' || body.body === '') return unprocessable('Validation Failed: body is missing');
  if (body.body.length > 65536) return unprocessable('Validation Failed: body is too long (maximum is 65536 characters)');
  return { status: 201, body: commentJson(ctx, ctx.issues.add(Number(number), body.body, { login: ctx.caller.login, type: ctx.caller.type })) };
}

async function updateComment(ctx: RestContext, [id = '']: string[], _: URLSearchParams, body: Record<string, unknown>): Promise<RestResponse> {
  const found = ctx.issues.find(Number(id));
  if (!found) return notFound();
  if (!ctx.caller.canWrite || found.comment.user.login !== ctx.caller.login) return forbidden();
  if (typeof body.body !== 'string' || body.body === '') return unprocessable('Validation Failed: body is missing');
  if (body.body.length > 65536) return unprocessable('Validation Failed: body is too long (maximum is 65536 characters)');
  return { status: 200, body: commentJson(ctx, ctx.issues.update(Number(id), body.body)!) };
}

async function deleteComment(ctx: RestContext, [id = '']: string[]): Promise<RestResponse> {
  const found = ctx.issues.find(Number(id));
  if (!found) return notFound();
  if (!ctx.caller.canWrite || found.comment.user.login !== ctx.caller.login) return forbidden();
  ctx.issues.remove(Number(id));
  return { status: 204, body: '' };
}

async function addLabels(ctx: RestContext, [number = '']: string[], _: URLSearchParams, body: Record<string, unknown>): Promise<RestResponse> {
  const pull = pullOf(ctx, number);
  if (!pull) return notFound();
  if (!ctx.caller.canWrite) return forbidden();
  const labels = labelsOf(pull);
  for (const name of Array.isArray(body.labels) ? body.labels.map(String) : []) if (!labels.includes(name)) labels.push(name);
  return { status: 200, body: labels.map((name) => ({ name })) };
}

async function removeLabel(ctx: RestContext, [number = '', name = '']: string[]): Promise<RestResponse> {
  const pull = pullOf(ctx, number);
  if (!pull) return notFound();
  if (!ctx.caller.canWrite) return forbidden();
  const labels = labelsOf(pull);
  const i = labels.findIndex((l) => l.toLowerCase() === name.toLowerCase());
  if (i < 0) return { status: 404, body: { message: 'Label does not exist', documentation_url: 'https://docs.github.com/rest', status: '404' } };
  labels.splice(i, 1);
  return { status: 200, body: labels.map((l) => ({ name: l })) };
}
