// Module entries (`modules/<name>.json` or `.yaml` in the list repository), read at each PR's merge
// commit: the entry, not the PR, says which module was added and who created it. A hundred
// entries are read per GraphQL request, one aliased `object(expression:)` each.

import { parse as parseYamlText } from 'yaml';
import type { GitHubApi } from './github-client';
import type { Repository } from './harvest';

/** What the rules read from an entry; the submission format may hold more. */
export interface ModuleEntry {
  /** The entry's file, e.g. `modules/sdxl-turbo.json`. */
  path: string;
  /** Display name: the entry's `name`, else the file name without extension. */
  name: string;
  /** The module reference as `lilypad run` takes it, e.g. `github.com/owner/repo:v1.0.0`. */
  module: string;
  /** The GitHub login credited, when the entry names one (someone may submit for a creator). */
  creator: string | null;
}

export type EntryResult = { ok: true; entry: ModuleEntry } | { ok: false; error: string };

/** File extensions of module entries; other files under the submission paths are attachments. */
export const ENTRY_EXTENSIONS = ['.json', '.yaml', '.yml'];

const READ_BATCH = 100;
const LOGIN = /^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$/;

export function isEntryPath(path: string): boolean {
  return ENTRY_EXTENSIONS.some((ext) => path.toLowerCase().endsWith(ext));
}

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

/** Parses an entry's text; the error says what is wrong and where. */
export function parseEntry(path: string, text: string): EntryResult {
  let value: unknown;
  try {
    value = path.toLowerCase().endsWith('.json') ? JSON.parse(text) : parseYamlText(text, { uniqueKeys: true, prettyErrors: true });
  } catch (e) {
    return { ok: false, error: `${path} does not parse: ${syntaxMessage(text, e)}` };
  }
  if (!value || typeof value !== 'object' || Array.isArray(value)) {
    return { ok: false, error: `${path} must be a mapping with at least a "module" key` };
  }
  const record = value as Record<string, unknown>;
  if (typeof record.module !== 'string' || record.module.trim() === '') {
    return { ok: false, error: `${path}: "module" (the module reference, e.g. github.com/owner/repo:v1.0.0) is missing or not a string` };
  }
  if (record.creator !== undefined && (typeof record.creator !== 'string' || !LOGIN.test(record.creator))) {
    return { ok: false, error: `${path}: "creator" must be a GitHub login (found ${JSON.stringify(record.creator)})` };
  }
  const stem = (path.split('/').at(-1) ?? path).replace(/\.[^.]+$/, '');
  return {
    ok: true,
    entry: {
      path,
      name: typeof record.name === 'string' && record.name.trim() !== '' ? record.name : stem,
      module: record.module.trim(),
      creator: typeof record.creator === 'string' ? record.creator : null,
    },
  };
}

/** A parser's complaint with a line and column, whichever parser it came from. */
function syntaxMessage(text: string, e: unknown): string {
  const linePos = (e as { linePos?: Array<{ line: number; col: number }> }).linePos?.[0];
  if (linePos) {
    const first = (e instanceof Error ? e.message : String(e)).split('\n')[0] ?? '';
    return `line ${linePos.line}, column ${linePos.col}: ${first.replace(/ at line \d+, column \d+:?$/, '')}`;
  }
  // Node 20's JSON.parse names no position; find it ourselves.
  const found = jsonSyntaxError(text);
  if (!found) return e instanceof Error ? (e.message.split('\n')[0] ?? e.message) : String(e);
  const before = text.slice(0, found.offset);
  const line = before.split('\n').length;
  const column = found.offset - before.lastIndexOf('\n');
  return `line ${line}, column ${column}: ${found.message}`;
}

/** Where, and why, strict JSON stops being JSON; null when it is JSON. */
export function jsonSyntaxError(text: string): { offset: number; message: string } | null {
  let i = 0;
  const what = (c: string | undefined) => (c === undefined ? 'the end of the file' : JSON.stringify(c));
  class Stop {
    constructor(readonly message: string) {}
  }
  const space = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i] as string)) i += 1;
  };
  const expect = (c: string, context: string) => {
    space();
    if (text[i] !== c) throw new Stop(`expected ${JSON.stringify(c)} ${context}, found ${what(text[i])}`);
    i += 1;
  };
  const string = () => {
    i += 1;
    while (i < text.length) {
      const c = text[i] as string;
      if (c === '"') return void (i += 1);
      if (c < ' ') throw new Stop('a line break or control character inside a string');
      i += c === '\\' ? 2 : 1;
    }
    throw new Stop('a string that is never closed');
  };
  const value = (): void => {
    space();
    const c = text[i];
    if (c === '{' || c === '[') {
      const close = c === '{' ? '}' : ']';
      i += 1;
      space();
      if (text[i] === close) return void (i += 1);
      for (;;) {
        if (c === '{') {
          space();
          if (text[i] !== '"') throw new Stop(`expected a "quoted" key, found ${what(text[i])}`);
          string();
          expect(':', 'after the key');
        }
        value();
        space();
        if (text[i] === ',') i += 1;
        else if (text[i] === close) return void (i += 1);
        else throw new Stop(`expected "," or ${JSON.stringify(close)}, found ${what(text[i])}`);
      }
    }
    if (c === '"') return string();
    const literal = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null/y;
    literal.lastIndex = i;
    if (literal.test(text)) return void (i = literal.lastIndex);
    throw new Stop(`unexpected ${what(c)}`);
  };
  try {
    value();
    space();
    if (i < text.length) throw new Stop(`unexpected ${what(text[i])} after the end of the JSON value`);
    return null;
  } catch (e) {
    if (e instanceof Stop) return { offset: i, message: e.message };
    throw e;
  }
}
