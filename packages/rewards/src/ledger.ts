// The ledger branch: one immutable file per month (rewards/YYYY-MM.json and .csv) and index.json,
// which records each month's totals and the SHA-256 of its files. Both writers (GraphQL API, git)
// share what is here: reading and verifying a snapshot, deciding what a run may write, and the
// compare-and-swap loop that makes a re-run a no-op and a race end in exactly one commit.

import { canonicalJson, sha256 } from './canonical-json';
import { LedgerIntegrityError, RestatementRequiredError, RewardsError } from './errors';
import { parseMonthFile, renderMonthFile, resultSha256, type MonthFile, type MonthResult, type Restatement } from './rewards-json';
import type { EarlierCount } from './rules';

export const INDEX_PATH = 'index.json';
export const monthJsonPath = (month: string) => `rewards/${month}.json`;
export const monthCsvPath = (month: string) => `rewards/${month}.csv`;

/** The ledger's files at one commit: index.json and everything under rewards/. */
export interface LedgerSnapshot {
  /** Null when the branch does not exist yet. */
  head: string | null;
  /** First parent of `head`; lets a writer recognise its own commit after a lost answer. */
  headParent: string | null;
  files: ReadonlyMap<string, string>;
}

export interface IndexEntry {
  json: { path: string; sha256: string };
  csv: { path: string; sha256: string };
  resultSha256: string;
  total: number;
  counted: number;
  excluded: number;
  restatements: number;
}

export interface LedgerIndex {
  schemaVersion: 1;
  repository: string;
  months: Record<string, IndexEntry>;
  total: number;
}

export interface VerifiedLedger {
  snapshot: LedgerSnapshot;
  index: LedgerIndex;
  months: ReadonlyMap<string, MonthFile>;
}

/** Where a ledger lives, for messages. */
export interface LedgerPlace {
  repository: string;
  branch: string;
}

/**
 * Checks that the branch holds what this tool wrote: every month listed in index.json present
 * with the recorded hashes, and nothing under rewards/ that the index does not list. A ledger
 * edited by hand is refused, never built upon.
 */
export function verifyLedger(snapshot: LedgerSnapshot, place: LedgerPlace): VerifiedLedger {
  const at = `ledger branch "${place.branch}" of ${place.repository}${snapshot.head ? ` (commit ${snapshot.head.slice(0, 12)})` : ''}`;
  const refuse = (problem: string, hint: string) =>
    new LedgerIntegrityError(`${at}: ${problem}. Nothing was written.`, { hint });
  const restoreHint = (path: string) =>
    `The file was changed outside this action. Restore it from the branch history (git log -p ${place.branch} -- ${path}); to change a recorded month, re-run it with restate: true and a reason.`;

  const indexText = snapshot.files.get(INDEX_PATH);
  const monthPaths = [...snapshot.files.keys()].filter((p) => p.startsWith('rewards/'));
  if (indexText === undefined) {
    if (monthPaths.length > 0) throw refuse(`${monthPaths[0]} exists but ${INDEX_PATH} does not`, restoreHint(INDEX_PATH));
    return { snapshot, index: emptyIndex(place.repository), months: new Map() };
  }
  const index = parseIndex(indexText);
  if (!index) throw refuse(`${INDEX_PATH} is not a ledger index this tool wrote`, restoreHint(INDEX_PATH));
  if (index.repository.toLowerCase() !== place.repository.toLowerCase()) {
    throw refuse(`${INDEX_PATH} records rewards of ${index.repository}, not ${place.repository}`, 'Use a ledger branch of its own for each list repository (the ledger-branch input).');
  }
  const months = new Map<string, MonthFile>();
  const listed = new Set<string>();
  for (const [month, entry] of Object.entries(index.months)) {
    for (const file of [entry.json, entry.csv]) {
      listed.add(file.path);
      const text = snapshot.files.get(file.path);
      if (text === undefined) throw refuse(`${file.path} is listed in ${INDEX_PATH} but missing`, restoreHint(file.path));
      const actual = sha256(text);
      if (actual !== file.sha256) {
        throw refuse(
          `${file.path} does not match ${INDEX_PATH} (recorded sha256 ${file.sha256.slice(0, 12)}…, found ${actual.slice(0, 12)}…)`,
          restoreHint(file.path),
        );
      }
    }
    const parsed = parseMonthFile(snapshot.files.get(entry.json.path) as string);
    if ('error' in parsed) throw refuse(`${entry.json.path} ${parsed.error}`, restoreHint(entry.json.path));
    if (parsed.file.month !== month || resultSha256(parsed.file) !== entry.resultSha256) {
      throw refuse(`${entry.json.path} does not hold the result ${INDEX_PATH} records for ${month}`, restoreHint(entry.json.path));
    }
    months.set(month, parsed.file);
  }
  const stray = monthPaths.find((p) => !listed.has(p));
  if (stray) throw refuse(`${stray} is not listed in ${INDEX_PATH}`, `Remove it, or restore ${INDEX_PATH} from the branch history.`);
  return { snapshot, index, months };
}

