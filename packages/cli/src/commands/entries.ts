// `lilypad-module entries migrate|readme|check`: the awesome-lilypad list's entries from the
// command line. The work is @lilypad-actions/module-list's; this file reads the command line,
// reads and writes files, and maps outcomes to exit codes (0 / 1 / 2, as `validate`).

import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  CheckInputError,
  checkSubmission,
  formatCheckGithub,
  formatCheckJson,
  formatCheckText,
  MAX_ENTRY_BYTES,
  migrateReadme,
  ModuleRepos,
  parseListEntry,
  readEntryDocument,
  ReadmeMarkersError,
  readmeDiff,
  syncReadme,
  findingLocation,
  type ListEntry,
  type ListFinding,
} from '@lilypad-actions/module-list';
import { parseConfig } from '@lilypad-actions/rewards';
import { formatFlags, lastValue, parseArgs, type FlagSpec } from '../args';
import { EXIT, UsageError, UserError } from '../errors';
import type { Terminal } from '../terminal';

const HELP = { name: 'help', short: 'h', takesValue: false, description: 'show this help' } satisfies FlagSpec;

const migrateFlags: FlagSpec[] = [
  { name: 'out', takesValue: true, valueName: 'DIR', description: 'the list repository to write modules/<owner>/<repo>.yaml into (required)' },
  { name: 'readme-out', takesValue: true, valueName: 'FILE', description: 'also write the README with markers around each table and the tables\ngenerated from the entries' },
  { name: 'offline', takesValue: false, description: 'do not ask the repositories which commit each ref points to' },
  HELP,
];
const readmeFlags: FlagSpec[] = [
  { name: 'readme', takesValue: true, valueName: 'FILE', description: 'the README whose generated tables are rewritten (required)' },
  { name: 'check', takesValue: false, description: 'change nothing; exit 1 with a diff when the README is out of date' },
  HELP,
];
const checkFlags: FlagSpec[] = [
  { name: 'repo', takesValue: true, valueName: 'DIR', description: 'a checkout of the list repository holding both revisions (default .)' },
  { name: 'base', takesValue: true, valueName: 'REV', description: "the PR's base revision (required)" },
  { name: 'head', takesValue: true, valueName: 'REV', description: "the PR's head revision (required)" },
  { name: 'format', takesValue: true, valueName: 'FORMAT', description: 'text (default), json, or github (workflow commands: annotations)' },
  { name: 'strict', takesValue: false, description: 'warnings fail the check too' },
  { name: 'author', takesValue: true, valueName: 'LOGIN', description: "the PR author's login, for the creator check" },
  { name: 'pr-body', takesValue: true, valueName: 'FILE', description: 'the PR description, for the template check' },
  { name: 'max-entries', takesValue: true, valueName: 'N', description: 'entries one PR may add or change (default 10; 0: no limit)' },
  { name: 'cache', takesValue: true, valueName: 'DIR', description: 'where fetched module commits are kept between runs' },
  HELP,
];

export const entriesUsage = `Work with the awesome-lilypad module list: one YAML entry per module under modules/.

Usage:
  lilypad-module entries migrate <README.md> --out <dir> [--readme-out FILE] [--offline]
  lilypad-module entries readme <modules-dir> --readme <README.md> [--check]
  lilypad-module entries check --repo <dir> --base <rev> --head <rev> [--format text|json|github]

migrate   turns the README's module tables into entries; rows that name no usable module are
          reported with their reason and left out. Each ref is resolved to its commit with
          git ls-remote unless --offline.
${formatFlags(migrateFlags)}

readme    rewrites only the module tables between the README's markers, from the entries
          (stable order; running it twice changes nothing).
${formatFlags(readmeFlags)}

check     the submission checks of a PR: every entry the head adds or changes, against the
          base (schema, reference, ref → commit with plain git, template at that commit,
          image digest, duplicates, creator, files outside modules/, the README's tables,
          the PR description).
${formatFlags(checkFlags)}

Exit status: 0 done / valid; 1 invalid (check) or out of date (readme --check); 2 bad
arguments or an unusable file or revision.
`;

