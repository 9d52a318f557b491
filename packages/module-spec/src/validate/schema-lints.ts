// The strict check of the rendered module against schema/lilypad-module.schema.json: exact key
// spelling, no unknown or misplaced keys, ranges. Lilypad's Go decoder is lenient where the schema
// is not — it binds keys case-insensitively (`outputs` fills Outputs), merges or overwrites
// duplicate keys, and skips unknown keys without a word (format doc §3.5) — so before ajv runs,
// the document is walked along data.Module's Go types (decode/module-type.ts): keys Go would bind
// by folding are reported as `key-case` and renamed to their field, duplicates as `duplicate-key`,
// and the value ajv sees is the one Go's decoder ends up with. Every ajv error then maps back to
// the node it is about (through the canonical JSON pointer → source span table built on the way),
// and its pointer is reported with the keys as written.
//
// The schema is compiled at build time (scripts/build-schema.ts, ajv standalone code): no ajv and
// no schema compilation at run time.
import { foldAsciiName } from '../decode/go-strings';
import type { GoField, GoType, StructType } from '../decode/go-type';
import { MODULE_TYPE } from '../decode/module-type';
import schemaJson from '../../schema/lilypad-module.schema.json';
import { validate, type SchemaValidationError } from './generated/module-schema-validator';
import { escapePointer, type JsonMember, type JsonNode } from './json-view';
import { RULES, type RuleInfo } from './rules';
import { classifyUnknownKey, describePath } from './unknown-keys';

export interface SchemaFinding {
  rule: RuleInfo;
  message: string;
  /** Index in the rendered text of the offending key (key findings) or value. */
  offset: number;
  /** JSON pointer to the offending member or value, keys as written. */
  pointer: string;
}

