// Go 1.23's fmt.Sprintf / Sprint / Sprintln over the engine's Go values (value.ts), byte for byte.
//
// The printer keeps Go's structure (pp.printArg / pp.printValue / pp.badVerb and the `fmt` flag
// state) because fmt's corner cases live in how that state flows: badVerb reprints with the current
// flags, %v width applies to every element of a slice or map, `%!w(...)` reports whatever
// value was last seen, and so on. Argument conventions:
//
//   - an Iface is what Go's `any` conversion would hold: it is unwrapped before formatting;
//   - null is a nil interface (`<nil>`); inside a typed slot (a `[]int`/`map[..]..`/func element) it
//     is that type's nil value;
//   - undefined is the invalid reflect.Value (Go prints `<invalid reflect.Value>`; the engine turns
//     a missing value into nil before calling a function, as Go's evalArg does);
//   - strings follow utf8.ts (invalid UTF-8 bytes are escaped lone surrogates).
//
// Pointer-like values (funcs; also slices and maps under %p) have no address here: they print as
// a made-up address, stable per object and increasing in the order first printed, from 0xc000010000.
import { formatFloat, type FloatFormat } from './fmt-float.js';
import { canBackquote, isPrint, quote, quoteRune, quoteRuneToASCII, quoteToASCII } from './quote.js';
import { compareGoStrings, fromGoBytes, goBytes } from './utf8.js';
import { GoComplex, GoFloat, GoFunc, GoInt, GoMap, GoSlice, Iface, typeOf, type GoType, type Value } from './value.js';

// Module-local bindings for the classes and helpers used on hot paths: bundlers and test runners
// compile imported names to getter calls on every use.
const IfaceClass = Iface;
const GoIntClass = GoInt;
const GoFloatClass = GoFloat;
const GoComplexClass = GoComplex;
const GoSliceClass = GoSlice;
const typeOfValue = typeOf;
const goFormatFloat = formatFloat;

export { formatFloat, type FloatFormat } from './fmt-float.js';
export { quote } from './quote.js';

/** fmt.Sprintf(format, args...). */
export function sprintf(format: string, args: readonly Value[]): string {
  if (args.length === 0 && format.indexOf('%') < 0) return format;
  const p = newPrinter();
  p.doPrintf(format, args);
  return p.done();
}

/** fmt.Sprint(args...): operands in their default format, a space between two non-strings. */
export function sprint(args: readonly Value[]): string {
  if (args.length === 1 && typeof args[0] === 'string') return args[0];
  const p = newPrinter();
  p.doPrint(args);
  return p.done();
}

/** fmt.Sprintln(args...): operands in their default format, space-separated, then a newline. */
export function sprintln(args: readonly Value[]): string {
  const p = newPrinter();
  p.doPrintln(args);
  return p.done();
}

// ---- characters, as code points ----
const C_PERCENT = 0x25, C_HASH = 0x23, C_ZERO = 0x30, C_PLUS = 0x2b, C_MINUS = 0x2d, C_SPACE = 0x20;
const C_STAR = 0x2a, C_DOT = 0x2e, C_LBRACK = 0x5b, C_RBRACK = 0x5d;
// Verbs.
const V_b = 0x62, V_c = 0x63, V_d = 0x64, V_e = 0x65, V_E = 0x45, V_f = 0x66, V_F = 0x46, V_g = 0x67, V_G = 0x47;
const V_o = 0x6f, V_O = 0x4f, V_p = 0x70, V_q = 0x71, V_s = 0x73, V_t = 0x74, V_T = 0x54, V_U = 0x55, V_v = 0x76;
const V_w = 0x77, V_x = 0x78, V_X = 0x58;

/** A reflect.Value: a static type and the value in it. For an interface type, v is the dynamic value
 * inside (null when the interface is nil). For a slice/map/func type, null is that type's nil. */
interface RValue {
  readonly t: GoType;
  readonly v: Value;
}

function unwrap(v: Value): Value {
  if (typeof v !== 'object' || v === null) return v;
  while (v instanceof IfaceClass) v = v.v;
  return v;
}

/** reflect.TypeOf(arg).String() for a non-nil argument (undefined is a reflect.Value). */
function typeString(arg: Value): string {
  return arg === undefined ? 'reflect.Value' : typeOfValue(arg)!.name;
}

/** The reflect.Value of an element held in a slot of static type t. */
function slotValue(t: GoType, x: Value): RValue {
  if (t.kind === 'interface') return { t, v: unwrap(x) ?? null };
  x = unwrap(x);
  if (x === null || x === undefined) return { t, v: null };
  return { t: typeOfValue(x) ?? t, v: x };
}

