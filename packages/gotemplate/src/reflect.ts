// The slice of Go's reflect that template execution needs, over the engine's Value model.
import { compareGoStrings } from './utf8.js';
import {
  GoComplex, GoFloat, GoFunc, GoInt, GoMap, GoSlice, Iface, T, typeOf, type GoType, type Kind, type Value,
} from './value.js';

/** reflect.Value.Kind(), with 'invalid' for the zero Value. */
export function kindOf(v: Value): Kind | 'invalid' {
  switch (typeof v) {
    case 'string':
      return 'string';
    case 'boolean':
      return 'bool';
    case 'undefined':
      return 'invalid';
  }
  if (v === null) return 'invalid';
  if (v instanceof Iface) return 'interface';
  return v.type.kind;
}

/** The static type of a Value (Iface: its interface type); undefined when invalid. */
export function staticType(v: Value): GoType | undefined {
  if (v instanceof Iface) return v.type;
  return typeOf(v);
}

export function typeName(v: Value): string {
  return staticType(v)?.name ?? '<nil>';
}

/** indirectInterface: the concrete value inside an interface value (invalid for a nil interface). */
export function indirectInterface(v: Value): Value {
  if (v instanceof Iface) return v.v === null ? undefined : v.v;
  return v;
}

/** indirect: through interfaces; reports whether it stopped at a nil. */
export function indirect(v: Value): [Value, boolean] {
  while (v instanceof Iface) {
    if (v.v === null) return [v, true];
    v = v.v;
  }
  return [v, false];
}

export function isIntKind(k: Kind | 'invalid'): boolean {
  return k === 'int' || k === 'int8' || k === 'int16' || k === 'int32' || k === 'int64';
}
export function isUintKind(k: Kind | 'invalid'): boolean {
  return k === 'uint' || k === 'uint8' || k === 'uint16' || k === 'uint32' || k === 'uint64' || k === 'uintptr';
}
export function isFloatKind(k: Kind | 'invalid'): boolean {
  return k === 'float32' || k === 'float64';
}
export function isComplexKind(k: Kind | 'invalid'): boolean {
  return k === 'complex64' || k === 'complex128';
}

/** Can an untyped nil be assigned to typ (reflect.Zero is then a nil of typ)? */
export function canBeNil(typ: GoType): boolean {
  switch (typ.kind) {
    case 'func':
    case 'interface':
    case 'map':
    case 'slice':
    case 'reflectValue':
      return true;
  }
  return false;
}

/** reflect.Zero(typ). */
export function zero(typ: GoType): Value {
  const k = typ.kind;
  if (k === 'string') return '';
  if (k === 'bool') return false;
  if (isIntKind(k) || isUintKind(k)) return new GoInt(typ, 0n);
  if (isFloatKind(k)) return new GoFloat(typ, 0);
  if (isComplexKind(k)) return new GoComplex(typ, 0, 0);
  switch (k) {
    case 'slice':
      return new GoSlice(typ, []);
    case 'array':
      return new GoSlice(typ, Array.from({ length: typ.len ?? 0 }, () => zeroElem(typ.elem!)));
    case 'map':
      return new GoMap(typ);
    case 'func':
      return new GoFunc(typ, null);
    case 'interface':
      return new Iface(typ, null);
    case 'reflectValue':
      return undefined;
  }
  return undefined;
}

/** The zero value as stored inside a container (interface slots hold a bare nil). */
function zeroElem(typ: GoType): Value {
  return typ.kind === 'interface' ? null : zero(typ);
}

/** A value read out of a container slot of type `elem`: interface slots yield an Iface. */
export function fromSlot(elem: GoType, raw: Value): Value {
  if (elem.kind === 'interface') return new Iface(elem, raw === undefined ? null : raw);
  return raw;
}

/** reflect's AssignableTo for the types templates meet. */
export function assignable(from: GoType, to: GoType): boolean {
  if (from === to) return true;
  if (to.kind === 'interface') return to.name === 'interface {}' || from.name === to.name;
  return from.name === to.name && from.kind === to.kind;
}

/** funcs.go isNil: invalid, or a nil interface. */
export function isNilValue(v: Value): boolean {
  if (v === undefined || v === null) return true;
  if (v instanceof Iface) return v.v === null;
  if (v instanceof GoFunc) return v.impl === null;
  return false;
}

export { T };

/**
 * internal/fmtsort's ordering of map keys, used both by `range` over a map and by fmt when it
 * prints one: numbers numerically (NaN first), strings bytewise, false before true.
 */
export function compareKeys(a: Value, b: Value): number {
  a = a instanceof Iface ? a.v : a;
  b = b instanceof Iface ? b.v : b;
  if (typeof a === 'string' && typeof b === 'string') return compareGoStrings(a, b);
  if (typeof a === 'boolean' && typeof b === 'boolean') return a === b ? 0 : a ? 1 : -1;
  if (a instanceof GoInt && b instanceof GoInt) return a.v < b.v ? -1 : a.v > b.v ? 1 : 0;
  if (a instanceof GoFloat && b instanceof GoFloat) return compareFloats(a.v, b.v);
  if (a instanceof GoComplex && b instanceof GoComplex) return compareFloats(a.re, b.re) || compareFloats(a.im, b.im);
  // nil sorts first; keys of different dynamic types have no order Go guarantees.
  if (a === null || a === undefined) return b === null || b === undefined ? 0 : -1;
  if (b === null || b === undefined) return 1;
  return 0;
}

function compareFloats(a: number, b: number): number {
  if (a < b) return -1;
  if (a > b) return 1;
  if (a === b) return 0;
  if (Number.isNaN(a) && !Number.isNaN(b)) return -1;
  if (!Number.isNaN(a) && Number.isNaN(b)) return 1;
  return 0;
}
