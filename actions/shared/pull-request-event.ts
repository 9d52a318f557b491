// The PR a step runs for, from the event payload the runner writes (GITHUB_EVENT_PATH): its
// number, author, description and what happened to it (opened, synchronize, labeled…).

import { readFileSync } from 'node:fs';

export interface PullRequestEvent {
  number: number | null;
  author: string | null;
  body: string | null;
  /** `synchronize` is a new push; `labeled` may start the GPU run. */
  action: string | null;
}

/** The payload's pull_request; all null outside a pull_request event. */
export function readPullRequestEvent(path = process.env.GITHUB_EVENT_PATH): PullRequestEvent {
  const none: PullRequestEvent = { number: null, author: null, body: null, action: null };
  if (!path) return none;
  let payload: { action?: unknown; pull_request?: { number?: unknown; user?: { login?: unknown } | null; body?: unknown } };
  try {
    payload = JSON.parse(readFileSync(path, 'utf8')) as typeof payload;
  } catch {
    return none;
  }
  const pr = payload.pull_request;
  if (!pr) return none;
  return {
    number: typeof pr.number === 'number' ? pr.number : null,
    author: typeof pr.user?.login === 'string' ? pr.user.login : null,
    body: typeof pr.body === 'string' ? pr.body : pr.body === null ? '' : null,
    action: typeof payload.action === 'string' ? payload.action : null,
  };
}