function isUnsigned(t: GoType): boolean {
  switch (t.kind) {
    case 'uint':
    case 'uint8':
    case 'uint16':
    case 'uint32':
    case 'uint64':
    case 'uintptr':
      return true;
  }
  return false;
}

const TWO64 = 1n << 64n;
/** Go's uint64(x) of an integer. */
function toUint64(v: bigint): bigint {
  return v < 0n || v >= TWO64 ? BigInt.asUintN(64, v) : v;
}

function runeCount(s: string): number {
  let n = s.length;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        n--;
        i++;
      }
    }
  }
  return n;
}

/** The rune at s[i] as Go's utf8.DecodeRuneInString sees it, and its length in UTF-16 units. */
function runeAt(s: string, i: number): [number, number] {
  const c = s.charCodeAt(i);
  if (c < 0xd800 || c > 0xdfff) return [c, 1];
  if (c <= 0xdbff && i + 1 < s.length) {
    const d = s.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return [0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00), 2];
  }
  return [0xfffd, 1];
}

function bytesOf(s: GoSlice | null): Uint8Array {
  if (s === null) return new Uint8Array(0);
  const out = new Uint8Array(s.items.length);
  for (let i = 0; i < out.length; i++) {
    const x = unwrap(s.items[i]);
    out[i] = x instanceof GoIntClass ? Number(BigInt.asUintN(8, x.v)) : 0;
  }
  return out;
}

// Made-up addresses for values Go would print as pointers.
const addresses = new WeakMap<object, bigint>();
let nextAddress = 0xc000010000n;
function addressOf(v: Value): bigint {
  if (v === null || typeof v !== 'object') return 0n;
  if (v instanceof GoFunc && v.impl === null) return 0n; // a nil func
  let a = addresses.get(v);
  if (a === undefined) {
    a = nextAddress;
    nextAddress += 0x10n;
    addresses.set(v, a);
  }
  return a;
}

let freePrinter: Printer | null = null;
function newPrinter(): Printer {
  const p = freePrinter ?? new Printer();
  freePrinter = null;
  p.clearflags();
  return p;
}

class Printer {
  buf = '';
  // fmt's flags
  wid = 0;
  prec = 0;
  widPresent = false;
  precPresent = false;
  minus = false;
  plus = false;
  sharp = false;
  space = false;
  zero = false;
  plusV = false;
  sharpV = false;
  /** pp.arg: the current operand as an `any` (null is nil). */
  arg: Value = null;
  /** pp.value: the current reflect.Value (null is the invalid Value). */
  value: RValue | null = null;
  erroring = false;
  reordered = false;
  goodArgNum = true;

  done(): string {
    const s = this.buf;
    this.buf = '';
    this.arg = null;
    this.value = null;
    freePrinter = this;
    return s;
  }

  clearflags(): void {
    this.wid = 0;
    this.prec = 0;
    this.widPresent = this.precPresent = false;
    this.minus = this.plus = this.sharp = this.space = this.zero = false;
    this.plusV = this.sharpV = false;
  }

  // ---- fmt: padding and the basic formatters ----

  writePadding(n: number): void {
    if (n <= 0) return;
    this.buf += (this.zero && !this.minus ? '0' : ' ').repeat(n);
  }

  /** fmt.pad / fmt.padString: s padded to the width, counted in runes. */
  pad(s: string): void {
    if (!this.widPresent || this.wid === 0) {
      this.buf += s;
      return;
    }
    const width = this.wid - runeCount(s);
    if (!this.minus) {
      this.writePadding(width);
      this.buf += s;
    } else {
      this.buf += s;
      this.writePadding(width);
    }
  }

  /** pad with the zero flag off (numbers do their own zero padding). */
  padNoZero(s: string): void {
    const z = this.zero;
    this.zero = false;
    this.pad(s);
    this.zero = z;
  }

  truncateString(s: string): string {
    if (this.precPresent) {
      let n = this.prec;
      for (let i = 0; i < s.length; ) {
        if (--n < 0) return s.slice(0, i);
        const c = s.charCodeAt(i);
        i += c >= 0xd800 && c <= 0xdbff && i + 1 < s.length && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00 ? 2 : 1;
      }
    }
    return s;
  }

  fmtS(s: string): void {
    this.pad(this.truncateString(s));
  }