/** Runs `entries <sub> …`; resolves with the exit code. */
export async function entriesCommand(argv: readonly string[], term: Terminal): Promise<number> {
  const [sub, ...rest] = argv;
  if (sub === undefined || sub === '-h' || sub === '--help' || sub === 'help') {
    (sub === undefined ? term.stderr : term.stdout)(entriesUsage);
    return sub === undefined ? EXIT.usage : EXIT.ok;
  }
  try {
    if (sub === 'migrate') return await migrate(rest, term);
    if (sub === 'readme') return readme(rest, term);
    if (sub === 'check') return await check(rest, term);
  } catch (e) {
    if (e instanceof CheckInputError) throw new UserError(e.message, e.hint);
    if (e instanceof ReadmeMarkersError) throw new UserError(`${e.file}:${e.line}: ${e.message}`, e.hint);
    throw e;
  }
  throw new UsageError(`unknown entries command ${JSON.stringify(sub)}`, 'commands: migrate, readme, check');
}

async function migrate(argv: readonly string[], term: Terminal): Promise<number> {
  const args = parseArgs(argv, migrateFlags);
  if (args.switches.has('help')) return help(term);
  const [readmePath, ...extra] = args.positionals;
  if (!readmePath || extra.length > 0) throw new UsageError('give one README file', 'lilypad-module entries migrate README.md --out <dir>');
  const out = lastValue(args, 'out');
  if (!out) throw new UsageError('--out <dir> is required: the list repository the entries go in');
  const text = readText(readmePath, 4 * 1024 * 1024);
  const repos = args.switches.has('offline') ? null : new ModuleRepos(path.join(tmpdir(), 'lilypad-module-cache'));
  const migration = await migrateReadme(readmePath, text, repos ? { resolve: (r) => repos.resolve(r) } : {});
  // Nothing is written when any target exists: a half-migrated folder helps nobody.
  const targets = migration.entries.map((e) => ({ file: path.join(out, e.path), text: e.text }));
  const readmeOut = lastValue(args, 'readme-out');
  const clash = targets.find((t) => existsSync(t.file));
  if (clash) throw new UserError(`${clash.file} already exists; nothing was written`, 'migrate into a list without entries, or remove the existing ones first');
  for (const t of [...targets, ...(readmeOut ? [{ file: readmeOut, text: migration.readme }] : [])]) writeWhole(t.file, t.text);
  term.stdout(findingsText(migration.findings));
  const dropped = migration.findings.filter((f) => f.severity === 'error').length;
  term.stdout(`migrated: ${migration.entries.length} entr${migration.entries.length === 1 ? 'y' : 'ies'} written under ${path.join(out, 'modules')}; ${dropped} row${dropped === 1 ? '' : 's'} left out (errors above)${readmeOut ? `; README with markers: ${readmeOut}` : ''}\n`);
  return EXIT.ok;
}

function readme(argv: readonly string[], term: Terminal): number {
  const args = parseArgs(argv, readmeFlags);
  if (args.switches.has('help')) return help(term);
  const [dir, ...extra] = args.positionals;
  if (!dir || extra.length > 0) throw new UsageError('give one modules directory', 'lilypad-module entries readme modules --readme README.md');
  const readmePath = lastValue(args, 'readme');
  if (!readmePath) throw new UsageError('--readme <README.md> is required');
  if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new UserError(`${dir}: no such directory`, 'give the list repository\'s modules/ directory');
  const entries = readEntries(dir);
  const text = readText(readmePath, 4 * 1024 * 1024);
  if (args.switches.has('check')) {
    const diff = readmeDiff(readmePath, text, entries);
    if (diff === null) {
      term.stdout(`${readmePath}: the module tables are up to date (${entries.length} entries)\n`);
      return EXIT.ok;
    }
    term.stdout(diff);
    term.stderr(`${readmePath}: the module tables are out of date; run lilypad-module entries readme ${dir} --readme ${readmePath}\n`);
    return EXIT.templateError;
  }
  const updated = syncReadme(readmePath, text, entries);
  if (updated !== text) writeWhole(readmePath, updated);
  term.stdout(`${readmePath}: ${updated === text ? 'already up to date' : 'module tables rewritten'} (${entries.length} entries)\n`);
  return EXIT.ok;
}

