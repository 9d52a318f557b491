// The module tables of an awesome-lilypad README, in the three shapes its history has used:
// `Module | Run Command | Arguments` (the team and community tables; `Module | Example | Variables`
// before 2025-02-13) and `Module | Model | Repo` (API-compatible modules). Every row becomes a
// module row or a finding saying why it cannot be one; nothing here throws on a malformed README.

import type { ListFinding } from '../findings';
import { readModuleReference, type ModuleReference } from '../entry/module-reference';
import type { Section } from '../entry/list-entry';
import { parseArguments } from '../readme/arguments';
import { findTables, readCode, readLink, type MarkdownTable, type TableRow } from './markdown-table';

export type TableShape = 'run' | 'api';

export interface ModuleTable {
  section: Section;
  shape: TableShape;
  /** The heading above it (`Lilypad Community Modules`), or `Modules`. */
  title: string;
  table: MarkdownTable;
}

export interface ModuleRow {
  section: Section;
  tableTitle: string;
  line: number;
  name: string;
  /** The Module column's link, when it has one. */
  link: string | null;
  /** The module reference as written (Run Command after `lilypad run`, or the Repo column). */
  module: string;
  reference: ModuleReference;
  /** The Arguments column's `-i` pairs (run shape); empty for none. */
  inputs: Record<string, string>;
  /** The Model column without its quotes (api shape). */
  model: string | null;
}

export interface ReadmeModules {
  tables: ModuleTable[];
  /** Rows that name a usable module, in README order, duplicates removed. */
  rows: ModuleRow[];
  /** Why each other row was left out, and what to check in those kept. */
  findings: ListFinding[];
}

const RUN_HEADERS = [
  ['module', 'run command', 'arguments'],
  ['module', 'example', 'variables'],
];
const API_HEADERS = [['module', 'model', 'repo']];

/** Reads the module tables of the `## Modules` section (the whole file when it has none). */
export function readReadmeModules(file: string, text: string): ReadmeModules {
  const lines = text.split(/\r?\n/);
  const { first, last } = modulesSection(lines);
  const section = lines.slice(first, last);
  const findings: ListFinding[] = [];
  const tables: ModuleTable[] = [];
  for (const table of findTables(section, first + 1)) {
    const header = table.header.cells.map((c) => c.toLowerCase());
    const shape: TableShape | null = API_HEADERS.some((h) => same(h, header)) ? 'api' : RUN_HEADERS.some((h) => same(h, header)) ? 'run' : null;
    if (!shape) continue;
    const title = headingAbove(lines, table.startLine - 1) ?? 'Modules';
    tables.push({ section: shape === 'api' ? 'api' : /team/i.test(title) ? 'team' : 'community', shape, title, table });
  }
  if (tables.length === 0) {
    findings.push({
      rule: 'readme-no-tables',
      severity: 'error',
      audience: 'maintainers',
      file,
      line: first + 1,
      column: 1,
      message: 'The README has no module table (Module | Run Command | Arguments, or Module | Model | Repo).',
      hint: 'Migrate a README that lists modules in tables; earlier bullet lists name no run command to migrate.',
    });
  }
  // Bullet lists are how the README listed modules before it had tables (2024-05 to 2025-01).
  if (tables.length === 0) section.forEach((line, i) => {
    const n = first + 1 + i;
    const bullet = /^\s*[-*]\s+\[([^\]]+)\]\(([^)]+)\)/.exec(line);
    if (bullet) {
      findings.push({
        rule: 'readme-no-run-command',
        severity: 'error',
        audience: 'maintainers',
        file,
        line: n,
        column: line.indexOf('[') + 1,
        message: `${bullet[1]} is listed without a run command, so there is no module reference to migrate.`,
        hint: `Write an entry for it by hand once you know the tag to list: modules/<owner>/<repo>.yaml with module: github.com/<owner>/<repo>:<tag>.`,
      });
    }
  });

  const rows: ModuleRow[] = [];
  const seen = new Map<string, number>();
  for (const t of tables) {
    for (const raw of t.table.rows) {
      const row = readRow(file, t, raw, findings);
      if (!row) continue;
      const key = `${row.reference.key}:${row.reference.ref}`;
      const earlier = seen.get(key);
      if (earlier !== undefined) {
        findings.push(broken(file, raw, 1, 'readme-duplicate-row', `${row.name} repeats the row at line ${earlier} (the same module, ${row.module}).`, 'Keep one row per module: the duplicate is left out.'));
        continue;
      }
      seen.set(key, raw.line);
      rows.push(row);
    }
  }
  return { tables, rows, findings };
}

