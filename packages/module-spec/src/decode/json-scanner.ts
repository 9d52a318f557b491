// encoding/json's syntax check (scanner.go, Go 1.23) as a parser that also builds the document
// tree. json.Unmarshal scans the whole input before decoding anything, so a syntax error wins
// over every type error; its text and SyntaxError.Offset (the bytes read when the scanner
// stopped: the offending byte included, or the whole input at EOF) are reproduced exactly.
//
// Go steps through bytes; this parser steps through UTF-16 units of a Go string held as a JS
// string (gotemplate's utf8.ts: bytes that are not UTF-8 are U+DC80..U+DCFF). That is the same
// machine because every byte >= 0x80 is either fine (inside a string) or an error at the first
// byte of its character (anywhere else). At EOF Go feeds the machine one more space, which is
// why `"\` ends in "invalid character ' ' in string escape code" and `[1` in "unexpected end".
import { goLen } from '@lilypad-actions/gotemplate';
import type { JsonArrayNode, JsonMember, JsonNode, JsonObjectNode } from './json-node';

export type JsonParseResult =
  | { ok: true; tree: JsonNode }
  | {
      ok: false;
      /** Go's SyntaxError text. */
      message: string;
      /** Go's SyntaxError.Offset: bytes of the input read when the scanner stopped. */
      offset: number;
      /** Index in the text of the offending character (the text's length at EOF). */
      index: number;
    };

/** encoding/json's maxNestingDepth. */
const MAX_DEPTH = 10000;

class SyntaxFailure {
  constructor(
    readonly message: string,
    readonly index: number,
    /** Error at EOF (the extra space Go feeds) rather than at a character. */
    readonly atEnd: boolean,
  ) {}
}

// quoteChar (scanner.go) for every byte: strconv.Quote of the byte as a rune, in single quotes.
const NAMED_ESCAPES: Record<number, string> = { 7: 'a', 8: 'b', 9: 't', 10: 'n', 11: 'v', 12: 'f', 13: 'r', 0x5c: '\\' };
const QUOTED = Array.from({ length: 256 }, (_, c) => {
  if (c === 0x27) return `'\\''`;
  if (c === 0x22) return `'"'`;
  if (NAMED_ESCAPES[c] !== undefined) return `'\\${NAMED_ESCAPES[c]}'`;
  if (c < 0x20 || c === 0x7f) return `'\\x${c.toString(16).padStart(2, '0')}'`;
  // strconv.IsPrint is false for C1 controls, NBSP and the soft hyphen.
  if ((c >= 0x80 && c <= 0xa0) || c === 0xad) return `'\\u00${c.toString(16)}'`;
  return `'${String.fromCharCode(c)}'`;
});

/** The first byte Go would see for the character at text[i]. */
function firstByte(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 0x80) return c;
  if (c < 0x800) return 0xc0 | (c >> 6);
  if (c >= 0xd800 && c <= 0xdbff) {
    const d = text.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return 0xf0 | ((0x10000 + ((c - 0xd800) << 10)) >> 18);
    return 0xef; // a stray surrogate stands for U+FFFD
  }
  if (c >= 0xdc80 && c <= 0xdcff) return c - 0xdc00; // an escaped raw byte
  if (c >= 0xdc00 && c <= 0xdfff) return 0xef;
  return 0xe0 | (c >> 12);
}

const isHex = (c: number): boolean => (c >= 0x30 && c <= 0x39) || (c >= 0x61 && c <= 0x66) || (c >= 0x41 && c <= 0x46);
const isDigit = (c: number): boolean => c >= 0x30 && c <= 0x39;
const hex4 = (text: string, i: number): number => parseInt(text.slice(i, i + 4), 16);

/**
 * unquoteBytes for a string literal body that has escapes or surrogates: escapes decoded, a
 * `\uD8xx\uDCxx` pair joined, every other surrogate (escaped, raw, or standing for a byte that
 * is not UTF-8) replaced by U+FFFD. The scanner has already validated the escapes.
 */
