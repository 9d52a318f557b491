// Untrusted text in Markdown we write (job summaries, PR comments, README tables): a PR title, a
// module's finding, a case name. GitHub renders summaries and comments as GFM with a sanitised HTML
// subset, so text we did not write must neither break a table row nor turn into links, images,
// emphasis or HTML. Trusted text we write with Markdown in it on purpose (scripts/action-docs.mjs,
// module-runner's deliberate-differences table) only needs `|` escaped and does not come here.

/** Where the text goes: in a table cell `|` must be escaped even inside a code span (GFM splits
 * the row first); elsewhere `\|` in a code span would show the backslash. */
export type MarkdownPlace = 'cell' | 'text';

// Line breaks of every kind (a lone CR ends a GFM line too) and the other C0 controls and DEL,
// which render as nothing or as boxes and can hide text from a reviewer.
const LINE_BREAK = /\r\n|\r|\n/g;
const CONTROL = /[\x00-\x08\x0b-\x1f\x7f]/g;

/**
 * Untrusted text for a table cell or a line: Markdown and HTML neutralised (`&` as `&amp;`, every
 * character that starts Markdown syntax backslash-escaped), line breaks as `<br>`, tabs as spaces,
 * other control characters dropped. Code spans in it (`` `x` ``) are kept, as `markdownCode` writes them.
 */
export function markdownCell(text: string, where: MarkdownPlace = 'cell'): string {
  const out: string[] = [];
  let i = 0;
  while (i < text.length) {
    const open = text.indexOf('`', i);
    const close = open < 0 ? -1 : text.indexOf('`', open + 1);
    if (close < 0) {
      out.push(escapeInline(text.slice(i)));
      break;
    }
    // An empty pair is no code span in Markdown; written as one it would pair with a later `` run.
    out.push(escapeInline(text.slice(i, open)), close === open + 1 ? '\\`\\`' : markdownCode(text.slice(open + 1, close), where));
    i = close + 1;
  }
  return out.join('');
}

function escapeInline(s: string): string {
  return s
    .replace(LINE_BREAK, '\n')
    .replace(/\t/g, ' ')
    .replace(CONTROL, '')
    .replace(/&/g, '&amp;')
    .replace(/[\\`*_[\]<>|~$#]/g, (c) => `\\${c}`)
    .replace(/\n/g, '<br>');
}

/** Untrusted text as one code span that survives any content: line breaks and tabs as spaces,
 * control characters dropped, enough backticks around it. */
export function markdownCode(text: string, where: MarkdownPlace = 'cell'): string {
  const one = text.replace(LINE_BREAK, ' ').replace(/\t/g, ' ').replace(CONTROL, '');
  const body = where === 'cell' ? one.replace(/\|/g, '\\|') : one;
  const ticks = '`'.repeat(Math.max(0, ...[...body.matchAll(/`+/g)].map((m) => m[0].length)) + 1);
  const pad = body.startsWith('`') || body.endsWith('`') ? ' ' : '';
  return `${ticks}${pad}${body}${pad}${ticks}`;
}
