// The objects the fake's GraphQL executor walks. graphql-js's default resolver reads a property,
// or calls it with (args) when it is a function, so each GitHub type here is a plain object whose
// lazy fields are functions; `__typename` lets interfaces and unions (GitObject, Actor,
// SearchResultItem, StatusCheckRollupContext) resolve without resolvers.

import { changeTypeOf, type CheckFixture, type PullFixture, type RepoFixture } from './fixture';
import type { GitStore, ParsedCommit } from './git-store';
import { excessive, MAX_PAGE_SIZE } from './schema';
import { compileSearch, SEARCH_RESULT_CAP, SearchSyntaxError } from './search';

/** An error as GitHub's GraphQL API reports it: `{ type, message, path }`. */
export class GitHubGraphQLError extends Error {
  constructor(
    readonly type: string,
    message: string,
  ) {
    super(message);
  }
}

export interface ModelContext {
  fixture: RepoFixture;
  store: GitStore;
  /** Web URL of the fake, e.g. http://127.0.0.1:1234 (PR and commit URLs hang off it). */
  serverUrl: string;
  mergeCommits: Map<number, string>;
  headCommits: Map<number, string>;
  /** Blob.text is cut at this many bytes and `isTruncated` set, as GitHub does for big blobs. */
  blobTextLimit: number;
}

interface PageArgs {
  first?: number | null;
  last?: number | null;
  after?: string | null;
  before?: string | null;
}

const encodeCursor = (i: number) => Buffer.from(`cursor:v2:${i}`).toString('base64');
function decodeCursor(cursor: string): number {
  const m = /^cursor:v2:(\d+)$/.exec(Buffer.from(cursor, 'base64').toString('utf8'));
  if (!m) throw new GitHubGraphQLError('INVALID_CURSOR_ARGUMENTS', `\`${cursor}\` does not appear to be a valid cursor.`);
  return Number(m[1]);
}

/** A GitHub connection over a list: cursors are indexes, `totalCount` is the whole list. */
export function connection<T, N = T>(
  items: readonly T[],
  args: PageArgs,
  name: string,
  extra: object = {},
  toNode: (item: T) => N = (item) => item as unknown as N,
) {
  const { first, last, after, before } = args;
  if (first == null && last == null) {
    throw new GitHubGraphQLError('MISSING_PAGINATION_BOUNDARIES', `You must provide a \`first\` or \`last\` value to properly paginate the \`${name}\` connection.`);
  }
  for (const n of [first, last]) {
    if (n != null && n > MAX_PAGE_SIZE) throw new GitHubGraphQLError('EXCESSIVE_PAGINATION', excessive(name, n).message);
    if (n != null && n < 0) throw new GitHubGraphQLError('INVALID_PAGINATION', `\`${name}\` page size must be at least 0.`);
  }
  let start = after != null ? decodeCursor(after) + 1 : 0;
  let end = before != null ? decodeCursor(before) : items.length;
  end = Math.min(end, items.length);
  if (first != null) end = Math.min(end, start + first);
  if (last != null) start = Math.max(start, end - last);
  const slice = items.slice(start, end).map((item, i) => ({ node: toNode(item), cursor: encodeCursor(start + i) }));
  return {
    totalCount: items.length,
    nodes: slice.map((e) => e.node),
    edges: slice,
    pageInfo: {
      hasNextPage: end < items.length,
      hasPreviousPage: start > 0,
      startCursor: slice[0]?.cursor ?? null,
      endCursor: slice.at(-1)?.cursor ?? null,
    },
    ...extra,
  };
}

const iso = (seconds: number) => new Date(seconds * 1000).toISOString().replace(/\.000Z$/, 'Z');
const globalId = (type: string, key: string) => Buffer.from(`${type}:${key}`).toString('base64');

/** Builds the GraphQL object graph over one repository. */
export class FakeModel {
  private readonly pulls = new Map<number, PullFixture>();
  /** Commit oid → the checks reported on it (a PR's head). */
  private readonly checksByCommit = new Map<string, CheckFixture[]>();

  constructor(private readonly ctx: ModelContext) {
    for (const pull of ctx.fixture.pulls ?? []) {
      this.pulls.set(pull.number, pull);
      const head = this.headOid(pull);
      if (head && pull.checks?.length) this.checksByCommit.set(head, pull.checks);
    }
  }

