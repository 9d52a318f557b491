// The awesome-lilypad list as it really grew: a list repository whose history replays every README
// version of the fixtures, one commit each, and the module repositories its rows name made as real
// git repositories (tags and branches as the rows name them). Each version is migrated from its
// commit by the CLI bundle, online (refs resolved with git ls-remote); the broken rows of the
// history are findings, never a crash; then `entries check` runs between commits of the migrated
// list.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { MODULE_SUBMISSION_TEMPLATE, parseListEntry, readReadmeModules, renderEntry, type SubmissionReport } from '@lilypad-actions/module-list';
import { makeGitWorld, moduleTemplate, type GitWorld, type ListHistory, type ModuleRepo } from '../../module-list/test/git-world';
import { AWESOME_LILYPAD, readmeCommits, readmeVersions } from '../../module-list/test/readme-history';
import { ensureBundle, runBundle } from './bundle-support';
import { tempDir } from '../../../test/support/temp-dir';

const versions = readmeVersions();
let world: GitWorld;
let history: ListHistory;
/** Module repositories by their https URL. */
const repos = new Map<string, ModuleRepo>();

const isPin = (ref: string) => /^[0-9a-f]{40}$/.test(ref);

beforeAll(() => {
  ensureBundle();
  world = makeGitWorld();
  // Every repository any version names, with each tag it names; `main` is the default branch. A
  // 40-hex pin cannot be made (a commit's id is its content's): it resolves as written and is not
  // found when the checks fetch it.
  for (const v of versions) {
    for (const row of readReadmeModules('README.md', v.text).rows) {
      const { owner, name, repo, ref } = row.reference;
      let module = repos.get(repo);
      if (!module) {
        module = world.moduleRepo(owner, repo.split('/').at(-1)!, { 'lilypad_module.json.tmpl': moduleTemplate() });
        expect(module.url, name).toBe(repo);
        repos.set(repo, module);
      }
      if (ref !== 'main' && !isPin(ref) && !world.git(module.dir, 'tag', '--list', ref)) module.tag(ref, { annotated: ref.startsWith('v') });
    }
  }
  history = world.listHistory(readmeCommits(versions));
});
afterAll(() => world?.dispose());

/** What `git rev-parse <ref>^{commit}` says in the module repository (a pin: the pin). */
function expectedCommit(repo: string, ref: string): string {
  return isPin(ref) ? ref : world.git(repos.get(repo)!.dir, 'rev-parse', `${ref}^{commit}`);
}

