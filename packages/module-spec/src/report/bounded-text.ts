// Markdown for GitHub's job summary, which refuses more than 1 MiB per step: text that stops whole,
// at the first part that would not fit, so a summary is cut between rows, never inside one.

/** Markdown that stops, for good, at the first addition that would not fit in `max` bytes. */
export class BoundedText {
  private readonly parts: string[] = [];
  private used = 0;
  truncated = false;

  constructor(private readonly max: number) {}

  add(s: string): boolean {
    if (this.truncated) return false;
    const n = Buffer.byteLength(s, 'utf8');
    if (this.used + n > this.max) {
      this.truncated = true;
      return false;
    }
    this.parts.push(s);
    this.used += n;
    return true;
  }

  /** A table, row by row; returns how many rows did not fit. `align`: a `---`/`---:` per column. */
  table(header: readonly string[], rows: readonly string[][], align: readonly string[] = header.map(() => '---')): number {
    const line = (cells: readonly string[]) => `| ${cells.join(' | ')} |\n`;
    if (!this.add(line(header) + line(align))) return rows.length;
    const written = rows.findIndex((r) => !this.add(line(r)));
    return written < 0 ? 0 : rows.length - written;
  }

  text(): string {
    return this.parts.join('').trimEnd();
  }
}
