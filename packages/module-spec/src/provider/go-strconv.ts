// The pieces of Go's standard library that decide how a provider reads a job's resource strings,
// beside the ones the template engine already has (ParseFloat, TrimSpace, `%f`): strconv.Atoi and
// ParseUint (base 10), strings.ToLower, and the amd64 float→int conversion. Each gives Go 1.23's
// answer for every input, including the ones nobody writes on purpose ("1_000", "inf"), because a
// provider parses whatever the template says and a CI run that reads it differently would pass a
// job the provider refuses, or the reverse.
// Checked case by case against Go itself (test/oracle, mode "resources").
//
// Go strings are held as JS strings the way packages/gotemplate does (a byte that is not UTF-8 is
// a lone surrogate U+DC80..U+DCFF).

const MAX_INT64 = (1n << 63n) - 1n;
const MIN_INT64 = -(1n << 63n);
const MAX_UINT64 = (1n << 64n) - 1n;

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
