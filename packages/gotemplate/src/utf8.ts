// Go strings are byte sequences; JavaScript strings are UTF-16. The engine keeps Go strings as JS
// strings and maps every byte that is not part of valid UTF-8 to a lone low surrogate U+DC80+b-0x80
// ("surrogateescape", as Python does). Valid UTF-8 never decodes to a lone surrogate, so the mapping
// is lossless both ways: a template with a stray `\xff` byte, or `slice` cutting a rune in half,
// round-trips to exactly the bytes Go would write.

const ESCAPE_BASE = 0xdc00;

/** Is this UTF-16 unit an escaped raw byte? */
export function isEscapedByte(unit: number): boolean {
  return unit >= 0xdc80 && unit <= 0xdcff;
}

/** The bytes of a Go string held as a JS string. */
export function goBytes(s: string): Uint8Array {
  if (isAscii(s)) {
    const out = new Uint8Array(s.length);
    for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
    return out;
  }
  const out: number[] = [];
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) out.push(c);
    else if (c < 0x800) out.push(0xc0 | (c >> 6), 0x80 | (c & 0x3f));
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length && isLowSurrogate(s.charCodeAt(i + 1))) {
      const cp = 0x10000 + ((c - 0xd800) << 10) + (s.charCodeAt(++i) - 0xdc00);
      out.push(0xf0 | (cp >> 18), 0x80 | ((cp >> 12) & 0x3f), 0x80 | ((cp >> 6) & 0x3f), 0x80 | (cp & 0x3f));
    } else if (isEscapedByte(c)) out.push(c - ESCAPE_BASE);
    else if (c >= 0xd800 && c <= 0xdfff) out.push(0xef, 0xbf, 0xbd); // stray surrogate from outside: U+FFFD, as Go's []byte(string) of invalid would not arise
    else out.push(0xe0 | (c >> 12), 0x80 | ((c >> 6) & 0x3f), 0x80 | (c & 0x3f));
  }
  return Uint8Array.from(out);
}

function isLowSurrogate(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}

/** A Go string from bytes: valid UTF-8 decodes normally, every other byte becomes an escaped byte. */
export function fromGoBytes(b: Uint8Array): string {
  let out = '';
  let i = 0;
  const n = b.length;
  while (i < n) {
    const c = b[i]!;
    if (c < 0x80) {
      // Fast path for runs of ASCII.
      let j = i + 1;
      while (j < n && b[j]! < 0x80) j++;
      out += String.fromCharCode.apply(null, Array.from(b.subarray(i, j)));
      i = j;
      continue;
    }
    const [r, size] = decodeRune(b, i);
    if (r === RUNE_ERROR && size === 1) out += String.fromCharCode(ESCAPE_BASE + c);
    else out += String.fromCodePoint(r);
    i += size;
  }
  return out;
}

export const RUNE_ERROR = 0xfffd;

/** utf8.DecodeRune: the rune at b[i] and its width; (RuneError, 1) for an invalid encoding. */
export function decodeRune(b: Uint8Array, i: number): [number, number] {
  const n = b.length - i;
  const c0 = b[i]!;
  if (c0 < 0x80) return [c0, 1];
  const cont = (k: number): number => (i + k < b.length ? b[i + k]! : -1);
  if (c0 >= 0xc2 && c0 <= 0xdf) {
    const c1 = cont(1);
    if (n >= 2 && c1 >= 0x80 && c1 <= 0xbf) return [((c0 & 0x1f) << 6) | (c1 & 0x3f), 2];
    return [RUNE_ERROR, 1];
  }
  if (c0 >= 0xe0 && c0 <= 0xef) {
    const c1 = cont(1);
    const lo = c0 === 0xe0 ? 0xa0 : 0x80;
    const hi = c0 === 0xed ? 0x9f : 0xbf;
    if (n >= 3 && c1 >= lo && c1 <= hi) {
      const c2 = cont(2);
      if (c2 >= 0x80 && c2 <= 0xbf) return [((c0 & 0x0f) << 12) | ((c1 & 0x3f) << 6) | (c2 & 0x3f), 3];
    }
    return [RUNE_ERROR, 1];
  }
  if (c0 >= 0xf0 && c0 <= 0xf4) {
    const c1 = cont(1);
    const lo = c0 === 0xf0 ? 0x90 : 0x80;
    const hi = c0 === 0xf4 ? 0x8f : 0xbf;
    if (n >= 4 && c1 >= lo && c1 <= hi) {
      const c2 = cont(2);
      const c3 = cont(3);
      if (c2 >= 0x80 && c2 <= 0xbf && c3 >= 0x80 && c3 <= 0xbf) {
        return [((c0 & 0x07) << 18) | ((c1 & 0x3f) << 12) | ((c2 & 0x3f) << 6) | (c3 & 0x3f), 4];
      }
    }
    return [RUNE_ERROR, 1];
  }
  return [RUNE_ERROR, 1];
}

/** Go's len(s): the number of bytes. */
export function goLen(s: string): number {
  if (isAscii(s)) return s.length;
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length && isLowSurrogate(s.charCodeAt(i + 1))) {
      n += 4;
      i++;
    } else if (isEscapedByte(c)) n += 1;
    else n += 3;
  }
  return n;
}

// eslint-disable-next-line no-control-regex
const NON_ASCII = /[^\x00-\x7f]/;
export function isAscii(s: string): boolean {
  return !NON_ASCII.test(s);
}

/**
 * Iterate a Go string rune by rune as Go's `for range` does: an escaped byte is RuneError of width 1.
 * Yields [rune, index of the rune in the JS string, its length in UTF-16 units].
 */
export function* runes(s: string): Generator<[number, number, number]> {
  for (let i = 0; i < s.length; ) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length && isLowSurrogate(s.charCodeAt(i + 1))) {
      yield [s.codePointAt(i)!, i, 2];
      i += 2;
    } else {
      yield [c >= 0xd800 && c <= 0xdfff ? RUNE_ERROR : c, i, 1];
      i += 1;
    }
  }
}

/** Compare two Go strings bytewise (= by code point, with escaped bytes in their byte position). */
export function compareGoStrings(a: string, b: string): number {
  if (a === b) return 0;
  if (isAscii(a) && isAscii(b)) return a < b ? -1 : 1;
  const x = goBytes(a);
  const y = goBytes(b);
  const n = Math.min(x.length, y.length);
  for (let i = 0; i < n; i++) if (x[i] !== y[i]) return x[i]! - y[i]!;
  return x.length - y.length;
}

/** The Go string for a Node Buffer / bytes read from a file or a process. */
export function decodeGoString(buf: Uint8Array): string {
  return fromGoBytes(buf);
}

/** The bytes to write for a Go string (the inverse of decodeGoString). */
export function encodeGoString(s: string): Uint8Array {
  return goBytes(s);
}

/** unicode.IsSpace: Go's set, which has U+0085 and not U+FEFF (JavaScript's \s has it the other way round). */
const GO_SPACES = '[\t\n\v\f\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]';
const GO_TRIM = new RegExp(`^${GO_SPACES}+|${GO_SPACES}+$`, 'g');

/** strings.TrimSpace and bytes.TrimSpace (every space is one UTF-16 unit, so escaped bytes stay). */
export function goTrimSpace(s: string): string {
  return s.replace(GO_TRIM, '');
}
