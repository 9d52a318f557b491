// Findings as GitHub annotations. GitHub shows at most 10 annotations of each kind (error,
// warning, notice) per step and 50 per job, and silently drops the rest; so the most severe are
// chosen first, duplicates are dropped, and a last notice says how many were left out.
// githubAnnotations is the one place that choice is made: formatGithub prints it as workflow
// commands for the CLI, and the validate-module action hands the same list to @actions/core.
import { formatCommand } from '@lilypad-actions/workflow-commands';
import type { Severity, ValidationReport } from '../validate/types';
import { bySeverity, displayPath, plural, type PathOptions } from './tally';

export type AnnotationKind = 'error' | 'warning' | 'notice';

export interface Annotation {
  kind: AnnotationKind;
  /** Relative to the workspace, `/`-separated. */
  file?: string;
  line?: number;
  column?: number;
  /** The rule id. */
  title?: string;
  message: string;
}

export interface AnnotationLimits {
  /** Per kind and step (GitHub: 10). */
  perKind: number;
  /** Per job (GitHub: 50); a step may share it with others. */
  total: number;
}

export type AnnotationCounts = Partial<Record<AnnotationKind, number>>;

export const GITHUB_ANNOTATION_LIMITS: AnnotationLimits = { perKind: 10, total: 50 };

export interface GithubOptions extends PathOptions {
  limits?: AnnotationLimits;
  /** Where the reader finds what the caps leave out (default: "the text or JSON report"). */
  fullReport?: string;
  /** Annotations the step emits besides these (e.g. the error of core.setFailed): they count against the caps. */
  alsoEmitted?: AnnotationCounts;
}

const KIND: Record<Severity, AnnotationKind> = { error: 'error', warning: 'warning', info: 'notice' };

/** The annotations to emit for these reports: deduplicated, most severe first, within GitHub's caps. */
export function githubAnnotations(reports: readonly Pick<ValidationReport, 'findings'>[], opts: GithubOptions = {}): Annotation[] {
  const limits = opts.limits ?? GITHUB_ANNOTATION_LIMITS;
  const seen = new Set<string>();
  const all: Annotation[] = [];
  for (const f of reports.flatMap((r) => r.findings).sort(bySeverity)) {
    const a: Annotation = {
      kind: KIND[f.severity],
      file: displayPath(f.file, opts),
      line: f.start.line,
      column: f.start.column,
      title: f.rule,
      message: f.hint ? `${f.message}\n${f.hint}` : f.message,
    };
    const key = JSON.stringify([a.kind, a.file, a.line, a.column, a.title, a.message]);
    if (seen.has(key)) continue;
    seen.add(key);
    all.push(a);
  }

  // The closing notice needs a slot of its own when anything is left out: try without it first.
  const other = opts.alsoEmitted ?? {};
  let kept = withinLimits(all, limits, other, 0);
  if (kept.length === all.length) return kept;
  kept = withinLimits(all, limits, other, 1);
  const left = all.length - kept.length;
  const byKind = (['error', 'warning', 'notice'] as const)
    .map((kind) => [kind, all.filter((a) => a.kind === kind).length - kept.filter((a) => a.kind === kind).length] as const)
    .filter(([, n]) => n > 0)
    .map(([kind, n]) => plural(n, kind))
    .join(', ');
  kept.push({
    kind: 'notice',
    title: 'more findings',
    message: `${plural(left, 'more finding')} not shown as annotations (${byKind}): GitHub shows at most ${limits.perKind} of each kind per step. All findings are in ${opts.fullReport ?? 'the text or JSON report'}.`,
  });
  return kept;
}

/** The first annotations that fit beside `other` ones, keeping `reserved` notice slots free. */
function withinLimits(all: readonly Annotation[], limits: AnnotationLimits, other: AnnotationCounts, reserved: number): Annotation[] {
  const used: Record<AnnotationKind, number> = { error: other.error ?? 0, warning: other.warning ?? 0, notice: (other.notice ?? 0) + reserved };
  const base = used.error + used.warning + used.notice;
  const kept: Annotation[] = [];
  for (const a of all) {
    if (base + kept.length >= limits.total) break;
    if (used[a.kind] >= limits.perKind) continue;
    used[a.kind]++;
    kept.push(a);
  }
  return kept;
}

/** The annotations as workflow commands (`::error file=…,line=…,col=…,title=…::message`), one a line. */
export function formatGithub(reports: readonly ValidationReport[], opts: GithubOptions = {}): string {
  return githubAnnotations(reports, opts)
    .map((a) => `${workflowCommand(a)}\n`)
    .join('');
}

/** One annotation as a workflow command, escaped as GitHub's runner unescapes it. */
export function workflowCommand(a: Annotation): string {
  return formatCommand(a.kind, [['file', a.file], ['line', a.line], ['col', a.column], ['title', a.title]], a.message);
}