function unquote(text: string, from: number, to: number): string {
  let out = '';
  let seg = from;
  let k = from;
  while (k < to) {
    const c = text.charCodeAt(k);
    if (c === 0x5c) {
      out += text.slice(seg, k);
      const e = text.charCodeAt(k + 1);
      if (e === 0x75) {
        const r = hex4(text, k + 2);
        k += 6;
        if (r >= 0xd800 && r <= 0xdfff) {
          if (r <= 0xdbff && text.charCodeAt(k) === 0x5c && text.charCodeAt(k + 1) === 0x75) {
            const r2 = hex4(text, k + 2);
            if (r2 >= 0xdc00 && r2 <= 0xdfff) {
              out += String.fromCharCode(r, r2);
              k += 6;
              seg = k;
              continue;
            }
          }
          out += '\ufffd';
        } else {
          out += String.fromCharCode(r);
        }
      } else {
        out += e === 0x62 ? '\b' : e === 0x66 ? '\f' : e === 0x6e ? '\n' : e === 0x72 ? '\r' : e === 0x74 ? '\t' : text[k + 1];
        k += 2;
      }
      seg = k;
    } else if (c >= 0xd800 && c <= 0xdfff) {
      if (c <= 0xdbff && k + 1 < to) {
        const d = text.charCodeAt(k + 1);
        if (d >= 0xdc00 && d <= 0xdfff) {
          k += 2;
          continue;
        }
      }
      out += text.slice(seg, k) + '\ufffd';
      seg = ++k;
    } else {
      k++;
    }
  }
  return out + text.slice(seg, to);
}

const enum State {
  /** stateBeginValue */
  Value,
  /** stateBeginValueOrEmpty: after `[` */
  ValueOrEmpty,
  /** stateBeginStringOrEmpty: after `{` */
  KeyOrEmpty,
  /** stateBeginString: after `,` in an object */
  Key,
  /** stateEndValue in parseObjectKey: after a key */
  Colon,
  /** stateEndValue: after a value inside a container */
  AfterValue,
  /** stateEndTop */
  Top,
}

/** Parses a whole document as json.Unmarshal's syntax check does; see JsonParseResult. */
export function parseJson(text: string): JsonParseResult {
  try {
    return { ok: true, tree: parse(text) };
  } catch (e) {
    if (!(e instanceof SyntaxFailure)) throw e;
    const offset = e.atEnd ? goLen(text) : goLen(text.slice(0, e.index)) + 1;
    return { ok: false, message: e.message, offset, index: e.index };
  }
}