/** Migrates the README of list commit `commit` with the bundle, online, in a folder of its own. */
function migrateAt(commit: string) {
  const dir = tempDir('entries-history-');
  // Read from the commit as git stores it (the helper's git() trims the output: not used here).
  writeFileSync(path.join(dir, 'README.md'), execFileSync('git', ['show', `${commit}:README.md`], { cwd: history.dir, env: world.env }));
  const r = runBundle(['entries', 'migrate', 'README.md', '--out', 'list', '--readme-out', 'list/README.md'], { cwd: dir, env: world.env });
  const modules = path.join(dir, 'list/modules');
  const files = (() => {
    try {
      return readdirSync(modules, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.yaml')).map((f) => `modules/${f}`).sort();
    } catch {
      return [];
    }
  })();
  return { ...r, dir, files, read: (f: string) => readFileSync(path.join(dir, 'list', f), 'utf8') };
}

describe('a list repository whose history is the real README versions', () => {
  test('one commit per version, oldest first, dated as upstream, each README byte for byte', () => {
    expect(versions.map((v) => v.upstream)).toEqual(['f66f1a8', '4a9fc84', '025a0f5', '796fe4a', '6f986c1', '999f034', 'd12aa59', '2327f3c', '092413d']);
    expect(world.git(history.dir, 'log', '--reverse', '--format=%H %s %cs').split('\n')).toEqual(versions.map((v, i) => `${history.commits[i]} README@${v.upstream} ${v.date}`));
    // Byte for byte: the committed blob is the fixture's.
    for (const [i, v] of versions.entries()) {
      expect(world.git(history.dir, 'rev-parse', `${history.commits[i]}:README.md`)).toBe(world.git(history.dir, 'hash-object', path.join(AWESOME_LILYPAD, v.file)));
    }
  });

  test.each(versions.map((v, i) => [v.file, i] as const))('%s migrates from its commit: entries pinned to the real commits, broken rows reported', (_, i) => {
    const m = migrateAt(history.commits[i]!);
    expect(m.code, m.stderr).toBe(0);
    expect(m.stderr).not.toMatch(/\n\s+at /);
    const rows = readReadmeModules('README.md', versions[i]!.text);
    expect(m.text).toContain(`migrated: ${rows.rows.length} entr${rows.rows.length === 1 ? 'y' : 'ies'} written under`);
    expect(m.files).toHaveLength(rows.rows.length);
    // Every repository is reachable: every entry carries the commit its ref points to now.
    expect(m.text).not.toContain('commit-unresolved');
    for (const file of m.files) {
      const parsed = parseListEntry(file, m.read(file));
      expect(parsed.findings, file).toEqual([]);
      const row = rows.rows.find((r) => r.module === parsed.entry!.module)!;
      expect(parsed.entry!.commit, file).toBe(expectedCommit(row.reference.repo, row.reference.ref));
    }
    // The branch refs are pinned and reported for maintainers.
    const branches = rows.rows.filter((r) => r.reference.ref === 'main').map((r) => r.line);
    expect([...m.text.matchAll(/^README\.md:(\d+):\d+ +warning .*ref-is-branch$/gm)].map((x) => Number(x[1]))).toEqual(branches);
    // Every error a row gets is printed with its line, and the regenerated README is current.
    for (const f of rows.findings.filter((x) => x.severity === 'error')) expect(m.text).toMatch(new RegExp(`^README\\.md:${f.line}:\\d+ +error .*${f.rule}$`, 'm'));
    if (m.files.length > 0) {
      const check = runBundle(['entries', 'readme', 'list/modules', '--readme', 'list/README.md', '--check'], { cwd: m.dir });
      expect(check.code, check.text + check.stderr).toBe(0);
    }
  });

  test('the broken rows of the history, each a finding with its reason', () => {
    const at = (upstream: string) => migrateAt(history.commits[versions.findIndex((v) => v.upstream === upstream)]!);
    const v025 = at('025a0f5');
    expect(v025.text).toMatch(/^README\.md:39:\d+ +error +.*readme-duplicate-row$/m);
    expect(v025.text).toMatch(/^README\.md:39:\d+ +\w+ +.*readme-stray-text$/m);
    expect(v025.text).toMatch(/^README\.md:41:\d+ +error +.*reference-no-ref$/m);
    const v796 = at('796fe4a');
    expect(v796.text).toMatch(/^README\.md:44:\d+ +error +.*https:\/\/github\.com\/rhochmayr\/ollama-qwen2\.5-coder-7b\/tree\/.*reference-url\n +hint: .*Write github\.com\/rhochmayr\/ollama-qwen2\.5-coder-7b:1\.0\.0\./m);
    const v999 = at('999f034');
    expect(v999.text).toMatch(/^README\.md:\d+:\d+ +warning +.*links to https:\/\/github\.com\/noryev\/module-llama2, but its run command runs github\.com\/narbs91\/lilypad-ollama-deepseek-r1-1-5b.*readme-link-mismatch$/m);
    // The wrong link does not decide the entry: it runs (and is filed under) what the command runs.
    expect(v999.files).toContain('modules/narbs91/lilypad-ollama-deepseek-r1-1-5b.yaml');
    const v4a9 = at('4a9fc84');
    expect(v4a9.text).toContain('migrated: 0 entries written under');
    expect([...v4a9.text.matchAll(/readme-no-run-command$/gm)]).toHaveLength(9);
  });

  test('entries check between commits of the migrated list', () => {
    const last = history.commits.at(-1)!;
    // The maintainer migrates the current README in the list repository itself and commits it.
    const migrated = runBundle(['entries', 'migrate', 'README.md', '--out', '.', '--readme-out', 'README.md'], { cwd: history.dir, env: world.env });
    expect(migrated.code, migrated.stderr).toBe(0);
    const migration = history.commit({}, 'migrate the README tables into modules/');
    const added = world.git(history.dir, 'diff', '--name-only', '--diff-filter=A', last, migration, '--', 'modules').split('\n').sort();
    expect(added).toHaveLength(9);

    // The migration commit checked as a PR: every entry is read, resolved, fetched and validated;
    // all pass, and the three that run a branch are warnings (failures with --strict).
    const cache = path.join(world.root, 'history-cache');
    const all = runBundle(['entries', 'check', '--repo', history.dir, '--base', last, '--head', migration, '--format', 'json', '--max-entries', '0', '--cache', cache], { env: world.env });
    expect(all.code, all.stderr).toBe(0);
    const report = JSON.parse(all.text) as SubmissionReport;
    expect(report.valid).toBe(true);
    expect(report.entries.every((e) => e.valid)).toBe(true);
    expect(report.entries.map((e) => e.path).sort()).toEqual(added);
    expect(report.entries.every((e) => e.status === 'added' && /^[0-9a-f]{40}$/.test(e.commit ?? ''))).toBe(true);
    // Each template was read at its pinned commit from the module repositories and validated.
    expect(report.entries.map((e) => e.image)).toEqual(report.entries.map(() => `busybox@sha256:${'a'.repeat(64)}`));
    // The branch refs the README runs are findings on those entries.
    expect(report.findings.filter((f) => f.rule === 'ref-is-branch').map((f) => f.file).sort()).toEqual(['modules/narbs91/lilypad-ollama-deepseek-r1-1-5b.yaml', 'modules/noryev/module-llama2.yaml', 'modules/noryev/module-sdxl-ipfs.yaml']);
    expect(report.findings.map((f) => `${f.line}:${f.severity}:${f.rule}`)).toEqual(['3:warning:ref-is-branch', '3:warning:ref-is-branch', '3:warning:ref-is-branch']);
    const strict = runBundle(['entries', 'check', '--repo', history.dir, '--base', last, '--head', migration, '--strict', '--max-entries', '0', '--cache', cache], { env: world.env });
    expect(strict.code, strict.stderr).toBe(1);

    // A PR on the migrated list adds one entry, and only the entry (the tables are generated from
    // modules/ after the merge, as the PR template says); its check passes.
    const mod = world.moduleRepo('newcomer', 'echo-module', { 'lilypad_module.json.tmpl': moduleTemplate() });
    mod.tag('v1.0.0', { annotated: true });
    const entryText = renderEntry({ name: 'Echo Module', module: `${mod.ref}:v1.0.0`, commit: world.git(mod.dir, 'rev-parse', 'v1.0.0^{commit}'), creator: 'newcomer', description: 'Echoes its message.', category: 'other', section: 'community' });
    const pr = history.commit({ 'modules/newcomer/echo-module.yaml': entryText }, 'add Echo Module');
    const body = path.join(world.root, 'history-body.md');
    writeFileSync(body, MODULE_SUBMISSION_TEMPLATE.replace(/- \[ \]/g, '- [x]'));
    const ok = runBundle(['entries', 'check', '--repo', history.dir, '--base', migration, '--head', pr, '--author', 'newcomer', '--pr-body', body, '--cache', cache], { env: world.env });
    expect(ok.code, ok.text + ok.stderr).toBe(0);
    expect(ok.text).toContain('valid: 0 errors, 0 warnings, 0 notes (1 entry checked)');

    // After the merge the maintainer regenerates the tables: out of date, then rewritten with the new row.
    const stale = runBundle(['entries', 'readme', 'modules', '--readme', 'README.md', '--check'], { cwd: history.dir });
    expect(stale.code).toBe(1);
    expect(stale.text).toMatch(/^\+\| \[Echo Module\]\(https:\/\/github\.com\/newcomer\/echo-module\/tree\/v1\.0\.0\)/m);
    expect(runBundle(['entries', 'readme', 'modules', '--readme', 'README.md'], { cwd: history.dir }).code).toBe(0);
    const regenerated = history.commit({}, 'regenerate the README tables');
    expect(runBundle(['entries', 'readme', 'modules', '--readme', 'README.md', '--check'], { cwd: history.dir }).code).toBe(0);

    // A later PR that edits a generated table by hand: a finding on README.md, at the edited row.
    const readme = readFileSync(path.join(history.dir, 'README.md'), 'utf8');
    const edited = readme.replace('| [Echo Module]', '| [Echo Module, the best]');
    const handEdited = history.commit({ 'README.md': edited }, 'hand-edited README');
    const no = runBundle(['entries', 'check', '--repo', history.dir, '--base', regenerated, '--head', handEdited, '--format', 'json', '--cache', cache], { env: world.env });
    expect(no.code, no.stderr).toBe(1);
    const editedLine = edited.split('\n').findIndex((l) => l.startsWith('| [Echo Module, the best]')) + 1;
    expect((JSON.parse(no.text) as SubmissionReport).findings).toEqual([expect.objectContaining({ rule: 'readme-hand-edited', file: 'README.md', line: editedLine, severity: 'error' })]);
  });
});