  /** fmt.fmtSbx: the bytes in hex, optionally 0x-prefixed and space-separated. */
  fmtSbx(b: Uint8Array, upper: boolean): void {
    let length = b.length;
    if (this.precPresent && this.prec < length) length = this.prec;
    let width = 2 * length;
    if (width > 0) {
      if (this.space) {
        if (this.sharp) width *= 2;
        width += length - 1;
      } else if (this.sharp) {
        width += 2;
      }
    } else {
      if (this.widPresent) this.writePadding(this.wid);
      return;
    }
    if (this.widPresent && this.wid > width && !this.minus) this.writePadding(this.wid - width);
    const digits = upper ? '0123456789ABCDEF' : '0123456789abcdef';
    const prefix = upper ? '0X' : '0x';
    let out = this.sharp ? prefix : '';
    for (let i = 0; i < length; i++) {
      if (this.space && i > 0) {
        out += ' ';
        if (this.sharp) out += prefix;
      }
      const c = b[i]!;
      out += digits[c >> 4]! + digits[c & 15]!;
    }
    this.buf += out;
    if (this.widPresent && this.wid > width && this.minus) this.writePadding(this.wid - width);
  }

  fmtQ(s: string): void {
    s = this.truncateString(s);
    if (this.sharp && canBackquote(s)) this.pad('`' + s + '`');
    else this.pad(this.plus ? quoteToASCII(s) : quote(s));
  }

  /** fmt.fmtInteger: u's magnitude in a base, with precision, zero padding, prefixes and sign. */
  fmtIntegerRaw(v: bigint, base: number, isSigned: boolean, verb: number, upper: boolean): void {
    if (base === 10 && !this.widPresent && !this.precPresent && !this.plus && !this.space && (isSigned || v >= 0n)) {
      this.buf += v.toString();
      return;
    }
    const negative = isSigned && v < 0n;
    const u = negative ? -v : toUint64(v);
    let prec = 0;
    if (this.precPresent) {
      prec = this.prec;
      // Precision 0 and value 0 means "print nothing" but padding.
      if (prec === 0 && u === 0n) {
        const z = this.zero;
        this.zero = false;
        this.writePadding(this.wid);
        this.zero = z;
        return;
      }
    } else if (this.zero && !this.minus && this.widPresent) {
      prec = this.wid;
      if (negative || this.plus || this.space) prec--; // leave room for the sign
    }
    let s = u.toString(base);
    if (upper) s = s.toUpperCase();
    if (s.length < prec) s = '0'.repeat(prec - s.length) + s;
    if (this.sharp) {
      if (base === 2) s = '0b' + s;
      else if (base === 8) {
        if (s.charCodeAt(0) !== C_ZERO) s = '0' + s;
      } else if (base === 16) s = (upper ? '0X' : '0x') + s;
    }
    if (verb === V_O) s = '0o' + s;
    if (negative) s = '-' + s;
    else if (this.plus) s = '+' + s;
    else if (this.space) s = ' ' + s;
    this.padNoZero(s);
  }

  /** fmt.fmtUnicode: U+0078, or with # U+0078 'x'. */
  fmtUnicode(u: bigint): void {
    let prec = 4;
    if (this.precPresent && this.prec > 4) prec = this.prec;
    let s = u.toString(16).toUpperCase();
    if (s.length < prec) s = '0'.repeat(prec - s.length) + s;
    s = 'U+' + s;
    if (this.sharp && u <= 0x10ffffn && isPrint(Number(u))) s += " '" + String.fromCodePoint(Number(u)) + "'";
    this.padNoZero(s);
  }

  /** The rune for %c/%q of an integer: RuneError when out of range (or a surrogate). */
  static rune(c: bigint): number {
    if (c > 0x10ffffn) return 0xfffd;
    const r = Number(c);
    return r >= 0xd800 && r <= 0xdfff ? 0xfffd : r;
  }

  /** fmt.fmtFloat: strconv's digits plus sign, # and zero-padding handling. */
  fmtFloatRaw(v: number, size: 32 | 64, verb: FloatFormat, prec: number): void {
    if (this.precPresent) prec = this.prec;
    let num = goFormatFloat(v, verb, prec, size);
    if (!this.widPresent && !this.plus && !this.space && !this.sharp) {
      // The common case: nothing to add but the text itself (+Inf keeps its sign, NaN has none).
      this.buf += num;
      return;
    }
    let c = num.charCodeAt(0);
    if (c !== C_MINUS && c !== C_PLUS) num = '+' + num;
    if (this.space && num.charCodeAt(0) === C_PLUS && !this.plus) num = ' ' + num.slice(1);
    // Infinities and NaN don't look like numbers: no zero padding.
    c = num.charCodeAt(1);
    if (c === 0x49 /* I */ || c === 0x4e /* N */) {
      if (c === 0x4e && !this.space && !this.plus) num = num.slice(1);
      this.padNoZero(num);
      return;
    }
    // # forces a decimal point and keeps trailing zeros (for %g, up to the precision).
    if (this.sharp && verb !== 'b') {
      let digits = 0;
      if (verb === 'g' || verb === 'G' || verb === 'x') digits = prec === -1 ? 6 : prec;
      let tail = '';
      let hasDecimalPoint = false;
      let sawNonzeroDigit = false;
      for (let i = 1; i < num.length; i++) {
        const ch = num[i]!;
        if (ch === '.') {
          hasDecimalPoint = true;
        } else if (ch === 'p' || ch === 'P' || ((ch === 'e' || ch === 'E') && verb !== 'x' && verb !== 'X')) {
          tail += num.slice(i);
          num = num.slice(0, i);
        } else {
          if (ch !== '0') sawNonzeroDigit = true;
          if (sawNonzeroDigit) digits--;
        }
      }
      if (!hasDecimalPoint) {
        if (num.length === 2 && num[1] === '0') digits--; // a lone leading 0 counts once
        num += '.';
      }
      if (digits > 0) num += '0'.repeat(digits);
      num += tail;
    }
    if (this.plus || num.charCodeAt(0) !== C_PLUS) {
      // Zero padding goes between the sign and the digits.
      if (this.zero && !this.minus && this.widPresent && this.wid > num.length) {
        this.buf += num[0];
        this.writePadding(this.wid - num.length);
        this.buf += num.slice(1);
        return;
      }
      this.pad(num);
      return;
    }
    this.pad(num.slice(1));
  }

