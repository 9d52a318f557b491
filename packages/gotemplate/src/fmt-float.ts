// strconv.FormatFloat as Go 1.23 does it, for bit sizes 64 and 32.
//
// Every result is built from a decimal digit string (see Decimal) with Go's own layout rules
// (fmtE/fmtF/%g). The digits are exact: fixed precisions round the exact binary value half-to-even
// (what Go's Ryu and big-decimal paths both compute), and the shortest form is either JavaScript's
// own shortest round-trip digits (float64: the same shortest-then-closest digits Go's Ryu picks) or
// Go's roundShortest walk over exact decimals (float32, where JS has no native shortest).

export type FloatFormat = 'e' | 'E' | 'f' | 'g' | 'G' | 'b' | 'x' | 'X';

interface FloatInfo {
  readonly mantbits: number;
  readonly expbits: number;
  readonly bias: number;
}
const F64: FloatInfo = { mantbits: 52, expbits: 11, bias: -1023 };
const F32: FloatInfo = { mantbits: 23, expbits: 8, bias: -127 };

/** A decimal number 0.d[0]d[1]... × 10^dp, with no trailing zeros in d (zero is d = ''). */
interface Decimal {
  d: string;
  dp: number;
}

const view = new DataView(new ArrayBuffer(8));

/**
 * strconv.FormatFloat(f, fmt, prec, bitSize). With bitSize 32, f is first rounded to float32.
 * prec -1 means the shortest representation that parses back to the same value.
 */
export function formatFloat(f: number, fmt: FloatFormat, prec: number, bitSize: 32 | 64): string {
  // Fast paths where JavaScript's own conversions give Go's exact text.
  if (fmt === 'g' && prec < 0 && bitSize === 64) {
    // %v: shortest digits, in %f form for exponents -4..5, which is how JS writes that range too.
    const a = Math.abs(f);
    if (a >= 1e-4 && a < 1e6) return String(f);
    if (f === 0) return Object.is(f, -0) ? '-0' : '0';
  } else if (fmt === 'f' && prec >= 0 && prec <= 100) {
    // toFixed rounds the exact value correctly but breaks ties upwards where Go rounds half to
    // even; a tie needs the value to have at most prec+1 binary fraction digits, so leave those
    // (and anything toFixed would write in exponent form) to the exact path below.
    const a = Math.abs(bitSize === 32 ? Math.fround(f) : f);
    if (a < 1e21) {
      const sign = f < 0 || Object.is(f, -0) ? '-' : '';
      if (!Number.isInteger(a * 2 ** (prec + 1))) return sign + a.toFixed(prec);
      if (prec < 100) {
        // At most prec+1 fraction digits, so toFixed(prec + 1) is exact: a tie iff it ends in 5.
        const s = a.toFixed(prec + 1);
        const n = s.length;
        const before = s.charCodeAt(prec === 0 ? n - 3 : n - 2);
        // Not a tie, or a tie after an odd digit (rounding up is then rounding to even).
        if (s.charCodeAt(n - 1) !== 0x35 || before % 2 === 1) return sign + a.toFixed(prec);
        return sign + s.slice(0, prec === 0 ? n - 2 : n - 1);
      }
    }
  }
  let neg: boolean;
  let exp: number;
  let mant: number; // < 2^53, so exact in a double
  const flt = bitSize === 32 ? F32 : F64;
  if (bitSize === 32) {
    view.setFloat32(0, f);
    const bits = view.getUint32(0);
    neg = bits >>> 31 !== 0;
    exp = (bits >>> 23) & 0xff;
    mant = bits & 0x7fffff;
  } else {
    view.setFloat64(0, f);
    const hi = view.getUint32(0);
    neg = hi >>> 31 !== 0;
    exp = (hi >>> 20) & 0x7ff;
    mant = (hi & 0xfffff) * 0x100000000 + view.getUint32(4);
  }
  if (exp === (1 << flt.expbits) - 1) return mant !== 0 ? 'NaN' : neg ? '-Inf' : '+Inf';
  if (exp === 0) exp++; // denormal
  else mant += 2 ** flt.mantbits; // implicit top bit
  exp += flt.bias;

  if (fmt === 'b') return fmtB(neg, mant, exp, flt);
  if (fmt === 'x' || fmt === 'X') return fmtX(prec, fmt, neg, mant, exp, flt);

  const shortest = prec < 0;
  let digs: Decimal;
  if (shortest) {
    digs = bitSize === 64 ? shortest64(Math.abs(f)) : roundShortest(mant, exp, flt);
    switch (fmt) {
      case 'e':
      case 'E':
        prec = Math.max(digs.d.length - 1, 0);
        break;
      case 'f':
        prec = Math.max(digs.d.length - digs.dp, 0);
        break;
      default:
        prec = digs.d.length;
    }
  } else if (fmt === 'f') {
    digs = exactDecimal(mant, exp - flt.mantbits);
    digs = round(digs, digs.dp + prec);
  } else {
    // %e and %g: a number of significant digits.
    if ((fmt === 'g' || fmt === 'G') && prec === 0) prec = 1;
    const nd = fmt === 'e' || fmt === 'E' ? prec + 1 : prec;
    digs = fastDigits(Math.abs(bitSize === 32 ? Math.fround(f) : f), mant, exp - flt.mantbits, nd) ?? round(exactDecimal(mant, exp - flt.mantbits), nd);
  }
  return formatDigits(shortest, neg, digs, prec, fmt);
}

