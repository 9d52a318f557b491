// A small GitHub REST client on Node's own fetch, for the few calls the submission actions make
// (the PR, its comments and labels). GITHUB_API_URL makes it work on GitHub Enterprise Server and
// against test/fake-github; a request that fails on the server's side is tried once more.
import { UserError } from '@lilypad-actions/errors';

/** GitHub refused or failed a request: the message says which and why (a token's permissions, usually). */
export class GitHubRestError extends UserError {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

export interface GitHubRest {
  request<T>(method: 'GET' | 'POST' | 'PATCH' | 'DELETE', path: string, body?: unknown): Promise<T>;
}

/** A client for `apiUrl` (default GITHUB_API_URL, else api.github.com) with `token`. */
export function githubRest(token: string, apiUrl = process.env.GITHUB_API_URL || 'https://api.github.com'): GitHubRest {
  const root = apiUrl.replace(/\/+$/, '');
  return {
    async request<T>(method: 'GET' | 'POST' | 'PATCH' | 'DELETE', path: string, body?: unknown): Promise<T> {
      for (let attempt = 1; ; attempt += 1) {
        const response = await fetch(`${root}${path}`, {
          method,
          headers: {
            accept: 'application/vnd.github+json',
            authorization: `Bearer ${token}`,
            'x-github-api-version': '2022-11-28',
            'user-agent': 'lilypad-actions',
            ...(body === undefined ? {} : { 'content-type': 'application/json' }),
          },
          ...(body === undefined ? {} : { body: JSON.stringify(body) }),
          signal: AbortSignal.timeout(30_000),
        });
        if (response.status >= 500 && attempt < 2) continue;
        const text = await response.text();
        if (!response.ok) {
          const message = (() => {
            try {
              return (JSON.parse(text) as { message?: string }).message ?? text;
            } catch {
              return text;
            }
          })();
          throw new GitHubRestError(response.status, `GitHub answered ${response.status} to ${method} ${path}: ${message.slice(0, 200)}`);
        }
        return (text === '' ? null : JSON.parse(text)) as T;
      }
    },
  };
}
