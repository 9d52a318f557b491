// A module entry in the list's format (schema/module-entry.schema.json): read, checked against the
// published schema, every problem a finding at its line and column with the key's name.

import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';
import { keyName, locatePath, locateSchemaError, pointerSegments } from '@lilypad-actions/config-file';
import testPlanSchema from '@lilypad-actions/module-runner/schema/test-plan.schema.json';
import schema from '../../schema/module-entry.schema.json';
import type { ListFinding } from '../findings';
import { readEntryDocument, type EntryDocument } from './entry-document';

export const CATEGORIES = ['llm', 'image', 'audio', 'video', 'embedding', 'bio', 'data', 'other'] as const;
export type Category = (typeof CATEGORIES)[number];
export const SECTIONS = ['community', 'team', 'api'] as const;
export type Section = (typeof SECTIONS)[number];

/** Where editors find the schema; entries written by this package start with it. */
export const ENTRY_SCHEMA_URL = schema.$id;

/** An entry, as the schema defines it. */
export interface ListEntry {
  name: string;
  module: string;
  commit: string;
  creator: string;
  description: string;
  category: Category;
  section?: Section;
  team?: string;
  license?: string;
  model?: { name: string; size?: string };
  hardware?: { gpus?: number; vram?: string };
  inputs?: Array<Record<string, string | number | boolean>>;
  /** A run-module test plan (packages/module-runner/schema/test-plan.schema.json). */
  tests?: Record<string, unknown>;
}

/** The order keys are written in (the schema's order). */
export const ENTRY_KEYS = Object.keys(schema.properties) as Array<keyof ListEntry>;

// Compiled on first use: the rewards tally reads entries without the schema.
let compiled: ValidateFunction<ListEntry> | undefined;
function validator(): ValidateFunction<ListEntry> {
  if (!compiled) {
    const ajv = new Ajv({ allErrors: true, strict: true, strictRequired: false, allowUnionTypes: true, verbose: true });
    ajv.addSchema(testPlanSchema);
    compiled = ajv.compile<ListEntry>(schema);
  }
  return compiled;
}

export interface ParsedListEntry {
  /** Null when the file is not YAML or breaks the schema. */
  entry: ListEntry | null;
  document: EntryDocument | null;
  findings: ListFinding[];
}

/** Reads and checks one entry file's text; `file` names it in findings. */
export function parseListEntry(file: string, text: string): ParsedListEntry {
  const { document, findings } = readEntryDocument(file, text);
  if (!document) return { entry: null, document, findings };
  const value = document.value;
  const validate = validator();
  if (validate(value)) return { entry: value, document, findings: [] };
  const out: ListFinding[] = [];
  const seen = new Set<string>();
  for (const e of relevant(validate.errors ?? [])) {
    const at = locateSchemaError(document.doc, document.lines, file, e);
    const message = describe(e);
    const key = `${at.line}:${at.column}:${message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ rule: 'entry-schema', severity: 'error', audience: 'creator', file, line: at.line, column: at.column, message, hint: hintFor(e) });
  }
  return { entry: null, document, findings: out };
}

/** The position of a key's value in a parsed entry (1:1 when absent). */
export function entryPosition(document: EntryDocument | null, file: string, path: Array<string | number>): { line: number; column: number } {
  if (!document) return { line: 1, column: 1 };
  const at = locatePath(document.doc, document.lines, file, path);
  return { line: at.line ?? 1, column: at.column ?? 1 };
}

// An if/then failure repeats as an "if" error; a oneOf failure as one error per branch.
function relevant(errors: ErrorObject[]): ErrorObject[] {
  const oneOf = new Set(errors.filter((e) => e.keyword === 'oneOf').map((e) => e.instancePath));
  return errors.filter((e) => e.keyword !== 'if' && (e.keyword === 'oneOf' || !oneOf.has(e.instancePath)));
}

function describe(e: ErrorObject): string {
  const path = pointerSegments(e.instancePath);
  const key = keyName(path).replace(/^the configuration$/, 'the entry');
  const found = ` (found ${JSON.stringify(e.data)})`;
  switch (e.keyword) {
    case 'additionalProperties': {
      const name = (e.params as { additionalProperty: string }).additionalProperty;
      return path.length === 0 ? `Unknown key "${name}".` : `Unknown key "${name}" in ${key}.`;
    }
    case 'required': {
      const missing = (e.params as { missingProperty: string }).missingProperty;
      return path.length === 0 ? `"${missing}" is required.` : `${key}: "${missing}" is required.`;
    }
    case 'type':
      return `${key} must be ${article((e.params as { type: string | string[] }).type)}${found}.`;
    case 'enum':
      return `${key} must be one of ${((e.params as { allowedValues: unknown[] }).allowedValues ?? []).join(', ')}${found}.`;
    case 'const':
      return `${key} must be ${JSON.stringify((e.params as { allowedValue: unknown }).allowedValue)}${found}.`;
    case 'pattern':
      return `${key} ${patternMeaning(path)}${found}.`;
    case 'minLength':
      return (e.params as { limit: number }).limit <= 1 ? `${key} must not be empty.` : `${key} must be at least ${(e.params as { limit: number }).limit} characters${found}.`;
    case 'maxLength':
      return `${key} must be at most ${(e.params as { limit: number }).limit} characters.`;
    case 'minItems':
      return `${key} must list at least ${(e.params as { limit: number }).limit}.`;
    case 'maxItems':
      return `${key} must list at most ${(e.params as { limit: number }).limit}.`;
    case 'minimum':
    case 'exclusiveMinimum':
    case 'maximum':
      return `${key} ${e.message ?? 'is out of range'}${found}.`;
    case 'propertyNames':
      return `${key}: the input name "${(e.params as { propertyName: string }).propertyName}" must not be empty or hold "=" or spaces.`;
    default:
      return `${key} ${e.message ?? 'is invalid'}${found}.`;
  }
}

function patternMeaning(path: string[]): string {
  const last = path.at(-1);
  if (last === 'creator') return 'must be a GitHub login';
  if (last === 'commit') return 'must be the full 40-character commit hash, lowercase (git ls-remote shows it)';
  if (last === 'name' && path.length === 1) return 'must be one line without | [ ] ` < > or \\ (it is shown in a Markdown table)';
  if (last === 'vram') return 'must be an amount such as 24GB';
  return 'has characters that are not allowed';
}

function hintFor(e: ErrorObject): string {
  if (e.keyword === 'additionalProperties') return `The keys an entry may have: ${ENTRY_KEYS.join(', ')} (schema: packages/module-list/schema/module-entry.schema.json).`;
  if (e.keyword === 'required' && (e.params as { missingProperty: string }).missingProperty === 'model') return 'An entry in section api needs model.name: the model name API requests use.';
  return 'See packages/module-list/schema/module-entry.schema.json for every key.';
}

function article(type: string | string[]): string {
  const words = (Array.isArray(type) ? type : type.split(',')).map((t) => (t === 'array' ? 'a list' : t === 'object' ? 'a mapping' : t === 'integer' ? 'a whole number' : `a ${t}`));
  return words.join(' or ');
}
