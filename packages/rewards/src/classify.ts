// What a merged PR did to the module list: added an entry, edited one, or neither. Files matched
// by the configured submission paths count; among them, .json/.yaml/.yml files are the entries.

import { isEntryPath } from '@lilypad-actions/module-list';
import { globToRegExp } from '@lilypad-actions/config-file';
import type { HarvestedPull } from './harvest';

export type PullKind = 'add' | 'edit' | 'other';

export interface Classification {
  kind: PullKind;
  /** For add: the added entries; for edit: the edited ones. Sorted. */
  entryPaths: string[];
  /** For other: why it is not a module submission. */
  reason?: string;
}

/** Compiles the submission globs once; classify many PRs with the result. */
export function submissionMatcher(globs: string[]): (path: string) => boolean {
  const patterns = globs.map(globToRegExp);
  return (path) => patterns.some((p) => p.test(path));
}

const ADDS = new Set(['ADDED', 'COPIED']);
const EDITS = new Set(['MODIFIED', 'CHANGED', 'RENAMED']);

export function classify(pull: HarvestedPull, isSubmission: (path: string) => boolean, globs: string[]): Classification {
  const submitted = pull.files.filter((f) => isSubmission(f.path));
  if (submitted.length === 0) {
    return { kind: 'other', entryPaths: [], reason: `changes no file under ${globs.join(', ')}` };
  }
  const entries = submitted.filter((f) => isEntryPath(f.path));
  const added = entries.filter((f) => ADDS.has(f.changeType)).map((f) => f.path).sort();
  if (added.length > 0) return { kind: 'add', entryPaths: added };
  const edited = entries.filter((f) => EDITS.has(f.changeType)).map((f) => f.path).sort();
  if (edited.length > 0) return { kind: 'edit', entryPaths: edited };
  if (entries.length > 0) return { kind: 'other', entryPaths: [], reason: 'only removes module entries' };
  return { kind: 'other', entryPaths: [], reason: `changes files under ${globs.join(', ')} but no module entry (.json, .yaml or .yml)` };
}