function emptyIndex(repository: string): LedgerIndex {
  return { schemaVersion: 1, repository, months: {}, total: 0 };
}

function parseIndex(text: string): LedgerIndex | null {
  try {
    const value = JSON.parse(text) as Partial<LedgerIndex>;
    if (value.schemaVersion !== 1 || typeof value.repository !== 'string' || !value.months || typeof value.months !== 'object') return null;
    for (const entry of Object.values(value.months)) {
      if (!entry?.json?.path || !entry.json.sha256 || !entry.csv?.path || !entry.csv.sha256 || !entry.resultSha256) return null;
    }
    return value as LedgerIndex;
  } catch {
    return null;
  }
}

/** Counted modules of months before `month`, for the cooldown's look back. */
export function earlierCounts(ledger: VerifiedLedger, month: string): EarlierCount[] {
  const out: EarlierCount[] = [];
  for (const [m, file] of ledger.months) {
    if (m >= month) continue;
    for (const pull of file.counted) {
      // An excepted module did not start a cooldown when it was counted; it does not now either.
      if (pull.kind === 'add' && pull.cooldownException === null) {
        out.push({ number: pull.number, month: m, recipient: pull.recipient, mergedAt: pull.mergedAt });
      }
    }
  }
  return out;
}

export interface Restate {
  reason: string;
}

export type LedgerPlan =
  | { kind: 'unchanged'; monthFile: string; csv: string }
  | {
      kind: 'write';
      restated: boolean;
      monthFile: string;
      csv: string;
      files: Array<{ path: string; contents: string }>;
      message: { headline: string; body: string };
    };

/**
 * What recording `result` on this ledger means: nothing (the same result is there), a new month,
 * or — only when asked with a reason — a restatement of a recorded month. Other months' files are
 * never in the plan.
 */
export function planMonthWrite(ledger: VerifiedLedger, result: MonthResult, csv: string, restate: Restate | null, place: LedgerPlace): LedgerPlan {
  const month = result.month;
  const recorded = ledger.months.get(month);
  const newHash = resultSha256(result);
  let restatements: Restatement[] = [];
  if (recorded) {
    const recordedHash = resultSha256(recorded);
    if (recordedHash === newHash) {
      return { kind: 'unchanged', monthFile: renderMonthFile(result, recorded.restatements), csv };
    }
    if (!restate) {
      throw new RestatementRequiredError(
        `${month} is already recorded on ledger branch "${place.branch}" with a different result ` +
          `(recorded: ${recorded.total} Lilybits to ${recorded.counted.length} PRs; now: ${result.total} Lilybits to ${result.counted.length} PRs). Nothing was written.`,
        { hint: 'If the change is intended (a label added late, a corrected configuration), re-run the month with restate: true and a reason; the reason is kept in the file and the commit.' },
      );
    }
    restatements = [...recorded.restatements, { reason: restate.reason, replacedResultSha256: recordedHash, replacedTotal: recorded.total }];
  }
  const monthFile = renderMonthFile(result, restatements);
  const jsonPath = monthJsonPath(month);
  const csvPath = monthCsvPath(month);
  const index: LedgerIndex = {
    ...ledger.index,
    months: {
      ...ledger.index.months,
      [month]: {
        json: { path: jsonPath, sha256: sha256(monthFile) },
        csv: { path: csvPath, sha256: sha256(csv) },
        resultSha256: newHash,
        total: result.total,
        counted: result.counted.length,
        excluded: result.excluded.length,
        restatements: restatements.length,
      },
    },
  };
  index.total = Object.values(index.months).reduce((n, m) => n + m.total, 0);
  const restated = recorded !== undefined;
  const summary = `${result.counted.length} counted, ${result.excluded.length} excluded, ${result.total} Lilybits`;
  const body = [
    `Repository: ${result.repository}`,
    `Window: [${result.window.start}, ${result.window.end})`,
    `Rules version: ${result.rulesVersion}`,
    `Configuration sha256: ${result.configSha256}`,
    `Result sha256: ${newHash}`,
    ...(restated && restate ? ['', `Restated: ${restate.reason}`, `Replaces result sha256: ${resultSha256(recorded as MonthFile)} (${(recorded as MonthFile).total} Lilybits)`] : []),
  ].join('\n');
  return {
    kind: 'write',
    restated,
    monthFile,
    csv,
    files: [
      { path: jsonPath, contents: monthFile },
      { path: csvPath, contents: csv },
      { path: INDEX_PATH, contents: canonicalJson(index) },
    ],
    message: { headline: `rewards: ${restated ? 'restate ' : ''}${month}: ${summary}`, body },
  };
}

