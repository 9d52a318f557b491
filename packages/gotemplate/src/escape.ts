// The escaping builtins html, js and urlquery (Go's HTMLEscapeString, JSEscapeString and
// url.QueryEscape). All three work on a Go string's bytes.
import { isPrint } from './quote.js';
import { decodeRune, fromGoBytes, goBytes, isAscii } from './utf8.js';

const HTML_SPECIAL = /['"&<>\0]/;

export function htmlEscape(s: string): string {
  if (!HTML_SPECIAL.test(s)) return s;
  let out = '';
  for (const c of s) {
    switch (c) {
      case '\0':
        out += '\uFFFD';
        break;
      case '"':
        out += '&#34;';
        break;
      case "'":
        out += '&#39;';
        break;
      case '&':
        out += '&amp;';
        break;
      case '<':
        out += '&lt;';
        break;
      case '>':
        out += '&gt;';
        break;
      default:
        out += c;
    }
  }
  return out;
}

const HEX = '0123456789ABCDEF';
// eslint-disable-next-line no-control-regex
const JS_SPECIAL = /[\\'"<>&=\x00-\x1f\u0080-\uffff]/;

export function jsEscape(s: string): string {
  if (!JS_SPECIAL.test(s)) return s;
  const b = goBytes(s);
  const out: number[] = [];
  const push = (str: string): void => {
    for (let k = 0; k < str.length; k++) out.push(str.charCodeAt(k));
  };
  for (let i = 0; i < b.length; i++) {
    const c = b[i]!;
    if (c < 0x80) {
      switch (c) {
        case 0x5c:
          push('\\\\');
          break;
        case 0x27:
          push("\\'");
          break;
        case 0x22:
          push('\\"');
          break;
        case 0x3c:
          push('\\u003C');
          break;
        case 0x3e:
          push('\\u003E');
          break;
        case 0x26:
          push('\\u0026');
          break;
        case 0x3d:
          push('\\u003D');
          break;
        default:
          if (c < 0x20) push(`\\u00${HEX[c >> 4]}${HEX[c & 15]}`);
          else out.push(c);
      }
      continue;
    }
    const [r, size] = decodeRune(b, i);
    if (isPrint(r)) for (let k = 0; k < size; k++) out.push(b[i + k]!);
    else push(`\\u${r.toString(16).toUpperCase().padStart(4, '0')}`);
    i += size - 1;
  }
  return fromGoBytes(Uint8Array.from(out));
}

/** url.QueryEscape. */
export function urlQueryEscape(s: string): string {
  if (isAscii(s) && /^[A-Za-z0-9\-_.~]*$/.test(s)) return s;
  let out = '';
  for (const c of goBytes(s)) {
    if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) || c === 0x2d || c === 0x5f || c === 0x2e || c === 0x7e) {
      out += String.fromCharCode(c);
    } else if (c === 0x20) out += '+';
    else out += `%${HEX[c >> 4]}${HEX[c & 15]}`;
  }
  return out;
}
