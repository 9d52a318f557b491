// The vocabulary module-type.ts uses to describe Go types to the decoder (unmarshal.ts): just the
// kinds data.Module contains, with the facts encoding/json looks at — the type's String() (it is
// quoted in error messages), the reflect kind, struct fields with their json names, and whether
// the type has an UnmarshalJSON or UnmarshalText method.

/** A Go struct field: its Go name (used as the key of the decoded object) and its json tag. */
export interface GoField {
  readonly go: string;
  readonly json: string;
  readonly type: GoType;
  /** `,omitempty` in the tag; only json.Marshal (tests) reads it. */
  readonly omitempty?: boolean;
}

export interface StructType {
  readonly kind: 'struct';
  /** reflect.Type.String(), e.g. `data.MachineSpec`. */
  readonly name: string;
  readonly fields: readonly GoField[];
}

/** string, bool and the integer kinds, possibly as a named type (`selection.Operator`). */
export interface BasicType {
  readonly kind: 'string' | 'bool' | 'int' | 'uint';
  readonly name: string;
}

export interface SliceType {
  readonly kind: 'slice';
  readonly name: string;
  readonly elem: GoType;
}

/** Maps with string keys (the only ones in data.Module). */
export interface MapType {
  readonly kind: 'map';
  readonly name: string;
  readonly elem: GoType;
}

export interface PointerType {
  readonly kind: 'pointer';
  readonly name: string;
  readonly elem: GoType;
}

/** `interface{}`: decoded as encoding/json's generic values (float64, string, bool, []any, map[string]any). */
export interface InterfaceType {
  readonly kind: 'interface';
  readonly name: 'interface {}';
}

/**
 * A named type whose pointer implements encoding.TextUnmarshaler. JSON strings go to
 * unmarshalText (its error aborts Unmarshal); other JSON values are type errors, except `null`,
 * which behaves as for the underlying kind (ignored for ints, nil for slices).
 */
export interface TextUnmarshalerType<V = unknown> {
  readonly kind: 'text';
  readonly name: string;
  readonly underlying: 'int' | 'slice';
  readonly zero: V;
  /** Throws MethodError with the method's error text. */
  unmarshalText(text: string): V;
  /** What MarshalText returns for the value (used by tests that re-marshal like Go). */
  marshalText(value: V): string;
  /** isEmptyValue for `omitempty` (the underlying kind's zero test). */
  isEmpty(value: V): boolean;
}

/** A named type whose pointer implements json.Unmarshaler: every JSON value, null included, goes to it. */
export interface JSONUnmarshalerType<V = unknown> {
  readonly kind: 'json';
  readonly name: string;
  readonly zero: V;
  /** Receives the value's raw JSON text (a Go string) and the current value; throws MethodError. */
  unmarshalJSON(raw: string, current: V): V;
  /** The JSON text MarshalJSON would write (used by tests). */
  marshalJSON(value: V): string;
}

export type GoType =
  | StructType
  | BasicType
  | SliceType
  | MapType
  | PointerType
  | InterfaceType
  | TextUnmarshalerType
  | JSONUnmarshalerType;

/** An error returned by an UnmarshalText/UnmarshalJSON method; Unmarshal returns it as is. */
export class MethodError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'MethodError';
  }
}

/** encoding/json's generic values, as decoded into interface{}. */
export type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };

/** The JS value the decoder produces for a Go type (struct fields keyed by their Go names). */
export type GoValue<T> = T extends { readonly kind: 'struct'; readonly fields: readonly (infer F)[] }
  ? { -readonly [K in F as K extends { readonly go: infer N extends string } ? N : never]: K extends {
      readonly type: infer FT;
    }
      ? GoValue<FT>
      : never }
  : T extends { readonly kind: 'string' }
    ? string
    : T extends { readonly kind: 'bool' }
      ? boolean
      : T extends { readonly kind: 'int' | 'uint' }
        ? GoInt
        : T extends { readonly kind: 'slice'; readonly elem: infer E }
          ? GoValue<E>[] | null
          : T extends { readonly kind: 'map'; readonly elem: infer E }
            ? Record<string, GoValue<E>> | null
            : T extends { readonly kind: 'pointer'; readonly elem: infer E }
              ? GoValue<E> | null
              : T extends { readonly kind: 'interface' }
                ? JsonValue
                : T extends { readonly kind: 'text' | 'json'; readonly zero: infer V }
                  ? V
                  : never;

/** A Go integer: a number when it is a safe integer, else a bigint (int64/uint64 beyond 2^53). */
export type GoInt = number | bigint;