  get repositoryId(): string {
    return globalId('Repository', `${this.ctx.fixture.owner}/${this.ctx.fixture.name}`);
  }

  isRepository(owner: string, name: string): boolean {
    const f = this.ctx.fixture;
    return owner.toLowerCase() === f.owner.toLowerCase() && name.toLowerCase() === f.name.toLowerCase();
  }

  /** The Query fields the fake implements. */
  queryRoot() {
    return {
      repository: ({ owner, name }: { owner: string; name: string }) => {
        if (!this.isRepository(owner, name)) {
          throw new GitHubGraphQLError('NOT_FOUND', `Could not resolve to a Repository with the name '${owner}/${name}'.`);
        }
        return this.repository();
      },
      search: (args: PageArgs & { query: string; type: string }) => this.search(args),
      rateLimit: () => ({ cost: 1, limit: 5000, remaining: 4999, used: 1, nodeCount: 0, resetAt: iso(Math.floor(Date.now() / 1000) + 3600) }),
      viewer: () => this.user('github-actions[bot]', 'Bot'),
    };
  }

  repository() {
    const f = this.ctx.fixture;
    const nameWithOwner = `${f.owner}/${f.name}`;
    const defaultBranch = f.defaultBranch ?? 'main';
    return {
      __typename: 'Repository',
      id: this.repositoryId,
      name: f.name,
      nameWithOwner,
      owner: { __typename: 'Organization', login: f.owner, id: globalId('Organization', f.owner), url: `${this.ctx.serverUrl}/${f.owner}` },
      url: `${this.ctx.serverUrl}/${nameWithOwner}`,
      isPrivate: false,
      defaultBranchRef: () => this.ref(`refs/heads/${defaultBranch}`),
      ref: ({ qualifiedName }: { qualifiedName: string }) =>
        this.ref(qualifiedName.startsWith('refs/') ? qualifiedName : `refs/heads/${qualifiedName}`),
      object: ({ oid, expression }: { oid?: string; expression?: string }) => this.object(oid ?? expression ?? ''),
      pullRequest: ({ number }: { number: number }) => {
        const pull = this.pulls.get(number);
        if (!pull) throw new GitHubGraphQLError('NOT_FOUND', `Could not resolve to a PullRequest with the number of ${number}.`);
        return this.pull(pull);
      },
      pullRequests: (args: PageArgs & { states?: string[] }) => {
        const all = [...this.pulls.values()].sort((a, b) => a.number - b.number);
        const wanted = args.states ? all.filter((p) => args.states?.includes(pullState(p))) : all;
        return connection(
          wanted.map((p) => this.pull(p)),
          args,
          'pullRequests',
        );
      },
    };
  }

  async ref(qualifiedName: string) {
    const oid = await this.ctx.store.resolveRef(qualifiedName);
    if (!oid) return null;
    const m = /^(refs\/[^/]+\/)(.+)$/.exec(qualifiedName);
    return {
      __typename: 'Ref',
      id: globalId('Ref', qualifiedName),
      name: m?.[2] ?? qualifiedName,
      prefix: m?.[1] ?? '',
      target: () => this.object(oid),
    };
  }

  /**
   * Any git object by oid or `rev:path` expression, typed as GitHub types it. `path` is where a
   * tree sits, so that its entries report full paths as GitHub's do.
   */
  async object(spec: string, path = spec.includes(':') ? spec.slice(spec.indexOf(':') + 1) : '') {
    const object = await this.ctx.store.read(spec);
    if (!object) return null;
    switch (object.type) {
      case 'commit':
        return this.commit(object.oid, (await this.ctx.store.readCommit(object.oid)) as ParsedCommit);
      case 'tree':
        return this.tree(object.oid, path);
      case 'blob':
        return this.blob(object.oid, object.content);
      default:
        return null;
    }
  }

