// encoding/json's decoder (decode.go, Go 1.23) over a parsed document and a Go type description.
//
// The rules it reproduces, in Go's order (a depth-first walk of the document):
// - object keys: exact json name first, then foldName (case-insensitive, ſ ~ s, K ~ k; first
//   field wins a folded tie); unknown keys are skipped without looking inside;
// - every duplicate key decodes again into the same Go value: structs merge field by field, maps
//   merge, a slice is rewritten element by element *in its old backing array* — so a shorter
//   array leaves the old elements behind its length, and a later longer array (or `null`
//   elements) brings them back — and `[]` swaps in a fresh empty slice;
// - `null` sets slices, maps, pointers and interfaces to nil and leaves everything else alone;
// - a JSON value of the wrong kind is an UnmarshalTypeError that is *saved* (the first one wins,
//   with the struct and field path of the moment) while decoding goes on; an UnmarshalText or
//   UnmarshalJSON error stops Unmarshal at once and is returned as is, saved error or not;
// - a non-null value into a nil pointer allocates it before the type is checked.
import { foldAsciiName } from './go-strings';
import { MethodError, type GoField, type GoType, type JsonValue, type StructType } from './go-type';
import type { JsonArrayNode, JsonNode, JsonObjectNode } from './json-node';

/** A decode error: Go's message, the value it is about and that value's path in the document. */
export interface UnmarshalError {
  message: string;
  node: JsonNode;
  /** e.g. `job.Spec.Inputs[0].StorageSource`: keys as written, array indices in brackets. */
  path: string;
}

export type UnmarshalResult = { ok: true; value: unknown } | ({ ok: false } & UnmarshalError);

/** A Go slice during decoding: its backing array (everything ever written there) and its length. */
interface SliceBox {
  backing: unknown[];
  len: number;
}

interface StructInfo {
  /** reflect.Type.Name(): the struct's name without its package, as errors print it. */
  short: string;
  exact: Map<string, GoField>;
  folded: Map<string, GoField>;
}

const structInfos = new WeakMap<StructType, StructInfo>();

function structInfo(t: StructType): StructInfo {
  let info = structInfos.get(t);
  if (info === undefined) {
    const exact = new Map<string, GoField>();
    const folded = new Map<string, GoField>();
    for (const f of t.fields) {
      exact.set(f.json, f);
      const k = foldAsciiName(f.json)!;
      if (!folded.has(k)) folded.set(k, f);
    }
    info = { short: t.name.slice(t.name.lastIndexOf('.') + 1), exact, folded };
    structInfos.set(t, info);
  }
  return info;
}

/** The Go zero value of a type, in the decoder's representation. */
function zero(t: GoType): unknown {
  switch (t.kind) {
    case 'struct': {
      const o: Record<string, unknown> = {};
      for (const f of t.fields) o[f.go] = zero(f.type);
      return o;
    }
    case 'string':
      return '';
    case 'bool':
      return false;
    case 'int':
    case 'uint':
      return 0;
    case 'text':
    case 'json':
      return t.zero;
    default:
      return null;
  }
}

/** The decoder's representation turned into the plain value decodeModule returns. */
function finish(t: GoType, v: unknown): unknown {
  if (v === null) return null;
  switch (t.kind) {
    case 'struct': {
      const src = v as Record<string, unknown>;
      const o: Record<string, unknown> = {};
      for (const f of t.fields) o[f.go] = finish(f.type, src[f.go]);
      return o;
    }
    case 'slice': {
      const s = v as SliceBox;
      const out = new Array<unknown>(s.len);
      for (let i = 0; i < s.len; i++) out[i] = finish(t.elem, s.backing[i]);
      return out;
    }
    case 'map': {
      const o = Object.create(null) as Record<string, unknown>;
      for (const [k, e] of v as Map<string, unknown>) o[k] = finish(t.elem, e);
      return o;
    }
    case 'pointer':
      return finish(t.elem, v);
    default:
      return v;
  }
}

