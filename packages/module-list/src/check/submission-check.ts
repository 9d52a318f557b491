// `lilypad-module entries check`: everything a maintainer would check by hand before spending GPU
// time on a module PR, between the PR's base and head revisions of a real git checkout of the
// list. For each entry the PR adds or changes: the schema; the reference as `lilypad run` parses
// it; the repository and the ref, resolved now with git and compared with the pinned commit; the
// template at that commit, validated with the entry's example inputs; the image pinned by digest;
// no duplicate across the list; the creator. Around the entries: the files the PR touches outside
// modules/, hand edits to the README's generated tables, how many entries one PR adds, removed
// entries, and the PR description against the submission template.

import { validateTemplate, LILYPAD_MODULE_CONFIG_PATH, templateName, type ValidationReport } from '@lilypad-actions/module-spec';
import { parseEntry } from '../entry/credit';
import { MAX_ENTRY_BYTES, oversizedEntry } from '../entry/entry-document';
import { entryPathFindings, isEntryPath, isUnderModules, MODULES_DIR } from '../entry/entry-path';
import { entryPosition, parseListEntry, type ListEntry, type ParsedListEntry } from '../entry/list-entry';
import { readModuleReference, type ModuleReference } from '../entry/module-reference';
import { bySeverity, failing, type ListFinding } from '../findings';
import type { ResolvedRef } from '../migrate/migrate';
import { generatedRegions, ReadmeMarkersError } from '../readme/readme-sync';
import { changedFiles, listFiles, readTexts, resolveRevision, type ChangedFile } from './list-repo';
import { ModuleRepos, type RefFailure } from './module-repos';
import { prBodyFindings, PR_BODY_FILE } from './pr-body';
import { countFindings, SUBMISSION_REPORT_VERSION, type EntryReport, type MatrixItem, type SubmissionReport } from './report';
import { MODULE_SUBMISSION_TEMPLATE, PR_TEMPLATE_PATH } from './submission-template';
import { templateVerdict } from './template-verdict';
import { mapLimit } from '../map-limit';

/** What one PR may add or change: one reward per PR, and every entry costs a GPU run. */
export const DEFAULT_MAX_ENTRIES = 10;
/** Lilypad reads the whole template; the CLI's reader stops at 8 MiB (packages/cli/src/io.ts). */
export const MAX_TEMPLATE_BYTES = 8 * 1024 * 1024;

export interface PullInfo {
  number: number | null;
  /** The PR author's login; null when unknown (the creator check is then skipped). */
  author: string | null;
  /** The PR description; null when unknown (the template check is then skipped). */
  body: string | null;
}

export interface SubmissionCheckOptions {
  /** A checkout of the list repository holding both revisions. */
  repo: string;
  base: string;
  head: string;
  pull?: PullInfo | null;
  /** Team name → logins; when absent, read from the rewards configuration at the base revision with `readTeams`. */
  teams?: Readonly<Record<string, readonly string[]>>;
  /**
   * Reads `teams` out of the rewards configuration's text (the rewards package knows its format;
   * the list does not). Read at the base revision, so a PR cannot put its author in a team.
   */
  readTeams?: (text: string, file: string) => Readonly<Record<string, readonly string[]>>;
  /** Warnings fail the check too. */
  strict?: boolean;
  /** Entries one PR may add or change; 0 for no limit (a maintainer's bulk migration). */
  maxEntries?: number;
  /** A bare git repository caching fetched module commits between runs (created when missing). */
  cacheDir: string;
  /** The README with the generated tables, relative to the repository. */
  readme?: string;
  /** Repositories resolved at once. */
  concurrency?: number;
  timeoutMs?: number;
  log?: (line: string) => void;
}

interface Candidate {
  change: ChangedFile;
  parsed: ParsedListEntry | null;
  reference: ModuleReference | null;
  findings: ListFinding[];
  resolved?: ResolvedRef;
  image?: string;
  report?: ValidationReport;
}