/** Findings of the strict schema check on a rendered module that Lilypad decodes. */
export function schemaFindings(tree: JsonNode): SchemaFinding[] {
  const walk = new CanonicalWalk();
  const value = walk.value(tree, MODULE_TYPE, '', '', []);
  const out = walk.findings;
  if (!validate(value)) {
    const seen = new Set<string>();
    for (const e of validate.errors ?? []) {
      const f = mapError(e, walk.sites);
      if (!f) continue;
      const key = `${f.rule.id}\u0000${f.pointer}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push(f);
    }
  }
  return out.sort((a, b) => a.offset - b.offset);
}

/** Where a value of the canonical document came from. */
interface Site {
  node: JsonNode;
  member?: JsonMember;
  /** JSON pointer with the keys as written. */
  pointer: string;
  /** Canonical path segments (field names; numbers for array items). */
  path: readonly (string | number)[];
}

/**
 * Builds the value Go's decoder would bind (canonical field names, duplicates resolved as Go
 * resolves them), recording each value's source and the key-case / duplicate findings.
 */
class CanonicalWalk {
  readonly sites = new Map<string, Site>();
  readonly findings: SchemaFinding[] = [];

  value(node: JsonNode, type: GoType | undefined, canon: string, raw: string, path: readonly (string | number)[], member?: JsonMember, into?: unknown): unknown {
    const site: Site = { node, pointer: raw, path };
    if (member) site.member = member;
    this.sites.set(canon, site);
    const t = type?.kind === 'pointer' ? type.elem : type;
    if (node.kind === 'object' && t?.kind === 'struct') {
      const target = isPlainObject(into) ? into : {};
      this.struct(node, t, target, canon, raw, path);
      return target;
    }
    if (node.kind === 'object' && t?.kind === 'map') {
      const target: Record<string, unknown> = {};
      const given = new Map<string, JsonMember>();
      for (const m of node.members) {
        const seg = escapePointer(m.key);
        this.duplicate(given.get(m.key), m, path, raw, 'keeps only the last');
        given.set(m.key, m);
        define(target, m.key, this.value(m.value, t.elem, `${canon}/${seg}`, `${raw}/${seg}`, [...path, m.key], m));
      }
      return target;
    }
    if (node.kind === 'array' && t?.kind === 'slice') {
      return node.items.map((item, i) => this.value(item, t.elem, `${canon}/${i}`, `${raw}/${i}`, [...path, i]));
    }
    // Leaves, and containers where any value goes (interface{}) or where none is expected (the
    // schema reports the type): only the kind matters to the schema, so deep documents are not walked.
    switch (node.kind) {
      case 'object':
        return {};
      case 'array':
        return [];
      case 'string':
      case 'bool':
        return node.value;
      case 'number':
        return Number(node.text);
      case 'null':
        return null;
    }
  }

  private struct(node: Extract<JsonNode, { kind: 'object' }>, t: StructType, target: Record<string, unknown>, canon: string, raw: string, path: readonly (string | number)[]): void {
    const given = new Map<string, JsonMember>();
    for (const m of node.members) {
      const f = bindField(t, m.key);
      const name = f?.json ?? m.key;
      const seg = escapePointer(name);
      const rawPointer = `${raw}/${escapePointer(m.key)}`;
      if (f && m.key !== f.json) {
        this.findings.push({
          rule: RULES.keyCase,
          message: `\`${m.key}\` is spelt \`${f.json}\` (${describePath([...path, f.json])}): Lilypad's Go decoder ignores case, other tools do not.`,
          offset: m.keyStart,
          pointer: rawPointer,
        });
      }
      if (f) {
        const merges = f.type.kind === 'struct' || (f.type.kind === 'pointer' && f.type.elem.kind === 'struct');
        this.duplicate(given.get(f.json), m, path, raw, merges ? 'merges the two objects' : 'keeps only the last');
        given.set(f.json, m);
        const previous = Object.prototype.hasOwnProperty.call(target, name) ? target[name] : undefined;
        define(target, name, this.value(m.value, f.type, `${canon}/${seg}`, rawPointer, [...path, name], m, merges ? previous : undefined));
      } else {
        // Unknown to Go: ajv reports the key; its value is never looked at.
        this.sites.set(`${canon}/${seg}`, { node: m.value, member: m, pointer: rawPointer, path: [...path, m.key] });
        define(target, name, null);
      }
    }
  }

  private duplicate(earlier: JsonMember | undefined, later: JsonMember, path: readonly (string | number)[], raw: string, what: string): void {
    if (!earlier) return;
    const spelt = earlier.key === later.key ? `\`${later.key}\` is` : `\`${earlier.key}\` and \`${later.key}\` are`;
    this.findings.push({
      rule: RULES.duplicateKey,
      message: `${spelt} given twice in ${describePath(path)}; Lilypad ${what}.`,
      offset: earlier.keyStart,
      pointer: `${raw}/${escapePointer(earlier.key)}`,
    });
  }
}

interface FieldIndex {
  exact: Map<string, GoField>;
  folded: Map<string, GoField>;
}

const fieldIndexes = new WeakMap<StructType, FieldIndex>();

/** The struct field encoding/json binds `key` to: the exact json name, else the first that folds equal. */
function bindField(t: StructType, key: string): GoField | undefined {
  let index = fieldIndexes.get(t);
  if (!index) {
    index = { exact: new Map(), folded: new Map() };
    for (const f of t.fields) {
      index.exact.set(f.json, f);
      const k = foldAsciiName(f.json)!;
      if (!index.folded.has(k)) index.folded.set(k, f);
    }
    fieldIndexes.set(t, index);
  }
  const exact = index.exact.get(key);
  if (exact) return exact;
  const folded = foldAsciiName(key);
  return folded === undefined ? undefined : index.folded.get(folded);
}