const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);
const INT64_MIN = -(1n << 63n);
const INT64_MAX = (1n << 63n) - 1n;
const UINT64_MAX = (1n << 64n) - 1n;
const INTEGER = /^-?\d+$/;

/** strconv.ParseInt(s, 10, 64) / ParseUint for a JSON number literal; undefined on error or overflow. */
function parseGoInt(text: string, unsigned: boolean): number | bigint | undefined {
  if (!INTEGER.test(text) || (unsigned && text.charCodeAt(0) === 0x2d)) return undefined;
  if (text.length < 16) return Number(text) || 0; // `-0` is 0
  const n = BigInt(text);
  if (unsigned ? n > UINT64_MAX : n < INT64_MIN || n > INT64_MAX) return undefined;
  return n > MAX_SAFE || n < -MAX_SAFE ? n : Number(n);
}

class Abort {
  constructor(readonly error: UnmarshalError) {}
}

const SIMPLE_KEY = /^[A-Za-z_$][\w$-]*$/;

class Decoder {
  saved: UnmarshalError | undefined;
  /** errorContext.Struct and .FieldStack: the innermost struct and the json names leading to it. */
  private structName: string | undefined;
  private readonly fieldStack: string[] = [];
  private readonly path: (string | number)[] = [];

  constructor(private readonly text: string) {}

  private pathText(): string {
    let out = '';
    for (const p of this.path) {
      if (typeof p === 'number') out += `[${p}]`;
      else if (SIMPLE_KEY.test(p)) out += out === '' ? p : `.${p}`;
      else out += `[${JSON.stringify(p)}]`;
    }
    return out;
  }

  /** d.saveError(&UnmarshalTypeError{...}) with the error context of the moment. */
  private save(value: string, typeName: string, node: JsonNode): void {
    if (this.saved !== undefined) return;
    const where =
      this.structName !== undefined || this.fieldStack.length > 0
        ? `Go struct field ${this.structName ?? ''}.${this.fieldStack.join('.')}`
        : 'Go value';
    this.saved = { message: `json: cannot unmarshal ${value} into ${where} of type ${typeName}`, node, path: this.pathText() };
  }

  private abort(e: unknown, node: JsonNode): never {
    if (e instanceof MethodError) throw new Abort({ message: e.message, node, path: this.pathText() });
    throw e;
  }

  /** d.value(v): decodes node into a Go value of type t that currently holds cur; returns the new value. */
  value(node: JsonNode, t: GoType, cur: unknown): unknown {
    switch (t.kind) {
      case 'struct':
        if (node.kind === 'object') return this.struct(node, t, cur as Record<string, unknown>);
        break;
      case 'slice':
        if (node.kind === 'array') {
          // An empty array replaces the slice with a fresh one (reflect.MakeSlice(t, 0, 0)).
          if (node.items.length === 0) return { backing: [], len: 0 } satisfies SliceBox;
          const s = (cur as SliceBox | null) ?? { backing: [], len: 0 };
          node.items.forEach((item, i) => {
            if (i >= s.backing.length) s.backing.push(zero(t.elem));
            this.path.push(i);
            s.backing[i] = this.value(item, t.elem, s.backing[i]);
            this.path.pop();
          });
          s.len = node.items.length;
          return s;
        }
        if (node.kind === 'null') return null;
        break;
      case 'map':
        if (node.kind === 'object') {
          const m = (cur as Map<string, unknown> | null) ?? new Map<string, unknown>();
          for (const { key, value } of node.members) {
            this.path.push(key);
            m.set(key, this.value(value, t.elem, zero(t.elem)));
            this.path.pop();
          }
          return m;
        }
        if (node.kind === 'null') return null;
        break;
      case 'pointer':
        if (node.kind === 'null') return null;
        return this.value(node, t.elem, cur ?? zero(t.elem));
      case 'interface':
        return this.generic(node);
      case 'json':
        try {
          return t.unmarshalJSON(this.text.slice(node.start, node.end), cur);
        } catch (e) {
          return this.abort(e, node);
        }
      case 'text':
        if (node.kind === 'string') {
          try {
            return t.unmarshalText(node.value);
          } catch (e) {
            return this.abort(e, node);
          }
        }
        if (node.kind === 'null') return t.underlying === 'slice' ? null : cur;
        break;
      case 'string':
        if (node.kind === 'string') return node.value;
        break;
      case 'bool':
        if (node.kind === 'bool') return node.value;
        break;
      case 'int':
      case 'uint':
        if (node.kind === 'number') {
          const n = parseGoInt(node.text, t.kind === 'uint');
          if (n !== undefined) return n;
          this.save(`number ${node.text}`, t.name, node);
          return cur;
        }
        break;
    }
    // The node kinds are named as Go names them in "cannot unmarshal X": object, array, string, number, bool.
    if (node.kind !== 'null') this.save(node.kind, t.name, node);
    return cur;
  }