function formatDigits(shortest: boolean, neg: boolean, digs: Decimal, prec: number, fmt: FloatFormat): string {
  switch (fmt) {
    case 'e':
    case 'E':
      return fmtE(neg, digs, prec, fmt);
    case 'f':
      return fmtF(neg, digs, prec);
  }
  // %g: %e for exponents < -4 or >= the precision (6 for the shortest form); trailing zeros trimmed.
  const nd = digs.d.length;
  let eprec = prec;
  if (eprec > nd && nd >= digs.dp) eprec = nd;
  if (shortest) eprec = 6;
  const exp = digs.dp - 1;
  if (exp < -4 || exp >= eprec) {
    if (prec > nd) prec = nd;
    return fmtE(neg, digs, prec - 1, fmt === 'g' ? 'e' : 'E');
  }
  if (prec > digs.dp) prec = nd;
  return fmtF(neg, digs, Math.max(prec - digs.dp, 0));
}

// %e: -d.ddddde±dd
function fmtE(neg: boolean, digs: Decimal, prec: number, e: string): string {
  const d = digs.d;
  let out = neg ? '-' : '';
  out += d.length === 0 ? '0' : d[0];
  if (prec > 0) {
    out += '.' + d.slice(1, prec + 1);
    const have = Math.max(Math.min(d.length, prec + 1) - 1, 0);
    if (have < prec) out += '0'.repeat(prec - have);
  }
  const exp = d.length === 0 ? 0 : digs.dp - 1;
  out += e;
  return out + signedExponent(exp);
}

/** An exponent as Go writes it after e or p: a sign and at least two digits. */
function signedExponent(exp: number): string {
  const abs = Math.abs(exp);
  return (exp < 0 ? '-' : '+') + (abs < 10 ? '0' + abs : String(abs));
}

// %f: -ddddddd.ddddd
function fmtF(neg: boolean, digs: Decimal, prec: number): string {
  const d = digs.d;
  const dp = digs.dp;
  let out = neg ? '-' : '';
  if (dp > 0) {
    out += d.length >= dp ? d.slice(0, dp) : d + '0'.repeat(dp - d.length);
  } else {
    out += '0';
  }
  if (prec > 0) {
    // The digits d[dp .. dp+prec), zero outside d.
    const zeros = Math.min(Math.max(-dp, 0), prec);
    const from = Math.max(dp, 0);
    const taken = Math.max(Math.min(dp + prec, d.length) - from, 0);
    out += '.' + '0'.repeat(zeros) + d.slice(from, from + taken) + '0'.repeat(prec - zeros - taken);
  }
  return out;
}

// %b: -ddddddddp±ddd
function fmtB(neg: boolean, mant: number, exp: number, flt: FloatInfo): string {
  const e = exp - flt.mantbits;
  return (neg ? '-' : '') + String(mant) + 'p' + (e >= 0 ? '+' : '') + String(e);
}

