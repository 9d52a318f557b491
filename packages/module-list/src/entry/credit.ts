// The part of an entry the monthly tally reads to credit a merged PR: the module, its display
// name and its creator. Lenient on purpose: months merged before the list's format existed hold
// minimal entries (`module` required, `name` and `creator` optional, .json or YAML at any depth),
// and those months must still tally. The submission checks hold new entries to the full format.

import { readEntryDocument } from './entry-document';
import { jsonSyntaxError, lineColumn } from './json-syntax';

/** What the rewards rules read from an entry. */
export interface ModuleEntry {
  /** The entry's file, e.g. `modules/jamiebones/Spark-TTS-0.5B.yaml`. */
  path: string;
  /** Display name: the entry's `name`, else the file name without extension. */
  name: string;
  /** The module reference as `lilypad run` takes it, e.g. `github.com/owner/repo:v1.0.0`. */
  module: string;
  /** The GitHub login credited, when the entry names one (someone may submit for a creator). */
  creator: string | null;
}

export type EntryResult = { ok: true; entry: ModuleEntry } | { ok: false; error: string };

const LOGIN = /^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$/;

/** Reads an entry's credit fields; the error names the file, line and column and what is wrong. */
export function parseEntry(path: string, text: string): EntryResult {
  let value: unknown;
  if (path.toLowerCase().endsWith('.json')) {
    try {
      value = JSON.parse(text);
    } catch (e) {
      const found = jsonSyntaxError(text);
      if (!found) return { ok: false, error: `${path} does not parse: ${e instanceof Error ? (e.message.split('\n')[0] ?? e.message) : String(e)}` };
      const at = lineColumn(text, found.offset);
      return { ok: false, error: `${path} does not parse: line ${at.line}, column ${at.column}: ${found.message}` };
    }
  } else {
    const { document, findings } = readEntryDocument(path, text);
    const first = findings[0];
    if (!document) {
      const where = first?.line !== undefined ? `line ${first.line}, column ${first.column ?? 1}: ` : '';
      return { ok: false, error: `${path} does not parse: ${where}${first?.message ?? 'not YAML'}` };
    }
    value = document.value;
  }
  if (!value || typeof value !== 'object' || Array.isArray(value)) {
    return { ok: false, error: `${path} must be a mapping with at least a "module" key` };
  }
  const record = value as Record<string, unknown>;
  if (typeof record.module !== 'string' || record.module.trim() === '') {
    return { ok: false, error: `${path}: "module" (the module reference, e.g. github.com/owner/repo:v1.0.0) is missing or not a string` };
  }
  if (record.creator !== undefined && (typeof record.creator !== 'string' || !LOGIN.test(record.creator))) {
    return { ok: false, error: `${path}: "creator" must be a GitHub login (found ${JSON.stringify(record.creator)})` };
  }
  const stem = (path.split('/').at(-1) ?? path).replace(/\.[^.]+$/, '');
  return {
    ok: true,
    entry: {
      path,
      name: typeof record.name === 'string' && record.name.trim() !== '' ? record.name : stem,
      module: record.module.trim(),
      creator: typeof record.creator === 'string' ? record.creator : null,
    },
  };
}