  // ---- pp: operands by kind ----

  badVerb(verb: number): void {
    this.erroring = true;
    this.buf += '%!' + String.fromCodePoint(verb) + '(';
    if (this.arg !== null) {
      this.buf += typeString(this.arg) + '=';
      this.printArg(this.arg, V_v);
    } else if (this.value !== null) {
      this.buf += this.value.t.name + '=';
      this.printValue(this.value, V_v, 0);
    } else {
      this.buf += '<nil>';
    }
    this.buf += ')';
    this.erroring = false;
  }

  fmtBool(v: boolean, verb: number): void {
    if (verb === V_t || verb === V_v) this.pad(v ? 'true' : 'false');
    else this.badVerb(verb);
  }

  /** Hex with (or without) a 0x prefix, as %#v prints unsigned integers and pointers. */
  fmt0x64(u: bigint, leading0x: boolean): void {
    const sharp = this.sharp;
    this.sharp = leading0x;
    this.fmtIntegerRaw(u, 16, false, V_v, false);
    this.sharp = sharp;
  }

  fmtInteger(v: bigint, isSigned: boolean, verb: number): void {
    switch (verb) {
      case V_v:
        if (this.sharpV && !isSigned) this.fmt0x64(v, true);
        else this.fmtIntegerRaw(v, 10, isSigned, verb, false);
        return;
      case V_d:
        return this.fmtIntegerRaw(v, 10, isSigned, verb, false);
      case V_b:
        return this.fmtIntegerRaw(v, 2, isSigned, verb, false);
      case V_o:
      case V_O:
        return this.fmtIntegerRaw(v, 8, isSigned, verb, false);
      case V_x:
        return this.fmtIntegerRaw(v, 16, isSigned, verb, false);
      case V_X:
        return this.fmtIntegerRaw(v, 16, isSigned, verb, true);
      case V_c:
        return this.pad(String.fromCodePoint(Printer.rune(toUint64(v))));
      case V_q: {
        const r = Printer.rune(toUint64(v));
        return this.pad(this.plus ? quoteRuneToASCII(r) : quoteRune(r));
      }
      case V_U:
        return this.fmtUnicode(toUint64(v));
      default:
        this.badVerb(verb);
    }
  }

  fmtFloat(v: number, size: 32 | 64, verb: number): void {
    switch (verb) {
      case V_v:
        return this.fmtFloatRaw(v, size, 'g', -1);
      case V_b:
      case V_g:
      case V_G:
      case V_x:
      case V_X:
        return this.fmtFloatRaw(v, size, String.fromCharCode(verb) as FloatFormat, -1);
      case V_f:
      case V_e:
      case V_E:
        return this.fmtFloatRaw(v, size, String.fromCharCode(verb) as FloatFormat, 6);
      case V_F:
        return this.fmtFloatRaw(v, size, 'f', 6);
      default:
        this.badVerb(verb);
    }
  }

  fmtComplex(re: number, im: number, size: 64 | 128, verb: number): void {
    switch (verb) {
      case V_v:
      case V_b:
      case V_g:
      case V_G:
      case V_x:
      case V_X:
      case V_f:
      case V_F:
      case V_e:
      case V_E: {
        const half = size === 64 ? 32 : 64;
        const oldPlus = this.plus;
        this.buf += '(';
        this.fmtFloat(re, half, verb);
        this.plus = true; // the imaginary part always has a sign
        this.fmtFloat(im, half, verb);
        this.buf += 'i)';
        this.plus = oldPlus;
        return;
      }
      default:
        this.badVerb(verb);
    }
  }

