// YAML read with its positions kept, so that a problem in a configuration file is reported at its
// line and column with the key's name. Shared by every YAML file the project reads (the rewards
// configuration, the usage file, module-runner's test plans).

import type { ErrorObject } from 'ajv';
import { isMap, isPair, isScalar, LineCounter, parseDocument, type Document } from 'yaml';
import { FileProblemsError, type SourceLocation } from './problems';

/** YAML (JSON is YAML too) with positions kept for messages; syntax errors become FileProblemsErrors. */
export function parseYaml(text: string, file: string): { value: unknown; doc: Document; lines: LineCounter } {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, uniqueKeys: true, prettyErrors: true });
  if (doc.errors.length > 0) {
    throw new FileProblemsError(
      doc.errors.map((e) => {
        const at = e.linePos?.[0];
        return {
          location: at ? { file, line: at.line, column: at.col } : { file },
          message: `not valid YAML: ${(e.message.split('\n')[0] ?? '').replace(/ at line \d+, column \d+:?$/, '')}`,
        };
      }),
    );
  }
  return { value: doc.toJS(), doc, lines };
}

/** The position of the node at `path` (or, with `key`, of that key in the map at `path`). */
export function locatePath(doc: Document, lines: LineCounter, file: string, path: Array<string | number>, key?: string): SourceLocation {
  let node: unknown = doc.contents;
  let offset = 0;
  const segments = key === undefined ? path : [...path, key];
  for (const [i, segment] of segments.entries()) {
    if (!isMap(node) && !(node && typeof node === 'object' && 'items' in node)) break;
    const items = (node as { items: unknown[] }).items;
    const item = isMap(node)
      ? items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(segment))
      : items[Number(segment)];
    if (!item) break;
    if (isPair(item)) {
      const last = i === segments.length - 1 && key !== undefined;
      const target = last ? item.key : item.value;
      offset = (target as { range?: [number, number, number] } | null)?.range?.[0] ?? offset;
      node = item.value;
      if (last) break;
    } else {
      offset = (item as { range?: [number, number, number] }).range?.[0] ?? offset;
      node = item;
    }
  }
  if (node === doc.contents && offset === 0) return { file, line: 1, column: 1 };
  const pos = lines.linePos(offset);
  return { file, line: pos.line, column: pos.col };
}

export function pointerSegments(pointer: string): string[] {
  return pointer
    .split('/')
    .slice(1)
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/** `baseline.lilybitsPerGpuDay`, `exceptions[0].reason`: the key as a person names it. */
export function keyName(path: Array<string | number>): string {
  let out = '';
  for (const segment of path) {
    out += /^\d+$/.test(String(segment)) ? `[${segment}]` : out ? `.${segment}` : String(segment);
  }
  return out || 'the configuration';
}

/** Where a JSON Schema (ajv) error points: the offending key for unknown or misnamed keys. */
export function locateSchemaError(doc: Document, lines: LineCounter, file: string, e: ErrorObject): SourceLocation {
  const path = pointerSegments(e.instancePath);
  if (e.keyword === 'additionalProperties') {
    return locatePath(doc, lines, file, path, String((e.params as { additionalProperty: string }).additionalProperty));
  }
  if (e.keyword === 'propertyNames') {
    return locatePath(doc, lines, file, path, String((e.params as { propertyName: string }).propertyName));
  }
  return locatePath(doc, lines, file, path);
}
