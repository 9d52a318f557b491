// The pieces of Go's standard library that decide how a provider reads a job's resource strings:
// strconv.ParseFloat, Atoi and ParseUint (base 10), strings.ToLower and TrimSpace, and the amd64
// float→int conversion. Each gives Go 1.23's answer for every input, including the ones nobody
// writes on purpose ("1_000", "0x1p3", "inf"), because a provider parses whatever the template says
// and a CI run that reads it differently would pass a job the provider refuses, or the reverse.
// Checked case by case against Go itself (test/oracle, mode "resources").
//
// Go strings are held as JS strings the way packages/gotemplate does (a byte that is not UTF-8 is
// a lone surrogate U+DC80..U+DCFF).

const MAX_INT64 = (1n << 63n) - 1n;
const MIN_INT64 = -(1n << 63n);
const MAX_UINT64 = (1n << 64n) - 1n;

export type ParseFloatResult = { ok: true; value: number } | { ok: false; reason: 'invalid syntax' | 'value out of range'; value: number };

/** strconv.ParseFloat(s, 64): Go's float literal syntax (underscores, hex with p exponents, inf, nan). */
export function parseGoFloat(s: string): ParseFloatResult {
  const special = parseSpecial(s);
  if (special !== undefined) return { ok: true, value: special };
  const lit = readFloat(s);
  if (!lit) return { ok: false, reason: 'invalid syntax', value: 0 };
  const value = lit.hex ? hexValue(lit) : decimalValue(lit);
  if (!Number.isFinite(value)) return { ok: false, reason: 'value out of range', value };
  return { ok: true, value };
}

/** strconv.Atoi: an optional sign and decimal digits, within int64; null for Go's error. */
export function goAtoi(s: string): bigint | null {
  const m = /^([+-]?)([0-9]+)$/.exec(s);
  if (!m) return null;
  const v = BigInt(m[1] === '-' ? `-${m[2]}` : m[2]!);
  return v > MAX_INT64 || v < MIN_INT64 ? null : v;
}

/** strconv.ParseUint(s, 10, 64): decimal digits only, within uint64; null for Go's error. */
export function goParseUint(s: string): bigint | null {
  if (!/^[0-9]+$/.test(s)) return null;
  const v = BigInt(s);
  return v > MAX_UINT64 ? null : v;
}

/**
 * Go's `int64(f)` on amd64 (CVTTSD2SQ): truncation toward zero, and 0x8000000000000000 for NaN and
 * anything outside int64. The language leaves that case to the implementation; providers run amd64.
 */
export function float64ToInt64(f: number): bigint {
  if (Number.isNaN(f) || f >= 2 ** 63 || f < -(2 ** 63)) return MIN_INT64;
  return BigInt(Math.trunc(f));
}

/** strings.ToLower: Go's simple per-rune mapping (İ → i, not i + U+0307); invalid bytes become U+FFFD. */
export function goToLower(s: string): string {
  if (!/[^\x00-\x7f]/.test(s)) return s.toLowerCase();
  let out = '';
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    if (cp >= 0xd800 && cp <= 0xdfff) out += '\ufffd';
    else if (cp === 0x130) out += 'i';
    else {
      const lower = ch.toLowerCase();
      // Only U+0130 lowercases to more than one rune in full case mapping; Go keeps one rune.
      out += [...lower].length === 1 ? lower : ch;
    }
  }
  return out;
}

/** unicode.IsSpace: Go's set, which has U+0085 and not U+FEFF (JS's trim has it the other way round). */
const GO_SPACE = /^[\t\n\v\f\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]$/u;

/** strings.TrimSpace. */
export function goTrimSpace(s: string): string {
  const chars = [...s];
  let start = 0;
  let end = chars.length;
  while (start < end && GO_SPACE.test(chars[start]!)) start++;
  while (end > start && GO_SPACE.test(chars[end - 1]!)) end--;
  return chars.slice(start, end).join('');
}

/** `%f` of a float64, as fmt prints it: the exact binary value rounded half-to-even to 6 decimals. */
export function goFormatF6(x: number): string {
  if (Number.isNaN(x)) return 'NaN';
  if (!Number.isFinite(x)) return x > 0 ? '+Inf' : '-Inf';
  const negative = x < 0 || Object.is(x, -0);
  const [mantissa, exponent] = exactBinary(Math.abs(x));
  // value × 10^6 = mantissa × 2^exponent × 10^6, rounded half to even.
  let scaled: bigint;
  if (exponent >= 0) scaled = (mantissa << BigInt(exponent)) * 1_000_000n;
  else {
    const num = mantissa * 1_000_000n;
    const den = 1n << BigInt(-exponent);
    scaled = num / den;
    const rest = num % den;
    if (rest * 2n > den || (rest * 2n === den && scaled % 2n === 1n)) scaled += 1n;
  }
  const digits = scaled.toString().padStart(7, '0');
  return `${negative ? '-' : ''}${digits.slice(0, -6)}.${digits.slice(-6)}`;
}

/** A finite non-negative double as mantissa × 2^exponent, exactly. */
function exactBinary(x: number): [bigint, number] {
  if (x === 0) return [0n, 0];
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, x);
  const bits = view.getBigUint64(0);
  const biased = Number((bits >> 52n) & 0x7ffn);
  const fraction = bits & ((1n << 52n) - 1n);
  return biased === 0 ? [fraction, -1074] : [fraction | (1n << 52n), biased - 1075];
}

// --- ParseFloat -------------------------------------------------------------------------------

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

/** Underscores only between digits, or between a base prefix and a digit (strconv.underscoreOK). */
function underscoreOK(literal: string): boolean {
  let s = literal;
  if (s[0] === '+' || s[0] === '-') s = s.slice(1);
  let saw = '^';
  let i = 0;
  let hex = false;
  if (s.length >= 2 && s[0] === '0' && /^[bBoOxX]$/.test(s[1]!)) {
    i = 2;
    saw = '0';
    hex = s[1] === 'x' || s[1] === 'X';
  }
  for (; i < s.length; i++) {
    const c = s[i]!;
    if ((c >= '0' && c <= '9') || (hex && /^[a-fA-F]$/.test(c))) {
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
