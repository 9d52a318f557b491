// What a submission check produces: one report (versioned JSON, the artifact the PR comment is
// written from), with an entry per file the PR adds, changes or removes, every finding, and the
// GPU run's matrix.

import type { ListFinding, Severity } from '../findings';
import type { TemplateVerdict } from './template-verdict';

export const SUBMISSION_REPORT_VERSION = 1;

export interface EntryReport {
  path: string;
  status: 'added' | 'modified' | 'deleted';
  name: string | null;
  module: string | null;
  /** The commit the entry pins (as written). */
  commit: string | null;
  /** The Docker image the template names at that commit. */
  image: string | null;
  template: TemplateVerdict | null;
  /** No error finding on this entry. */
  valid: boolean;
}

/** One job of the GPU run: a module at its pinned commit and the cases to run. */
export interface MatrixItem {
  /** The entry file. */
  entry: string;
  name: string;
  /** The reference pinned to the commit (host/owner/repo:<commit>), as run-module's `module` input takes it. */
  module: string;
  commit: string;
  /** A run-module test plan as JSON (the entry's tests, else one case per example input set); '' for one default case. */
  plan: string;
}

export interface SubmissionReport {
  version: typeof SUBMISSION_REPORT_VERSION;
  valid: boolean;
  strict: boolean;
  /** Commit ids the check compared (the PR's base and head). */
  base: string;
  head: string;
  pull: { number: number | null; author: string | null } | null;
  entries: EntryReport[];
  /** Every finding, most severe first. */
  findings: ListFinding[];
  counts: Record<Severity, number>;
  matrix: MatrixItem[];
  /** Where the time went: reading the list, resolving refs and fetching commits, validating templates. */
  seconds: { read: number; resolve: number; validate: number; total: number };
}

export function countFindings(findings: readonly ListFinding[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity] += 1;
  return counts;
}
