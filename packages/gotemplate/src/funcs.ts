// The builtin functions (Go's text/template funcs.go): their Go signatures, and the
// implementations of those that are ordinary functions. and, or and call are special forms handled
// by the executor, as in Go.
import { htmlEscape, jsEscape, urlQueryEscape } from './escape.js';
import { sprint, sprintf, sprintln } from './fmt.js';
import {
  assignable, canBeNil, fromSlot, indirect, indirectInterface, isComplexKind, isFloatKind, isIntKind, isNilValue,
  isUintKind, kindOf, staticType, zero,
} from './reflect.js';
import { compareGoStrings, fromGoBytes, goBytes, goLen, isAscii } from './utf8.js';
import {
  GoComplex, GoError, GoFloat, GoFunc, GoInt, GoMap, GoSlice, Iface, T, funcOf, mapKey, sliceOf, type GoType, type Value,
} from './value.js';

const RV = T.reflectValue;
const anyArgs = sliceOf(T.any);
const rvArgs = sliceOf(RV);

function builtin(params: GoType[], results: GoType[], impl: (...args: Value[]) => Value, variadic = false): GoFunc {
  return new GoFunc(funcOf(params, results, variadic), impl);
}

function unreachable(): never {
  throw new Error('unreachable: implemented as a special case in the executor');
}

/** The builtin function table, keyed by name. */
export const BUILTINS: ReadonlyMap<string, GoFunc> = new Map([
  ['and', builtin([RV, rvArgs], [RV], unreachable, true)],
  ['call', builtin([RV, rvArgs], [RV, T.error], unreachable, true)],
  ['html', builtin([anyArgs], [T.string], (...a) => htmlEscape(evalArgs(a)), true)],
  ['index', builtin([RV, rvArgs], [RV, T.error], index, true)],
  ['slice', builtin([RV, rvArgs], [RV, T.error], slice, true)],
  ['js', builtin([anyArgs], [T.string], (...a) => jsEscape(evalArgs(a)), true)],
  ['len', builtin([RV], [T.int, T.error], length)],
  ['not', builtin([RV], [T.bool], (a) => !truth(a))],
  ['or', builtin([RV, rvArgs], [RV], unreachable, true)],
  ['print', builtin([anyArgs], [T.string], (...a) => sprint(a), true)],
  ['printf', builtin([T.string, anyArgs], [T.string], (f, ...a) => sprintf(f as string, a), true)],
  ['println', builtin([anyArgs], [T.string], (...a) => sprintln(a), true)],
  ['urlquery', builtin([anyArgs], [T.string], (...a) => urlQueryEscape(evalArgs(a)), true)],
  ['eq', builtin([RV, rvArgs], [T.bool, T.error], eq, true)],
  ['ge', builtin([RV, RV], [T.bool, T.error], (a, b) => !lt(a, b))],
  ['gt', builtin([RV, RV], [T.bool, T.error], (a, b) => !le(a, b))],
  ['le', builtin([RV, RV], [T.bool, T.error], le)],
  ['lt', builtin([RV, RV], [T.bool, T.error], lt)],
  ['ne', builtin([RV, RV], [T.bool, T.error], (a, b) => !eq(a, b))],
]);

/** goodFunc: Go's rule for a callable function's results, as the error text, or undefined. */
export function badFuncSignature(name: string, typ: GoType): string | undefined {
  const results = typ.results ?? [];
  if (results.length === 1) return undefined;
  if (results.length === 2) {
    return results[1] === T.error ? undefined : `invalid function signature for ${name}: second return value should be error; is ${results[1]!.name}`;
  }
  return `function ${name} has ${results.length} return values; should be 1 or 2`;
}

// ---- truth -----------------------------------------------------------------------------------

/** isTrue: [truth, ok]. */
export function isTrue(v: Value): [boolean, boolean] {
  if (v === undefined || v === null) return [false, true];
  switch (typeof v) {
    case 'string':
      return [v.length > 0, true];
    case 'boolean':
      return [v, true];
  }
  if (v instanceof GoInt) return [v.v !== 0n, true];
  if (v instanceof GoFloat) return [v.v !== 0, true];
  if (v instanceof GoComplex) return [v.re !== 0 || v.im !== 0, true];
  if (v instanceof GoSlice) return [v.items.length > 0, true];
  if (v instanceof GoMap) return [v.size > 0, true];
  if (v instanceof Iface) return [v.v !== null, true];
  if (v instanceof GoFunc) return [v.impl !== null, true];
  return [false, false];
}

export function truth(v: Value): boolean {
  return isTrue(indirectInterface(v))[0];
}

// ---- printing arguments ---------------------------------------------------------------------