/** Runs every check; throws CheckInputError only for revisions or a repository that do not exist. */
export async function checkSubmission(options: SubmissionCheckOptions): Promise<SubmissionReport> {
  const started = performance.now();
  const log = options.log ?? (() => undefined);
  const { repo } = options;
  const readmePath = options.readme ?? 'README.md';
  const base = await resolveRevision(repo, options.base, 'base');
  const head = await resolveRevision(repo, options.head, 'head');
  const { mergeBase, files } = await changedFiles(repo, base, head);
  const findings: ListFinding[] = [];

  // Read: every entry at head (duplicates are looked for across the whole list), the PR's own in full.
  const entryChanges = files.filter((f) => isUnderModules(f.path) && f.status !== 'deleted');
  const headPaths = (await listFiles(repo, head, MODULES_DIR)).filter(isEntryPath);
  const texts = await readTexts(repo, head, [...new Set([...headPaths, ...entryChanges.map((f) => f.path)])], MAX_ENTRY_BYTES);
  const candidates: Candidate[] = entryChanges.map((change) => readCandidate(change, texts.get(change.path)));
  for (const f of files.filter((x) => isUnderModules(x.path) && x.status === 'deleted')) {
    findings.push({ rule: 'entry-removed', severity: 'info', audience: 'maintainers', file: f.path, message: `The PR removes ${f.path}.`, hint: 'Check the module is meant to leave the list (its creator asked, or it no longer runs).' });
  }
  findings.push(...(await readmeFindings(repo, mergeBase, head, readmePath, files)));
  if (candidates.length > 0) {
    for (const f of files.filter((x) => !isUnderModules(x.path) && x.path !== readmePath)) {
      findings.push({ rule: 'outside-modules', severity: 'error', audience: 'creator', file: f.path, message: `A module submission changes only files under ${MODULES_DIR}/; this PR also ${f.status === 'deleted' ? 'removes' : f.status === 'added' ? 'adds' : 'changes'} ${f.path}.`, hint: 'Move that change to a PR of its own (maintainers review those separately).' });
    }
  }
  const limit = options.maxEntries ?? DEFAULT_MAX_ENTRIES;
  if (limit > 0 && candidates.length > limit) {
    findings.push({ rule: 'too-many-entries', severity: 'error', audience: 'creator', file: candidates[limit]?.change.path ?? MODULES_DIR, message: `The PR adds or changes ${candidates.length} entries; one PR may submit at most ${limit}.`, hint: 'Split it: one PR per module (each earns its own reward, and each runs on a GPU).' });
  }
  if (options.pull?.body != null) {
    const own = (await readTexts(repo, mergeBase, [PR_TEMPLATE_PATH], 256 * 1024)).get(PR_TEMPLATE_PATH)?.text;
    findings.push(...prBodyFindings(options.pull.body, own ?? MODULE_SUBMISSION_TEMPLATE));
  }
  duplicateFindings(candidates, headPaths, texts);
  if (options.pull?.author && candidates.length > 0) {
    const teams = options.teams ?? (await teamsAt(repo, mergeBase, options.readTeams, findings));
    for (const c of candidates) creatorFindings(c, options.pull.author, teams);
  }
  const readDone = performance.now();

  // Resolve: each ref now, against the pinned commit; then fetch the commits (cached).
  const repos = new ModuleRepos(options.cacheDir, { timeoutMs: options.timeoutMs });
  const live = candidates.filter((c) => c.parsed?.entry && c.reference && !c.findings.some((f) => f.severity === 'error'));
  // Each repository is asked once, `concurrency` repositories at a time (entries of one repository share the answer).
  const distinct = [...new Map(live.map((c) => [(c.reference as ModuleReference).repo, c.reference as ModuleReference])).values()];
  await mapLimit(distinct, options.concurrency ?? 8, (reference) => repos.resolve(reference));
  for (const c of live) refFindings(c, await repos.resolve(c.reference as ModuleReference));
  const toFetch = live.filter((c) => c.resolved);
  const fetchErrors = await repos.fetchAll(toFetch.map((c) => ({ repo: (c.reference as ModuleReference).repo, commit: (c.parsed?.entry as ListEntry).commit })));
  for (const c of toFetch) {
    const entry = c.parsed?.entry as ListEntry;
    const error = fetchErrors.get(entry.commit);
    if (error === undefined) continue;
    c.resolved = undefined;
    c.findings.push(at(c, ['commit'], { rule: 'commit-not-found', severity: 'error', audience: 'creator', message: `${(c.reference as ModuleReference).repo} has no commit ${entry.commit} (${error}).`, hint: 'Pin the commit your ref points to: git ls-remote <repository> <ref> prints it.' }));
  }
  log(`resolved ${live.length} reference(s), fetched ${toFetch.length - fetchErrors.size} commit(s)`);
  const resolveDone = performance.now();

  // Validate: the template at each pinned commit, read in one batch from the cache.
  const fetched = toFetch.filter((c) => c.resolved);
  const templatePath = LILYPAD_MODULE_CONFIG_PATH.replace(/^\//, '');
  const templates = await repos.readAt(fetched.map((c) => ({ commit: (c.parsed?.entry as ListEntry).commit, path: templatePath })), MAX_TEMPLATE_BYTES);
  fetched.forEach((c, i) => templateFindings(c, templates[i]));
  const validateDone = performance.now();

  const entries: EntryReport[] = [
    ...candidates.map((c) => entryReport(c)),
    ...files.filter((f) => isUnderModules(f.path) && f.status === 'deleted').map((f): EntryReport => ({ path: f.path, status: 'deleted', name: null, module: null, commit: null, image: null, template: null, valid: true })),
  ];
  const all = [...findings, ...candidates.flatMap((c) => c.findings)].sort(bySeverity);
  const strict = options.strict ?? false;
  const valid = !failing(all, strict);
  return {
    version: SUBMISSION_REPORT_VERSION,
    valid,
    strict,
    base,
    head,
    pull: options.pull ? { number: options.pull.number, author: options.pull.author } : null,
    entries,
    findings: all,
    counts: countFindings(all),
    // Nothing runs on a GPU until the static checks pass.
    matrix: valid ? candidates.flatMap((c) => matrixItem(c)) : [],
    seconds: { read: secs(readDone - started), resolve: secs(resolveDone - readDone), validate: secs(validateDone - resolveDone), total: secs(performance.now() - started) },
  };
}

function readCandidate(change: ChangedFile, read: { text: string | null; size: number } | undefined): Candidate {
  const c: Candidate = { change, parsed: null, reference: null, findings: [] };
  if (!isEntryPath(change.path)) {
    c.findings.push({ rule: 'entry-path', severity: 'error', audience: 'creator', file: change.path, message: `${change.path} is not a module entry; only entries (modules/<owner>/<name>.yaml) belong under ${MODULES_DIR}/.`, hint: 'Keep other files (images, docs, test data) in the module\'s own repository.' });
    return c;
  }
  if (!read || (read.text === null && read.size <= MAX_ENTRY_BYTES)) {
    c.findings.push({ rule: 'entry-path', severity: 'error', audience: 'creator', file: change.path, message: `${change.path} is not a file.`, hint: 'An entry is one YAML file.' });
    return c;
  }
  if (read.text === null) {
    c.findings.push(oversizedEntry(change.path, read.size));
    return c;
  }
  c.parsed = parseListEntry(change.path, read.text);
  c.findings.push(...c.parsed.findings);
  const module = c.parsed.entry?.module ?? moduleOf(c.parsed);
  if (module !== null) {
    const r = readModuleReference(module);
    if ('reference' in r) c.reference = r.reference;
    else c.findings.push(at(c, ['module'], { ...r.problem, severity: 'error', audience: 'creator' }));
  }
  c.findings.push(...entryPathFindings(change.path, c.reference));
  return c;
}

/** The `module` of an entry that failed the schema elsewhere, so its reference is still checked. */
function moduleOf(parsed: ParsedListEntry): string | null {
  const value = parsed.document?.value as { module?: unknown } | undefined;
  return typeof value?.module === 'string' ? value.module : null;
}

function duplicateFindings(candidates: Candidate[], headPaths: string[], texts: Map<string, { text: string | null }>): void {
  const changed = new Set(candidates.map((c) => c.change.path));
  const byPath = new Map(candidates.map((c) => [c.change.path, c]));
  const others = headPaths.flatMap((path) => {
    // The PR's own entries are parsed already; the rest of the list only for name and module.
    const own = byPath.get(path);
    if (own) return own.parsed?.entry && own.reference ? [{ path, name: own.parsed.entry.name.toLowerCase(), module: `${own.reference.key}:${own.reference.ref}` }] : [];
    const text = texts.get(path)?.text;
    if (!text) return [];
    const read = parseEntry(path, text);
    if (!read.ok) return [];
    const ref = readModuleReference(read.entry.module);
    return [{ path, name: read.entry.name.toLowerCase(), module: 'reference' in ref ? `${ref.reference.key}:${ref.reference.ref}` : null }];
  });
  for (const c of candidates) {
    const entry = c.parsed?.entry;
    if (!entry || !c.reference) continue;
    const key = `${c.reference.key}:${c.reference.ref}`;
    for (const o of others) {
      if (o.path === c.change.path) continue;
      // Among the PR's own entries, report the pair once, on the later file.
      if (changed.has(o.path) && o.path > c.change.path) continue;
      if (o.module === key) {
        c.findings.push(at(c, ['module'], { rule: 'duplicate-module', severity: 'error', audience: 'creator', message: `${o.path} already lists ${entry.module} (the same repository and ref).`, hint: 'A module is listed once; to list a new version, change the ref in the existing entry or pick a new ref.' }));
      }
      if (o.name === entry.name.toLowerCase()) {
        c.findings.push(at(c, ['name'], { rule: 'duplicate-name', severity: 'error', audience: 'creator', message: `${o.path} already uses the name "${entry.name}".`, hint: 'Give the module a name of its own (add its model size or variant).' }));
      }
    }
  }
}

/** Where the list keeps its teams: the rewards configuration (packages/rewards). */
export const TEAMS_FILE = '.github/lilypad-rewards.yml';

async function teamsAt(repo: string, rev: string, readTeams: SubmissionCheckOptions['readTeams'], findings: ListFinding[]): Promise<Readonly<Record<string, readonly string[]>>> {
  if (!readTeams) return {};
  const text = (await readTexts(repo, rev, [TEAMS_FILE], 1024 * 1024)).get(TEAMS_FILE)?.text;
  if (!text) return {};
  try {
    return readTeams(text, TEAMS_FILE);
  } catch (e) {
    findings.push({ rule: 'teams-unreadable', severity: 'warning', audience: 'maintainers', file: TEAMS_FILE, message: `The teams could not be read, so no team membership was checked: ${(e as Error).message.split('\n')[0]}`, hint: 'Fix the rewards configuration on the default branch.' });
    return {};
  }
}

function creatorFindings(c: Candidate, author: string, teams: Readonly<Record<string, readonly string[]>>): void {
  const entry = c.parsed?.entry;
  if (!entry || entry.creator.toLowerCase() === author.toLowerCase()) return;
  const members = entry.team !== undefined ? (teams[entry.team] ?? null) : null;
  const inTeam = (login: string) => members?.some((m) => m.toLowerCase() === login.toLowerCase()) ?? false;
  if (members && inTeam(author) && inTeam(entry.creator)) return;
  const why =
    entry.team === undefined
      ? 'and the entry names no team'
      : members === null
        ? `and team ${entry.team} is not in the list's rewards configuration`
        : `and ${[!inTeam(author) ? author : null, !inTeam(entry.creator) ? entry.creator : null].filter(Boolean).join(' and ')} ${inTeam(author) || inTeam(entry.creator) ? 'is' : 'are'} not in team ${entry.team}`;
  c.findings.push(at(c, ['creator'], { rule: 'creator-not-author', severity: 'warning', audience: 'maintainers', message: `The entry credits ${entry.creator}, but the PR is by ${author}, ${why}.`, hint: 'Maintainers: make sure the creator agreed to this submission before merging (the reward goes to the creator).' }));
}

function refFindings(c: Candidate, answer: ResolvedRef | RefFailure): void {
  const entry = c.parsed?.entry as ListEntry;
  const reference = c.reference as ModuleReference;
  if ('error' in answer) {
    if (answer.reason === 'unreachable') {
      c.findings.push(at(c, ['module'], { rule: 'repository-unreachable', severity: 'error', audience: 'creator', message: `${reference.repo} cannot be read anonymously (${answer.error}): it does not exist or is private.`, hint: 'Lilypad clones modules without credentials: make the repository public, or fix the reference.' }));
    } else {
      c.findings.push(at(c, ['module'], { rule: 'ref-not-found', severity: 'error', audience: 'creator', message: `${answer.error}.`, hint: `Push the tag (git push origin ${reference.ref}), or write a ref the repository has.` }));
    }
    return;
  }
  if (answer.kind === 'commit') {
    if (!entry.commit.startsWith(answer.commit)) {
      c.findings.push(at(c, ['commit'], { rule: 'commit-mismatch', severity: 'error', audience: 'creator', message: `The module's ref is the commit ${reference.ref}, but the entry pins ${entry.commit}.`, hint: 'Make commit the full hash of the ref.' }));
      return;
    }
  } else if (answer.commit !== entry.commit) {
    const what = answer.kind === 'tag' ? `The tag ${reference.ref} points to ${answer.commit} now, not to ${entry.commit} (the entry's commit): it moved since the pin.` : `The branch ${reference.ref} points to ${answer.commit} now, not to ${entry.commit}.`;
    c.findings.push(at(c, ['commit'], { rule: 'ref-moved', severity: 'error', audience: 'creator', message: what, hint: 'If the new commit is the one you tested, update commit; otherwise put the tag back (a tag that moves changes the module under everyone who runs it).' }));
    return;
  }
  if (answer.kind === 'branch') {
    c.findings.push(at(c, ['module'], { rule: 'ref-is-branch', severity: 'warning', audience: 'maintainers', message: `${reference.ref} is a branch: what \`lilypad run\` runs changes with every push to it.`, hint: 'Ask the creator to tag a release and list the tag.' }));
  }
  c.resolved = answer;
}

function templateFindings(c: Candidate, object: Awaited<ReturnType<ModuleRepos['readAt']>>[number] | undefined): void {
  const entry = c.parsed?.entry as ListEntry;
  const reference = c.reference as ModuleReference;
  const short = entry.commit.slice(0, 12);
  const where = `lilypad_module.json.tmpl at ${short}`;
  if (!object || object.missing || object.type !== 'blob') {
    c.findings.push(at(c, ['module'], { rule: 'template-missing', severity: 'error', audience: 'creator', message: `${reference.repo} has no lilypad_module.json.tmpl at ${short}: \`lilypad run\` would fail to load the module.`, hint: 'Commit the template at the repository\'s root and pin that commit.' }));
    return;
  }
  const text = object.content ? decodeText(object.content) : null;
  if (text === null) {
    const why = object.content ? 'it is not UTF-8 text' : `it is ${object.size.toLocaleString('en-US')} bytes, over the ${MAX_TEMPLATE_BYTES / 1024 / 1024} MiB a template may have`;
    c.findings.push(at(c, ['module'], { rule: 'template-unreadable', severity: 'error', audience: 'creator', message: `${where} is not a template: ${why}.`, hint: 'The template is the JSON job spec with Go template actions, a few KiB of text.' }));
    return;
  }
  const inputSets = entry.inputs?.map((set) => Object.fromEntries(Object.entries(set).map(([k, v]) => [k, String(v)])));
  const report = validateTemplate({ file: `${where}`, text, name: templateName({ repo: reference.repo, ref: reference.ref, path: LILYPAD_MODULE_CONFIG_PATH }), ...(inputSets ? { inputSets } : {}) });
  c.report = report;
  if (report.image) c.image = report.image;
  const verdict = templateVerdict(report);
  if (!verdict.valid) {
    const failed = report.loads.find((l) => l.outcome !== 'ok');
    const errors = report.findings.filter((f) => f.severity === 'error');
    const detail = !verdict.loads && failed
      ? `it does not load in Lilypad with ${Object.keys(failed.inputs).length ? `inputs ${JSON.stringify(failed.inputs)}` : 'no inputs'}: ${failed.error ?? failed.outcome}`
      : `${errors.length} validation error${errors.length === 1 ? '' : 's'}: ${errors.slice(0, 3).map((f) => `line ${f.start.line}:${f.start.column} ${f.message} (${f.rule})`).join('; ')}`;
    c.findings.push(at(c, entry.inputs ? ['inputs'] : ['module'], { rule: 'template-invalid', severity: 'error', audience: 'creator', message: `${where} fails validation: ${detail}`, hint: `Run \`lilypad-module validate\` on the template at that commit${entry.inputs ? ' with the entry\'s inputs' : ''}, fix it, and pin the fixed commit.` }));
  }
  if (report.image && !/@sha256:[0-9a-f]{64}$/.test(report.image)) {
    c.findings.push(at(c, ['module'], { rule: 'image-not-pinned', severity: 'warning', audience: 'maintainers', message: `The template's Image ${report.image} is not pinned by digest: resource providers may run a different image under that tag than the one tested.`, hint: 'Ask for Image: <repository>@sha256:<digest> (docker buildx imagetools inspect shows the digest).' }));
  }
}

function decodeText(bytes: Buffer): string | null {
  if (bytes.includes(0)) return null;
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

async function readmeFindings(repo: string, mergeBase: string, head: string, readmePath: string, files: ChangedFile[]): Promise<ListFinding[]> {
  if (!files.some((f) => f.path === readmePath)) return [];
  const texts = await readTexts(repo, mergeBase, [readmePath], 4 * 1024 * 1024);
  const after = (await readTexts(repo, head, [readmePath], 4 * 1024 * 1024)).get(readmePath)?.text ?? '';
  const before = texts.get(readmePath)?.text ?? '';
  let old;
  try {
    old = generatedRegions(readmePath, before);
  } catch (e) {
    if (e instanceof ReadmeMarkersError) return [];
    throw e;
  }
  if (old.length === 0) return [];
  const hint = 'The module tables are generated from modules/ after the merge; revert this part of README.md and change the entries instead.';
  let now;
  try {
    now = generatedRegions(readmePath, after);
  } catch (e) {
    if (!(e instanceof ReadmeMarkersError)) throw e;
    return [{ rule: 'readme-hand-edited', severity: 'error', audience: 'creator', file: readmePath, line: e.line, column: 1, message: `The README's table markers are broken: ${e.message}`, hint }];
  }
  const out: ListFinding[] = [];
  for (const region of old) {
    const edited = now.find((r) => r.section === region.section);
    if (!edited) {
      out.push({ rule: 'readme-hand-edited', severity: 'error', audience: 'creator', file: readmePath, line: 1, column: 1, message: `The README's generated ${region.section} table was removed.`, hint });
    } else if (edited.body !== region.body) {
      const a = region.body.split('\n');
      const b = edited.body.split('\n');
      const first = b.findIndex((line, i) => line !== a[i]);
      out.push({ rule: 'readme-hand-edited', severity: 'error', audience: 'creator', file: readmePath, line: edited.startLine + 1 + (first < 0 ? b.length : first), column: 1, message: `The README's generated ${region.section} table was edited by hand.`, hint });
    }
  }
  return out;
}

function entryReport(c: Candidate): EntryReport {
  const entry = c.parsed?.entry ?? null;
  return {
    path: c.change.path,
    status: c.change.status === 'added' ? 'added' : 'modified',
    name: entry?.name ?? null,
    module: entry?.module ?? moduleOf(c.parsed ?? ({ document: null } as ParsedListEntry)),
    commit: entry?.commit ?? null,
    image: c.image ?? null,
    template: c.report ? templateVerdict(c.report) : null,
    valid: !c.findings.some((f) => f.severity === 'error'),
  };
}

function matrixItem(c: Candidate): MatrixItem[] {
  const entry = c.parsed?.entry;
  if (!entry || !c.reference || !c.report) return [];
  const cases = entry.tests ?? (entry.inputs ? { version: 1, cases: entry.inputs.map((inputs, i) => ({ name: entry.inputs!.length === 1 ? 'example' : `example-${i + 1}`, inputs })) } : null);
  return [{ entry: c.change.path, name: entry.name, module: `${c.reference.repo.replace(/^https:\/\//, '')}:${entry.commit}`, commit: entry.commit, plan: cases ? JSON.stringify(cases) : '' }];
}

/** A finding on the candidate's entry file, at the value of `path` (1:1 when it has none). */
function at(c: Candidate, path: Array<string | number>, f: Omit<ListFinding, 'file' | 'line' | 'column'>): ListFinding {
  const pos = entryPosition(c.parsed?.document ?? null, c.change.path, path);
  return { ...f, file: c.change.path, line: pos.line, column: pos.column };
}

function secs(ms: number): number {
  return Math.round(ms) / 1000;
}
