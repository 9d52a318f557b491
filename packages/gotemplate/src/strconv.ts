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

export type ParseFloatResult = { ok: true; value: number } | { ok: false; reason: 'invalid syntax' | 'value out of range'; value: number };

/** strconv.ParseFloat(s, 64): Go's float literal syntax (underscores, hex with p exponents, inf, nan), with Go's two errors apart. */
export function parseGoFloat(s: string): ParseFloatResult {
  const special = parseSpecial(s);
  if (special !== undefined) return { ok: true, value: special };
  const lit = readFloat(s);
  if (!lit) return { ok: false, reason: 'invalid syntax', value: 0 };
  const value = lit.hex ? hexValue(lit) : decimalValue(lit);
  if (!Number.isFinite(value)) return { ok: false, reason: 'value out of range', value };
  return { ok: true, value };
}

/**
 * strconv.ParseFloat(s, 64) as the template parser uses it: undefined on a syntax error and on
 * overflow (Go's ErrRange), which it treats alike.
 */
export function parseFloat64(s: string): number | undefined {
  const r = parseGoFloat(s);
  return r.ok ? r.value : undefined;
}

/** The NumError text Go's fmt.Sscan surfaces for a bad float token. */
export function parseFloatError(token: string): string {
  return `strconv.ParseFloat: parsing ${JSON.stringify(token)}: invalid syntax`;
}

export { goBytes };

/** strconv's special(): [+-]inf, [+-]infinity, nan (no sign), any case, and nothing after them. */
function parseSpecial(s: string): number | undefined {
  const m = /^([+-]?)(inf|infinity)$/i.exec(s);
  if (m) return m[1] === '-' ? -Infinity : Infinity;
  if (/^nan$/i.test(s)) return NaN;
  return undefined;
}

interface FloatLiteral {
  negative: boolean;
  hex: boolean;
  /** Mantissa digits with leading zeros dropped (no dot, no underscores). */
  digits: string;
  /** Decimal only: value = 0.digits × 10^point. */
  point: number;
  /** Hex only: the binary exponent written after `p`, and the hex digits after the dot. */
  pExponent: number;
  fractionDigits: number;
}

/** strconv's readFloat and underscoreOK: the literal's parts, or null for a syntax error. */
function readFloat(s: string): FloatLiteral | null {
  let i = 0;
  let negative = false;
  if (s[i] === '+') i++;
  else if (s[i] === '-') {
    negative = true;
    i++;
  }
  let hex = false;
  if (i + 2 < s.length && s[i] === '0' && (s[i + 1] === 'x' || s[i + 1] === 'X')) {
    hex = true;
    i += 2;
  }
  const isDigit = (c: string) => (c >= '0' && c <= '9') || (hex && /^[a-fA-F]$/.test(c));
  let sawDot = false;
  let sawDigits = false;
  let underscores = false;
  let digits = '';
  let leadingZerosAfterDot = 0;
  let intDigits = 0;
  let fractionDigits = 0;
  for (; i < s.length; i++) {
    const c = s[i]!;
    if (c === '_') {
      underscores = true;
      continue;
    }
    if (c === '.') {
      if (sawDot) break;
      sawDot = true;
      continue;
    }
    if (!isDigit(c)) break;
    sawDigits = true;
    if (sawDot) fractionDigits++;
    if (digits === '' && c === '0') {
      if (sawDot) leadingZerosAfterDot++;
      continue;
    }
    digits += c;
    if (!sawDot) intDigits++;
  }
  if (!sawDigits) return null;
  let exponent = 0;
  const expChar = hex ? /^[pP]$/ : /^[eE]$/;
  if (i < s.length && expChar.test(s[i]!)) {
    i++;
    if (i >= s.length) return null;
    let sign = 1;
    if (s[i] === '+') i++;
    else if (s[i] === '-') {
      i++;
      sign = -1;
    }
    if (i >= s.length || !(s[i]! >= '0' && s[i]! <= '9')) return null;
    let e = 0;
    for (; i < s.length && ((s[i]! >= '0' && s[i]! <= '9') || s[i] === '_'); i++) {
      if (s[i] === '_') {
        underscores = true;
        continue;
      }
      // As strconv: the exponent stops growing once it is 10000 or more.
      if (e < 10000) e = e * 10 + Number(s[i]);
    }
    exponent = sign * e;
  } else if (hex) return null; // a hex mantissa needs its p exponent
  if (i !== s.length) return null;
  if (underscores && !underscoreOK(s)) return null;
  const point = (digits === '' ? 0 : intDigits - leadingZerosAfterDot) + exponent;
  return { negative, hex, digits, point, pExponent: exponent, fractionDigits };
}

/** The decimal literal's value, correctly rounded (JavaScript's own decimal parsing is). */
function decimalValue(lit: FloatLiteral): number {
  const magnitude = lit.digits === '' ? 0 : Number(`0.${lit.digits}e${lit.point}`);
  return lit.negative ? -magnitude : magnitude;
}

/** mantissa × 2^(p − 4 × fraction digits), rounded to nearest even like strconv's atofHex. */
function hexValue(lit: FloatLiteral): number {
  // Leading zeros are not in `digits`, but the fraction's digit count includes them: each hex
  // digit after the dot is four binary places, significant or not.
  const magnitude = lit.digits === '' ? 0 : roundToDouble(BigInt(`0x${lit.digits}`), lit.pExponent - 4 * lit.fractionDigits);
  return lit.negative ? -magnitude : magnitude;
}

/** m × 2^e as the nearest double (ties to even), ±Infinity past the largest. */
function roundToDouble(m: bigint, e: number): number {
  if (m === 0n) return 0;
  const bits = m.toString(2).length;
  // Keep 53 significant bits, or fewer so the lowest kept bit is no smaller than 2^-1074.
  let shift = Math.max(bits - 53, -1074 - e);
  let kept: bigint;
  if (shift > 0) {
    const big = BigInt(shift);
    kept = m >> big;
    const rest = m & ((1n << big) - 1n);
    const half = 1n << (big - 1n);
    if (rest > half || (rest === half && (kept & 1n) === 1n)) kept += 1n;
    if (kept === 1n << 53n) {
      kept >>= 1n;
      shift += 1;
    }
  } else {
    kept = m << BigInt(-shift);
  }
  const exponent = e + shift;
  if (exponent + kept.toString(2).length - 1 > 1023) return Infinity;
  // kept < 2^53 is exact as a Number; scaling by a power of two in two steps keeps it exact.
  return Number(kept) * 2 ** Math.max(exponent, -1022) * 2 ** Math.min(exponent + 1022, 0);
}
