// The parts of Go's strconv that the template parser uses on literals: Unquote, ParseInt/ParseUint
// with base 0, ParseFloat, all with Go's literal syntax (prefixes, underscores, hex floats).
import { fromGoBytes, goBytes, isEscapedByte } from './utf8.js';

export class SyntaxError extends Error {}

/** strconv.Unquote; throws SyntaxError ("invalid syntax"). */
export function unquote(s: string): string {
  const n = s.length;
  if (n < 2) throw new SyntaxError('invalid syntax');
  const quote = s[0];
  if (quote !== s[n - 1] || (quote !== '"' && quote !== "'" && quote !== '`')) throw new SyntaxError('invalid syntax');
  const body = s.slice(1, n - 1);
  if (quote === '`') {
    if (body.includes('`')) throw new SyntaxError('invalid syntax');
    return body.includes('\r') ? body.replaceAll('\r', '') : body;
  }
  if (!body.includes('\\') && !body.includes('\n') && !hasEscapedByte(body)) {
    if (quote === '"') {
      if (!body.includes('"')) return body;
    } else {
      const cps = [...body];
      if (cps.length === 1 && body !== "'") return body;
    }
  }
  const bytes: number[] = [];
  let i = 0;
  let first = true;
  while (i < body.length) {
    if (quote === "'" && !first) throw new SyntaxError('invalid syntax');
    if (body[i] === '\n') throw new SyntaxError('invalid syntax');
    const [r, multibyte, next] = unquoteChar(body, i, quote);
    i = next;
    if (r < 0x80 || !multibyte) bytes.push(r);
    else bytes.push(...goBytes(String.fromCodePoint(r)));
    first = false;
  }
  if (quote === "'" && first) throw new SyntaxError('invalid syntax');
  return fromGoBytes(Uint8Array.from(bytes));
}

function hasEscapedByte(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (isEscapedByte(s.charCodeAt(i))) return true;
  return false;
}

const SIMPLE_ESCAPES: Record<string, number> = { a: 7, b: 8, f: 12, n: 10, r: 13, t: 9, v: 11, '\\': 92 };

/** strconv.UnquoteChar at s[i]: [value, multibyte, index after]. */
export function unquoteChar(s: string, i: number, quote: string): [number, boolean, number] {
  if (i >= s.length) throw new SyntaxError('invalid syntax');
  const c = s[i]!;
  if (c === quote && (quote === "'" || quote === '"')) throw new SyntaxError('invalid syntax');
  const code = s.codePointAt(i)!;
  if (code >= 0x80) {
    // A raw invalid byte decodes as RuneError; a lone surrogate here is such a byte.
    if (code >= 0xd800 && code <= 0xdfff) return [0xfffd, true, i + 1];
    return [code, true, i + (code > 0xffff ? 2 : 1)];
  }
  if (c !== '\\') return [code, false, i + 1];
  if (i + 1 >= s.length) throw new SyntaxError('invalid syntax');
  const e = s[i + 1]!;
  let j = i + 2;
  const simple = SIMPLE_ESCAPES[e];
  if (simple !== undefined) return [simple, false, j];
  if (e === 'x' || e === 'u' || e === 'U') {
    const n = e === 'x' ? 2 : e === 'u' ? 4 : 8;
    if (s.length - j < n) throw new SyntaxError('invalid syntax');
    let v = 0;
    for (let k = 0; k < n; k++) {
      const h = parseInt(s[j + k]!, 16);
      if (Number.isNaN(h) || !/[0-9a-fA-F]/.test(s[j + k]!)) throw new SyntaxError('invalid syntax');
      v = v * 16 + h;
    }
    j += n;
    if (e === 'x') return [v, false, j];
    if (v > 0x10ffff || (v >= 0xd800 && v <= 0xdfff)) throw new SyntaxError('invalid syntax');
    return [v, true, j];
  }
  if (e >= '0' && e <= '7') {
    let v = e.charCodeAt(0) - 48;
    if (s.length - j < 2) throw new SyntaxError('invalid syntax');
    for (let k = 0; k < 2; k++) {
      const x = s.charCodeAt(j + k) - 48;
      if (x < 0 || x > 7) throw new SyntaxError('invalid syntax');
      v = (v << 3) | x;
    }
    j += 2;
    if (v > 255) throw new SyntaxError('invalid syntax');
    return [v, false, j];
  }
  if (e === "'" || e === '"') {
    if (e !== quote) throw new SyntaxError('invalid syntax');
    return [e.charCodeAt(0), false, j];
  }
  throw new SyntaxError('invalid syntax');
}

/** Go's underscoreOK: underscores only between digits, or between a base prefix and a digit. */
function underscoreOK(s: string): boolean {
  let saw = '^';
  let i = 0;
  if (s.length >= 1 && (s[0] === '-' || s[0] === '+')) s = s.slice(1);
  let hex = false;
  if (s.length >= 2 && s[0] === '0' && 'bBoOxX'.includes(s[1]!)) {
    i = 2;
    saw = '0';
    hex = s[1] === 'x' || s[1] === 'X';
  }
  for (; i < s.length; i++) {
    const c = s[i]!;
    if ((c >= '0' && c <= '9') || (hex && /[a-fA-F]/.test(c))) {
      saw = '0';
      continue;
    }
    if (c === '_') {
      if (saw !== '0') return false;
      saw = '_';
      continue;
    }
    if (saw === '_') return false;
    saw = '!';
  }
  return saw !== '_';
}