// %x: -0x1.yyyyyyyyp±dd or -0x0p+00 (hex mantissa, decimal binary exponent).
function fmtX(prec: number, fmt: 'x' | 'X', neg: boolean, mantN: number, exp: number, flt: FloatInfo): string {
  let mant = BigInt(mantN);
  if (mant === 0n) exp = 0;
  // Shift so the leading 1 (if any) is at bit 60.
  mant <<= BigInt(60 - flt.mantbits);
  const bit60 = 1n << 60n;
  while (mant !== 0n && (mant & bit60) === 0n) {
    mant <<= 1n;
    exp--;
  }
  const mask64 = (1n << 64n) - 1n;
  if (prec >= 0 && prec < 15) {
    const shift = BigInt(prec * 4);
    const extra = (mant << shift) & (bit60 - 1n);
    mant >>= 60n - shift;
    if ((extra | (mant & 1n)) > 1n << 59n) mant++;
    mant <<= 60n - shift;
    if ((mant & (1n << 61n)) !== 0n) {
      mant >>= 1n;
      exp++;
    }
  }
  const hex = fmt === 'X' ? '0123456789ABCDEF' : '0123456789abcdef';
  let out = (neg ? '-' : '') + '0' + fmt + ((mant >> 60n) & 1n ? '1' : '0');
  mant = (mant << 4n) & mask64; // drop the leading digit
  if (prec < 0 && mant !== 0n) {
    out += '.';
    while (mant !== 0n) {
      out += hex[Number((mant >> 60n) & 15n)];
      mant = (mant << 4n) & mask64;
    }
  } else if (prec > 0) {
    out += '.';
    for (let i = 0; i < prec; i++) {
      out += hex[Number((mant >> 60n) & 15n)];
      mant = (mant << 4n) & mask64;
    }
  }
  out += fmt === 'X' ? 'P' : 'p';
  return out + signedExponent(exp);
}

// ---- exact decimals ----

const pow5: bigint[] = [1n];
function pow5n(k: number): bigint {
  while (pow5.length <= k) pow5.push(pow5[pow5.length - 1]! * 5n);
  return pow5[k]!;
}

function trimZeros(s: string): string {
  let n = s.length;
  while (n > 0 && s.charCodeAt(n - 1) === 0x30) n--;
  return n === s.length ? s : s.slice(0, n);
}

/** The exact decimal value of mant × 2^e2 (mant a non-negative integer < 2^54). */
function exactDecimal(mant: number, e2: number): Decimal {
  if (mant === 0) return { d: '', dp: 0 };
  // Drop factors of two from the mantissa to keep the numbers small.
  const lo = mant >>> 0;
  const tz = lo !== 0 ? 31 - Math.clz32(lo & -lo) : 32 + 31 - Math.clz32(((mant / 0x100000000) >>> 0) & -((mant / 0x100000000) >>> 0));
  mant /= 2 ** tz;
  e2 += tz;
  let s: string;
  let dp: number;
  if (e2 >= 0) {
    s = e2 <= 52 && mant * 2 ** e2 <= Number.MAX_SAFE_INTEGER ? String(mant * 2 ** e2) : (BigInt(mant) << BigInt(e2)).toString();
    dp = s.length;
  } else {
    s = (BigInt(mant) * pow5n(-e2)).toString();
    dp = s.length + e2;
  }
  return { d: trimZeros(s), dp };
}

const LOG10_5 = Math.log10(5);

/**
 * The value a = mant × 2^e2 rounded to nd significant digits by toExponential, which rounds the
 * exact value correctly but breaks ties away from zero; null when a tie is possible (Go rounds
 * those half to even) or toExponential can't do it.
 */
function fastDigits(a: number, mant: number, e2: number, nd: number): Decimal | null {
  if (mant === 0 || nd > 101) return null;
  if (Number.isInteger(a)) {
    // A tie when the integer's digits (bar trailing zeros) are nd+1 long and end in 5.
    const s = trimZeros(a < 2 ** 53 ? String(a) : BigInt(a).toString());
    if (s.length === nd + 1 && s.charCodeAt(s.length - 1) === 0x35) return null;
  } else {
    // a = odd × 2^-k has exactly as many significant digits as odd × 5^k, the last one a 5:
    // a tie when that is nd + 1 digits. Estimate the count, and keep off the border.
    const lo = mant >>> 0;
    const tz = lo !== 0 ? 31 - Math.clz32(lo & -lo) : 32 + 31 - Math.clz32(((mant / 0x100000000) >>> 0) & -((mant / 0x100000000) >>> 0));
    const k = -(e2 + tz);
    const digits = Math.floor(Math.log10(mant / 2 ** tz) + k * LOG10_5) + 1;
    if (Math.abs(digits - (nd + 1)) <= 1) return null;
  }
  const s = a.toExponential(nd - 1);
  const e = s.indexOf('e');
  const d = e > 1 ? s[0]! + s.slice(2, e) : s[0]!;
  return { d: trimZeros(d), dp: Number(s.slice(e + 1)) + 1 };
}

