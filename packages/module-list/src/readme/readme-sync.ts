// Keeping the README's module tables in step with modules/: each table sits between a pair of
// markers naming its section, and only the text between them is ever rewritten. The rest of the
// README (prose, other tables, the API usage notes between the tables) is the maintainers'.
import { UserError } from '@lilypad-actions/errors';

import type { ListEntry, Section } from '../entry/list-entry';
import { SECTIONS } from '../entry/list-entry';
import type { ModuleTable } from '../migrate/readme-modules';
import { renderTable, sectionOf } from './readme-tables';
import { unifiedDiff } from './line-diff';

const START = (section: Section) => `<!-- lilypad-module-list:${section}:start: generated from modules/ by \`lilypad-module entries readme\`; edit the entries, not this table -->`;
const END = (section: Section) => `<!-- lilypad-module-list:${section}:end -->`;
const MARKER = /^<!-- lilypad-module-list:(api|team|community):(start|end)\b.*-->\s*$/;

/** A generated region: the lines between a section's markers. */
export interface GeneratedRegion {
  section: Section;
  /** 1-based line of the start marker. */
  startLine: number;
  /** 1-based line of the end marker. */
  endLine: number;
  /** The text between the markers. */
  body: string;
}

/** A README whose markers are missing, unpaired or repeated: the user must fix it by hand. */
export class ReadmeMarkersError extends UserError {
  constructor(
    readonly file: string,
    readonly line: number,
    message: string,
    hint: string,
  ) {
    super(message, { location: { file, line }, hint });
  }
}

/** The generated regions of a README, in file order; throws ReadmeMarkersError when the markers are broken. */
export function generatedRegions(file: string, text: string): GeneratedRegion[] {
  const lines = text.split('\n');
  const regions: GeneratedRegion[] = [];
  let open: { section: Section; line: number } | null = null;
  lines.forEach((line, i) => {
    const m = MARKER.exec(line.trim());
    if (!m) return;
    const section = m[1] as Section;
    if (m[2] === 'start') {
      if (open) throw new ReadmeMarkersError(file, i + 1, `A start marker for ${section} inside the ${open.section} table (opened at line ${open.line}).`, `Close the ${open.section} table with ${END(open.section)} first.`);
      if (regions.some((r) => r.section === section)) throw new ReadmeMarkersError(file, i + 1, `A second ${section} table.`, 'Keep one pair of markers per section.');
      open = { section, line: i + 1 };
    } else {
      if (!open || open.section !== section) throw new ReadmeMarkersError(file, i + 1, `An end marker for ${section} without its start marker.`, `Put ${START(section)} above the table.`);
      regions.push({ section, startLine: open.line, endLine: i + 1, body: lines.slice(open.line, i).join('\n') });
      open = null;
    }
  });
  if (open) {
    const o = open as { section: Section; line: number };
    throw new ReadmeMarkersError(file, o.line, `The ${o.section} table's start marker is never closed.`, `Put ${END(o.section)} below the table.`);
  }
  return regions;
}

/** The README with every generated region rewritten from `entries`. */
export function syncReadme(file: string, text: string, entries: readonly ListEntry[]): string {
  const regions = generatedRegions(file, text);
  if (regions.length === 0) {
    throw new ReadmeMarkersError(file, 1, 'The README has no module table markers.', `Put ${START('community')} and ${END('community')} around the community table (and likewise for team and api), or run \`lilypad-module entries migrate\`, which adds them.`);
  }
  const missing = SECTIONS.filter((s) => entries.some((e) => sectionOf(e) === s) && !regions.some((r) => r.section === s));
  if (missing.length > 0) {
    throw new ReadmeMarkersError(file, 1, `Entries are listed in section ${missing.join(', ')}, which has no table markers in the README.`, `Add ${START(missing[0] as Section)} and its end marker where that table goes.`);
  }
  const lines = text.split('\n');
  for (const r of [...regions].reverse()) lines.splice(r.startLine, r.endLine - r.startLine - 1, ...renderTable(r.section, entries).split('\n'));
  return lines.join('\n');
}

/** `--check`: null when the README is current, else a unified diff from it to what it should be. */
export function readmeDiff(file: string, text: string, entries: readonly ListEntry[]): string | null {
  const wanted = syncReadme(file, text, entries);
  return wanted === text ? null : unifiedDiff(text, wanted, { a: `${file} (as it is)`, b: `${file} (generated from modules/)` });
}

/** The migration's README: each section's first module table replaced by its markers and generated table; later ones of the same section removed. */
export function markTables(text: string, tables: readonly ModuleTable[], entries: readonly ListEntry[]): string {
  const lines = text.split('\n');
  const first = new Map<Section, ModuleTable>();
  for (const t of tables) if (!first.has(t.section)) first.set(t.section, t);
  for (const t of [...tables].sort((a, b) => b.table.startLine - a.table.startLine)) {
    const replacement = first.get(t.section) === t ? [START(t.section), ...renderTable(t.section, entries).split('\n'), END(t.section)] : [];
    lines.splice(t.table.startLine - 1, t.table.endLine - t.table.startLine + 1, ...replacement);
  }
  return lines.join('\n');
}