  private struct(node: JsonObjectNode, t: StructType, obj: Record<string, unknown>): Record<string, unknown> {
    const info = structInfo(t);
    for (const { key, value } of node.members) {
      let f = info.exact.get(key);
      if (f === undefined) {
        const k = foldAsciiName(key);
        if (k !== undefined) f = info.folded.get(k);
        if (f === undefined) continue;
      }
      const outer = this.structName;
      this.structName = info.short;
      this.fieldStack.push(f.json);
      this.path.push(key);
      obj[f.go] = this.value(value, f.type, obj[f.go]);
      this.path.pop();
      this.fieldStack.pop();
      this.structName = outer;
    }
    return obj;
  }

  /**
   * valueInterface: a fresh generic value (numbers are float64; out of range is a saved error and
   * nil). Iterative: encoding/json accepts 10,000 levels of nesting, more than JS recursion can.
   */
  private generic(root: JsonNode): JsonValue {
    if (root.kind !== 'object' && root.kind !== 'array') return this.scalar(root);
    const container = (n: JsonObjectNode | JsonArrayNode): JsonValue =>
      n.kind === 'object' ? (Object.create(null) as Record<string, JsonValue>) : [];
    const out = container(root);
    const stack: { node: JsonObjectNode | JsonArrayNode; out: JsonValue; i: number }[] = [{ node: root, out, i: 0 }];
    while (stack.length > 0) {
      const f = stack[stack.length - 1]!;
      const object = f.node.kind === 'object';
      const n = object ? (f.node as JsonObjectNode).members.length : (f.node as JsonArrayNode).items.length;
      if (f.i >= n) {
        stack.pop();
        if (stack.length > 0) this.path.pop();
        continue;
      }
      const i = f.i++;
      const key = object ? (f.node as JsonObjectNode).members[i]!.key : i;
      const child = object ? (f.node as JsonObjectNode).members[i]!.value : (f.node as JsonArrayNode).items[i]!;
      this.path.push(key);
      if (child.kind === 'object' || child.kind === 'array') {
        const v = container(child);
        (f.out as Record<string | number, JsonValue>)[key] = v;
        stack.push({ node: child, out: v, i: 0 }); // the path segment is popped with the frame
      } else {
        (f.out as Record<string | number, JsonValue>)[key] = this.scalar(child);
        this.path.pop();
      }
    }
    return out;
  }

  private scalar(node: Exclude<JsonNode, JsonObjectNode | JsonArrayNode>): JsonValue {
    switch (node.kind) {
      case 'number': {
        const f = Number(node.text);
        if (Number.isFinite(f)) return f;
        this.save(`number ${node.text}`, 'float64', node);
        return null;
      }
      case 'null':
        return null;
      default:
        return node.value;
    }
  }
}

/** json.Unmarshal of a parsed document into a value of struct type t (through a non-nil pointer). */
export function unmarshal(text: string, tree: JsonNode, t: StructType): UnmarshalResult {
  const d = new Decoder(text);
  let v: unknown;
  try {
    v = d.value(tree, t, zero(t));
  } catch (e) {
    if (e instanceof Abort) return { ok: false, ...e.error };
    throw e;
  }
  if (d.saved !== undefined) return { ok: false, ...d.saved };
  return { ok: true, value: finish(t, v) };
}
