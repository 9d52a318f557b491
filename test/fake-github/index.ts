// A local fake GitHub for tests: one synthetic repository served over REST, GraphQL (validated
// against GitHub's published schema) and git's smart HTTP, stored in a real bare git repository.
// See README.md beside this file for the API.

import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execute, GraphQLError, type ExecutionResult } from 'graphql';
import { faultResponse, FaultBoard, type FaultHandle, type FaultSpec, type GateHandle, type GateSpec, type RequestInfo } from './faults';
import { checkFixture, type RepoFixture } from './fixture';
import { git, GitStore } from './git-store';
import { serveGitHttp } from './git-http';
import { FakeModel, GitHubGraphQLError } from './model';
import { mutationRoot } from './mutations';
import { handleRest, type RestContext } from './rest';
import { IssueStore, type IssueComment } from './issues';
import { checkDocument, githubSchema } from './schema';

export type { ChangeType, CheckFixture, FileChange, PullFixture, RepoFixture } from './fixture';
export type { IssueComment } from './issues';
export type { FaultSpec, FaultType, GateSpec, RequestKind, RequestMatcher } from './faults';
export { EMPTY_TREE } from './git-store';

export interface StartOptions {
  repoFixture: RepoFixture;
  /** When set, every request must carry this token (REST/GraphQL `authorization`, git basic auth). */
  token?: string;
  /** Tokens that authenticate but may not write (a fork PR's GITHUB_TOKEN): REST writes get 403. */
  readOnlyTokens?: string[];
  /** Blob.text is cut past this many bytes, with `isTruncated: true`. Default 512 KiB. */
  blobTextLimit?: number;
  /** The clock for commit dates. Default: the real one. */
  now?: () => Date;
}

/** One request as the fake saw it. */
export interface LoggedRequest extends RequestInfo {
  seq: number;
  /** GraphQL variables, or the REST JSON body. */
  variables?: Record<string, unknown>;
  /** The HTTP status sent; 0 when the connection was dropped. */
  status: number;
  /** The fault injected into this request, if any. */
  fault?: string;
  /** The authorization header's scheme and whether its token was the expected one. */
  auth: 'none' | 'ok' | 'bad';
}

export interface FakeGitHub {
  /** The REST API root, for `GITHUB_API_URL`. */
  url: string;
  /** The GraphQL endpoint, for `GITHUB_GRAPHQL_URL`. */
  graphqlUrl: string;
  /** The web root, for `GITHUB_SERVER_URL`; the repository clones from `${serverUrl}/owner/name.git`. */
  serverUrl: string;
  /** The bare git repository behind the fake; inspect it with `git --git-dir`. */
  gitRepoPath: string;
  /** Every request so far, in arrival order. */
  requests: LoggedRequest[];
  /** Merge commit of each merged fixture PR. */
  mergeCommits: ReadonlyMap<number, string>;
  /** Makes matching requests fail the way GitHub fails. */
  fault(spec: FaultSpec): FaultHandle;
  /** Holds matching requests until `count` of them are waiting, then releases them together. */
  gate(spec: GateSpec): GateHandle;
  /** The comments of an issue or PR, oldest first. */
  comments(issue: number): IssueComment[];
  /** Adds a comment as `login` (e.g. a PR author planting a look-alike of the bot's comment). */
  addComment(issue: number, body: string, login: string): IssueComment;
  /** A new push to an open PR: a commit with `files` (null deletes) on its head; returns the new head. */
  pushToPull(number: number, files: Record<string, string | null>): Promise<string>;
  /** Runs git against the bare repository and returns its stdout. */
  git(args: string[]): Promise<string>;
  stop(): Promise<void>;
}

