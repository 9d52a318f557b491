// The Go value model the engine executes on.
//
// text/template works on reflect.Values, so a faithful port needs Go's types, not JavaScript's:
// `1` (int) and `1.0` (float64) print alike but compare as different types, a missing map key is an
// *invalid* value (printed "<no value>") while a JSON null is a nil interface, and an element taken
// out of a `[]interface {}` has static type `interface {}` (which shows in Go's error messages).
//
// Representation (chosen so the common Lilypad case, strings in a map[string]string, allocates
// nothing extra):
//   string        -> JS string          bool -> JS boolean
//   integers      -> GoInt (bigint)     floats -> GoFloat     complex -> GoComplex
//   slices/arrays -> GoSlice            maps -> GoMap         funcs -> GoFunc
//   nil interface -> null               invalid reflect.Value -> undefined
//   a value read through an interface-typed slot -> Iface (a reflect.Value of Kind Interface)

export type Kind =
  | 'bool' | 'int' | 'int8' | 'int16' | 'int32' | 'int64'
  | 'uint' | 'uint8' | 'uint16' | 'uint32' | 'uint64' | 'uintptr'
  | 'float32' | 'float64' | 'complex64' | 'complex128'
  | 'string' | 'slice' | 'array' | 'map' | 'func' | 'interface' | 'reflectValue';

export interface GoType {
  readonly kind: Kind;
  /** Go's spelling of the type, as it appears in Go's error messages, e.g. `map[string]string`. */
  readonly name: string;
  readonly elem?: GoType;
  readonly key?: GoType;
  /** Array length (kind 'array'). */
  readonly len?: number;
  /** Function signature (kind 'func'). */
  readonly params?: readonly GoType[];
  /** The last parameter is `...elem` (its type is the slice type `[]elem`). */
  readonly variadic?: boolean;
  readonly results?: readonly GoType[];
}

function basic(kind: Kind, name: string = kind): GoType {
  return Object.freeze({ kind, name });
}

/** The predeclared types templates can meet. */
export const T = {
  bool: basic('bool'),
  int: basic('int'), int8: basic('int8'), int16: basic('int16'), int32: basic('int32'), int64: basic('int64'),
  uint: basic('uint'), uint8: basic('uint8'), uint16: basic('uint16'), uint32: basic('uint32'), uint64: basic('uint64'),
  uintptr: basic('uintptr'),
  float32: basic('float32'), float64: basic('float64'),
  complex64: basic('complex64'), complex128: basic('complex128'),
  string: basic('string'),
  /** `interface {}` (any). */
  any: basic('interface', 'interface {}'),
  /** `error`: only ever a function's second result. */
  error: basic('interface', 'error'),
  /** `reflect.Value`: builtins that take it receive the engine's raw values (see Iface). */
  reflectValue: basic('reflectValue', 'reflect.Value'),
} as const;

const sliceTypes = new Map<GoType, GoType>();
/** `[]elem` (memoised so types compare by identity). */
export function sliceOf(elem: GoType): GoType {
  let t = sliceTypes.get(elem);
  if (!t) {
    t = Object.freeze({ kind: 'slice' as const, name: `[]${elem.name}`, elem });
    sliceTypes.set(elem, t);
  }
  return t;
}

const arrayTypes = new Map<string, GoType>();
/** `[len]elem`. */
export function arrayOf(len: number, elem: GoType): GoType {
  const name = `[${len}]${elem.name}`;
  let t = arrayTypes.get(name);
  if (!t || t.elem !== elem) {
    t = Object.freeze({ kind: 'array' as const, name, elem, len });
    arrayTypes.set(name, t);
  }
  return t;
}

const mapTypes = new Map<GoType, Map<GoType, GoType>>();
/** `map[key]elem`. */
export function mapOf(key: GoType, elem: GoType): GoType {
  let byElem = mapTypes.get(key);
  if (!byElem) mapTypes.set(key, (byElem = new Map()));
  let t = byElem.get(elem);
  if (!t) {
    t = Object.freeze({ kind: 'map' as const, name: `map[${key.name}]${elem.name}`, key, elem });
    byElem.set(elem, t);
  }
  return t;
}