export type WritePlan = Extract<LedgerPlan, { kind: 'write' }>;

export type CommitAttempt =
  | { ok: true; commit: string }
  | { ok: false; reason: 'stale' }
  /** `onto`: the commit the change was sent on top of. */
  | { ok: false; reason: 'uncertain'; onto: string };

/** A ledger branch's storage: the GraphQL API or a git remote. */
export interface LedgerStore {
  read(): Promise<LedgerSnapshot>;
  /**
   * Commits the plan's files on top of `base.head` (creating the branch when `base.head` is
   * null) if the branch still points there. `stale`: it moved, re-read. `uncertain`: the change was
   * sent but no answer came, so it may have landed on `onto`.
   */
  commit(base: LedgerSnapshot, plan: WritePlan): Promise<CommitAttempt>;
  /** e.g. the commit's web URL. */
  commitUrl(commit: string): string | null;
}

export interface RecordOutcome {
  status: 'written' | 'restated' | 'unchanged';
  /** The new commit; empty when nothing changed. */
  commit: string;
  monthFile: string;
  csv: string;
}

/** Attempts, each a fresh read, plan and compare-and-swap, before giving up. */
export const MAX_WRITE_ATTEMPTS = 5;

/**
 * Records the month: read, verify, plan, compare-and-swap, and on a moved branch start over from
 * a fresh read (never a rebase of old files). Bounded; a lost answer is resolved by reading back.
 */
export async function recordMonth(
  store: LedgerStore,
  result: MonthResult,
  csv: string,
  restate: Restate | null,
  place: LedgerPlace,
  log: (line: string) => void = () => undefined,
  /** The ledger as the caller already read and verified it: the first attempt starts from it. */
  initial?: VerifiedLedger,
): Promise<RecordOutcome> {
  let sentOnto: string | undefined;
  let reuse = initial;
  for (let attempt = 1; attempt <= MAX_WRITE_ATTEMPTS; attempt += 1) {
    const ledger = reuse ?? verifyLedger(await store.read(), place);
    const snapshot = ledger.snapshot;
    reuse = undefined;
    const plan = planMonthWrite(ledger, result, csv, restate, place);
    if (plan.kind === 'unchanged') {
      // Our own commit, when a change was sent without an answer and landed on the head we sent it onto.
      const ours = sentOnto !== undefined && snapshot.head !== null && snapshot.headParent === sentOnto;
      return { status: ours ? (restate ? 'restated' : 'written') : 'unchanged', commit: ours ? (snapshot.head as string) : '', monthFile: plan.monthFile, csv };
    }
    const outcome = await store.commit(snapshot, plan);
    if (outcome.ok) return { status: plan.restated ? 'restated' : 'written', commit: outcome.commit, monthFile: plan.monthFile, csv };
    if (outcome.reason === 'uncertain') sentOnto = outcome.onto;
    log(`ledger: ${outcome.reason === 'stale' ? `branch ${place.branch} moved` : 'no answer to the commit'}; reading it again (attempt ${attempt + 1} of ${MAX_WRITE_ATTEMPTS})`);
  }
  throw new RewardsError(`could not record the month on ledger branch "${place.branch}": it kept moving during ${MAX_WRITE_ATTEMPTS} attempts`, {
    hint: 'Another writer is busy with the branch; re-run when it is done (the workflow queues writers with a concurrency group).',
  });
}
