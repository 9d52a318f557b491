// `lilypad-module entries migrate|readme|check` through the bundle, as a maintainer runs them:
// files written whole or not at all, exit codes 0 / 1 / 2, no stack trace for a user's mistake.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { MODULE_SUBMISSION_TEMPLATE, renderEntry } from '@lilypad-actions/module-list';
import { makeGitWorld, moduleTemplate, type GitWorld } from '../../module-list/test/git-world';
import { ensureBundle, repoRoot, runBundle } from './bundle-support';
import { tempDir } from '../../../test/support/temp-dir';

const README = path.join(repoRoot, 'test/fixtures/awesome-lilypad/README.md');
let world: GitWorld;

beforeAll(() => {
  ensureBundle();
  world = makeGitWorld();
});
afterAll(() => world?.dispose());

describe('entries migrate and readme', () => {
  test('the real README migrates into entries and a README that readme --check finds current', () => {
    const out = tempDir('entries-cli-');
    const r = runBundle(['entries', 'migrate', README, '--out', out, '--readme-out', path.join(out, 'README.md'), '--offline']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.text).toContain('migrated: 9 entries written under');
    expect(r.text).toContain('18 rows left out');
    expect(r.text).toMatch(/README\.md:39:\d+ +error +DeepScaleR 1\.5B: `github\.com\/Lilypad-Tech\/lilypad-deepscaler-1\.5b` has no ref/);
    expect(readFileSync(path.join(out, 'modules/jamiebones/Spark-TTS-0.5B.yaml'), 'utf8')).toContain('module: github.com/jamiebones/Spark-TTS-0.5B.git:v1.6');
    const check = runBundle(['entries', 'readme', path.join(out, 'modules'), '--readme', path.join(out, 'README.md'), '--check']);
    expect(check.code, check.stderr).toBe(0);

    // A changed entry makes the README out of date: --check shows the diff and exits 1, readme fixes it.
    const entry = path.join(out, 'modules/jamiebones/Spark-TTS-0.5B.yaml');
    writeFileSync(entry, readFileSync(entry, 'utf8').replace('name: Spark-TTS-0.5B', 'name: Spark TTS 0.5B'));
    const stale = runBundle(['entries', 'readme', path.join(out, 'modules'), '--readme', path.join(out, 'README.md'), '--check']);
    expect(stale.code).toBe(1);
    expect(stale.text).toContain('-| [Spark-TTS-0.5B](https://github.com/jamiebones/Spark-TTS-0.5B/tree/v1.6)');
    expect(stale.text).toContain('+| [Spark TTS 0.5B](https://github.com/jamiebones/Spark-TTS-0.5B/tree/v1.6)');
    expect(runBundle(['entries', 'readme', path.join(out, 'modules'), '--readme', path.join(out, 'README.md')]).code).toBe(0);
    const fixed = readFileSync(path.join(out, 'README.md'), 'utf8');
    expect(runBundle(['entries', 'readme', path.join(out, 'modules'), '--readme', path.join(out, 'README.md')]).text).toContain('already up to date');
    expect(readFileSync(path.join(out, 'README.md'), 'utf8')).toBe(fixed);

    // A second migration into the same list writes nothing.
    const again = runBundle(['entries', 'migrate', README, '--out', out, '--offline']);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('already exists; nothing was written');
  });

  test('a hand-edited README table is out of date', () => {
    const out = tempDir('entries-cli-');
    runBundle(['entries', 'migrate', README, '--out', out, '--readme-out', path.join(out, 'README.md'), '--offline']);
    const file = path.join(out, 'README.md');
    writeFileSync(file, readFileSync(file, 'utf8').replace('| [cowsay]', '| [Cowsay, improved]'));
    const r = runBundle(['entries', 'readme', path.join(out, 'modules'), '--readme', file, '--check']);
    expect(r.code).toBe(1);
    expect(r.text).toContain('-| [Cowsay, improved]');
  });

  test.each([
    [['entries', 'migrate', README], '--out <dir> is required'],
    [['entries', 'migrate', '/nonexistent/README.md', '--out', '/tmp/x'], '/nonexistent/README.md: no such file'],
    [['entries', 'readme', '/nonexistent', '--readme', README], '/nonexistent: no such directory'],
    [['entries', 'check', '--base', 'HEAD'], '--base <rev> and --head <rev> are required'],
    [['entries', 'frobnicate'], 'unknown entries command "frobnicate"'],
  ])('%j is a usage error (exit 2, one line, no stack)', (args, message) => {
    const r = runBundle(args);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(message);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  test('a README without markers', () => {
    const dir = tempDir('entries-cli-');
    writeFileSync(path.join(dir, 'README.md'), '# list\n');
    const r = runBundle(['entries', 'readme', dir, '--readme', path.join(dir, 'README.md')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('README.md:1: The README has no module table markers.');
  });
});

describe('entries migrate resolves each ref from its repository (online)', () => {
  test('every entry carries the commit its tag or branch points to; an unreachable repository or a missing tag is a finding', () => {
    const annotated = world.moduleRepo('resolver', 'annotated', { 'lilypad_module.json.tmpl': moduleTemplate() });
    annotated.tag('v1.0.0', { annotated: true });
    const lightweight = world.moduleRepo('resolver', 'lightweight', { 'lilypad_module.json.tmpl': moduleTemplate() });
    lightweight.tag('1.2.0');
    const tagged = lightweight.head;
    lightweight.commit({ 'README.md': 'moved on\n' }); // the tag stays where it was: the entry must not take HEAD
    const branch = world.moduleRepo('resolver', 'on-branch', { 'lilypad_module.json.tmpl': moduleTemplate() });
    const untagged = world.moduleRepo('resolver', 'untagged', { 'lilypad_module.json.tmpl': moduleTemplate() });
    const row = (name: string, module: string) => `| [${name}](https://${module.replace(':', '/tree/')}) | \`lilypad run ${module}\` | \`-i Prompt="hi"\` |`;
    const readme = [
      '# awesome-lilypad',
      '',
      '### Lilypad Community Modules',
      '',
      '| Module | Run Command | Arguments |',
      '| --- | --- | --- |',
      row('Annotated', `${annotated.ref}:v1.0.0`),
      row('Lightweight', `${lightweight.ref}:1.2.0`),
      row('On Branch', `${branch.ref}:main`),
      row('Gone', 'github.com/resolver/no-such-repository:v1.0.0'),
      row('Untagged', `${untagged.ref}:v2.0.0`),
      row('Abbreviated', `${untagged.ref}:${untagged.head.slice(0, 7)}`),
      '',
    ].join('\n');
    const dir = tempDir('entries-online-');
    writeFileSync(path.join(dir, 'README.md'), readme);
    const r = runBundle(['entries', 'migrate', 'README.md', '--out', 'list'], { cwd: dir, env: world.env });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(r.text).toContain('migrated: 6 entries written under');
    const commitOf = (file: string) => /^commit: ([0-9a-f]{40})$/m.exec(readFileSync(path.join(dir, 'list/modules/resolver', file), 'utf8'))?.[1];
    expect(commitOf('annotated.yaml')).toBe(world.git(annotated.dir, 'rev-parse', 'v1.0.0^{commit}'));
    expect(commitOf('annotated.yaml')).not.toBe(world.git(annotated.dir, 'rev-parse', 'v1.0.0')); // the tag object is peeled
    expect(commitOf('lightweight.yaml')).toBe(world.git(lightweight.dir, 'rev-parse', '1.2.0'));
    expect(commitOf('lightweight.yaml')).toBe(tagged);
    expect(commitOf('on-branch.yaml')).toBe(world.git(branch.dir, 'rev-parse', 'main'));
    expect(r.text).toMatch(/^README\.md:9:1 +warning +On Branch runs the branch main, pinned at [0-9a-f]{12} .*ref-is-branch$/m);
    // Unreachable or unknown: the entry is written without a commit, and the row gets a finding saying why.
    expect(commitOf('no-such-repository.yaml')).toBeUndefined();
    expect(commitOf('untagged.yaml')).toBeUndefined();
    expect(r.text).toMatch(/^README\.md:10:1 +warning +Gone: the commit of github\.com\/resolver\/no-such-repository:v1\.0\.0 was not resolved \(.+\).*commit-unresolved$/m);
    expect(r.text).toMatch(/^README\.md:11:1 +warning +Untagged: the commit of .* was not resolved \(v2\.0\.0 is neither a tag nor a branch of https:\/\/github\.com\/resolver\/untagged\).*commit-unresolved$/m);
    // A commit given abbreviated cannot be written as the entry's commit (40 hex digits).
    expect(commitOf(`untagged-${untagged.head.slice(0, 7)}.yaml`)).toBeUndefined();
    expect(r.text).toMatch(new RegExp(`^README\\.md:12:1 +warning +Abbreviated: .*\\(${untagged.head.slice(0, 7)} is an abbreviated commit, and an entry pins all 40 hex digits\\).*commit-unresolved$`, 'm'));
    expect([...r.text.matchAll(/commit-unresolved$/gm)]).toHaveLength(3);
  });
});

describe('entries check', () => {
  test('exit 0 for a valid submission, 1 for an invalid one (text, json, github)', () => {
    const mod = world.moduleRepo('maker', 'echo', { 'lilypad_module.json.tmpl': moduleTemplate() });
    mod.tag('v1');
    const list = world.listRepo({ 'README.md': '# list\n' });
    const entry = { name: 'Echo', module: `${mod.ref}:v1`, commit: mod.head, creator: 'maker', description: 'Echoes its input.', category: 'other' as const };
    const good = list.pr({ 'modules/maker/echo.yaml': renderEntry(entry) });
    const bad = list.pr({ 'modules/maker/echo.yaml': renderEntry({ ...entry, module: `https://github.com/maker/echo/tree/v1` }) });
    const body = path.join(world.root, 'body.md');
    writeFileSync(body, MODULE_SUBMISSION_TEMPLATE.replace(/- \[ \]/g, '- [x]'));
    const env = world.env;
    const cache = path.join(world.root, 'cli-cache');
    const ok = runBundle(['entries', 'check', '--repo', list.dir, '--base', list.base, '--head', good, '--author', 'maker', '--pr-body', body, '--cache', cache], { env });
    expect(ok.code, ok.stderr + ok.text).toBe(0);
    expect(ok.text).toContain('valid: 0 errors, 0 warnings, 0 notes (1 entry checked)');
    const no = runBundle(['entries', 'check', '--repo', list.dir, '--base', list.base, '--head', bad, '--cache', cache], { env });
    expect(no.code).toBe(1);
    expect(no.text).toMatch(/^modules\/maker\/echo\.yaml:3:9  error    `https:\/\/github\.com\/maker\/echo\/tree\/v1` is a web address/m);
    const json = JSON.parse(runBundle(['entries', 'check', '--repo', list.dir, '--base', list.base, '--head', bad, '--format', 'json', '--cache', cache], { env }).text);
    expect(json).toMatchObject({ version: 1, valid: false, counts: { error: 1 } });
    const gh = runBundle(['entries', 'check', '--repo', list.dir, '--base', list.base, '--head', bad, '--format', 'github', '--cache', cache], { env });
    expect(gh.text).toMatch(/^::error file=modules\/maker\/echo\.yaml,line=3,col=9,title=reference-url::/m);
    expect(existsSync(cache)).toBe(true);
  });

  test('a revision that does not exist is exit 2', () => {
    const list = world.listRepo({ 'README.md': '# list\n' });
    const r = runBundle(['entries', 'check', '--repo', list.dir, '--base', 'nope', '--head', 'HEAD'], { env: world.env });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('error: base nope is not a commit of');
    expect(r.stderr).toContain('hint: fetch it first');
  });
});
