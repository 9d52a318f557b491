// Module entries read at each PR's merge commit, through GitHub's GraphQL API: the entry, not the
// PR, says which module was added and who created it. A hundred entries are read per request, one
// aliased `object(expression:)` each. The entry format is the list's (@lilypad-actions/module-list):
// this file is only the transport.

import { parseEntry, type EntryResult, type ModuleEntry } from '@lilypad-actions/module-list';
import type { GitHubApi } from './github-client';
import type { Repository } from './harvest';

export type { EntryResult, ModuleEntry };

const READ_BATCH = 100;

/** Key of an entry read: the file at a commit. */
export function entryKey(commit: string, path: string): string {
  return `${commit}:${path}`;
}

interface BlobAnswer {
  __typename: string;
  text?: string | null;
  isBinary?: boolean;
  isTruncated?: boolean;
}

/** Reads and parses each `{ commit, path }`, a hundred per request; returns results by entryKey. */
export async function readEntries(
  api: GitHubApi,
  repo: Repository,
  wanted: Array<{ commit: string; path: string }>,
): Promise<{ entries: Map<string, EntryResult>; requests: number }> {
  const unique = [...new Map(wanted.map((w) => [entryKey(w.commit, w.path), w])).values()];
  const entries = new Map<string, EntryResult>();
  let requests = 0;
  for (let i = 0; i < unique.length; i += READ_BATCH) {
    const batch = unique.slice(i, i + READ_BATCH);
    const args = batch.map((_, j) => `$e${j}: String!`).join(', ');
    const selections = batch
      .map((_, j) => `e${j}: object(expression: $e${j}) { __typename ... on Blob { text isBinary isTruncated } }`)
      .join('\n    ');
    const query = `query ReadEntries($owner: String!, $name: String!, ${args}) {\n  repository(owner: $owner, name: $name) {\n    ${selections}\n  }\n}`;
    const variables: Record<string, unknown> = { owner: repo.owner, name: repo.name };
    batch.forEach((w, j) => (variables[`e${j}`] = entryKey(w.commit, w.path)));
    requests += 1;
    const answer = await api.graphql<{ repository: Record<string, BlobAnswer | null> }>(query, variables);
    batch.forEach((w, j) => entries.set(entryKey(w.commit, w.path), interpret(w.path, answer.repository[`e${j}`] ?? null)));
  }
  return { entries, requests };
}

function interpret(path: string, blob: BlobAnswer | null): EntryResult {
  if (!blob) return { ok: false, error: `${path} does not exist at the merge commit` };
  if (blob.__typename !== 'Blob') return { ok: false, error: `${path} is not a file at the merge commit` };
  if (blob.isBinary || blob.text == null) return { ok: false, error: `${path} is a binary file, not a module entry` };
  if (blob.isTruncated) return { ok: false, error: `${path} is too large to be a module entry` };
  return parseEntry(path, blob.text);
}
