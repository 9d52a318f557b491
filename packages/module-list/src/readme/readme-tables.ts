// The README's module tables, generated from the entries: one table per section (API-compatible,
// Lilypad team, community), rows in a stable order (display name, then reference), columns padded
// so that a one-row change is a one-line diff.

import { markdownCode } from '@lilypad-actions/workflow-commands';
import type { ListEntry, Section } from '../entry/list-entry';
import { readModuleReference } from '../entry/module-reference';
import { formatArguments } from './arguments';

export const TABLE_HEADERS: Record<Section, string[]> = {
  api: ['Module', 'Model', 'Repo'],
  team: ['Module', 'Run Command', 'Arguments'],
  community: ['Module', 'Run Command', 'Arguments'],
};

/** The section an entry is listed in. */
export function sectionOf(entry: Pick<ListEntry, 'section'>): Section {
  return entry.section ?? 'community';
}

/** The Markdown table of `section`, from every entry listed there. */
export function renderTable(section: Section, entries: readonly ListEntry[]): string {
  const rows = entries
    .filter((e) => sectionOf(e) === section)
    .sort((a, b) => compare(a.name.toLowerCase(), b.name.toLowerCase()) || compare(a.module, b.module))
    .map((e) => rowCells(section, e));
  const header = TABLE_HEADERS[section];
  const widths = header.map((h, i) => Math.max(h.length, 3, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: readonly string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join(' | ')} |`;
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

function rowCells(section: Section, e: ListEntry): string[] {
  const module = `[${e.name}](${webLink(e.module)})`;
  if (section === 'api') return [module, markdownCode(`"${e.model?.name ?? ''}"`), markdownCode(e.module)];
  const args = formatArguments(e.inputs?.[0]);
  return [module, markdownCode(`lilypad run ${e.module}`), args === '' ? '' : markdownCode(args)];
}

/** The repository's web page at the listed ref. */
export function webLink(module: string): string {
  const read = readModuleReference(module);
  if ('problem' in read) return '';
  const { host, owner, name, ref } = read.reference;
  return `https://${host}/${owner}/${name}/tree/${encodeURIComponent(ref)}`;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