/** Starts a fake GitHub on 127.0.0.1 at a random port. */
export async function start(options: StartOptions): Promise<FakeGitHub> {
  const fixture = options.repoFixture;
  checkFixture(fixture);
  githubSchema();
  const root = mkdtempSync(join(tmpdir(), 'fake-github-'));
  const { store, history } = await GitStore.create(root, fixture);
  const now = options.now ?? (() => new Date());
  const actor = { name: 'github-actions[bot]', email: '41898282+github-actions[bot]@users.noreply.github.com' };
  const board = new FaultBoard();
  const issues = new IssueStore(now);
  const requests: LoggedRequest[] = [];

  // The URLs are known only once the server listens; the handlers read them through `urls`.
  const urls = { server: '', api: '' };
  let model!: FakeModel;
  const restContext = (req: IncomingMessage): RestContext => ({
    issues,
    headCommits: history.headCommits,
    caller: callerOf(req),
    fixture,
    store,
    model,
    serverUrl: urls.server,
    apiUrl: urls.api,
    mergeCommits: history.mergeCommits,
    actor,
    now,
  });

  const server = createServer((req, res) => {
    handle(req, res).catch((e: unknown) => {
      if (!res.headersSent) {
        res.writeHead(500, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ message: `fake GitHub bug: ${e instanceof Error ? e.stack : String(e)}` }));
      }
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const body = await readBody(req);
    const url = new URL(req.url ?? '/', 'http://fake');
    const method = req.method ?? 'GET';
    const info = classify(method, url.pathname, body);
    const entry: LoggedRequest = { seq: requests.length + 1, ...info, status: 0, auth: authState(req, info) };
    if (info.kind === 'graphql') entry.variables = parseJson(body)?.variables as Record<string, unknown> | undefined;
    else if (info.kind === 'rest' && body.length > 0) entry.variables = parseJson(body) as Record<string, unknown> | undefined;
    requests.push(entry);

    await board.pass(info);
    const fault = board.take(info);
    if (fault) entry.fault = fault.type;
    if (fault?.type === 'drop') {
      req.socket.destroy();
      return;
    }
    if (fault && fault.type !== 'drop-after-apply') {
      const r = faultResponse(fault.type, fault.retryAfter);
      return send(res, entry, r.status, r.body, r.headers);
    }

    if (entry.auth === 'bad' || (options.token && entry.auth === 'none')) {
      if (info.kind === 'git') {
        return send(res, entry, 401, 'authentication required\n', { 'www-authenticate': 'Basic realm="GitHub"' });
      }
      return send(res, entry, 401, { message: entry.auth === 'none' ? 'Requires authentication' : 'Bad credentials', status: '401' });
    }

    let status: number;
    let payload: unknown;
    let headers: Record<string, string> = {};
    if (info.kind === 'graphql') {
      [status, payload] = [200, await runGraphQL(body)];
    } else if (info.kind === 'rest') {
      const r = await handleRest(restContext(req), method, info.path, url.searchParams, (parseJson(body) ?? {}) as Record<string, unknown>);
      [status, payload] = [r.status, r.body];
    } else {
      const r = await serveGitHttp(root, { method, pathInfo: url.pathname, query: url.search.slice(1), headers: req.headers, body });
      [status, payload, headers] = [r.status, r.body, r.headers];
    }
    if (fault) {
      // drop-after-apply: the work is done (a mutation applied), but the answer never arrives.
      req.socket.destroy();
      return;
    }
    send(res, entry, status, payload, headers);
  }

  function callerOf(req: IncomingMessage): RestContext['caller'] {
    const token = (req.headers.authorization ?? '').split(' ')[1] ?? '';
    return { login: 'github-actions[bot]', type: 'Bot', canWrite: !(options.readOnlyTokens ?? []).includes(token) };
  }

  function authState(req: IncomingMessage, info: RequestInfo): LoggedRequest['auth'] {
    const header = req.headers.authorization;
    if (!header) return 'none';
    if (!options.token) return 'ok';
    if (info.kind !== 'git' && (options.readOnlyTokens ?? []).includes(header.split(' ')[1] ?? '')) return 'ok';
    const [scheme = '', value = ''] = header.split(' ');
    if (info.kind === 'git' && scheme.toLowerCase() === 'basic') {
      const password = Buffer.from(value, 'base64').toString('utf8').split(':').slice(1).join(':');
      return password === options.token ? 'ok' : 'bad';
    }
    return ['token', 'bearer'].includes(scheme.toLowerCase()) && value === options.token ? 'ok' : 'bad';
  }

  async function runGraphQL(body: Buffer): Promise<unknown> {
    const request = parseJson(body) as { query?: string; variables?: Record<string, unknown>; operationName?: string } | undefined;
    if (!request?.query) return { errors: [{ message: 'A query attribute must be specified and must be a string.' }] };
    const checked = checkDocument(request.query, request.operationName);
    if (Array.isArray(checked)) return { errors: checked.map(formatError) };
    const { document, operation } = checked as Exclude<typeof checked, readonly GraphQLError[]>;
    const rootValue =
      operation.operation === 'mutation' ? mutationRoot({ model, store, actor, now }) : model.queryRoot();
    const result: ExecutionResult = await execute({
      schema: githubSchema(),
      document,
      rootValue,
      variableValues: request.variables ?? {},
      operationName: request.operationName ?? operation.name?.value,
    });
    return result.errors ? { data: result.data ?? null, errors: result.errors.map(formatError) } : { data: result.data };
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('fake GitHub: no port');
  urls.server = `http://127.0.0.1:${address.port}`;
  urls.api = `${urls.server}/api/v3`;
  model = new FakeModel({
    fixture,
    store,
    serverUrl: urls.server,
    mergeCommits: history.mergeCommits,
    headCommits: history.headCommits,
    blobTextLimit: options.blobTextLimit ?? 512 * 1024,
  });

  return {
    url: urls.api,
    graphqlUrl: `${urls.server}/api/graphql`,
    serverUrl: urls.server,
    gitRepoPath: store.path,
    requests,
    mergeCommits: history.mergeCommits,
    fault: (spec) => board.add(spec),
    gate: (spec) => board.gate(spec),
    comments: (issue) => issues.list(issue),
    addComment: (issue, body, login) => issues.add(issue, body, { login, type: 'User' }),
    async pushToPull(number, files) {
      const expected = history.headCommits.get(number);
      if (!expected) throw new Error(`fake GitHub: PR #${number} is not an open PR of the fixture`);
      const oid = await store.commitOnRef({
        ref: `refs/pull/${number}/head`,
        expected,
        additions: Object.entries(files).flatMap(([path, contents]) => (contents === null ? [] : [{ path, contents: Buffer.from(contents) }])),
        deletions: Object.entries(files).flatMap(([path, contents]) => (contents === null ? [path] : [])),
        message: `Push to #${number}\n`,
        author: actor,
        committer: actor,
        time: Math.floor(now().getTime() / 1000),
      });
      if (!oid) throw new Error(`fake GitHub: PR #${number}'s head moved during the push`);
      history.headCommits.set(number, oid);
      return oid;
    },
    git: (args) => git(store.path, args),
    async stop() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await store.close();
      rmSync(root, { recursive: true, force: true });
    },
  };
}

function classify(method: string, path: string, body: Buffer): RequestInfo {
  if (path === '/api/graphql') {
    const request = parseJson(body) as { query?: string; operationName?: string } | undefined;
    const m = /^\s*(query|mutation)\b\s*([_A-Za-z][_0-9A-Za-z]*)?/.exec(request?.query ?? '');
    const operationName = request?.operationName ?? m?.[2];
    return {
      kind: 'graphql',
      method,
      path,
      operationType: m?.[1] === 'mutation' ? 'mutation' : 'query',
      ...(operationName ? { operationName } : {}),
    };
  }
  if (path.startsWith('/api/v3/') || path === '/api/v3') return { kind: 'rest', method, path: path.slice('/api/v3'.length) || '/' };
  return { kind: 'git', method, path };
}

function formatError(e: GraphQLError) {
  const original = e.originalError;
  return {
    ...(original instanceof GitHubGraphQLError ? { type: original.type } : {}),
    ...(e.path ? { path: e.path } : {}),
    ...(e.locations ? { locations: e.locations } : {}),
    message: e.message,
  };
}

function send(res: ServerResponse, entry: LoggedRequest, status: number, payload: unknown, headers: Record<string, string> = {}): void {
  entry.status = status;
  const reset = String(Math.floor(Date.now() / 1000) + 3600);
  const base: Record<string, string> =
    entry.kind === 'git'
      ? {}
      : {
          'content-type': 'application/json; charset=utf-8',
          'x-ratelimit-limit': '5000',
          'x-ratelimit-remaining': '4999',
          'x-ratelimit-reset': reset,
          'x-ratelimit-resource': entry.kind === 'graphql' ? 'graphql' : 'core',
        };
  const data = Buffer.isBuffer(payload) ? payload : Buffer.from(typeof payload === 'string' ? payload : JSON.stringify(payload));
  res.writeHead(status, { ...base, ...headers, 'content-length': String(data.length) });
  res.end(data);
}

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

function parseJson(body: Buffer): Record<string, unknown> | undefined {
  if (body.length === 0) return undefined;
  try {
    const value = JSON.parse(body.toString('utf8')) as unknown;
    return value && typeof value === 'object' ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

