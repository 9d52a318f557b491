// A unified diff of two texts by lines, for `entries readme --check`: README tables are a few
// hundred lines, so the plain longest-common-subsequence table is fast enough and simple to trust.

/** `--- a` / `+++ b` and @@ hunks with `context` lines around each change; '' when equal. */
export function unifiedDiff(before: string, after: string, names: { a: string; b: string }, context = 3): string {
  if (before === after) return '';
  const a = before.split('\n');
  const b = after.split('\n');
  // Common prefix and suffix first: the table in between is all the LCS has to look at.
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head += 1;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail += 1;
  const x = a.slice(head, a.length - tail);
  const y = b.slice(head, b.length - tail);
  const lcs: number[][] = Array.from({ length: x.length + 1 }, () => new Array<number>(y.length + 1).fill(0));
  for (let i = x.length - 1; i >= 0; i -= 1) {
    for (let j = y.length - 1; j >= 0; j -= 1) {
      lcs[i]![j] = x[i] === y[j] ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
    }
  }
  type Op = { kind: ' ' | '-' | '+'; text: string; aLine: number; bLine: number };
  const ops: Op[] = [];
  for (let k = 0; k < head; k += 1) ops.push({ kind: ' ', text: a[k] as string, aLine: k + 1, bLine: k + 1 });
  let i = 0;
  let j = 0;
  while (i < x.length || j < y.length) {
    if (i < x.length && j < y.length && x[i] === y[j]) {
      ops.push({ kind: ' ', text: x[i] as string, aLine: head + i + 1, bLine: head + j + 1 });
      i += 1;
      j += 1;
    } else if (i < x.length && (j >= y.length || lcs[i + 1]![j]! >= lcs[i]![j + 1]!)) {
      // Removals before additions, as diff prints them.
      ops.push({ kind: '-', text: x[i] as string, aLine: head + i + 1, bLine: head + j + 1 });
      i += 1;
    } else {
      ops.push({ kind: '+', text: y[j] as string, aLine: head + i + 1, bLine: head + j + 1 });
      j += 1;
    }
  }
  for (let k = 0; k < tail; k += 1) {
    ops.push({ kind: ' ', text: a[a.length - tail + k] as string, aLine: a.length - tail + k + 1, bLine: b.length - tail + k + 1 });
  }
  const out = [`--- ${names.a}`, `+++ ${names.b}`];
  const changes = ops.flatMap((o, k) => (o.kind === ' ' ? [] : [k]));
  let c = 0;
  while (c < changes.length) {
    // Changes closer than two contexts apart share a hunk.
    let last = c;
    while (last + 1 < changes.length && changes[last + 1]! - changes[last]! <= context * 2 + 1) last += 1;
    const hunk = ops.slice(Math.max(0, changes[c]! - context), Math.min(ops.length, changes[last]! + context + 1));
    const aCount = hunk.filter((o) => o.kind !== '+').length;
    const bCount = hunk.filter((o) => o.kind !== '-').length;
    out.push(`@@ -${hunk[0]!.aLine},${aCount} +${hunk[0]!.bLine},${bCount} @@`);
    for (const o of hunk) out.push(`${o.kind}${o.text}`);
    c = last + 1;
  }
  return `${out.join('\n')}\n`;
}
