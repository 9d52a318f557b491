// The two encoding/json operations Lilypad applies to template inputs:
// `json.Marshal(value)` on every input before rendering (LoadModule), and
// `json.Unmarshal(arg, &s)` on every argument of `subst`.

const HEX = '0123456789abcdef';

// encoding/json's htmlSafeSet: printable ASCII except `"`, `\`, `<`, `>` and `&` (DEL is safe).
const SAFE = new Uint8Array(128);
for (let b = 0x20; b < 0x80; b++) SAFE[b] = 1;
for (const c of '"\\<>&') SAFE[c.charCodeAt(0)] = 0;

/**
 * Go's `json.Marshal(s)` for a string (HTML escaping on, as Marshal always does): `<` `>` `&` become
 * `\u003c` `\u003e` `\u0026`, U+2028/U+2029 `\u2028`/`\u2029`, control characters `\b` `\f` `\n`
 * `\r` `\t` (Go ≥ 1.22) or `\u00XX`, and every unpaired surrogate, which stands for bytes that are
 * not UTF-8 (see gotemplate's utf8.ts), `\ufffd`.
 */
export function goJSONString(s: string): string {
  let out = '"';
  let start = 0;
  const n = s.length;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) {
      if (SAFE[c]) continue;
      out += s.slice(start, i);
      switch (c) {
        case 0x5c:
        case 0x22:
          out += '\\' + s[i];
          break;
        case 0x08:
          out += '\\b';
          break;
        case 0x0c:
          out += '\\f';
          break;
        case 0x0a:
          out += '\\n';
          break;
        case 0x0d:
          out += '\\r';
          break;
        case 0x09:
          out += '\\t';
          break;
        default:
          out += '\\u00' + HEX[c >> 4] + HEX[c & 0xf];
      }
      start = i + 1;
    } else if (c === 0x2028 || c === 0x2029) {
      out += s.slice(start, i) + '\\u202' + HEX[c & 0xf];
      start = i + 1;
    } else if (c >= 0xd800 && c <= 0xdfff) {
      if (c <= 0xdbff && i + 1 < n) {
        const d = s.charCodeAt(i + 1);
        if (d >= 0xdc00 && d <= 0xdfff) {
          i++; // a valid pair: copied as is
          continue;
        }
      }
      out += s.slice(start, i) + '\\ufffd';
      start = i + 1;
    }
  }
  return out + s.slice(start) + '"';
}

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/**
 * Go's `var s string; err := json.Unmarshal([]byte(text), &s)`: the decoded string, or undefined
 * where Unmarshal returns an error. A JSON `null` leaves s untouched, so it decodes to "".
 */
export function goJSONUnmarshalString(text: string): string | undefined {
  let v: unknown;
  try {
    v = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (v === null) return '';
  if (typeof v !== 'string') return undefined;
  // Go decodes an unpaired `\ud800` escape, and bytes that are not UTF-8, to U+FFFD; JSON.parse
  // keeps them as lone surrogates.
  return v.replace(LONE_SURROGATE, '\ufffd');
}