/** evalArgs: html/js/urlquery's argument text. */
function evalArgs(args: Value[]): string {
  if (args.length === 1 && typeof args[0] === 'string') return args[0];
  return sprint(args.map((a) => (a === null || a === undefined ? '<no value>' : a)));
}

// ---- index, slice, len -----------------------------------------------------------------------

function indexArg(index: Value, cap: number): number {
  const k = kindOf(index);
  let x: bigint;
  if (isIntKind(k) || isUintKind(k)) x = (index as GoInt).v;
  else if (k === 'invalid') throw new GoError('cannot index slice/array with nil');
  else throw new GoError(`cannot index slice/array with type ${staticType(index)!.name}`);
  if (x < 0n || x > BigInt(cap)) throw new GoError(`index out of range: ${x}`);
  return Number(x);
}

/** prepareArg: convert a value to a parameter or key type, as Go's index and call do. */
export function prepareArg(value: Value, argType: GoType): Value {
  if (value === undefined) {
    if (!canBeNil(argType)) throw new GoError(`value is nil; should be of type ${argType.name}`);
    return zero(argType);
  }
  const t = staticType(value)!;
  if (assignable(t, argType)) return value;
  const k = t.kind;
  if ((isIntKind(k) || isUintKind(k)) && (isIntKind(argType.kind) || isUintKind(argType.kind))) {
    return new GoInt(argType, convertInt((value as GoInt).v, argType));
  }
  throw new GoError(`value has type ${t.name}; should be ${argType.name}`);
}

const INT_BITS: Record<string, number> = {
  int: 64, int8: 8, int16: 16, int32: 32, int64: 64, uint: 64, uint8: 8, uint16: 16, uint32: 32, uint64: 64, uintptr: 64,
};

/** Go's integer conversion: wrap to the target's width and signedness. */
export function convertInt(v: bigint, to: GoType): bigint {
  const bits = INT_BITS[to.kind] ?? 64;
  return isUintKind(to.kind) ? BigInt.asUintN(bits, v) : BigInt.asIntN(bits, v);
}

function index(item: Value, ...indexes: Value[]): Value {
  item = indirectInterface(item);
  if (item === undefined) throw new GoError('index of untyped nil');
  for (let idx of indexes) {
    idx = indirectInterface(idx);
    let isNil: boolean;
    [item, isNil] = indirect(item);
    if (isNil) throw new GoError('index of nil pointer');
    if (typeof item === 'string') {
      const bytes = goBytes(item);
      const x = indexArg(idx, bytes.length);
      if (x >= bytes.length) throw new GoError('reflect: string index out of range');
      item = new GoInt(T.uint8, BigInt(bytes[x]!));
    } else if (item instanceof GoSlice) {
      const x = indexArg(idx, item.items.length);
      if (x >= item.items.length) throw new GoError(`reflect: ${item.type.kind} index out of range`);
      item = fromSlot(item.type.elem!, item.items[x]);
    } else if (item instanceof GoMap) {
      const key = prepareArg(idx, item.type.key!);
      const found = item.entries.get(mapKey(key));
      item = found ? fromSlot(item.type.elem!, found.value) : zero(item.type.elem!);
    } else {
      throw new GoError(`can't index item of type ${staticType(item)!.name}`);
    }
  }
  return item;
}

function slice(item: Value, ...indexes: Value[]): Value {
  item = indirectInterface(item);
  if (item === undefined) throw new GoError('slice of untyped nil');
  if (indexes.length > 3) throw new GoError(`too many slice indexes: ${indexes.length}`);
  let cap: number;
  let len: number;
  if (typeof item === 'string') {
    if (indexes.length === 3) throw new GoError('cannot 3-index slice a string');
    len = cap = goLen(item);
  } else if (item instanceof GoSlice) {
    len = cap = item.items.length;
  } else {
    throw new GoError(`can't slice item of type ${staticType(item)!.name}`);
  }
  const idx = [0, len, 0];
  indexes.forEach((x, i) => {
    idx[i] = indexArg(x, cap);
  });
  if (idx[0]! > idx[1]!) throw new GoError(`invalid slice index: ${idx[0]} > ${idx[1]}`);
  if (indexes.length === 3 && idx[1]! > idx[2]!) throw new GoError(`invalid slice index: ${idx[1]} > ${idx[2]}`);
  if (typeof item === 'string') {
    if (isAscii(item)) return item.slice(idx[0], idx[1]);
    return fromGoBytes(goBytes(item).subarray(idx[0], idx[1]));
  }
  return new GoSlice(item.type.kind === 'array' ? sliceOf(item.type.elem!) : item.type, item.items.slice(idx[0], idx[1]));
}

