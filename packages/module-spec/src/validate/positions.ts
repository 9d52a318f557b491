// Offsets in a text → 1-based line and column (in UTF-16 units, as editors and GitHub count them).
import type { Position } from './types';

export class LineIndex {
  private readonly starts: number[] = [0];

  constructor(readonly text: string) {
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) this.starts.push(i + 1);
  }

  position(offset: number): Position {
    const o = Math.max(0, Math.min(offset, this.text.length));
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid]! <= o) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: o - this.starts[lo]! + 1 };
  }

  offsetOfPosition(p: Position): number {
    return (this.starts[p.line - 1] ?? this.text.length) + p.column - 1;
  }

  /** The offset of a 1-based line and byte column as Go reports them (`NAME:LINE:COL`, COL 0-based bytes). */
  offsetOfGoPosition(line: number, byteCol: number): number {
    const start = this.starts[Math.min(Math.max(line, 1), this.starts.length) - 1]!;
    let bytes = 0;
    let i = start;
    while (i < this.text.length && bytes < byteCol && this.text[i] !== '\n') {
      const c = this.text.codePointAt(i)!;
      bytes += c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
      i += c > 0xffff ? 2 : 1;
    }
    return i;
  }
}
