// The one place that talks HTTP to GitHub: @actions/github's Octokit, with the retry policy wrapped
// around every request, GraphQL sent to GITHUB_GRAPHQL_URL (GitHub Enterprise and the tests' fake
// serve it apart from the REST root), and failures turned into one readable GitHubApiError.

import { getOctokit } from '@actions/github';
import { GitHubApiError } from './errors';
import { DEFAULT_RETRY, retryVerdict, type Failure, type RetryOptions } from './retry-policy';

/** GitHub as the rest of this package sees it: injectable, so tests can count or fake requests. */
export interface GitHubApi {
  /** Runs a GraphQL operation; GitHub's typed errors come back as a GraphQLResponseError. */
  graphql<T>(query: string, variables?: Record<string, unknown>): Promise<T>;
  /** A REST call, e.g. `rest('POST /repos/{owner}/{repo}/git/commits', { owner, repo, … })`. */
  rest<T>(route: string, params?: Record<string, unknown>): Promise<T>;
}

/** One error of a GraphQL answer, as GitHub reports it. */
export interface GraphQLErrorItem {
  type?: string;
  message: string;
  path?: Array<string | number>;
}

/** A GraphQL answer with errors (HTTP 200): STALE_DATA, NOT_FOUND, a validation failure… */
export class GraphQLResponseError extends GitHubApiError {
  constructor(
    readonly operation: string,
    readonly errors: GraphQLErrorItem[],
    readonly data: unknown,
  ) {
    super(`GitHub GraphQL ${operation}: ${errors.map((e) => (e.type ? `${e.type}: ${e.message}` : e.message)).join('; ')}`, {
      ...(errors.some((e) => e.type === 'NOT_FOUND') ? { hint: 'check the repository name, and that the token can read it' } : {}),
    });
    this.name = 'GraphQLResponseError';
  }

  hasType(type: string): boolean {
    return this.errors.some((e) => e.type === type);
  }
}

export interface GitHubClientOptions {
  token: string;
  /** REST root; default GITHUB_API_URL, else https://api.github.com. */
  apiUrl?: string;
  /** GraphQL endpoint; default GITHUB_GRAPHQL_URL, else `${apiUrl}/graphql`. */
  graphqlUrl?: string;
  retry?: Partial<RetryOptions>;
  /** Told about every retry (the action sends it to the log). */
  log?: (message: string) => void;
  /** Injected so tests do not wait out real rate limits. */
  sleep?: (ms: number) => Promise<void>;
  now?: () => number;
}

interface OctokitLikeError {
  status?: number;
  message: string;
  response?: { headers?: Record<string, string | number | undefined>; data?: unknown };
}

/** The operation name of a GraphQL document, for logs and messages. */
export function operationName(query: string): string {
  return /^\s*(?:query|mutation)\s+([_A-Za-z][_0-9A-Za-z]*)/.exec(query)?.[1] ?? 'operation';
}

export function createGitHubClient(options: GitHubClientOptions): GitHubApi {
  const env = process.env;
  const apiUrl = (options.apiUrl ?? env.GITHUB_API_URL ?? 'https://api.github.com').replace(/\/+$/, '');
  const graphqlUrl = options.graphqlUrl ?? env.GITHUB_GRAPHQL_URL ?? `${apiUrl}/graphql`;
  const retry = { ...DEFAULT_RETRY, ...options.retry };
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const now = options.now ?? Date.now;
  const log = options.log ?? (() => undefined);
  const octokit = getOctokit(options.token, { baseUrl: apiUrl, userAgent: 'lilypad-actions-rewards' });

  octokit.hook.wrap('request', async (request, requestOptions) => {
    const method = String(requestOptions.method ?? 'GET').toUpperCase();
    const body = requestOptions as unknown as { query?: unknown };
    const isGraphQL = typeof body.query === 'string';
    const changesState = isGraphQL ? /^\s*mutation\b/.test(String(body.query)) : !['GET', 'HEAD'].includes(method);
    const what = isGraphQL ? `GraphQL ${operationName(String(body.query))}` : `${method} ${String(requestOptions.url)}`;
    for (let attempt = 1; ; attempt += 1) {
      let failure: Failure;
      try {
        const response = await request(requestOptions);
        const types = graphqlErrorTypes(response.data);
        if (!types.includes('RATE_LIMITED')) return response;
        failure = { status: response.status, headers: response.headers as Failure['headers'], message: 'GraphQL RATE_LIMITED', graphqlErrorTypes: types, changesState };
      } catch (e) {
        const error = e as OctokitLikeError;
        // Octokit reports a request that got no answer as status 500 with no response.
        failure = {
          status: error.response ? error.status : undefined,
          headers: error.response?.headers ?? {},
          message: messageOf(error),
          graphqlErrorTypes: graphqlErrorTypes(error.response?.data),
          changesState,
        };
      }
      const verdict = retryVerdict(failure, attempt, retry, now());
      if (!verdict.retry) {
        const lostAnswer = failure.status === undefined || failure.status >= 500;
        throw new GitHubApiError(`GitHub ${what} failed: ${failure.message} (${verdict.why})`, {
          ...(hintFor(failure.status) ? { hint: hintFor(failure.status) } : {}),
          ...(failure.status === undefined ? {} : { status: failure.status }),
          uncertain: changesState && lostAnswer,
        });
      }
      log(`GitHub: ${what}: ${verdict.why}; retrying in ${Math.ceil(verdict.delayMs / 1000)} s (attempt ${attempt + 1} of ${retry.maxAttempts})`);
      await sleep(verdict.delayMs);
    }
  });

  return {
    async graphql<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
      const response = await octokit.request(`POST ${graphqlUrl}`, { query, variables });
      const payload = response.data as { data?: T; errors?: GraphQLErrorItem[] };
      if (payload.errors?.length) throw new GraphQLResponseError(operationName(query), payload.errors, payload.data ?? null);
      return payload.data as T;
    },
    async rest<T>(route: string, params: Record<string, unknown> = {}): Promise<T> {
      const response = await octokit.request(route, params);
      return response.data as T;
    },
  };
}

function graphqlErrorTypes(data: unknown): string[] {
  const errors = (data as { errors?: Array<{ type?: unknown }> } | undefined)?.errors;
  return Array.isArray(errors) ? errors.map((e) => String(e.type ?? '')) : [];
}

function messageOf(error: OctokitLikeError): string {
  const data = error.response?.data as { message?: unknown } | undefined;
  const apiMessage = typeof data?.message === 'string' ? data.message : undefined;
  const status = error.response ? `${error.status} ` : '';
  return `${status}${apiMessage ?? error.message}`.trim();
}

function hintFor(status: number | undefined): string | undefined {
  if (status === 401) return 'the token was refused: check the token input (or GITHUB_TOKEN) and that it has not expired';
  if (status === 403 || status === 404) return 'the token may lack access: the workflow needs `permissions: contents: write` (or read for a dry run)';
  return undefined;
}
