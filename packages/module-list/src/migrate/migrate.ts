// `lilypad-module entries migrate`: the README's module tables become one entry file per module,
// and the README gets markers around each table so that `entries readme` can regenerate it. What
// the tables do not say is filled in and reported for maintainers to check: the creator (the
// repository's owner), the category (guessed from the name), a description, and the commit the ref
// points to (resolved with git when the repository is reachable, else left out and reported).

import type { ListFinding } from '../findings';
import type { ModuleReference } from '../entry/module-reference';
import { entryPathFor } from '../entry/entry-path';
import type { Category, ListEntry } from '../entry/list-entry';
import { renderEntry } from '../entry/write-entry';
import { markTables } from '../readme/readme-sync';
import { readReadmeModules, type ModuleRow } from './readme-modules';
import { mapLimit } from '../map-limit';

/** What a ref points to, as `git ls-remote` tells it. */
export interface ResolvedRef {
  commit: string;
  kind: 'tag' | 'branch' | 'commit';
}

/** Resolves a reference's ref in its repository; an `error` says why it could not. */
export type RefResolver = (reference: ModuleReference) => Promise<ResolvedRef | { error: string }>;

export interface MigratedEntry {
  /** Relative to the list repository: modules/<owner>/<repo>.yaml. */
  path: string;
  entry: Partial<ListEntry>;
  /** The file's text. */
  text: string;
  /** The README row it came from. */
  line: number;
}

export interface Migration {
  entries: MigratedEntry[];
  findings: ListFinding[];
  /** The README with markers around each module table and the tables generated from the entries. */
  readme: string;
}

const FULL_COMMIT = /^[0-9a-f]{40}$/;
const LOGIN = /^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$/;

/** Migrates a README's module tables; never throws on what the README holds. */
export async function migrateReadme(file: string, text: string, options: { resolve?: RefResolver; concurrency?: number } = {}): Promise<Migration> {
  const read = readReadmeModules(file, text);
  const findings = [...read.findings];
  const taken = new Set<string>();
  const planned = read.rows.map((row) => {
    const path = entryPathFor(row.reference, taken);
    taken.add(path.toLowerCase());
    return { row, path };
  });
  const resolved = await mapLimit(planned, options.concurrency ?? 8, async ({ row }) => (options.resolve ? options.resolve(row.reference) : null));
  const entries: MigratedEntry[] = planned.map(({ row, path }, i) => {
    const entry = entryFor(row);
    const at = { file, line: row.line, column: 1, audience: 'maintainers' as const };
    const answer = resolved[i];
    // A ref given as an abbreviated commit resolves to itself: the entry's commit needs all 40 digits.
    const r = answer && 'commit' in answer && !FULL_COMMIT.test(answer.commit) ? { error: `${row.reference.ref} is an abbreviated commit, and an entry pins all 40 hex digits` } : answer;
    if (r && 'commit' in r) {
      entry.commit = r.commit;
      if (r.kind === 'branch') {
        findings.push({ ...at, rule: 'ref-is-branch', severity: 'warning', message: `${row.name} runs the branch ${row.reference.ref}, pinned at ${r.commit.slice(0, 12)} in ${path}; a branch moves under everyone who runs it.`, hint: 'Ask the creator to tag a release and list the tag.' });
      }
    } else {
      findings.push({
        ...at,
        rule: 'commit-unresolved',
        severity: 'warning',
        message: `${row.name}: the commit of ${row.module} was not resolved (${r ? r.error : 'no network access was asked for'}); ${path} has no commit.`,
        hint: `Add commit: with the hash \`git ls-remote ${row.reference.repo} ${row.reference.ref}\` prints, after checking the module still runs.`,
      });
    }
    findings.push({
      ...at,
      rule: 'migrated-guesses',
      severity: 'info',
      message: `${path}: creator ${entry.creator} (the repository's owner), category ${entry.category} (from the name) and the description were filled in by the migration.`,
      hint: 'Check them before committing the entry.',
    });
    return { path, entry, text: renderEntry(entry), line: row.line };
  });
  const readme = markTables(text, read.tables, entries.map((e) => e.entry as ListEntry));
  return { entries, findings, readme };
}

function entryFor(row: ModuleRow): Partial<ListEntry> {
  const entry: Partial<ListEntry> = {
    name: row.name,
    module: row.module,
    creator: LOGIN.test(row.reference.owner) ? row.reference.owner : 'Lilypad-Tech',
    description: `${row.name}, listed in the README's ${row.tableTitle} table before the list had entries.`,
    category: guessCategory(`${row.name} ${row.model ?? ''} ${row.reference.name}`),
    section: row.section,
  };
  if (row.model !== null) entry.model = { name: row.model };
  if (Object.keys(row.inputs).length > 0) entry.inputs = [row.inputs];
  return entry;
}

const CATEGORY_WORDS: Array<[Category, RegExp]> = [
  ['embedding', /embed/i],
  ['video', /video|\bsdv\b|wan\s?2|w\.a\.n\./i],
  ['audio', /tts|speech|audio|whisper|kokoro|music/i],
  ['image', /diffusion|sdxl|image|flux|\bsd\b|llava/i],
  ['bio', /protein|alphafold|bio|dna|rna/i],
  ['llm', /llama|deepseek|qwen|mistral|phi-?\d|gemma|falcon|openthinker|deepscaler|gpt|ollama|coder/i],
  ['data', /duckdb|sql|data|kamu/i],
];

/** A category from the module's name and model; `other` when nothing fits. */
export function guessCategory(text: string): Category {
  return CATEGORY_WORDS.find(([, re]) => re.test(text))?.[0] ?? 'other';
}