  fmtString(v: string, verb: number): void {
    switch (verb) {
      case V_v:
        if (this.sharpV) this.fmtQ(v);
        else this.fmtS(v);
        return;
      case V_s:
        return this.fmtS(v);
      case V_x:
        return this.fmtSbx(goBytes(v), false);
      case V_X:
        return this.fmtSbx(goBytes(v), true);
      case V_q:
        return this.fmtQ(v);
      default:
        this.badVerb(verb);
    }
  }

  /** pp.fmtBytes: a []byte (or [N]byte under %s %q %x %X). */
  fmtBytes(v: GoSlice | null, verb: number, typeString: string): void {
    switch (verb) {
      case V_v:
      case V_d: {
        const b = bytesOf(v);
        if (this.sharpV) {
          this.buf += typeString;
          if (v === null) {
            this.buf += '(nil)';
            return;
          }
          this.buf += '{';
          for (let i = 0; i < b.length; i++) {
            if (i > 0) this.buf += ', ';
            this.fmt0x64(BigInt(b[i]!), true);
          }
          this.buf += '}';
        } else {
          this.buf += '[';
          for (let i = 0; i < b.length; i++) {
            if (i > 0) this.buf += ' ';
            this.fmtIntegerRaw(BigInt(b[i]!), 10, false, verb, false);
          }
          this.buf += ']';
        }
        return;
      }
      case V_s:
        return this.fmtS(fromGoBytes(bytesOf(v)));
      case V_x:
        return this.fmtSbx(bytesOf(v), false);
      case V_X:
        return this.fmtSbx(bytesOf(v), true);
      case V_q:
        return this.fmtQ(fromGoBytes(bytesOf(v)));
      default:
        this.printValue(v === null ? null : { t: v.type, v }, verb, 0);
    }
  }

  fmtPointer(t: GoType | undefined, v: Value, verb: number): void {
    const kind = t?.kind;
    if (t === undefined || (kind !== 'func' && kind !== 'map' && kind !== 'slice')) {
      this.badVerb(verb);
      return;
    }
    const u = addressOf(v);
    switch (verb) {
      case V_v:
        if (this.sharpV) {
          this.buf += '(' + t.name + ')(';
          if (u === 0n) this.buf += 'nil';
          else this.fmt0x64(u, true);
          this.buf += ')';
        } else if (u === 0n) {
          this.pad('<nil>');
        } else {
          this.fmt0x64(u, !this.sharp);
        }
        return;
      case V_p:
        return this.fmt0x64(u, !this.sharp);
      case V_b:
      case V_o:
      case V_d:
      case V_x:
      case V_X:
        return this.fmtInteger(u, false, verb);
      default:
        this.badVerb(verb);
    }
  }

  /** pp.handleMethods: our values have no String/Error/Format methods, so only %w matters. */
  handleMethods(verb: number): boolean {
    if (this.erroring) return false;
    if (verb === V_w) {
      // Sprintf does not wrap errors, and none of our values is an error.
      this.badVerb(verb);
      return true;
    }
    return false;
  }

  /** A concrete scalar (string, bool, number) by its kind; false if arg is not one. */
  printScalar(arg: Value, verb: number): boolean {
    switch (typeof arg) {
      case 'string':
        this.fmtString(arg, verb);
        return true;
      case 'boolean':
        this.fmtBool(arg, verb);
        return true;
    }
    if (arg instanceof GoIntClass) {
      this.fmtInteger(arg.v, !isUnsigned(arg.type), verb);
    } else if (arg instanceof GoFloatClass) {
      if (arg.type.kind === 'float32') this.fmtFloat(Math.fround(arg.v), 32, verb);
      else this.fmtFloat(arg.v, 64, verb);
    } else if (arg instanceof GoComplexClass) {
      if (arg.type.kind === 'complex64') this.fmtComplex(Math.fround(arg.re), Math.fround(arg.im), 64, verb);
      else this.fmtComplex(arg.re, arg.im, 128, verb);
    } else {
      return false;
    }
    return true;
  }

  printArg(arg: Value, verb: number): void {
    arg = unwrap(arg);
    this.arg = arg;
    this.value = null;
    if (arg === null) {
      if (verb === V_T || verb === V_v) this.pad('<nil>');
      else this.badVerb(verb);
      return;
    }
    if (verb === V_T) {
      this.fmtS(typeString(arg));
      return;
    }
    if (verb === V_p) {
      this.fmtPointer(arg === undefined ? undefined : typeOfValue(arg), arg, V_p);
      return;
    }
    if (arg === undefined) {
      // A reflect.Value argument; the invalid one prints as such whatever the verb.
      this.printValue(null, verb, 0);
      return;
    }
    if (this.printScalar(arg, verb)) return;
    if (arg instanceof GoSliceClass && arg.type.kind === 'slice' && arg.type.elem!.kind === 'uint8') {
      this.fmtBytes(arg, verb, '[]byte');
      return;
    }
    if (!this.handleMethods(verb)) this.printValue({ t: typeOfValue(arg)!, v: arg }, verb, 0);
  }