/** `func(params...) results`; with `variadic` the last param is given as the slice type. */
export function funcOf(params: readonly GoType[], results: readonly GoType[], variadic = false): GoType {
  const ps = params.map((p, i) => (variadic && i === params.length - 1 ? `...${p.elem!.name}` : p.name));
  const rs = results.length === 0 ? '' : results.length === 1 ? ` ${results[0]!.name}` : ` (${results.map((r) => r.name).join(', ')})`;
  return Object.freeze({ kind: 'func' as const, name: `func(${ps.join(', ')})${rs}`, params, results, variadic });
}

export class GoInt {
  constructor(readonly type: GoType, readonly v: bigint) {}
}
export class GoFloat {
  constructor(readonly type: GoType, readonly v: number) {}
}
export class GoComplex {
  constructor(readonly type: GoType, readonly re: number, readonly im: number) {}
}
export class GoSlice {
  /** Items hold concrete values; for an interface element type, `null` is a nil element. */
  constructor(readonly type: GoType, readonly items: Value[]) {}
}
/** A map key in JS Map form: strings as themselves; other keys tagged with their Go type (in a
 * map[interface {}], int8(0) and int(0) are different keys). */
export type MapKey = string | boolean;
export class GoMap {
  /** Keyed by the key's primitive form (see mapKey); each entry keeps the Go key value too. */
  constructor(readonly type: GoType, readonly entries: Map<MapKey, { key: Value; value: Value }> = new Map()) {}
  get(key: Value): Value | undefined {
    return this.entries.get(mapKey(key))?.value;
  }
  set(key: Value, value: Value): this {
    this.entries.set(mapKey(key), { key, value });
    return this;
  }
  get size(): number {
    return this.entries.size;
  }
}

/** What a function implementation receives and returns. A Go panic or a non-nil error is a throw. */
export type FuncImpl = (...args: Value[]) => Value;
export class GoFunc {
  /** A null impl is a nil func value. */
  constructor(readonly type: GoType, readonly impl: FuncImpl | null, readonly name = '') {}
}

/** A reflect.Value of Kind Interface: a value read through a slot of type `interface {}`. */
export class Iface {
  constructor(readonly type: GoType, readonly v: Value) {}
}

/** A Go value as the engine holds it. `undefined` is the invalid reflect.Value (no value). */
export type Value = string | boolean | GoInt | GoFloat | GoComplex | GoSlice | GoMap | GoFunc | Iface | null | undefined;

/** Thrown by a function implementation to return Go's `error` result (or to panic). */
export class GoError extends Error {}

export function mapKey(k: Value): MapKey {
  if (typeof k === 'string' || typeof k === 'boolean') return k;
  if (k instanceof Iface) return mapKey(k.v);
  if (k === null || k === undefined) return '\u0000nil';
  if (k instanceof GoInt || k instanceof GoFloat) return `\u0000${k.type.name}:${k.v}`;
  if (k instanceof GoComplex) return `\u0000${k.type.name}:${k.re},${k.im}`;
  throw new GoError(`runtime error: hash of unhashable type ${k.type.name}`);
}

/** The dynamic Go type of a concrete value; undefined for nil and invalid values. */
export function typeOf(v: Value): GoType | undefined {
  switch (typeof v) {
    case 'string':
      return T.string;
    case 'boolean':
      return T.bool;
    case 'undefined':
      return undefined;
  }
  if (v === null) return undefined;
  return v.type;
}

export const int = (n: number | bigint): GoInt => new GoInt(T.int, BigInt(n));
export const float64 = (n: number): GoFloat => new GoFloat(T.float64, n);

/** A `map[string]string`, the shape of Lilypad's template data. */
export function stringMap(obj: Readonly<Record<string, string>>): GoMap {
  const m = new GoMap(mapOf(T.string, T.string));
  for (const k of Object.keys(obj)) m.set(k, obj[k]!);
  return m;
}

/** A value as Go's encoding/json decodes it into `interface {}`: numbers float64, objects map[string]interface {}, arrays []interface {}. */
export function fromJSON(v: unknown): Value {
  if (v === null) return null;
  switch (typeof v) {
    case 'string':
    case 'boolean':
      return v;
    case 'number':
      return float64(v);
  }
  if (Array.isArray(v)) return new GoSlice(sliceOf(T.any), v.map(fromJSON));
  if (typeof v === 'object') {
    const m = new GoMap(mapOf(T.string, T.any));
    for (const [k, x] of Object.entries(v as Record<string, unknown>)) m.set(k, fromJSON(x));
    return m;
  }
  throw new TypeError(`fromJSON: unsupported ${typeof v}`);
}
