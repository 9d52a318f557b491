// What the list's checks report: one finding per problem, on the file (an entry, the README, the PR
// body) and, where it has one, the line and column, with what to do. The audience says who acts on
// it: the creator fixes their entry; maintainers weigh what only they can judge.

export type Severity = 'error' | 'warning' | 'info';
export type Audience = 'creator' | 'maintainers';

export interface ListFinding {
  /** Stable id, e.g. `reference-url`; README "Submission checks" lists them all. */
  rule: string;
  severity: Severity;
  audience: Audience;
  /** The file it is about, relative to the list repository (or as given), `/`-separated. */
  file: string;
  line?: number;
  column?: number;
  /** One sentence: what is wrong. */
  message: string;
  /** What to do about it. */
  hint?: string;
}

/** `file:line:col`, as far as the finding has them. */
export function findingLocation(f: Pick<ListFinding, 'file' | 'line' | 'column'>): string {
  if (f.line === undefined) return f.file;
  return f.column === undefined ? `${f.file}:${f.line}` : `${f.file}:${f.line}:${f.column}`;
}

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Most severe first, then by place. */
export function bySeverity(a: ListFinding, b: ListFinding): number {
  return RANK[a.severity] - RANK[b.severity] || a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0);
}

/** Whether these findings fail the check: any error, or with `strict` any warning. */
export function failing(findings: readonly ListFinding[], strict: boolean): boolean {
  return findings.some((f) => f.severity === 'error' || (strict && f.severity === 'warning'));
}