  /** pp.printValue: a value reached by reflection (depth > 0 inside a slice or map). */
  printValue(value: RValue | null, verb: number, depth: number): void {
    if (depth > 0 && value !== null) {
      this.arg = value.v;
      if (this.handleMethods(verb)) return;
    }
    this.arg = null;
    this.value = value;
    if (value === null) {
      if (depth === 0) this.buf += '<invalid reflect.Value>';
      else if (verb === V_v) this.buf += '<nil>';
      else this.badVerb(verb);
      return;
    }
    const t = value.t;
    const v = value.v;
    switch (t.kind) {
      case 'interface':
        if (v === null || v === undefined) {
          this.buf += this.sharpV ? t.name + '(nil)' : '<nil>';
        } else {
          this.printValue({ t: typeOfValue(v)!, v }, verb, depth + 1);
        }
        return;
      case 'map':
        return this.printMap(t, v as GoMap | null, verb, depth);
      case 'slice':
      case 'array':
        return this.printSlice(t, v as GoSlice | null, verb, depth);
      case 'func':
        return this.fmtPointer(t, v, verb);
    }
    if (!this.printScalar(v, verb)) this.buf += '?' + t.name + '?'; // pp.unknownType
  }

  printSlice(t: GoType, s: GoSlice | null, verb: number, depth: number): void {
    if ((verb === V_s || verb === V_q || verb === V_x || verb === V_X) && t.elem!.kind === 'uint8') {
      this.fmtBytes(s, verb, t.name);
      return;
    }
    const items = s === null ? [] : s.items;
    const elem = t.elem!;
    if (this.sharpV) {
      this.buf += t.name;
      if (s === null && t.kind === 'slice') {
        this.buf += '(nil)';
        return;
      }
      this.buf += '{';
      for (let i = 0; i < items.length; i++) {
        if (i > 0) this.buf += ', ';
        this.printValue(slotValue(elem, items[i]), verb, depth + 1);
      }
      this.buf += '}';
    } else {
      this.buf += '[';
      for (let i = 0; i < items.length; i++) {
        if (i > 0) this.buf += ' ';
        this.printValue(slotValue(elem, items[i]), verb, depth + 1);
      }
      this.buf += ']';
    }
  }

  printMap(t: GoType, m: GoMap | null, verb: number, depth: number): void {
    if (this.sharpV) {
      this.buf += t.name;
      if (m === null) {
        this.buf += '(nil)';
        return;
      }
      this.buf += '{';
    } else {
      this.buf += 'map[';
    }
    if (m !== null) {
      const sorted = sortMap(t, m);
      for (let i = 0; i < sorted.length; i++) {
        if (i > 0) this.buf += this.sharpV ? ', ' : ' ';
        this.printValue(sorted[i]!.key, verb, depth + 1);
        this.buf += ':';
        this.printValue(sorted[i]!.value, verb, depth + 1);
      }
    }
    this.buf += this.sharpV ? '}' : ']';
  }

  // ---- the three entry points ----

  doPrint(a: readonly Value[]): void {
    let prevString = false;
    for (let i = 0; i < a.length; i++) {
      const arg = unwrap(a[i]);
      const isString = typeof arg === 'string';
      // A space between two operands when neither is a string.
      if (i > 0 && !isString && !prevString) this.buf += ' ';
      this.printArg(arg, V_v);
      prevString = isString;
    }
  }

  doPrintln(a: readonly Value[]): void {
    for (let i = 0; i < a.length; i++) {
      if (i > 0) this.buf += ' ';
      this.printArg(a[i], V_v);
    }
    this.buf += '\n';
  }

