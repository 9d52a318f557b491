// Markdown tables as GitHub reads them, enough for the awesome-lilypad README: rows split on
// unescaped pipes (GitHub splits inside code spans too, unless the pipe is escaped), a header and
// its `---` delimiter row, and whatever stray text follows a row's last pipe.

export interface TableRow {
  /** 1-based line in the file. */
  line: number;
  /** Cells, trimmed, `\|` unescaped. */
  cells: string[];
  /** 1-based column where each cell's text starts. */
  columns: number[];
  /** Text after the closing pipe (a stray backtick in the README's history), trimmed. */
  trailing: string;
}

export interface MarkdownTable {
  header: TableRow;
  rows: TableRow[];
  /** Lines (1-based, inclusive) the table spans, header to last row. */
  startLine: number;
  endLine: number;
}

/** Splits a table line into cells; null when the line is not a table row. */
export function splitRow(text: string, line: number): TableRow | null {
  const trimmed = text.trimStart();
  if (!trimmed.startsWith('|')) return null;
  const indent = text.length - trimmed.length;
  const cells: string[] = [];
  const columns: number[] = [];
  let current = '';
  let start = indent + 1;
  let lastPipe = indent;
  for (let i = indent + 1; i < text.length; i += 1) {
    const c = text[i] as string;
    if (c === '\\' && text[i + 1] === '|') {
      current += '|';
      i += 1;
    } else if (c === '|') {
      const lead = current.length - current.trimStart().length;
      cells.push(current.trim());
      columns.push(start + lead + 1);
      current = '';
      start = i + 1;
      lastPipe = i;
    } else current += c;
  }
  if (cells.length === 0) return null;
  return { line, cells, columns, trailing: text.slice(lastPipe + 1).trim() };
}

const DELIMITER = /^:?-{3,}:?$/;

/** Every table in `lines` (1-based line numbers start at `firstLine`). */
export function findTables(lines: readonly string[], firstLine = 1): MarkdownTable[] {
  const tables: MarkdownTable[] = [];
  for (let i = 0; i + 1 < lines.length; i += 1) {
    const header = splitRow(lines[i] as string, firstLine + i);
    const delimiter = splitRow(lines[i + 1] as string, firstLine + i + 1);
    if (!header || !delimiter || !delimiter.cells.every((c) => DELIMITER.test(c))) continue;
    const rows: TableRow[] = [];
    let j = i + 2;
    for (; j < lines.length; j += 1) {
      const row = splitRow(lines[j] as string, firstLine + j);
      if (!row) break;
      rows.push(row);
    }
    tables.push({ header, rows, startLine: firstLine + i, endLine: firstLine + j - 1 });
    i = j - 1;
  }
  return tables;
}

/** `[text](url)` → its parts; null when the cell is not one link. */
export function readLink(cell: string): { text: string; url: string } | null {
  const m = /^\[([^\]]*)\]\(([^)\s]*)\)$/.exec(cell.trim());
  return m ? { text: (m[1] ?? '').trim(), url: m[2] ?? '' } : null;
}

/** The text of a cell that is one code span (`` `x` ``); null when it is not. */
export function readCode(cell: string): string | null {
  const m = /^(`+)\s?([\s\S]*?)\s?\1$/.exec(cell.trim());
  return m ? (m[2] ?? '') : null;
}
