// A read-only view of the rendered module's JSON with source offsets, and lookups that bind keys
// the way Go's encoding/json does (case-insensitive, last duplicate wins).
import { equalFoldAscii } from '../decode/go-strings';
import type { JsonMember, JsonNode } from '../decode/json-node';

export type { JsonMember, JsonNode };

/** A node and its JSON pointer (keys as written). */
export interface Located {
  value: JsonNode;
  pointer: string;
  /** The object member it is the value of, if any. */
  member?: JsonMember;
}

export function locateRoot(root: JsonNode): Located {
  return { value: root, pointer: '' };
}

/** The member Go would bind to struct field `name`: the last key equal to it ignoring case. */
export function field(parent: Located | undefined, name: string): Located | undefined {
  const node = parent?.value;
  if (!node || node.kind !== 'object') return undefined;
  for (let i = node.members.length - 1; i >= 0; i--) {
    const m = node.members[i]!;
    if (m.key === name || equalFoldAscii(m.key, name)) return { value: m.value, pointer: `${parent.pointer}/${escapePointer(m.key)}`, member: m };
  }
  return undefined;
}

export function items(parent: Located | undefined): Located[] {
  const node = parent?.value;
  if (!node || node.kind !== 'array') return [];
  return node.items.map((value, i) => ({ value, pointer: `${parent.pointer}/${i}` }));
}

export function stringValue(l: Located | undefined): string | undefined {
  return l?.value.kind === 'string' ? l.value.value : undefined;
}

export function numberValue(l: Located | undefined): number | undefined {
  return l?.value.kind === 'number' ? Number(l.value.text) : undefined;
}

export function isEmpty(l: Located): boolean {
  const n = l.value;
  if (n.kind === 'null') return true;
  if (n.kind === 'string') return n.value === '';
  if (n.kind === 'array') return n.items.length === 0;
  if (n.kind === 'object') return n.members.length === 0;
  return false;
}

export function escapePointer(key: string): string {
  // Most keys need no escaping; this runs for every key looked up.
  if (!key.includes('~') && !key.includes('/')) return key;
  return key.replaceAll('~', '~0').replaceAll('/', '~1');
}
