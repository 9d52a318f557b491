// Writes report.json next to the case outputs it points at. The workflow uploads the directory as
// an artifact and the next run reads the file back as a baseline, so a reader must never see a
// half-written file (temporary name, then rename) and the same report must give the same bytes.

import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { randomBytes } from 'node:crypto';
import type { RunReport } from './types';

export const REPORT_FILE = 'report.json';

/** Writes `report` to `<dir>/report.json` atomically, in stable key order; returns the path. */
export function writeReport(dir: string, report: RunReport): string {
  const path = join(dir, REPORT_FILE);
  writeFileAtomic(path, stableJson(report));
  return path;
}

/**
 * JSON with object keys sorted at every depth (`version` first, so a reader checks it before
 * anything else), two-space indentation and a final newline. Arrays keep their order.
 * Throws on a number JSON cannot hold: `JSON.stringify` would quietly write NaN as null, which the
 * schema rejects only later, far from the bug.
 */
export function stableJson(value: unknown): string {
  return `${JSON.stringify(value, sortKeys, 2)}\n`;
}

function sortKeys(this: unknown, key: string, value: unknown): unknown {
  if (typeof value === 'number' && !Number.isFinite(value)) throw new RangeError(`cannot write ${value} as JSON (key "${key}")`);
  if (!value || typeof value !== 'object' || Array.isArray(value)) return value;
  const keys = Object.keys(value).sort((a, b) => (a === 'version' ? -1 : b === 'version' ? 1 : a < b ? -1 : a > b ? 1 : 0));
  const out: Record<string, unknown> = {};
  for (const k of keys) out[k] = (value as Record<string, unknown>)[k];
  return out;
}

/** Writes `text` under a temporary name in the same directory, then renames it over `path`. */
export function writeFileAtomic(path: string, text: string): void {
  mkdirSync(dirname(path), { recursive: true });
  // Same directory: rename is atomic only within one filesystem. The random part keeps two
  // writers in one process (parallel cases) off each other's temporary file.
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    writeFileSync(temporary, text);
    renameSync(temporary, path);
  } catch (e) {
    rmSync(temporary, { force: true });
    throw e;
  }
}
