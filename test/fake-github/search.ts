// GitHub's issue search, for the qualifiers this project's code uses. An unknown qualifier is an
// error here (github.com would treat it as free text), so a typo in a query fails a test loudly.

import type { PullFixture } from './fixture';

/** GitHub returns at most this many results for one search, whatever `issueCount` says. */
export const SEARCH_RESULT_CAP = 1000;

export class SearchSyntaxError extends Error {}

interface Range {
  /** Inclusive lower bound, ms since the epoch; -Infinity when open. */
  from: number;
  /** Inclusive upper bound. */
  to: number;
}

export type PullPredicate = (pull: PullFixture) => boolean;

/** Compiles a search string into a predicate over the fixture's PRs, for one repository. */
export function compileSearch(query: string, repository: { owner: string; name: string }): PullPredicate {
  const tests: PullPredicate[] = [];
  let repoGiven = false;
  for (const token of tokenize(query)) {
    const negated = token.startsWith('-');
    const [rawKey, ...rest] = (negated ? token.slice(1) : token).split(':');
    const key = (rawKey ?? '').toLowerCase();
    const value = rest.join(':');
    if (rest.length === 0) throw new SearchSyntaxError(`fake GitHub search: free text ${JSON.stringify(token)} is not implemented`);
    let test: PullPredicate;
    switch (key) {
      case 'repo': {
        repoGiven = true;
        const wanted = `${repository.owner}/${repository.name}`.toLowerCase();
        test = () => value.toLowerCase() === wanted;
        break;
      }
      case 'is':
      case 'type':
        test = stateTest(value.toLowerCase());
        break;
      case 'merged':
        test = rangeTest(value, (p) => p.mergedAt ?? null);
        break;
      case 'created':
        test = rangeTest(value, (p) => p.createdAt ?? null);
        break;
      case 'label':
        test = (p) => (p.labels ?? []).some((l) => l.toLowerCase() === value.toLowerCase());
        break;
      case 'author':
        test = (p) => (p.author ?? '').toLowerCase() === value.toLowerCase();
        break;
      default:
        throw new SearchSyntaxError(`fake GitHub search: qualifier ${key}: is not implemented`);
    }
    tests.push(negated ? (p) => !test(p) : test);
  }
  if (!repoGiven) throw new SearchSyntaxError('fake GitHub search: give repo:OWNER/NAME (the fake serves one repository)');
  return (pull) => tests.every((t) => t(pull));
}

function tokenize(query: string): string[] {
  const tokens: string[] = [];
  const re = /(-?[\w-]+:"[^"]*"|\S+)/g;
  for (const m of query.matchAll(re)) tokens.push((m[1] ?? '').replace(/"/g, ''));
  return tokens;
}

function stateTest(value: string): PullPredicate {
  switch (value) {
    case 'pr':
      return () => true;
    case 'merged':
      return (p) => Boolean(p.mergedAt);
    case 'unmerged':
      return (p) => !p.mergedAt;
    case 'open':
      return (p) => !p.mergedAt && (p.state ?? 'OPEN') === 'OPEN';
    case 'closed':
      return (p) => Boolean(p.mergedAt) || p.state === 'CLOSED';
    default:
      throw new SearchSyntaxError(`fake GitHub search: is:${value} is not implemented`);
  }
}

function rangeTest(value: string, dateOf: (p: PullFixture) => string | null): PullPredicate {
  const range = parseRange(value);
  return (p) => {
    const date = dateOf(p);
    if (!date) return false;
    const t = Date.parse(date);
    return t >= range.from && t <= range.to;
  };
}

/** `A..B` (both inclusive), `>=A`, `>A`, `<=B`, `<B`, `A..*`, `*..B`, or one date (that whole day). */
export function parseRange(value: string): Range {
  const inclusive = (text: string, end: boolean) => (text === '*' ? (end ? Infinity : -Infinity) : bound(text, end));
  if (value.includes('..')) {
    const [a = '', b = ''] = value.split('..');
    return { from: inclusive(a, false), to: inclusive(b, true) };
  }
  const m = /^(>=|>|<=|<)(.+)$/.exec(value);
  if (m) {
    const [, op, date = ''] = m;
    if (op === '>=') return { from: bound(date, false), to: Infinity };
    if (op === '>') return { from: bound(date, true) + 1, to: Infinity };
    if (op === '<=') return { from: -Infinity, to: bound(date, true) };
    return { from: -Infinity, to: bound(date, false) - 1 };
  }
  return { from: bound(value, false), to: bound(value, true) };
}

/**
 * A date or timestamp as GitHub's search reads it: `YYYY-MM-DD` covers the whole (UTC) day, so its
 * upper bound is the day's last millisecond; a timestamp without a zone is UTC.
 */
function bound(text: string, end: boolean): number {
  const day = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (day) {
    const start = Date.UTC(Number(day[1]), Number(day[2]) - 1, Number(day[3]));
    return end ? start + 86_400_000 - 1 : start;
  }
  const stamp = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2})?)(Z|[+-]\d{2}:\d{2})?$/.exec(text);
  if (!stamp) throw new SearchSyntaxError(`fake GitHub search: unreadable date ${JSON.stringify(text)}`);
  const t = Date.parse(`${stamp[1]}${stamp[2] ?? 'Z'}`);
  if (Number.isNaN(t)) throw new SearchSyntaxError(`fake GitHub search: unreadable date ${JSON.stringify(text)}`);
  // Second precision, like GitHub: the upper bound covers the whole second.
  return end ? t + 999 : t;
}