async function check(argv: readonly string[], term: Terminal): Promise<number> {
  const args = parseArgs(argv, checkFlags);
  if (args.switches.has('help')) return help(term);
  if (args.positionals.length > 0) throw new UsageError(`unexpected argument ${JSON.stringify(args.positionals[0])}`, 'the list repository is --repo DIR');
  const base = lastValue(args, 'base');
  const head = lastValue(args, 'head');
  if (!base || !head) throw new UsageError('--base <rev> and --head <rev> are required');
  const format = lastValue(args, 'format') ?? 'text';
  if (!['text', 'json', 'github'].includes(format)) throw new UsageError(`invalid --format ${JSON.stringify(format)}`, 'give one of text, json, github');
  const maxText = lastValue(args, 'max-entries');
  if (maxText !== undefined && !/^\d+$/.test(maxText)) throw new UsageError(`--max-entries takes a whole number, not ${JSON.stringify(maxText)}`);
  const bodyFile = lastValue(args, 'pr-body');
  const author = lastValue(args, 'author') ?? null;
  const repo = lastValue(args, 'repo') ?? '.';
  if (!existsSync(repo)) throw new UserError(`${repo}: no such directory`, 'give --repo the list repository\'s checkout');
  const report = await checkSubmission({
    repo,
    base,
    head,
    pull: author !== null || bodyFile ? { number: null, author, body: bodyFile ? readText(bodyFile, 256 * 1024) : null } : null,
    readTeams: (text, file) => parseConfig(text, file).teams,
    strict: args.switches.has('strict'),
    ...(maxText !== undefined ? { maxEntries: Number(maxText) } : {}),
    cacheDir: lastValue(args, 'cache') ?? path.join(tmpdir(), 'lilypad-module-cache'),
  });
  term.stdout(format === 'json' ? formatCheckJson(report) : format === 'github' ? formatCheckGithub(report) : formatCheckText(report));
  return report.valid ? EXIT.ok : EXIT.templateError;
}

/** Every entry under `dir`, for the tables: the display fields must be there, the rest is the checks' business. */
function readEntries(dir: string): ListEntry[] {
  const files = walk(dir).filter((f) => /\.ya?ml$/i.test(f)).sort();
  const problems: string[] = [];
  const entries: ListEntry[] = [];
  for (const file of files) {
    const text = readText(file, MAX_ENTRY_BYTES * 2);
    const parsed = parseListEntry(file, text);
    if (parsed.entry) {
      entries.push(parsed.entry);
      continue;
    }
    const doc = readEntryDocument(file, text);
    const value = doc.document?.value as Partial<ListEntry> | undefined;
    if (value && typeof value.name === 'string' && typeof value.module === 'string') entries.push(value as ListEntry);
    else problems.push(...(doc.findings.length ? doc.findings : parsed.findings).map((f) => `${findingLocation(f)}: ${f.message}`));
  }
  if (problems.length > 0) throw new UserError(`these entries cannot be listed:\n${problems.join('\n')}`, 'every entry needs at least a name and a module');
  return entries;
}

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? walk(path.join(dir, d.name)) : d.isFile() ? [path.join(dir, d.name)] : []));
}

function readText(file: string, max: number): string {
  let size: number;
  try {
    const st = statSync(file);
    if (!st.isFile()) throw new UserError(`${file}: not a file`);
    size = st.size;
  } catch (e) {
    if (e instanceof UserError) throw e;
    throw new UserError(`${file}: no such file`);
  }
  if (size > max) throw new UserError(`${file}: ${size} bytes is more than this command reads (${max})`, 'check the path');
  return readFileSync(file, 'utf8');
}

/** Written whole (temporary name, then rename): an interrupted run leaves no half-written file. */
function writeWhole(file: string, text: string): void {
  mkdirSync(path.dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, text);
  renameSync(temporary, file);
}

function findingsText(findings: readonly ListFinding[]): string {
  return findings.map((f) => `${findingLocation(f)}  ${f.severity.padEnd(7)}  ${f.message}  ${f.rule}\n${f.hint ? `      hint: ${f.hint}\n` : ''}`).join('');
}

function help(term: Terminal): number {
  term.stdout(entriesUsage);
  return EXIT.ok;
}