function define(target: Record<string, unknown>, key: string, value: unknown): void {
  // As JSON.parse does: `__proto__` is an own key like any other.
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

// --- ajv errors → findings -------------------------------------------------------------------

function mapError(e: SchemaValidationError, sites: ReadonlyMap<string, Site>): SchemaFinding | undefined {
  if (e.keyword === 'additionalProperties') {
    const key = String(e.params.additionalProperty);
    const site = sites.get(`${e.instancePath}/${escapePointer(key)}`);
    if (!site?.member) return undefined;
    const found = classifyUnknownKey(key, site.path.slice(0, -1), site.member.value, sites.get(e.instancePath)?.node);
    return found && { ...found, offset: site.member.keyStart, pointer: site.pointer };
  }
  const site = sites.get(e.instancePath);
  if (!site) return undefined;
  // `null` where the module has an object: Go leaves the field as if it were absent, which has no
  // effect at all. An Engine name Lilypad does not know is engine-not-docker's (module-lints).
  if (e.keyword === 'type' && site.node.kind === 'null') return undefined;
  if (site.path.join('.') === 'job.Spec.Engine') return undefined;
  return { rule: RULES.schemaType, message: valueMessage(e, site), offset: site.node.start, pointer: site.pointer };
}

function valueMessage(e: SchemaValidationError, site: Site): string {
  const where = site.path.length === 0 ? 'the module' : describePath(site.path);
  const node = site.node;
  const shown = node.kind === 'string' ? JSON.stringify(node.value) : node.kind === 'number' ? node.text : node.kind;
  const schema = schemaForPath(site.path);
  const last = site.path[site.path.length - 1];
  const title = site.path.length > 0 && typeof schema?.title === 'string' && schema.title.toLowerCase() !== String(last).toLowerCase() ? ` (${schema.title})` : '';
  switch (e.keyword) {
    case 'type': {
      const expected = ([] as unknown[]).concat(e.params.type).filter((t) => t !== 'null').join(' or ');
      if (node.kind === 'null') return `${where}${title} is null where the module format has ${article(expected)}; Lilypad ignores the null and keeps the field empty.`;
      return `${where}${title} is ${article(node.kind)}, not ${article(expected)}.`;
    }
    case 'minimum':
      return `${where}${title} is ${shown}; it must be at least ${String(e.params.limit)}.`;
    case 'pattern': {
      const names = Array.isArray(schema?.examples) ? schema.examples.join(', ') : undefined;
      return `${where}${title} is ${shown}, which Lilypad does not recognise${names ? `: use one of ${names}` : ''}.`;
    }
    case 'enum':
      return `${where}${title} is ${shown}, not one of ${(e.params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')}.`;
    default:
      return `${where}${title} is ${shown}, which the module format does not allow (${e.keyword}).`;
  }
}

function article(word: string): string {
  return /^[aeiou]/.test(word) ? `an ${word}` : `a ${word}`;
}

interface SchemaNode {
  $ref?: string;
  title?: unknown;
  examples?: unknown[];
  properties?: Record<string, SchemaNode>;
  items?: SchemaNode;
  additionalProperties?: boolean | SchemaNode;
}

const DEFS = (schemaJson as { $defs: Record<string, SchemaNode> }).$defs;

function deref(node: SchemaNode): SchemaNode {
  // A $ref with siblings (a property's own title) keeps them over the definition's.
  return node.$ref ? { ...DEFS[node.$ref.replace('#/$defs/', '')], ...node } : node;
}

/**
 * The schema of the value at a canonical path. (ajv's schemaPath is relative to whichever
 * compiled function reported the error, so the schema is walked along the instance instead.)
 */
function schemaForPath(path: readonly (string | number)[]): SchemaNode | undefined {
  let node: SchemaNode | undefined = deref(schemaJson as SchemaNode);
  for (const seg of path) {
    if (!node) return undefined;
    const next: SchemaNode | boolean | undefined = typeof seg === 'number' ? node.items : (node.properties?.[seg] ?? node.additionalProperties);
    node = typeof next === 'object' ? deref(next) : undefined;
  }
  return node;
}
