// Go's encoding/csv, reduced to what pflag's StringToString flag uses: `csv.NewReader(s).Read()`
// with the defaults (Comma ',', no Comment, LazyQuotes false, TrimLeadingSpace false), i.e. the
// FIRST record of the text only. A port of Go 1.23 src/encoding/csv/reader.go readRecord, working
// on UTF-8 bytes because Go's error columns are 1-based byte offsets.

const QUOTE = 0x22; // "
const COMMA = 0x2c; // ,
const LF = 0x0a;
const CR = 0x0d;

const ERR_BARE_QUOTE = 'bare " in non-quoted-field';
const ERR_QUOTE = 'extraneous or missing " in quoted-field';

/** csv.ParseError; `message` is Go's ParseError.Error() text. */
export class CsvParseError extends Error {
  constructor(
    readonly startLine: number,
    readonly line: number,
    readonly column: number,
    readonly reason: string,
  ) {
    super(
      startLine !== line
        ? `record on line ${startLine}; parse error on line ${line}, column ${column}: ${reason}`
        : `parse error on line ${line}, column ${column}: ${reason}`,
    );
    this.name = 'CsvParseError';
  }
}

/** Go's bufio-based readLine: one line including its `\n`, `\r\n` folded to `\n`, `\r` dropped before EOF. */
class LineReader {
  private offset = 0;
  numLine = 0;
  constructor(private readonly buf: Uint8Array) {}

  /** [line, eof]; eof is Go's io.EOF, returned only with an empty line. */
  readLine(): [Uint8Array, boolean] {
    const start = this.offset;
    const nl = this.buf.indexOf(LF, start);
    const end = nl < 0 ? this.buf.length : nl + 1;
    this.offset = end;
    this.numLine++;
    let line = this.buf.subarray(start, end);
    const eof = nl < 0;
    if (line.length > 0 && eof && line[line.length - 1] === CR) {
      // "For backwards compatibility, drop trailing \r before EOF."
      line = line.subarray(0, line.length - 1);
    }
    const n = line.length;
    if (n >= 2 && line[n - 2] === CR && line[n - 1] === LF) {
      const copy = line.slice(0, n - 1);
      copy[n - 2] = LF;
      line = copy;
    }
    return [line, eof && end === start];
  }
}

function lengthNL(b: Uint8Array): number {
  return b.length > 0 && b[b.length - 1] === LF ? 1 : 0;
}

const decoder = new TextDecoder();

/**
 * The first record of `text` as Go's `csv.NewReader(strings.NewReader(text)).Read()` returns it.
 * Throws CsvParseError with Go's message; returns null where Go returns io.EOF (no record at all).
 */
export function readFirstCsvRecord(text: string): string[] | null {
  const r = new LineReader(new TextEncoder().encode(text));

  // Read line (automatically skipping past empty lines).
  let line: Uint8Array;
  let eof: boolean;
  for (;;) {
    [line, eof] = r.readLine();
    if (!eof && line.length === lengthNL(line)) continue; // skip empty lines
    break;
  }
  if (eof) return null;

  const recLine = r.numLine;
  const fields: number[][] = [];
  let field: number[] = [];
  const pos = { line: r.numLine, col: 1 };

  parseField: for (;;) {
    if (line.length === 0 || line[0] !== QUOTE) {
      // Non-quoted string field.
      const i = line.indexOf(COMMA);
      const raw = i >= 0 ? line.subarray(0, i) : line.subarray(0, line.length - lengthNL(line));
      const j = raw.indexOf(QUOTE);
      if (j >= 0) throw new CsvParseError(recLine, r.numLine, pos.col + j, ERR_BARE_QUOTE);
      fields.push(Array.from(raw));
      if (i >= 0) {
        line = line.subarray(i + 1);
        pos.col += i + 1;
        continue parseField;
      }
      break parseField;
    }
    // Quoted string field.
    line = line.subarray(1);
    pos.col += 1;
    for (;;) {
      const i = line.indexOf(QUOTE);
      if (i >= 0) {
        // Hit next quote.
        for (const b of line.subarray(0, i)) field.push(b);
        line = line.subarray(i + 1);
        pos.col += i + 1;
        const next = line.length > 0 ? line[0] : -1;
        if (next === QUOTE) {
          // `""` sequence (append quote).
          field.push(QUOTE);
          line = line.subarray(1);
          pos.col += 1;
        } else if (next === COMMA) {
          // `",` sequence (end of field).
          line = line.subarray(1);
          pos.col += 1;
          fields.push(field);
          field = [];
          continue parseField;
        } else if (lengthNL(line) === line.length) {
          // `"\n` sequence (end of line).
          fields.push(field);
          break parseField;
        } else {
          // `"*` sequence (invalid non-escaped quote).
          throw new CsvParseError(recLine, r.numLine, pos.col - 1, ERR_QUOTE);
        }
      } else if (line.length > 0) {
        // Hit end of line (copy all data so far); the field goes on on the next line.
        for (const b of line) field.push(b);
        pos.col += line.length;
        [line] = r.readLine();
        if (line.length > 0) {
          pos.line++;
          pos.col = 1;
        }
      } else {
        // Abrupt end of input inside a quoted field.
        throw new CsvParseError(recLine, pos.line, pos.col, ERR_QUOTE);
      }
    }
  }
  return fields.map((f) => decoder.decode(Uint8Array.from(f)));
}