/** strconv.ParseUint(s, 0, 64); undefined on any error. */
export function parseUint0(s: string): bigint | undefined {
  if (s.length === 0) return undefined;
  let base = 10;
  let body = s;
  if (s[0] === '0') {
    if (s.length >= 3 && (s[1] === 'x' || s[1] === 'X')) {
      base = 16;
      body = s.slice(2);
    } else if (s.length >= 3 && (s[1] === 'o' || s[1] === 'O')) {
      base = 8;
      body = s.slice(2);
    } else if (s.length >= 3 && (s[1] === 'b' || s[1] === 'B')) {
      base = 2;
      body = s.slice(2);
    } else {
      base = 8;
      body = s.slice(1);
    }
  }
  let underscores = false;
  let v = 0n;
  const B = BigInt(base);
  for (const c of body) {
    if (c === '_') {
      underscores = true;
      continue;
    }
    const d = digitValue(c);
    if (d < 0 || d >= base) return undefined;
    v = v * B + BigInt(d);
  }
  if (underscores && !underscoreOK(s)) return undefined;
  if (v > 0xffffffffffffffffn) return undefined;
  return v;
}

function digitValue(c: string): number {
  const x = c.charCodeAt(0);
  if (x >= 48 && x <= 57) return x - 48;
  if (x >= 97 && x <= 122) return x - 87;
  if (x >= 65 && x <= 90) return x - 55;
  return -1;
}

/** strconv.ParseInt(s, 0, 64); undefined on any error. */
export function parseInt0(s: string): bigint | undefined {
  if (s.length === 0) return undefined;
  let neg = false;
  let body = s;
  if (s[0] === '+' || s[0] === '-') {
    neg = s[0] === '-';
    body = s.slice(1);
  }
  const u = parseUint0(body);
  if (u === undefined) return undefined;
  if (!neg && u >= 1n << 63n) return undefined;
  if (neg && u > 1n << 63n) return undefined;
  return neg ? -u : u;
}

const DEC_FLOAT = /^[+-]?(?:[0-9_]+\.?[0-9_]*|\.[0-9_]+)(?:[eE][+-]?[0-9_]+)?$/;
const HEX_FLOAT = /^([+-]?)0[xX]([0-9a-fA-F_]*)(?:\.([0-9a-fA-F_]*))?[pP]([+-]?[0-9_]+)$/;
const SPECIAL = /^([+-]?)(inf|infinity|nan)$/i;

/**
 * strconv.ParseFloat(s, 64). Returns undefined on a syntax error and on overflow (Go's ErrRange),
 * which the template parser treats alike.
 */
export function parseFloat64(s: string): number | undefined {
  const sp = SPECIAL.exec(s);
  if (sp) {
    if (sp[2]!.toLowerCase() === 'nan') return sp[1] ? undefined : NaN;
    return sp[1] === '-' ? -Infinity : Infinity;
  }
  let f: number;
  const hx = HEX_FLOAT.exec(s);
  if (hx) {
    const intPart = hx[2]!.replaceAll('_', '');
    const frac = (hx[3] ?? '').replaceAll('_', '');
    if (intPart.length + frac.length === 0) return undefined;
    if (s.includes('_') && !underscoreOK(s)) return undefined;
    const mant = BigInt(`0x${intPart}${frac}` === '0x' ? '0' : `0x${intPart}${frac}`);
    const exp = Number(hx[4]!.replaceAll('_', '')) - 4 * frac.length;
    f = scaleByPowerOfTwo(mant, exp);
    if (hx[1] === '-') f = -f;
  } else {
    if (!DEC_FLOAT.test(s)) return undefined;
    if (s.includes('_') && !underscoreOK(s)) return undefined;
    const clean = s.replaceAll('_', '');
    if (!/[0-9]/.test(clean.replace(/[eE].*$/, ''))) return undefined;
    f = Number(clean);
  }
  if (!Number.isFinite(f)) return undefined; // ErrRange
  return f;
}

/** mant × 2^exp, correctly rounded to a float64 (exact for the exponent ranges literals reach). */
function scaleByPowerOfTwo(mant: bigint, exp: number): number {
  if (mant === 0n) return 0;
  // Normalise so the rounding to 53 bits happens once, in BigInt arithmetic.
  const bits = mant.toString(2).length;
  let e = exp;
  let m = mant;
  if (bits > 64) {
    const shift = BigInt(bits - 64);
    const rest = m & ((1n << shift) - 1n);
    m >>= shift;
    if (rest !== 0n) m |= 1n; // sticky bit keeps round-half-even honest
    e += Number(shift);
  }
  let f = Number(m);
  // Multiply in steps to avoid intermediate overflow/underflow of 2**e.
  while (e > 0) {
    const step = Math.min(e, 1000);
    f *= 2 ** step;
    e -= step;
  }
  while (e < 0) {
    const step = Math.max(e, -1000);
    f *= 2 ** step;
    e -= step;
  }
  return f;
}

/** The NumError text Go's fmt.Sscan surfaces for a bad float token. */
export function parseFloatError(token: string): string {
  return `strconv.ParseFloat: parsing ${JSON.stringify(token)}: invalid syntax`;
}

export { goBytes };