function parse(text: string): JsonNode {
  const n = text.length;
  const fail = (i: number, context: string): never => {
    throw new SyntaxFailure(`invalid character ${QUOTED[firstByte(text, i)]!} ${context}`, i, false);
  };
  /** The error Go reports when the space it feeds at EOF is itself invalid. */
  const failAtEnd = (context: string): never => {
    throw new SyntaxFailure(`invalid character ' ' ${context}`, n, true);
  };
  const unexpectedEnd = (): never => {
    throw new SyntaxFailure('unexpected end of JSON input', n, true);
  };

  /** Scans the string literal opening at text[open]; returns its end and unquoted value. */
  const scanString = (open: number): [number, string] => {
    let j = open + 1;
    let plain = true;
    for (;;) {
      if (j >= n) unexpectedEnd();
      const c = text.charCodeAt(j);
      if (c === 0x22) break;
      if (c === 0x5c) {
        plain = false;
        if (++j >= n) failAtEnd('in string escape code');
        const e = text.charCodeAt(j);
        if (e === 0x75) {
          for (let k = 0; k < 4; k++) {
            if (++j >= n) failAtEnd('in \\u hexadecimal character escape');
            if (!isHex(text.charCodeAt(j))) fail(j, 'in \\u hexadecimal character escape');
          }
        } else if (!(e === 0x22 || e === 0x5c || e === 0x2f || e === 0x62 || e === 0x66 || e === 0x6e || e === 0x72 || e === 0x74)) {
          fail(j, 'in string escape code');
        }
        j++;
        continue;
      }
      if (c < 0x20) fail(j, 'in string literal');
      if (c >= 0xd800 && c <= 0xdfff) plain = false;
      j++;
    }
    return [j + 1, plain ? text.slice(open + 1, j) : unquote(text, open + 1, j)];
  };

  const scanNumber = (start: number): number => {
    let j = start;
    if (text.charCodeAt(j) === 0x2d) {
      if (++j >= n) failAtEnd('in numeric literal');
      if (!isDigit(text.charCodeAt(j))) fail(j, 'in numeric literal');
    }
    if (text.charCodeAt(j) === 0x30) j++;
    else while (j < n && isDigit(text.charCodeAt(j))) j++;
    if (j < n && text.charCodeAt(j) === 0x2e) {
      if (++j >= n) failAtEnd('after decimal point in numeric literal');
      if (!isDigit(text.charCodeAt(j))) fail(j, 'after decimal point in numeric literal');
      while (j < n && isDigit(text.charCodeAt(j))) j++;
    }
    if (j < n && (text.charCodeAt(j) | 0x20) === 0x65) {
      j++;
      if (j < n && (text.charCodeAt(j) === 0x2b || text.charCodeAt(j) === 0x2d)) j++;
      if (j >= n) failAtEnd('in exponent of numeric literal');
      if (!isDigit(text.charCodeAt(j))) fail(j, 'in exponent of numeric literal');
      while (j < n && isDigit(text.charCodeAt(j))) j++;
    }
    return j;
  };

  const scanWord = (start: number, word: 'true' | 'false' | 'null'): number => {
    for (let k = 1; k < word.length; k++) {
      const context = `in literal ${word} (expecting '${word[k]}')`;
      if (start + k >= n) failAtEnd(context);
      if (text.charCodeAt(start + k) !== word.charCodeAt(k)) fail(start + k, context);
    }
    return start + word.length;
  };

  const stack: (JsonObjectNode | JsonArrayNode)[] = [];
  let root: JsonNode | undefined;
  let pendingKey: [string, number, number] | undefined;
  let state = State.Value;
  let i = 0;

  /** Puts a value that starts at text[i] into its parent (containers before their contents). */
  const attach = (node: JsonNode): void => {
    const parent = stack[stack.length - 1];
    if (parent === undefined) root = node;
    else if (parent.kind === 'array') parent.items.push(node);
    else {
      const [key, keyStart, keyEnd] = pendingKey!;
      parent.members.push({ key, keyStart, keyEnd, value: node } satisfies JsonMember);
    }
  };
  const close = (): void => {
    stack.pop()!.end = ++i;
    state = stack.length > 0 ? State.AfterValue : State.Top;
  };

  for (;;) {
    let c = 0;
    while (i < n && ((c = text.charCodeAt(i)) === 0x20 || c === 0x0a || c === 0x0d || c === 0x09)) i++;
    if (i >= n) {
      if (state === State.Top) return root!;
      unexpectedEnd();
    }
    switch (state) {
      case State.ValueOrEmpty:
        if (c === 0x5d) {
          close();
          break;
        }
      // falls through
      case State.Value: {
        const start = i;
        if (c === 0x7b || c === 0x5b) {
          if (stack.length >= MAX_DEPTH) fail(i, 'exceeded max depth');
          const node: JsonObjectNode | JsonArrayNode =
            c === 0x7b ? { kind: 'object', start, end: start, members: [] } : { kind: 'array', start, end: start, items: [] };
          attach(node);
          stack.push(node);
          i++;
          state = c === 0x7b ? State.KeyOrEmpty : State.ValueOrEmpty;
          break;
        }
        if (c === 0x22) {
          const [end, value] = scanString(start);
          i = end;
          attach({ kind: 'string', start, end, value });
        } else if (c === 0x2d || isDigit(c)) {
          i = scanNumber(start);
          attach({ kind: 'number', start, end: i, text: text.slice(start, i) });
        } else if (c === 0x74 || c === 0x66) {
          i = scanWord(start, c === 0x74 ? 'true' : 'false');
          attach({ kind: 'bool', start, end: i, value: c === 0x74 });
        } else if (c === 0x6e) {
          i = scanWord(start, 'null');
          attach({ kind: 'null', start, end: i });
        } else {
          fail(i, 'looking for beginning of value');
        }
        state = stack.length > 0 ? State.AfterValue : State.Top;
        break;
      }
      case State.KeyOrEmpty:
        if (c === 0x7d) {
          close();
          break;
        }
      // falls through
      case State.Key: {
        if (c !== 0x22) fail(i, 'looking for beginning of object key string');
        const [end, key] = scanString(i);
        pendingKey = [key, i, end];
        i = end;
        state = State.Colon;
        break;
      }
      case State.Colon:
        if (c !== 0x3a) fail(i, 'after object key');
        i++;
        state = State.Value;
        break;
      case State.AfterValue: {
        const inObject = stack[stack.length - 1]!.kind === 'object';
        if (c === 0x2c) {
          i++;
          state = inObject ? State.Key : State.Value;
        } else if (c === (inObject ? 0x7d : 0x5d)) {
          close();
        } else {
          fail(i, inObject ? 'after object key:value pair' : 'after array element');
        }
        break;
      }
      case State.Top:
        fail(i, 'after top-level value');
    }
  }
}
