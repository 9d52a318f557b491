// time.Time's UnmarshalJSON as Go 1.23 has it (time/time.go, format.go, format_rfc3339.go):
// `null` is a no-op, anything but a JSON string is "Time.UnmarshalJSON: input is not a JSON
// string", and the bytes between the quotes — not unescaped (go.dev/issue/47353) — go to
// parseStrictRFC3339. Its fast path either agrees with time.Parse(time.RFC3339, s) or falls back
// to it (strict checks are disabled in 1.23), so only Parse with that one layout is ported, with
// its ParseError texts. The decoded value is kept as the text MarshalJSON/Format(RFC3339Nano)
// would print: wall clock and offset are all Lilypad ever reads from CreatedAt.
import { encodeGoString } from '@lilypad-actions/gotemplate';
import { MethodError } from './go-type';

const RFC3339 = '2006-01-02T15:04:05Z07:00';

/** The zero time.Time, as MarshalJSON prints it. */
export const ZERO_TIME = '0001-01-01T00:00:00Z';

/** time's quote(): `"` and `\` escaped, control and non-ASCII bytes as \xNN. */
function quote(b: Uint8Array, from = 0, to = b.length): string {
  let out = '"';
  for (let i = from; i < to; i++) {
    const c = b[i]!;
    if (c >= 0x80 || c < 0x20) out += '\\x' + c.toString(16).padStart(2, '0');
    else out += (c === 0x22 || c === 0x5c ? '\\' : '') + String.fromCharCode(c);
  }
  return out + '"';
}

class ParseFailure {
  constructor(
    readonly layoutElem: string,
    readonly valueAt: number,
    readonly message: string,
  ) {}
}

const isDigitAt = (b: Uint8Array, i: number, end: number): boolean => i < end && b[i]! >= 0x30 && b[i]! <= 0x39;

function daysIn(month: number, year: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]!;
}

const pad = (n: number, w: number): string => String(n).padStart(w, '0');

/** time.Parse(time.RFC3339, value) on the raw bytes; returns the Format(RFC3339Nano) text. */
function parseRFC3339(b: Uint8Array): string {
  const end = b.length;
  let p = 0;
  // Each helper mirrors one std chunk of the layout; `hold` is where the chunk began.
  const fail = (elem: string, at: number, message = ''): never => {
    throw new ParseFailure(elem, at, message);
  };
  const skip = (prefix: string): void => {
    if (p >= end || b[p] !== prefix.charCodeAt(0)) fail(prefix, p);
    p++;
  };
  /** getnum: one or two digits (exactly two when fixed). */
  const getnum = (fixed: boolean): number | undefined => {
    if (!isDigitAt(b, p, end)) return undefined;
    if (!isDigitAt(b, p + 1, end)) {
      if (fixed) return undefined;
      return b[p++]! - 0x30;
    }
    const v = (b[p]! - 0x30) * 10 + (b[p + 1]! - 0x30);
    p += 2;
    return v;
  };

  // "2006"
  let hold = p;
  if (end - p < 4 || !isDigitAt(b, p, end)) fail('2006', hold);
  for (let i = p; i < p + 4; i++) if (!isDigitAt(b, i, end)) fail('2006', hold);
  const year = Number(String.fromCharCode(...b.subarray(p, p + 4)));
  p += 4;
  // "-01"
  skip('-');
  hold = p;
  const month = getnum(true);
  if (month === undefined) fail('01', hold);
  if (month! <= 0 || month! > 12) fail('01', p, ': month out of range');
  // "-02"
  skip('-');
  hold = p;
  const day = getnum(true);
  if (day === undefined) fail('02', hold);
  // "T15"
  skip('T');
  hold = p;
  const hour = getnum(false);
  if (hour !== undefined && hour >= 24) fail('15', p, ': hour out of range');
  if (hour === undefined) fail('15', hold);
  // ":04"
  skip(':');
  hold = p;
  const min = getnum(true);
  if (min !== undefined && min >= 60) fail('04', p, ': minute out of range');
  if (min === undefined) fail('04', hold);
  // ":05", then a fractional second the layout does not ask for
  skip(':');
  hold = p;
  const sec = getnum(true);
  if (sec === undefined) fail('05', hold);
  if (sec! >= 60) fail('05', p, ': second out of range');
  let nsec = 0;
  if (end - p >= 2 && (b[p] === 0x2e || b[p] === 0x2c) && isDigitAt(b, p + 1, end)) {
    let n = 2;
    while (isDigitAt(b, p + n, end)) n++;
    const digits = String.fromCharCode(...b.subarray(p + 1, p + Math.min(n, 10)));
    nsec = Number(digits.padEnd(9, '0'));
    p += n;
  }
  // "Z07:00"
  hold = p;
  let offset = 0;
  if (p < end && b[p] === 0x5a) {
    p++;
  } else {
    if (end - p < 6 || b[p + 3] !== 0x3a) fail('Z07:00', hold);
    const two = (i: number): number | undefined =>
      isDigitAt(b, i, end) && isDigitAt(b, i + 1, end) ? (b[i]! - 0x30) * 10 + (b[i + 1]! - 0x30) : undefined;
    const hh = two(p + 1);
    const mm = hh === undefined ? undefined : two(p + 4);
    const sign = b[p];
    p += 6;
    // Range errors are checked before the digit errors, with hr/mm 0 where getnum failed.
    if ((mm ?? 0) > 60) fail('Z07:00', p, ': time zone offset minute out of range');
    if ((hh ?? 0) > 24) fail('Z07:00', p, ': time zone offset hour out of range');
    if (hh === undefined || mm === undefined || (sign !== 0x2b && sign !== 0x2d)) fail('Z07:00', hold);
    offset = (hh! * 60 + mm!) * 60 * (sign === 0x2d ? -1 : 1);
  }
  if (p < end) fail('', p, `: extra text: ${quote(b, p)}`);
  if (day! < 1 || day! > daysIn(month!, year)) fail('', p, ': day out of range');

  let text = `${pad(year, 4)}-${pad(month!, 2)}-${pad(day!, 2)}T${pad(hour!, 2)}:${pad(min!, 2)}:${pad(sec!, 2)}`;
  if (nsec !== 0) text += '.' + pad(nsec, 9).replace(/0+$/, '');
  if (offset === 0) return text + 'Z';
  const zone = Math.abs(offset) / 60;
  return `${text}${offset < 0 ? '-' : '+'}${pad(Math.floor(zone / 60), 2)}:${pad(zone % 60, 2)}`;
}

/**
 * (*time.Time).UnmarshalJSON on a JSON value's raw text (a Go string, escapes untouched).
 * Returns the new value as RFC3339Nano text, `current` for `null`; throws MethodError.
 */
export function unmarshalTimeJSON(raw: string, current: string): string {
  if (raw === 'null') return current;
  if (raw.length < 2 || raw.charCodeAt(0) !== 0x22 || raw.charCodeAt(raw.length - 1) !== 0x22) {
    throw new MethodError('Time.UnmarshalJSON: input is not a JSON string');
  }
  const b = encodeGoString(raw.slice(1, -1));
  try {
    return parseRFC3339(b);
  } catch (e) {
    if (!(e instanceof ParseFailure)) throw e;
    const value = quote(b);
    if (e.message !== '') throw new MethodError(`parsing time ${value}${e.message}`);
    throw new MethodError(
      `parsing time ${value} as "${RFC3339}": cannot parse ${quote(b, e.valueAt)} as "${e.layoutElem}"`,
    );
  }
}
