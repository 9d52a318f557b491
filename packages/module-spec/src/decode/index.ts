// "Does this rendered module load in Lilypad?" — Lilypad v2.23.0's LoadModule ends with
// `json.Unmarshal(rendered, &module)` (Go 1.23 encoding/json, data.Module); decodeModule gives
// that call's answer: the same error text, Go's syntax-error offset, and on success the decoded
// module plus the document tree with source offsets for pointing at template lines.
import type { JsonNode } from './json-node';
import { parseJson } from './json-scanner';
import { MODULE_TYPE, type Module } from './module-type';
import { unmarshal } from './unmarshal';

export type DecodeResult = DecodeSuccess | DecodeFailure;

export interface DecodeSuccess {
  ok: true;
  module: Module;
  tree: JsonNode;
}

export interface DecodeFailure {
  ok: false;
  /** `syntax`: not JSON (*json.SyntaxError); `type`: JSON that data.Module does not accept. */
  kind: 'syntax' | 'type';
  /** Go's err.Error(), unchanged. */
  message: string;
  /** Syntax errors: Go's SyntaxError.Offset — bytes of the UTF-8 input read when the scanner stopped. */
  offset?: number;
  /** Index in the text of the offending character (syntax) or of the start of the offending value (type). */
  index: number;
  /** Type errors: where the offending value is, e.g. `job.Spec.Inputs[0].StorageSource` ('' for the document). */
  path?: string;
  /** Type errors: the offending value. */
  node?: JsonNode;
  /** Type errors: the whole document. */
  tree?: JsonNode;
}

/**
 * json.Unmarshal(text, &data.Module) as Lilypad v2.23.0 runs it. `text` is a Go string as the
 * template engine produces it (bytes that are not UTF-8 held as U+DC80..U+DCFF).
 */
export function decodeModule(text: string): DecodeResult {
  const parsed = parseJson(text);
  if (!parsed.ok) return { ok: false, kind: 'syntax', message: parsed.message, offset: parsed.offset, index: parsed.index };
  const { tree } = parsed;
  const r = unmarshal(text, tree, MODULE_TYPE);
  if (r.ok) return { ok: true, module: r.value as Module, tree };
  return { ok: false, kind: 'type', message: r.message, index: r.node.start, path: r.path, node: r.node, tree };
}

export { parseJson, type JsonParseResult } from './json-scanner';
export { MODULE_TYPE, type Module } from './module-type';
export type * from './json-node';
export type { GoInt, GoType, GoField, StructType, JsonValue } from './go-type';
export { marshalModule } from './marshal';
