// markdownCell and markdownCode: untrusted text in our Markdown can neither end a table cell nor
// become a link, an image, emphasis, HTML or an extra line.
import { describe, expect, test } from 'vitest';
import { markdownCell, markdownCode } from '../src/markdown-text';

/** The cells of a GFM table row: split at pipes not escaped by a backslash. */
const cells = (row: string) => row.replace(/\\\|/g, '').split('|').slice(1, -1);

describe('markdownCell', () => {
  test.each([
    ['<img src=x onerror=alert(1)>', '\\<img src=x onerror=alert(1)\\>'],
    ['**bold** _em_ ~~del~~', '\\*\\*bold\\*\\* \\_em\\_ \\~\\~del\\~\\~'],
    ['[link](https://example.com) ![i](x)', '\\[link\\](https://example.com) !\\[i\\](x)'],
    ['a | b', 'a \\| b'],
    ['&lt; stays text', '&amp;lt; stays text'],
    ['# heading $math$ \\', '\\# heading \\$math\\$ \\\\'],
    ['use `x | y` here', 'use `x \\| y` here'],
    ['one `unclosed', 'one \\`unclosed'],
    ['``x``', '\\`\\`x\\`\\`'],
  ])('%j', (input, expected) => {
    expect(markdownCell(input)).toBe(expected);
  });

  test('every kind of line break becomes <br>, so a row stays one line', () => {
    expect(markdownCell('a\nb\r\nc\rd')).toBe('a<br>b<br>c<br>d');
  });

  test('controls are dropped and tabs become spaces', () => {
    expect(markdownCell('a\u0000b\u001b[31mc\u007f\td')).toBe('ab\\[31mc d');
  });

  test('a row of hostile cells keeps its column count', () => {
    const hostile = ['a|b', '`x|y`', 'p\nq | r', '\\|', '``a`|`b``'];
    const row = `| ${hostile.map((h) => markdownCell(h)).join(' | ')} |`;
    expect(row).not.toContain('\n');
    expect(cells(row)).toHaveLength(hostile.length);
  });

  test("outside a table a code span's | is left alone", () => {
    expect(markdownCell('run `a | b`', 'text')).toBe('run `a | b`');
  });
});

describe('markdownCode', () => {
  test.each([
    ['plain', '`plain`'],
    ['a`b', '``a`b``'],
    ['``x', '``` ``x ```'],
    ['a|b\nc', '`a\\|b c`'],
    ['tab\there\u0007', '`tab here`'],
  ])('%j', (input, expected) => {
    expect(markdownCode(input)).toBe(expected);
  });

  test("in text, | is not escaped (the backslash would show)", () => {
    expect(markdownCode('a|b', 'text')).toBe('`a|b`');
  });
});