function readRow(file: string, t: ModuleTable, raw: TableRow, findings: ListFinding[]): ModuleRow | null {
  const [moduleCell = '', second = '', third = ''] = raw.cells;
  if (raw.trailing !== '') {
    findings.push({
      rule: 'readme-stray-text',
      severity: 'warning',
      audience: 'maintainers',
      file,
      line: raw.line,
      column: raw.columns.at(-1) ?? 1,
      message: `Text after the row's last pipe (${JSON.stringify(raw.trailing)}) is not part of any cell.`,
      hint: 'Generated tables never have it; the row itself is migrated.',
    });
  }
  const link = readLink(moduleCell);
  const name = (link?.text ?? moduleCell).trim();
  if (name === '') {
    findings.push(broken(file, raw, 0, 'readme-bad-row', 'The row has no module name.', 'Give every row a [name](link) in its first column.'));
    return null;
  }
  let module: string;
  let inputs: Record<string, string> = {};
  let model: string | null = null;
  if (t.shape === 'run') {
    const command = readCode(second) ?? second;
    const m = /^lilypad\s+run\s+(\S+)\s*$/.exec(command.trim());
    if (!m) {
      findings.push(broken(file, raw, 1, 'readme-bad-row', `${name}: the run command ${JSON.stringify(second)} is not \`lilypad run <module>\`.`, 'Write the run command as `lilypad run github.com/<owner>/<repo>:<tag>`.'));
      return null;
    }
    module = m[1] as string;
    const args = readCode(third) ?? third;
    const parsed = args.trim() === '' ? {} : parseArguments(args);
    if (parsed === null) {
      findings.push(broken(file, raw, 2, 'readme-bad-row', `${name}: the arguments ${JSON.stringify(third)} are not -i Key="value" pairs.`, 'Write the arguments as `-i Key="value"`, one -i per input.'));
      return null;
    }
    inputs = parsed;
  } else {
    model = (readCode(second) ?? second).trim().replace(/^"(.*)"$/, '$1');
    module = (readCode(third) ?? third).trim();
  }
  const read = readModuleReference(module);
  if ('problem' in read) {
    findings.push(broken(file, raw, t.shape === 'run' ? 1 : 2, read.problem.rule, `${name}: ${read.problem.message}`, `${read.problem.hint} The row is left out until it names a module \`lilypad run\` accepts.`));
    return null;
  }
  const row: ModuleRow = { section: t.section, tableTitle: t.title, line: raw.line, name, link: link?.url ?? null, module, reference: read.reference, inputs, model };
  const linked = link ? linkedRepository(link.url) : null;
  if (linked && linked !== read.reference.key) {
    findings.push({
      rule: 'readme-link-mismatch',
      severity: 'warning',
      audience: 'maintainers',
      file,
      line: raw.line,
      column: raw.columns[0] ?? 1,
      message: `${name} links to ${link?.url}, but its ${t.shape === 'run' ? 'run command' : 'Repo column'} runs ${read.reference.key}.`,
      hint: 'The entry follows what runs; the regenerated table links to that repository. Check which one was meant.',
    });
  }
  return row;
}

/** github.com/owner/repo (case-folded, no .git) of a repository's web link; null for other links. */
export function linkedRepository(url: string): string | null {
  const m = /^https?:\/\/([^/]+)\/([^/]+)\/([^/#?]+)/.exec(url.trim());
  if (!m) return null;
  return `${m[1]}/${m[2]}/${(m[3] ?? '').replace(/\.git$/i, '')}`.toLowerCase();
}

function broken(file: string, raw: TableRow, cell: number, rule: string, message: string, hint: string): ListFinding {
  return { rule, severity: 'error', audience: 'maintainers', file, line: raw.line, column: raw.columns[cell] ?? 1, message, hint };
}

/** 0-based [first, last) lines of the `## Modules` section; the whole file when there is none. */
function modulesSection(lines: readonly string[]): { first: number; last: number } {
  const start = lines.findIndex((l) => /^##\s+Modules\s*$/i.test(l));
  if (start < 0) return { first: 0, last: lines.length };
  const end = lines.findIndex((l, i) => i > start && /^##\s/.test(l));
  return { first: start, last: end < 0 ? lines.length : end };
}

/** The nearest `###` heading above 0-based line `index`, within the section. */
function headingAbove(lines: readonly string[], index: number): string | null {
  for (let i = index - 1; i >= 0; i -= 1) {
    const m = /^(#{2,4})\s+(.*?)\s*$/.exec(lines[i] as string);
    if (m) return (m[1] as string).length === 2 ? null : (m[2] as string);
  }
  return null;
}

function same(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}
