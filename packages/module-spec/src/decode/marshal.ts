// json.Marshal of a decoded data.Module (Go 1.23 encode.go): the module as Lilypad holds it after
// LoadModule, in Go's own spelling — json names, `omitempty` fields dropped, enums by name,
// map keys in byte order, HTML-escaped strings, float64 formatted as Go does. One difference:
// Go's MarshalJSON refuses a CreatedAt whose offset is 24h or more (Parse accepts "+24:00");
// here it is written as is.
import { compareGoStrings } from '@lilypad-actions/gotemplate';
import { goJSONString } from '../go-json';
import type { GoType, JsonValue, StructType } from './go-type';
import { MODULE_TYPE, type Module } from './module-type';


/** strconv.AppendFloat(f, 'f' or 'e', -1, 64) as encoding/json picks it (same cut-offs as JS). */
function goFloat(f: number): string {
  return Object.is(f, -0) ? '-0' : String(f);
}

/** Text to append, queued between the values of marshalGeneric's work stack. */
class Lit {
  constructor(readonly text: string) {}
}

/** A generic (interface{}) value; iterative because it may be nested 10,000 deep. */
function marshalGeneric(root: JsonValue): string {
  let out = '';
  const work: (JsonValue | Lit)[] = [root];
  while (work.length > 0) {
    const v = work.pop()!;
    if (v instanceof Lit) out += v.text;
    else if (v === null) out += 'null';
    else if (typeof v === 'string') out += goJSONString(v);
    else if (typeof v === 'number') out += goFloat(v);
    else if (typeof v === 'boolean') out += String(v);
    else if (Array.isArray(v)) {
      out += '[';
      work.push(new Lit(']'));
      for (let i = v.length - 1; i >= 0; i--) {
        work.push(v[i]!);
        if (i > 0) work.push(new Lit(','));
      }
    } else {
      const keys = Object.keys(v).sort(compareGoStrings);
      out += '{';
      work.push(new Lit('}'));
      for (let i = keys.length - 1; i >= 0; i--) {
        work.push(v[keys[i]!]!, new Lit(`${goJSONString(keys[i]!)}:`));
        if (i > 0) work.push(new Lit(','));
      }
    }
  }
  return out;
}

/** encoding/json's isEmptyValue, for `omitempty`. */
function isEmpty(t: GoType, v: unknown): boolean {
  switch (t.kind) {
    case 'string':
      return v === '';
    case 'bool':
      return v === false;
    case 'int':
    case 'uint':
      return v === 0 || v === 0n;
    case 'slice':
      return v === null || (v as unknown[]).length === 0;
    case 'map':
      return v === null || Object.keys(v as object).length === 0;
    case 'pointer':
    case 'interface':
      return v === null;
    case 'text':
      return t.isEmpty(v);
    default:
      return false; // structs (time.Time included) are never empty
  }
}

function marshalValue(t: GoType, v: unknown): string {
  switch (t.kind) {
    case 'struct':
      return marshalStruct(t, v as Record<string, unknown>);
    case 'string':
      return goJSONString(v as string);
    case 'bool':
    case 'int':
    case 'uint':
      return String(v);
    case 'slice':
      return v === null ? 'null' : `[${(v as unknown[]).map((e) => marshalValue(t.elem, e)).join(',')}]`;
    case 'map': {
      if (v === null) return 'null';
      const o = v as Record<string, unknown>;
      const keys = Object.keys(o).sort(compareGoStrings);
      return `{${keys.map((k) => `${goJSONString(k)}:${marshalValue(t.elem, o[k])}`).join(',')}}`;
    }
    case 'pointer':
      return v === null ? 'null' : marshalValue(t.elem, v);
    case 'interface':
      return marshalGeneric(v as JsonValue);
    case 'text':
      return goJSONString(t.marshalText(v));
    case 'json':
      return t.marshalJSON(v);
  }
}

function marshalStruct(t: StructType, v: Record<string, unknown>): string {
  const parts: string[] = [];
  for (const f of t.fields) {
    const fv = v[f.go];
    if (f.omitempty && isEmpty(f.type, fv)) continue;
    parts.push(`${goJSONString(f.json)}:${marshalValue(f.type, fv)}`);
  }
  return `{${parts.join(',')}}`;
}

/** json.Marshal(module) for a module decodeModule returned. */
export function marshalModule(module: Module): string {
  return marshalStruct(MODULE_TYPE, module as unknown as Record<string, unknown>);
}