/** decimal.Round: round to nd digits, half to even (the digits are exact, so "5" alone is a tie). */
function round(a: Decimal, nd: number): Decimal {
  const d = a.d;
  if (nd < 0 || nd >= d.length) return a;
  const c = d.charCodeAt(nd);
  const up = c === 0x35 && nd + 1 === d.length ? nd > 0 && (d.charCodeAt(nd - 1) - 0x30) % 2 === 1 : c >= 0x35;
  return up ? roundUp(a, nd) : { d: trimZeros(d.slice(0, nd)), dp: a.dp };
}

function roundUp(a: Decimal, nd: number): Decimal {
  const d = a.d;
  for (let i = nd - 1; i >= 0; i--) {
    const c = d.charCodeAt(i);
    if (c < 0x39) return { d: d.slice(0, i) + String.fromCharCode(c + 1), dp: a.dp };
  }
  // All nines: 999 -> 1000.
  return { d: '1', dp: a.dp + 1 };
}

/** Shortest round-trip digits of a positive finite float64 (JS's Number-to-String digits). */
function shortest64(x: number): Decimal {
  if (x === 0) return { d: '', dp: 0 };
  const s = x.toExponential();
  const e = s.indexOf('e');
  const digits = e > 1 ? s[0]! + s.slice(2, e) : s[0]!;
  return { d: trimZeros(digits), dp: Number(s.slice(e + 1)) + 1 };
}

/**
 * Go's roundShortest: the fewest digits that still lie strictly (or, for an even mantissa,
 * inclusively) between the halfway points to the neighbouring floats, rounded to nearest.
 */
function roundShortest(mant: number, exp: number, flt: FloatInfo): Decimal {
  if (mant === 0) return { d: '', dp: 0 };
  const d = exactDecimal(mant, exp - flt.mantbits);
  const minexp = flt.bias + 1;
  if (exp > minexp && 332 * (d.dp - d.d.length) >= 100 * (exp - flt.mantbits)) return d;

  const upper = exactDecimal(mant * 2 + 1, exp - flt.mantbits - 1);
  let mantlo: number;
  let explo: number;
  if (mant > 2 ** flt.mantbits || exp === minexp) {
    mantlo = mant - 1;
    explo = exp;
  } else {
    mantlo = mant * 2 - 1;
    explo = exp - 1;
  }
  const lower = exactDecimal(mantlo * 2 + 1, explo - flt.mantbits - 1);
  const inclusive = mant % 2 === 0;
  const nd = d.d.length;
  let upperdelta = 0;
  for (let ui = 0; ; ui++) {
    const mi = ui - upper.dp + d.dp;
    if (mi >= nd) break;
    const li = ui - upper.dp + lower.dp;
    const l = li >= 0 && li < lower.d.length ? lower.d.charCodeAt(li) : 0x30;
    const m = mi >= 0 ? d.d.charCodeAt(mi) : 0x30;
    const u = ui < upper.d.length ? upper.d.charCodeAt(ui) : 0x30;
    const okdown = l !== m || (inclusive && li + 1 === lower.d.length);
    if (upperdelta === 0 && m + 1 < u) upperdelta = 2;
    else if (upperdelta === 0 && m !== u) upperdelta = 1;
    else if (upperdelta === 1 && (m !== 0x39 || u !== 0x30)) upperdelta = 2;
    const okup = upperdelta > 0 && (inclusive || upperdelta > 1 || ui + 1 < upper.d.length);
    if (okdown && okup) return round(d, mi + 1);
    if (okdown) return { d: trimZeros(d.d.slice(0, Math.max(mi + 1, 0))), dp: d.dp };
    if (okup) return roundUp(d, mi + 1);
  }
  return d;
}
