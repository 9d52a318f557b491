// One serialisation for everything this package records: object keys sorted at every depth,
// two-space indentation, a final newline. The same value always gives the same bytes, so a file's
// hash identifies its content and a re-run can tell "unchanged" from "changed" byte for byte.

import { createHash } from 'node:crypto';

/** Serialises JSON data with sorted keys; arrays keep their order (callers sort them). */
export function canonicalJson(value: unknown): string {
  // Each object is re-keyed as the serialiser reaches it, so no sorted copy of a whole month
  // (tens of thousands of objects) is ever built.
  return `${JSON.stringify(value, sortedKeys, 2)}\n`;
}

function sortedKeys(_key: string, value: unknown): unknown {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return value;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value).sort()) out[key] = (value as Record<string, unknown>)[key];
  return out;
}

/** Hex SHA-256 of a string's UTF-8 bytes. */
export function sha256(text: string | Buffer): string {
  return createHash('sha256').update(text).digest('hex');
}