  doPrintf(format: string, a: readonly Value[]): void {
    const end = format.length;
    let argNum = 0;
    let afterIndex = false; // the previous item was an index like [3]
    this.reordered = false;
    let i = 0;
    formatLoop: while (i < end) {
      this.goodArgNum = true;
      const lasti = i;
      i = format.indexOf('%', i);
      if (i < 0) i = end;
      if (i > lasti) this.buf += format.slice(lasti, i);
      if (i >= end) break;
      i++; // skip %
      this.clearflags();
      simpleFormat: for (; i < end; i++) {
        const c = format.charCodeAt(i);
        switch (c) {
          case C_HASH:
            this.sharp = true;
            break;
          case C_ZERO:
            this.zero = true;
            break;
          case C_PLUS:
            this.plus = true;
            break;
          case C_MINUS:
            this.minus = true;
            break;
          case C_SPACE:
            this.space = true;
            break;
          default:
            // Fast path: a lower-case verb right after the flags.
            if (c >= 0x61 && c <= 0x7a && argNum < a.length) {
              if (c === V_v || c === V_w) {
                this.sharpV = this.sharp;
                this.sharp = false;
                this.plusV = this.plus;
                this.plus = false;
              }
              this.printArg(a[argNum], c);
              argNum++;
              i++;
              continue formatLoop;
            }
            break simpleFormat;
        }
      }

      // An explicit argument index? (The calls that return tuples are kept off the common path.)
      if (format.charCodeAt(i) === C_LBRACK) [argNum, i, afterIndex] = this.argNumber(argNum, format, i, a.length);
      else afterIndex = false;

      // Width.
      if (i < end && format.charCodeAt(i) === C_STAR) {
        i++;
        [this.wid, this.widPresent, argNum] = intFromArg(a, argNum);
        if (!this.widPresent) this.buf += '%!(BADWIDTH)';
        if (this.wid < 0) {
          this.wid = -this.wid;
          this.minus = true;
          this.zero = false; // no zero padding to the right
        }
        afterIndex = false;
      } else if (isDigit(format.charCodeAt(i))) {
        [this.wid, this.widPresent, i] = parsenum(format, i, end);
        if (afterIndex && this.widPresent) this.goodArgNum = false; // "%[3]2d"
      }

      // Precision.
      if (i + 1 < end && format.charCodeAt(i) === C_DOT) {
        i++;
        if (afterIndex) this.goodArgNum = false; // "%[3].2d"
        if (format.charCodeAt(i) === C_LBRACK) [argNum, i, afterIndex] = this.argNumber(argNum, format, i, a.length);
        else afterIndex = false;
        if (i < end && format.charCodeAt(i) === C_STAR) {
          i++;
          [this.prec, this.precPresent, argNum] = intFromArg(a, argNum);
          if (this.prec < 0) {
            this.prec = 0;
            this.precPresent = false;
          }
          if (!this.precPresent) this.buf += '%!(BADPREC)';
          afterIndex = false;
        } else {
          if (isDigit(format.charCodeAt(i))) [this.prec, this.precPresent, i] = parsenum(format, i, end);
          if (!this.precPresent) {
            this.prec = 0;
            this.precPresent = true;
          }
        }
      }

      if (!afterIndex && format.charCodeAt(i) === C_LBRACK) {
        [argNum, i, afterIndex] = this.argNumber(argNum, format, i, a.length);
      }

      if (i >= end) {
        this.buf += '%!(NOVERB)';
        break;
      }

      let verb = format.charCodeAt(i);
      if (verb >= 0xd800 && verb <= 0xdfff) {
        const [r, size] = runeAt(format, i);
        verb = r;
        i += size;
      } else {
        i++;
      }

      if (verb === C_PERCENT) {
        this.buf += '%'; // takes no operand and ignores width and precision
      } else if (!this.goodArgNum) {
        this.buf += '%!' + String.fromCodePoint(verb) + '(BADINDEX)';
      } else if (argNum >= a.length) {
        this.buf += '%!' + String.fromCodePoint(verb) + '(MISSING)';
      } else {
        if (verb === V_v || verb === V_w) {
          this.sharpV = this.sharp;
          this.sharp = false;
          this.plusV = this.plus;
          this.plus = false;
        }
        this.printArg(a[argNum], verb);
        argNum++;
      }
    }

    // Extra operands, unless the format reordered them.
    if (!this.reordered && argNum < a.length) {
      this.clearflags();
      this.buf += '%!(EXTRA ';
      for (let k = argNum; k < a.length; k++) {
        if (k > argNum) this.buf += ', ';
        const arg = unwrap(a[k]);
        if (arg === null) {
          this.buf += '<nil>';
        } else {
          this.buf += typeString(arg) + '=';
          this.printArg(arg, V_v);
        }
      }
      this.buf += ')';
    }
  }

  /** pp.argNumber: an explicit [n] index at format[i], if any. */
  argNumber(argNum: number, format: string, i: number, numArgs: number): [number, number, boolean] {
    if (i >= format.length || format.charCodeAt(i) !== C_LBRACK) return [argNum, i, false];
    this.reordered = true;
    const [index, wid, ok] = parseArgNumber(format, i);
    if (ok && index >= 0 && index < numArgs) return [index, i + wid, true];
    this.goodArgNum = false;
    return [argNum, i + wid, ok];
  }
}

function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

function tooLarge(x: number): boolean {
  return x > 1e6 || x < -1e6;
}

