// Issue comments and labels of the fake's PRs, kept in memory: what the sticky PR comment and the
// label-gated GPU run need. Writes take a token that may write (a fork's pull_request token may not:
// GitHub answers 403 "Resource not accessible by integration"), and a comment is edited or deleted
// only by its author, as on github.com.

import type { PullFixture } from './fixture';

export interface IssueComment {
  id: number;
  body: string;
  user: { login: string; type: 'User' | 'Bot' };
  created_at: string;
  updated_at: string;
}

export class IssueStore {
  private readonly comments = new Map<number, IssueComment[]>();
  private nextId = 1000;

  constructor(private readonly now: () => Date) {}

  list(issue: number): IssueComment[] {
    return this.comments.get(issue) ?? [];
  }

  add(issue: number, body: string, user: IssueComment['user']): IssueComment {
    const at = this.now().toISOString().replace(/\.\d{3}Z$/, 'Z');
    const comment: IssueComment = { id: this.nextId++, body, user, created_at: at, updated_at: at };
    this.comments.set(issue, [...this.list(issue), comment]);
    return comment;
  }

  find(id: number): { issue: number; comment: IssueComment } | null {
    for (const [issue, list] of this.comments) {
      const comment = list.find((c) => c.id === id);
      if (comment) return { issue, comment };
    }
    return null;
  }

  update(id: number, body: string): IssueComment | null {
    const found = this.find(id);
    if (!found) return null;
    found.comment.body = body;
    found.comment.updated_at = this.now().toISOString().replace(/\.\d{3}Z$/, 'Z');
    return found.comment;
  }

  remove(id: number): boolean {
    const found = this.find(id);
    if (!found) return false;
    this.comments.set(found.issue, this.list(found.issue).filter((c) => c.id !== id));
    return true;
  }
}

/** The labels of a PR, as the fixture holds them (the GraphQL model reads the same array). */
export function labelsOf(pull: PullFixture): string[] {
  pull.labels ??= [];
  return pull.labels;
}