  commit(oid: string, parsed: ParsedCommit) {
    const [headline = '', ...rest] = parsed.message.replace(/\n$/, '').split('\n');
    const url = `${this.ctx.serverUrl}/${this.ctx.fixture.owner}/${this.ctx.fixture.name}/commit/${oid}`;
    const person = (p: ParsedCommit['author']) => ({ name: p.name, email: p.email, date: iso(p.time), user: null });
    return {
      __typename: 'Commit',
      id: globalId('Commit', oid),
      oid,
      abbreviatedOid: oid.slice(0, 7),
      message: parsed.message.replace(/\n$/, ''),
      messageHeadline: headline,
      messageBody: rest.join('\n').replace(/^\n/, ''),
      url,
      commitUrl: url,
      committedDate: iso(parsed.committer.time),
      authoredDate: iso(parsed.author.time),
      author: person(parsed.author),
      committer: person(parsed.committer),
      tree: () => this.tree(parsed.tree, ''),
      parents: async (args: PageArgs): Promise<unknown> =>
        connection(await Promise.all(parsed.parents.map((p) => this.object(p))), args, 'parents'),
      file: async ({ path }: { path: string }) => {
        const object = await this.ctx.store.read(`${oid}:${path}`);
        if (!object) return null;
        const name = path.split('/').at(-1) ?? path;
        return this.treeEntry(name, path, object.oid, object.type === 'tree' ? '40000' : '100644');
      },
      statusCheckRollup: () => this.rollup(oid),
    };
  }

  async tree(oid: string, path: string) {
    const entries = (await this.ctx.store.readTree(oid)) ?? [];
    return {
      __typename: 'Tree',
      id: globalId('Tree', oid),
      oid,
      abbreviatedOid: oid.slice(0, 7),
      entries: entries.map((e) => this.treeEntry(e.name, path ? `${path}/${e.name}` : e.name, e.oid, e.mode)),
    };
  }

  treeEntry(name: string, path: string, oid: string, mode: string) {
    const type = mode === '40000' ? 'tree' : mode === '160000' ? 'commit' : 'blob';
    const dot = name.lastIndexOf('.');
    return {
      __typename: 'TreeEntry',
      name,
      path,
      oid,
      // GraphQL reports the octal file mode as a decimal Int (100644 → 33188).
      mode: parseInt(mode, 8),
      type,
      extension: type === 'blob' && dot > 0 ? name.slice(dot) : null,
      isGenerated: false,
      object: () => this.object(oid, path),
    };
  }

  blob(oid: string, content: Buffer) {
    const isBinary = content.includes(0);
    const isTruncated = !isBinary && content.length > this.ctx.blobTextLimit;
    return {
      __typename: 'Blob',
      id: globalId('Blob', oid),
      oid,
      abbreviatedOid: oid.slice(0, 7),
      byteSize: content.length,
      isBinary,
      isTruncated,
      text: isBinary ? null : content.subarray(0, this.ctx.blobTextLimit).toString('utf8'),
    };
  }

  user(login: string, typename: 'User' | 'Bot' = 'User') {
    return {
      __typename: typename,
      id: globalId(typename, login),
      login,
      url: `${this.ctx.serverUrl}/${login}`,
      resourcePath: `/${login}`,
      avatarUrl: () => `${this.ctx.serverUrl}/avatars/${login}`,
    };
  }

