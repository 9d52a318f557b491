// The three bits of Go's Unicode string handling that decide whether a key or an enum value
// matches: encoding/json's foldName (fold.go), strings.EqualFold and strings.TrimSpace. Only
// strings that were unquoted by the JSON decoder reach them, so they are valid UTF-16 here.

const KELVIN = 0x212a; // K, folds with k and K
const LONG_S = 0x017f; // ſ, folds with s and S

/**
 * foldName(key) from encoding/json (Go 1.23), for matching against ASCII field names: ASCII
 * letters upper-cased, ſ → S and K → K (the only non-ASCII runes whose fold orbit reaches ASCII).
 * Returns undefined when the key holds any other non-ASCII rune: it cannot fold to an ASCII name.
 */
export function foldAsciiName(key: string): string | undefined {
  let out = '';
  let start = 0;
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i);
    if (c >= 0x61 && c <= 0x7a) {
      out += key.slice(start, i) + String.fromCharCode(c - 0x20);
      start = i + 1;
    } else if (c >= 0x80) {
      if (c !== LONG_S && c !== KELVIN) return undefined;
      out += key.slice(start, i) + (c === LONG_S ? 'S' : 'K');
      start = i + 1;
    }
  }
  return out + key.slice(start);
}

/** strings.EqualFold(s, name) for an ASCII `name` (Unicode simple folding: ſ matches s, K matches k). */
export function equalFoldAscii(s: string, name: string): boolean {
  if (s.length !== name.length) return false;
  for (let i = 0; i < s.length; i++) {
    let c = s.charCodeAt(i);
    let d = name.charCodeAt(i);
    if (c === LONG_S) c = 0x73;
    else if (c === KELVIN) c = 0x6b;
    if (c >= 0x41 && c <= 0x5a) c += 0x20;
    if (d >= 0x41 && d <= 0x5a) d += 0x20;
    if (c !== d) return false;
  }
  return true;
}

/** unicode.IsSpace for a BMP code unit (every Go space is in the BMP). */
function isGoSpace(c: number): boolean {
  if (c <= 0xff) return c === 0x20 || (c >= 0x09 && c <= 0x0d) || c === 0x85 || c === 0xa0;
  return (
    c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000
  );
}

/** strings.TrimSpace (unicode.IsSpace, which unlike JS's trim() leaves U+FEFF alone). */
export function trimSpace(s: string): string {
  let start = 0;
  let end = s.length;
  while (start < end && isGoSpace(s.charCodeAt(start))) start++;
  while (end > start && isGoSpace(s.charCodeAt(end - 1))) end--;
  return s.slice(start, end);
}