function length(item: Value): Value {
  const [v, isNil] = indirect(item);
  if (isNil) throw new GoError('len of nil pointer');
  if (typeof v === 'string') return new GoInt(T.int, BigInt(goLen(v)));
  if (v instanceof GoSlice) return new GoInt(T.int, BigInt(v.items.length));
  if (v instanceof GoMap) return new GoInt(T.int, BigInt(v.size));
  // Go calls item.Type() on the zero Value here, which panics with reflect's message.
  if (v === undefined || v === null) throw new GoError('reflect: call of reflect.Value.Type on zero Value');
  throw new GoError(`len of type ${staticType(v)!.name}`);
}

// ---- comparison ------------------------------------------------------------------------------

type BasicKind = 'invalid' | 'bool' | 'complex' | 'int' | 'float' | 'string' | 'uint';

function basicKind(v: Value): BasicKind {
  const k = kindOf(v);
  if (k === 'bool') return 'bool';
  if (isIntKind(k)) return 'int';
  if (isUintKind(k)) return 'uint';
  if (isFloatKind(k)) return 'float';
  if (isComplexKind(k)) return 'complex';
  if (k === 'string') return 'string';
  return 'invalid';
}

const errBadComparisonType = 'invalid type for comparison';
const errBadComparison = 'incompatible types for comparison';

function eq(arg1: Value, ...arg2: Value[]): boolean {
  arg1 = indirectInterface(arg1);
  if (arg2.length === 0) throw new GoError('missing argument for comparison');
  const k1 = basicKind(arg1);
  for (let arg of arg2) {
    arg = indirectInterface(arg);
    const k2 = basicKind(arg);
    let t = false;
    if (k1 !== k2) {
      if (k1 === 'int' && k2 === 'uint') t = (arg1 as GoInt).v >= 0n && (arg1 as GoInt).v === (arg as GoInt).v;
      else if (k1 === 'uint' && k2 === 'int') t = (arg as GoInt).v >= 0n && (arg1 as GoInt).v === (arg as GoInt).v;
      else if (arg1 !== undefined && arg !== undefined) throw new GoError(errBadComparison);
    } else {
      switch (k1) {
        case 'bool':
        case 'string':
          t = arg1 === arg;
          break;
        case 'complex':
          t = (arg1 as GoComplex).re === (arg as GoComplex).re && (arg1 as GoComplex).im === (arg as GoComplex).im;
          break;
        case 'float':
          t = (arg1 as GoFloat).v === (arg as GoFloat).v;
          break;
        case 'int':
        case 'uint':
          t = (arg1 as GoInt).v === (arg as GoInt).v;
          break;
        default:
          t = eqOther(arg1, arg);
      }
    }
    if (t) return true;
  }
  return false;
}

/** eq's default case: maps, slices, funcs and nils. */
function eqOther(arg1: Value, arg: Value): boolean {
  if (kindOf(arg1) !== kindOf(arg) && arg1 !== undefined && arg !== undefined) {
    throw new GoError(sprintf('non-comparable types %s: %v, %s: %v', [arg1, staticType(arg1)!.name, staticType(arg)!.name, arg]));
  }
  if (isNilValue(arg1) || isNilValue(arg)) return isNilValue(arg) === isNilValue(arg1);
  // Slices, maps and funcs are not comparable in Go.
  throw new GoError(sprintf('non-comparable type %s: %v', [arg, staticType(arg)!.name]));
}

function lt(arg1: Value, arg2: Value): boolean {
  arg1 = indirectInterface(arg1);
  const k1 = basicKind(arg1);
  if (k1 === 'invalid') throw new GoError(errBadComparisonType);
  arg2 = indirectInterface(arg2);
  const k2 = basicKind(arg2);
  if (k2 === 'invalid') throw new GoError(errBadComparisonType);
  if (k1 !== k2) {
    if (k1 === 'int' && k2 === 'uint') return (arg1 as GoInt).v < 0n || (arg1 as GoInt).v < (arg2 as GoInt).v;
    if (k1 === 'uint' && k2 === 'int') return (arg2 as GoInt).v >= 0n && (arg1 as GoInt).v < (arg2 as GoInt).v;
    throw new GoError(errBadComparison);
  }
  switch (k1) {
    case 'bool':
    case 'complex':
      throw new GoError(errBadComparisonType);
    case 'float':
      return (arg1 as GoFloat).v < (arg2 as GoFloat).v;
    case 'string':
      return compareGoStrings(arg1 as string, arg2 as string) < 0;
    default:
      return (arg1 as GoInt).v < (arg2 as GoInt).v;
  }
}

function le(arg1: Value, arg2: Value): boolean {
  return lt(arg1, arg2) || eq(arg1, arg2);
}
