// An entry as the file a person reads and edits: the schema comment editors use for completion,
// then the keys in the schema's order.

import { stringify } from 'yaml';
import { ENTRY_KEYS, ENTRY_SCHEMA_URL, type ListEntry } from './list-entry';

/** The entry file's text. */
export function renderEntry(entry: Partial<ListEntry>): string {
  const ordered: Record<string, unknown> = {};
  for (const key of ENTRY_KEYS) if (entry[key] !== undefined) ordered[key] = entry[key];
  // lineWidth 0: no folding, so a long description stays one line a diff can show whole.
  return `# yaml-language-server: $schema=${ENTRY_SCHEMA_URL}\n${stringify(ordered, { lineWidth: 0, aliasDuplicateObjects: false })}`;
}