  pull(pull: PullFixture) {
    const f = this.ctx.fixture;
    const merged = Boolean(pull.mergedAt);
    const mergeOid = this.ctx.mergeCommits.get(pull.number) ?? null;
    const headOid = this.headOid(pull);
    const files = (pull.files ?? []).map((file) => {
      const lines = file.contents ? file.contents.split('\n').length : 0;
      const type = changeTypeOf(file);
      return {
        __typename: 'PullRequestChangedFile',
        path: file.path,
        changeType: type,
        additions: type === 'DELETED' ? 0 : lines,
        deletions: type === 'DELETED' || type === 'MODIFIED' ? 1 : 0,
        viewerViewedState: 'UNVIEWED',
      };
    });
    const createdAt =
      pull.createdAt ?? (pull.mergedAt ? iso(Date.parse(pull.mergedAt) / 1000 - 3600) : (f.epoch ?? '2024-01-01T00:00:00Z'));
    const url = `${this.ctx.serverUrl}/${f.owner}/${f.name}/pull/${pull.number}`;
    return {
      __typename: 'PullRequest',
      id: globalId('PullRequest', String(pull.number)),
      number: pull.number,
      title: pull.title ?? `PR ${pull.number}`,
      body: pull.body ?? '',
      url,
      permalink: url,
      state: pullState(pull),
      merged,
      closed: merged || pull.state === 'CLOSED',
      isDraft: false,
      createdAt,
      mergedAt: pull.mergedAt ?? null,
      closedAt: pull.mergedAt ?? null,
      author: pull.author === null ? null : this.user(pull.author),
      baseRefName: pull.baseRefName ?? f.defaultBranch ?? 'main',
      headRefName: pull.headRefName ?? `pr-${pull.number}`,
      headRefOid: headOid,
      changedFiles: files.length,
      additions: files.reduce((n, x) => n + x.additions, 0),
      deletions: files.reduce((n, x) => n + x.deletions, 0),
      mergeCommit: () => (merged && mergeOid ? this.object(mergeOid) : null),
      labels: (args: PageArgs) =>
        connection(
          (pull.labels ?? []).map((name) => ({ __typename: 'Label', id: globalId('Label', name), name, color: 'ededed' })),
          args,
          'labels',
        ),
      files: (args: PageArgs) => connection(files, args, 'files'),
      commits: (args: PageArgs) =>
        connection(
          headOid
            ? [{ __typename: 'PullRequestCommit', id: globalId('PullRequestCommit', headOid), commit: () => this.object(headOid), url: `${url}/commits/${headOid}` }]
            : [],
          args,
          'commits',
        ),
      repository: () => this.repository(),
    };
  }

  search(args: PageArgs & { query: string; type: string }) {
    if (args.type !== 'ISSUE') {
      throw new GitHubGraphQLError('UNPROCESSABLE', `fake GitHub implements search type ISSUE only, not ${args.type}`);
    }
    let predicate;
    try {
      predicate = compileSearch(args.query, this.ctx.fixture);
    } catch (e) {
      if (e instanceof SearchSyntaxError) throw new GitHubGraphQLError('UNPROCESSABLE', e.message);
      throw e;
    }
    // Newest first, as "best match" roughly is for PRs; the fake's order is at least deterministic.
    const matches = [...this.pulls.values()].filter(predicate).sort((a, b) => b.number - a.number);
    const extra = { issueCount: matches.length, codeCount: 0, discussionCount: 0, repositoryCount: 0, userCount: 0, wikiCount: 0 };
    return connection(matches.slice(0, SEARCH_RESULT_CAP), args, 'search', extra, (p) => this.pull(p));
  }

  private headOid(pull: PullFixture): string | null {
    // The fake squash-merges single-commit PRs: a merged PR's head is its merge commit.
    return this.ctx.headCommits.get(pull.number) ?? this.ctx.mergeCommits.get(pull.number) ?? null;
  }

  private rollup(oid: string) {
    const checks = this.checksByCommit.get(oid);
    if (!checks) return null;
    const contexts = checks.map((c) =>
      'name' in c
        ? {
            __typename: 'CheckRun',
            id: globalId('CheckRun', `${oid}/${c.name}`),
            name: c.name,
            status: c.status ?? (c.conclusion ? 'COMPLETED' : 'IN_PROGRESS'),
            conclusion: c.conclusion,
            startedAt: c.completedAt ?? null,
            completedAt: c.completedAt ?? null,
          }
        : {
            __typename: 'StatusContext',
            id: globalId('StatusContext', `${oid}/${c.context}`),
            context: c.context,
            state: c.state,
            createdAt: c.createdAt ?? this.ctx.fixture.epoch ?? '2024-01-01T00:00:00Z',
            description: null,
            targetUrl: null,
          },
    );
    const failed = contexts.some((c) => ('conclusion' in c ? c.conclusion !== 'SUCCESS' && c.conclusion !== 'NEUTRAL' && c.conclusion !== 'SKIPPED' : c.state !== 'SUCCESS'));
    return {
      __typename: 'StatusCheckRollup',
      id: globalId('StatusCheckRollup', oid),
      state: failed ? 'FAILURE' : 'SUCCESS',
      contexts: (args: PageArgs) => connection(contexts, args, 'contexts'),
    };
  }
}

function pullState(pull: PullFixture): 'OPEN' | 'CLOSED' | 'MERGED' {
  return pull.mergedAt ? 'MERGED' : (pull.state ?? 'OPEN');
}
