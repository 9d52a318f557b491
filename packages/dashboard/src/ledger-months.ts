// The months the site shows, read through the rewards package's own parser and schema: every
// month file of the ledger, checked against the SHA-256 that index.json recorded for it, plus any
// preview files (a dry run's tally). A month that cannot be read does not stop the build: it is
// kept as broken, with where and why, so its page can say so while the others render.

import { createHash } from 'node:crypto';
import { INDEX_PATH, parseMonthFile, resultSha256, UserInputError, type MonthFile, type Problem } from '@lilypad-actions/rewards';
import type { LedgerFiles } from './ledger-source';

export type Integrity =
  /** index.json records this file's SHA-256. */
  | 'verified'
  /** The ledger has no index.json (a folder of month files put together by hand). */
  | 'no-index'
  /** index.json does not list the month. */
  | 'unlisted'
  /** The file is not the one index.json recorded: it was changed outside the rewards action. */
  | 'mismatch'
  /** A dry run's tally, recorded nowhere. */
  | 'preview';

export interface SiteMonth {
  /** `YYYY-MM`. */
  month: string;
  /** The file, as messages name it (`ledger/rewards/2025-03.json`, `origin/ledger:rewards/2025-03.json`). */
  source: string;
  /** The file as the site names it: its path on the ledger branch, or a preview's file name. */
  name: string;
  /** Null when the file is broken. */
  file: MonthFile | null;
  /** Why the month could not be read. */
  broken: Problem | null;
  integrity: Integrity;
  /** For a preview that stands in for a recorded month with a different result. */
  replacesRecorded: boolean;
}

export interface PreviewFile {
  /** As messages name it. */
  path: string;
  text: string;
}

export interface LedgerMonths {
  /** `owner/name`, from index.json or the newest readable month; null for an empty ledger. */
  repository: string | null;
  /** Oldest first. */
  months: SiteMonth[];
  /** Broken months and files that are not what index.json recorded, one problem each. */
  problems: Problem[];
}

const MONTH_FILE = /^rewards\/(\d{4}-(?:0[1-9]|1[0-2]))\.json$/;
const MONTH_NAME = /^\d{4}-(?:0[1-9]|1[0-2])$/;

interface IndexEntry {
  path: string;
  sha256: string;
}

/**
 * Reads the ledger's months and lays the previews over them. A broken preview is an error (it was
 * given by name); a broken ledger month is a problem, and the month is kept as broken.
 */
export function readMonths(ledger: LedgerFiles, previews: readonly PreviewFile[]): LedgerMonths {
  const problems: Problem[] = [];
  const index = readIndex(ledger, problems);
  const months = new Map<string, SiteMonth>();

  for (const [ledgerPath, text] of ledger.files) {
    if (ledgerPath === INDEX_PATH) continue;
    const source = ledger.displayPath(ledgerPath);
    const named = MONTH_FILE.exec(ledgerPath)?.[1];
    if (!named) {
      problems.push({ location: { file: source }, message: 'not a month file (rewards/YYYY-MM.json): ignored' });
      continue;
    }
    const month = readMonthText(text, source, ledgerPath, named);
    const recorded = index?.months.get(named);
    if (month.file) {
      if (!index) month.integrity = 'no-index';
      else if (!recorded) {
        month.integrity = 'unlisted';
        problems.push({ location: { file: source }, message: `${named} is not listed in ${INDEX_PATH}: the rewards action did not record it` });
      } else if (sha256(text) !== recorded.sha256) {
        month.integrity = 'mismatch';
        problems.push({ location: { file: source }, message: `not the file ${INDEX_PATH} records for ${named} (its SHA-256 differs): it was changed outside the rewards action` });
      }
    }
    if (month.broken) problems.push(month.broken);
    months.set(named, month);
  }
  for (const [named, entry] of index?.months ?? []) {
    if (months.has(named)) continue;
    const source = ledger.displayPath(entry.path);
    if (!MONTH_NAME.test(named)) {
      problems.push({ location: { file: ledger.displayPath(INDEX_PATH) }, message: `lists ${JSON.stringify(named)}, which is not a month (YYYY-MM): ignored` });
      continue;
    }
    const broken = { location: { file: source }, message: `${INDEX_PATH} lists ${named}, but its file is missing` };
    problems.push(broken);
    months.set(named, { month: named, source, name: entry.path, file: null, broken, integrity: 'verified', replacesRecorded: false });
  }

  for (const preview of previews) {
    const parsed = parseMonthFile(preview.text, preview.path);
    if ('error' in parsed) {
      throw new UserInputError(parsed.error, { location: parsed.location, hint: 'a preview is a month file as the monthly-rewards action writes it (output-dir/YYYY-MM.json)' });
    }
    const recorded = months.get(parsed.file.month);
    // A dry run whose result is the recorded one previews nothing new: show the recorded month.
    if (recorded?.file && recorded.integrity !== 'mismatch' && resultSha256(recorded.file) === resultSha256(parsed.file)) continue;
    months.set(parsed.file.month, {
      month: parsed.file.month,
      source: preview.path,
      name: preview.path.split(/[\\/]/).at(-1) ?? preview.path,
      file: parsed.file,
      broken: null,
      integrity: 'preview',
      replacesRecorded: recorded !== undefined,
    });
  }

  const sorted = [...months.values()].sort((a, b) => (a.month < b.month ? -1 : 1));
  const newest = [...sorted].reverse().find((m) => m.file)?.file?.repository ?? null;
  return { repository: index?.repository ?? newest, months: sorted, problems };
}

function readMonthText(text: string, source: string, name: string, named: string): SiteMonth {
  const parsed = parseMonthFile(text, source);
  if ('error' in parsed) {
    return { month: named, source, name, file: null, broken: { location: parsed.location, message: parsed.error }, integrity: 'verified', replacesRecorded: false };
  }
  if (parsed.file.month !== named) {
    const offset = text.indexOf('"month"');
    const line = offset < 0 ? undefined : text.slice(0, offset).split('\n').length;
    return {
      month: named,
      source,
      name,
      file: null,
      broken: { location: { file: source, ...(line ? { line } : {}) }, message: `holds the month ${parsed.file.month}, not ${named}` },
      integrity: 'verified',
      replacesRecorded: false,
    };
  }
  return { month: named, source, name, file: parsed.file, broken: null, integrity: 'verified', replacesRecorded: false };
}

function readIndex(ledger: LedgerFiles, problems: Problem[]): { repository: string | null; months: Map<string, IndexEntry> } | null {
  const text = ledger.files.get(INDEX_PATH);
  if (text === undefined) return null;
  const unreadable = () => {
    problems.push({ location: { file: ledger.displayPath(INDEX_PATH) }, message: `not a ledger index: months are shown without checking them against it` });
    return null;
  };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return unreadable();
  }
  const record = value as { repository?: unknown; months?: unknown };
  if (!record || typeof record !== 'object' || !record.months || typeof record.months !== 'object') return unreadable();
  const months = new Map<string, IndexEntry>();
  for (const [month, entry] of Object.entries(record.months as Record<string, { json?: { path?: unknown; sha256?: unknown } }>)) {
    const json = entry?.json;
    if (typeof json?.path !== 'string' || typeof json.sha256 !== 'string') return unreadable();
    months.set(month, { path: json.path, sha256: json.sha256 });
  }
  return { repository: typeof record.repository === 'string' ? record.repository : null, months };
}

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}