/** fmt.parsenum: a decimal number in format[start:end]; [num, isnum, newi]. */
function parsenum(s: string, start: number, end: number): [number, boolean, number] {
  if (start >= end) return [0, false, end];
  let num = 0;
  let isnum = false;
  let i = start;
  for (; i < end; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x30 || c > 0x39) break;
    if (tooLarge(num)) return [0, false, end]; // overflow: a crazy long number
    num = num * 10 + (c - 0x30);
    isnum = true;
  }
  return [num, isnum, i];
}

/** fmt.parseArgNumber on format[at:], which starts with '['; [index, width consumed, ok]. */
function parseArgNumber(format: string, at: number): [number, number, boolean] {
  const len = format.length - at;
  if (len < 3) return [0, 1, false];
  for (let i = 1; i < len; i++) {
    if (format.charCodeAt(at + i) === C_RBRACK) {
      const [width, ok, newi] = parsenum(format, at + 1, at + i);
      if (!ok || newi !== at + i) return [0, i + 1, false];
      return [width - 1, i + 1, true];
    }
  }
  return [0, 1, false];
}

/** fmt.intFromArg: an integer operand for '*'; [num, isInt, newArgNum]. */
function intFromArg(a: readonly Value[], argNum: number): [number, boolean, number] {
  if (argNum >= a.length) return [0, false, argNum];
  const x = unwrap(a[argNum]);
  // Any integer that fits in an int (an unsigned one must not look negative), within ±1e6.
  if (x instanceof GoIntClass && x.v >= -1_000_000n && x.v <= 1_000_000n) return [Number(x.v), true, argNum + 1];
  return [0, false, argNum + 1];
}

// ---- internal/fmtsort ----

interface KeyValue {
  key: RValue;
  value: RValue;
}

function sortMap(t: GoType, m: GoMap): KeyValue[] {
  const out: KeyValue[] = [];
  for (const e of m.entries.values()) out.push({ key: slotValue(t.key!, e.key), value: slotValue(t.elem!, e.value) });
  if (out.length > 1) out.sort((a, b) => compare(a.key, b.key));
  return out;
}

function cmpNum(a: number | bigint, b: number | bigint): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** cmp.Compare on floats: NaN sorts first and equals NaN; -0 equals 0. */
function cmpFloat(a: number, b: number): number {
  const an = a !== a;
  const bn = b !== b;
  if (an || bn) return an && bn ? 0 : an ? -1 : 1;
  return cmpNum(a, b);
}

/**
 * The order of dynamic types among interface-typed keys. Go compares the addresses of the type
 * descriptors; for the predeclared types that is this order (Go 1.23, linux/amd64, observed).
 * Composite types come after, by name (not Go's order, which depends on the binary).
 */
const TYPE_RANK: Record<string, number> = {
  string: 0, int8: 1, uint8: 2, int16: 3, uint16: 4, int32: 5, uint32: 6, int64: 7, uint64: 8,
  int: 9, uint: 10, uintptr: 11, complex64: 12, complex128: 13, float32: 14, float64: 15, bool: 16,
};

function compareTypes(a: GoType, b: GoType): number {
  if (a === b || a.name === b.name) return 0;
  const ra = TYPE_RANK[a.name] ?? 100;
  const rb = TYPE_RANK[b.name] ?? 100;
  if (ra !== rb) return ra - rb;
  return a.name < b.name ? -1 : 1;
}

/** fmtsort.compare. */
function compare(a: RValue, b: RValue): number {
  if (a.t !== b.t && a.t.name !== b.t.name) return -1; // no good answer possible, but not equal
  const x = a.v;
  const y = b.v;
  switch (a.t.kind) {
    case 'string':
      return compareGoStrings(x as string, y as string);
    case 'bool':
      return x === y ? 0 : x ? 1 : -1;
    case 'float32':
    case 'float64':
      return cmpFloat((x as GoFloat).v, (y as GoFloat).v);
    case 'complex64':
    case 'complex128':
      return cmpFloat((x as GoComplex).re, (y as GoComplex).re) || cmpFloat((x as GoComplex).im, (y as GoComplex).im);
    case 'array': {
      const xs = (x as GoSlice).items;
      const ys = (y as GoSlice).items;
      for (let i = 0; i < xs.length; i++) {
        const c = compare(slotValue(a.t.elem!, xs[i]), slotValue(b.t.elem!, ys[i]));
        if (c !== 0) return c;
      }
      return 0;
    }
    case 'interface': {
      if (x === null || y === null) return x === null ? (y === null ? 0 : -1) : 1;
      const tx = typeOfValue(x)!;
      const ty = typeOfValue(y)!;
      return compareTypes(tx, ty) || compare({ t: tx, v: x }, { t: ty, v: y });
    }
    case 'func':
    case 'map':
    case 'slice':
      return 0; // cannot be map keys
  }
  if (x instanceof GoIntClass && y instanceof GoIntClass) return cmpNum(x.v, y.v);
  return 0;
}
