// One comment per PR, updated in place: found again by the hidden marker its body starts with,
// and only among the comments of the bot that writes it (a look-alike left by anyone else is never
// touched). Should two runs ever race to create it, the later one removes the extra copy.

import type { GitHubRest } from './github-rest';

interface Comment {
  id: number;
  body?: string;
  html_url: string;
  user: { login: string; type?: string } | null;
}

/** The GitHub Actions bot, which GITHUB_TOKEN acts as. */
export const ACTIONS_BOT = 'github-actions[bot]';

export interface StickyCommentOptions {
  repository: { owner: string; name: string };
  issue: number;
  marker: string;
  body: string;
  /** Whose comments count as ours (default the GitHub Actions bot). */
  author?: string;
}

/** The sticky comment as it is now, or null. */
export async function findStickyComment(api: GitHubRest, options: Omit<StickyCommentOptions, 'body'>): Promise<Comment | null> {
  return (await ours(api, options))[0] ?? null;
}

/** Creates or updates the sticky comment; returns its URL and what was done. */
export async function upsertStickyComment(api: GitHubRest, options: StickyCommentOptions): Promise<{ url: string; action: 'created' | 'updated'; removed: number }> {
  const { owner, name } = options.repository;
  const existing = await ours(api, options);
  let comment: Comment;
  let action: 'created' | 'updated';
  if (existing[0]) {
    comment = await api.request<Comment>('PATCH', `/repos/${owner}/${name}/issues/comments/${existing[0].id}`, { body: options.body });
    action = 'updated';
  } else {
    comment = await api.request<Comment>('POST', `/repos/${owner}/${name}/issues/${options.issue}/comments`, { body: options.body });
    action = 'created';
  }
  const extra = (await ours(api, options)).filter((c) => c.id !== comment.id);
  for (const c of extra) await api.request('DELETE', `/repos/${owner}/${name}/issues/comments/${c.id}`);
  return { url: comment.html_url, action, removed: extra.length };
}

async function ours(api: GitHubRest, options: Omit<StickyCommentOptions, 'body'>): Promise<Comment[]> {
  const { owner, name } = options.repository;
  const author = (options.author ?? ACTIONS_BOT).toLowerCase();
  const found: Comment[] = [];
  for (let page = 1; page <= 30; page += 1) {
    const batch = await api.request<Comment[]>('GET', `/repos/${owner}/${name}/issues/${options.issue}/comments?per_page=100&page=${page}`);
    found.push(...batch.filter((c) => c.user?.login.toLowerCase() === author && (c.body ?? '').startsWith(options.marker)));
    if (batch.length < 100) break;
  }
  return found.sort((a, b) => a.id - b.id);
}
