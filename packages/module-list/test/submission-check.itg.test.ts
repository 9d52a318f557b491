// The submission checks against real git: module repositories made here (lightweight and
// annotated tags, a moved tag, a deleted tag, a force-pushed branch), a list repository with a PR
// branch, github.com redirected to them with url.<base>.insteadOf, and a private repository served
// by the fake GitHub (which wants a token the checks never have). Every bad input of the issue.
import { mkdtempSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { start, type FakeGitHub } from '../../../test/fake-github';
import { checkSubmission, CheckInputError, MODULE_SUBMISSION_TEMPLATE, renderEntry, type ListEntry, type SubmissionReport } from '../src';
import { makeGitWorld, moduleTemplate, type GitWorld, type ModuleRepo } from './git-world';

let world: GitWorld;
let hello: ModuleRepo;
let v1: string;
let fake: FakeGitHub;

const README = [
  '# awesome',
  '',
  '### Lilypad Community Modules',
  '',
  '<!-- lilypad-module-list:community:start: generated -->',
  '| Module | Run Command | Arguments |',
  '| --- | --- | --- |',
  '| [Existing](https://github.com/someone/existing/tree/v1) | `lilypad run github.com/someone/existing:v1` | |',
  '<!-- lilypad-module-list:community:end -->',
  '',
].join('\n');

const EXISTING: ListEntry = {
  name: 'Existing',
  module: 'github.com/someone/existing:v1',
  commit: 'b'.repeat(40),
  creator: 'someone',
  description: 'A module already in the list.',
  category: 'other',
};

const ticked = MODULE_SUBMISSION_TEMPLATE.replace(/- \[ \]/g, '- [x]');

function helloEntry(overrides: Partial<ListEntry> = {}): ListEntry {
  return {
    name: 'Hello',
    module: `${hello.ref}:v1.0.0`,
    commit: v1,
    creator: 'creator1',
    description: 'Prints a message into /outputs.',
    category: 'other',
    inputs: [{ Message: 'hi' }],
    ...overrides,
  };
}

async function check(files: Record<string, string | null>, options: { author?: string | null; body?: string | null; strict?: boolean; teams?: Record<string, string[]>; maxEntries?: number; baseFiles?: Record<string, string> } = {}): Promise<SubmissionReport> {
  const list = world.listRepo({ 'README.md': README, 'modules/someone/existing.yaml': renderEntry(EXISTING), ...options.baseFiles });
  const head = list.pr(files);
  return checkSubmission({
    repo: list.dir,
    base: list.base,
    head,
    pull: { number: 7, author: options.author === undefined ? 'creator1' : options.author, body: options.body === undefined ? ticked : options.body },
    cacheDir: path.join(world.root, 'cache'),
    strict: options.strict ?? false,
    ...(options.teams ? { teams: options.teams } : {}),
    ...(options.maxEntries !== undefined ? { maxEntries: options.maxEntries } : {}),
  });
}

const rules = (r: SubmissionReport) => r.findings.map((f) => f.rule);
const finding = (r: SubmissionReport, rule: string) => r.findings.find((f) => f.rule === rule);

beforeAll(async () => {
  world = makeGitWorld();
  hello = world.moduleRepo('creator1', 'hello', { 'lilypad_module.json.tmpl': moduleTemplate() });
  v1 = hello.head;
  hello.tag('v1.0.0');
  hello.tag('v1.0.1', { annotated: true });
  fake = await start({ repoFixture: { owner: 'secret', name: 'module', files: { 'lilypad_module.json.tmpl': moduleTemplate() } }, token: 'ghs_private' });
  // github.com/secret/* is served by the fake, which refuses anyone without the token: a private repository.
  world.git(world.root, 'config', '--file', process.env.GIT_CONFIG_GLOBAL as string, `url.${fake.serverUrl}/secret/.insteadOf`, 'https://github.com/secret/');
});

afterAll(async () => {
  await fake?.stop();
  world?.dispose();
});

describe('a good submission', () => {
  test('passes, with the run matrix pinned to the commit and a case per example input set', async () => {
    const r = await check({ 'modules/creator1/hello.yaml': renderEntry(helloEntry()) });
    expect(r.findings).toEqual([]);
    expect(r.valid).toBe(true);
    expect(r.entries).toEqual([
      { path: 'modules/creator1/hello.yaml', status: 'added', name: 'Hello', module: `${hello.ref}:v1.0.0`, commit: v1, image: `busybox@sha256:${'a'.repeat(64)}`, template: { loads: true, valid: true }, valid: true },
    ]);
    expect(r.matrix).toEqual([{ entry: 'modules/creator1/hello.yaml', name: 'Hello', module: `${hello.ref}:${v1}`, commit: v1, plan: JSON.stringify({ version: 1, cases: [{ name: 'example', inputs: { Message: 'hi' } }] }) }]);
    expect(r.pull).toEqual({ number: 7, author: 'creator1' });
  });

  test('an annotated tag resolves to the commit it tags', async () => {
    const r = await check({ 'modules/creator1/hello.yaml': renderEntry(helloEntry({ module: `${hello.ref}:v1.0.1` })) });
    expect(r.findings).toEqual([]);
  });

  test("the entry's tests become the run's plan", async () => {
    const tests = { version: 1, cases: [{ name: 'greets', inputs: { Message: 'yo' }, expect: { stdout: ['yo'] } }], thresholds: { 'NVIDIA H100*': { run: 60 } } };
    const r = await check({ 'modules/creator1/hello.yaml': renderEntry(helloEntry({ tests })) });
    expect(r.valid).toBe(true);
    expect(JSON.parse(r.matrix[0]!.plan)).toEqual(tests);
  });

  test('a team member may submit for the creator', async () => {
    const entry = renderEntry(helloEntry({ team: 'hello-team' }));
    expect(rules(await check({ 'modules/creator1/hello.yaml': entry }, { author: 'mate', teams: { 'hello-team': ['creator1', 'Mate'] } }))).toEqual([]);
  });
});

describe('bad references', () => {
  test.each([
    ['an https:// reference', 'https://github.com/creator1/hello:v1.0.0', 'reference-url', 'Write github.com/creator1/hello:v1.0.0.'],
    ['a /tree/ URL', 'https://github.com/creator1/hello/tree/v1.0.0', 'reference-url', 'Write github.com/creator1/hello:v1.0.0.'],
    ['two colons', 'github.com/creator1/hello:v1.0.0:latest', 'reference-colons', 'github.com/creator1/hello:latest'],
    ['no ref', 'github.com/creator1/hello', 'reference-no-ref', 'github.com/creator1/hello:v1.0.0'],
  ])('%s is an error on the module line, with the fix', async (_, module, rule, hint) => {
    const r = await check({ 'modules/creator1/hello.yaml': renderEntry(helloEntry({ module })) });
    expect(r.valid).toBe(false);
    expect(finding(r, rule)).toMatchObject({ severity: 'error', file: 'modules/creator1/hello.yaml', line: 3, column: 9 });
    expect(finding(r, rule)?.hint).toContain(hint);
    expect(r.matrix).toEqual([]);
  });
});

describe('repositories and refs, resolved now', () => {
  test('a tag that does not exist', async () => {
    const r = await check({ 'modules/creator1/hello.yaml': renderEntry(helloEntry({ module: `${hello.ref}:v9.9.9` })) });
    expect(finding(r, 'ref-not-found')).toMatchObject({ line: 3, message: 'v9.9.9 is neither a tag nor a branch of https://github.com/creator1/hello.' });
  });

  test('a tag that moved since the pin', async () => {
    const mod = world.moduleRepo('creator1', 'moving', { 'lilypad_module.json.tmpl': moduleTemplate() });
    const pinned = mod.head;
    mod.tag('v1');
    mod.commit({ 'README.md': 'new\n' });
    mod.tag('v1', { force: true });
    const r = await check({ 'modules/creator1/moving.yaml': renderEntry(helloEntry({ name: 'Moving', module: `${mod.ref}:v1`, commit: pinned })) });
    expect(finding(r, 'ref-moved')).toMatchObject({ severity: 'error', line: 4, column: 9 });
    expect(finding(r, 'ref-moved')?.message).toBe(`The tag v1 points to ${mod.head} now, not to ${pinned} (the entry's commit): it moved since the pin.`);
  });

  test('a deleted tag', async () => {
    const mod = world.moduleRepo('creator1', 'deleted-tag', { 'lilypad_module.json.tmpl': moduleTemplate() });
    mod.tag('v1');
    mod.deleteTag('v1');
    const r = await check({ 'modules/creator1/deleted-tag.yaml': renderEntry(helloEntry({ name: 'Deleted', module: `${mod.ref}:v1`, commit: mod.head })) });
    expect(rules(r)).toContain('ref-not-found');
  });

  test('a force-pushed branch no longer points at the pin, and a branch ref is flagged for maintainers', async () => {
    const mod = world.moduleRepo('creator1', 'branchy', { 'lilypad_module.json.tmpl': moduleTemplate() });
    const first = mod.head;
    const ok = await check({ 'modules/creator1/branchy.yaml': renderEntry(helloEntry({ name: 'Branchy', module: `${mod.ref}:main`, commit: first })) });
    expect(finding(ok, 'ref-is-branch')).toMatchObject({ severity: 'warning', audience: 'maintainers' });
    expect(ok.valid).toBe(true);
    world.git(mod.dir, 'commit', '-q', '--amend', '-m', 'rewritten');
    const r = await check({ 'modules/creator1/branchy.yaml': renderEntry(helloEntry({ name: 'Branchy', module: `${mod.ref}:main`, commit: first })) });
    expect(finding(r, 'ref-moved')?.message).toContain('The branch main points to');
  });

  test('a missing repository', async () => {
    const r = await check({ 'modules/nobody/nothing.yaml': renderEntry(helloEntry({ name: 'Nothing', module: 'github.com/nobody/nothing:v1', creator: 'nobody' })) }, { author: 'nobody' });
    expect(finding(r, 'repository-unreachable')).toMatchObject({ severity: 'error', line: 3 });
    expect(finding(r, 'repository-unreachable')?.message).toMatch(/^https:\/\/github.com\/nobody\/nothing cannot be read anonymously \(.+\): it does not exist or is private\.$/);
  });

  test('a private repository (the fake GitHub wants a token the checks never send)', async () => {
    const r = await check({ 'modules/secret/module.yaml': renderEntry(helloEntry({ name: 'Secret', module: 'github.com/secret/module:main', creator: 'secret' })) }, { author: 'secret' });
    expect(finding(r, 'repository-unreachable')?.message).toContain('https://github.com/secret/module cannot be read anonymously');
    expect(fake.requests.some((q) => q.kind === 'git' && q.status === 401)).toBe(true);
  });

  test('a commit the repository does not have', async () => {
    const r = await check({ 'modules/creator1/hello.yaml': renderEntry(helloEntry({ module: `${hello.ref}:${'c'.repeat(40)}`, commit: 'c'.repeat(40) })) });
    expect(finding(r, 'commit-not-found')).toMatchObject({ severity: 'error', line: 4 });
  });
});

describe('the template at the pinned commit', () => {
  test('no template at that ref', async () => {
    const mod = world.moduleRepo('creator1', 'empty', { 'README.md': 'no template\n' });
    mod.tag('v1');
    const r = await check({ 'modules/creator1/empty.yaml': renderEntry(helloEntry({ name: 'Empty', module: `${mod.ref}:v1`, commit: mod.head })) });
    expect(finding(r, 'template-missing')?.message).toBe(`https://github.com/creator1/empty has no lilypad_module.json.tmpl at ${mod.head.slice(0, 12)}: \`lilypad run\` would fail to load the module.`);
  });

  test('a template that does not load with the example inputs', async () => {
    const mod = world.moduleRepo('creator1', 'broken', { 'lilypad_module.json.tmpl': moduleTemplate().replace('{{ if .Message }}{{ .Message }}{{ else }}"hello"{{ end }}', '"{{ .Message }}"') });
    mod.tag('v1');
    const r = await check({ 'modules/creator1/broken.yaml': renderEntry(helloEntry({ name: 'Broken', module: `${mod.ref}:v1`, commit: mod.head })) });
    const f = finding(r, 'template-invalid');
    expect(f).toMatchObject({ severity: 'error', file: 'modules/creator1/broken.yaml', line: 9 });
    expect(f?.message).toContain('does not load in Lilypad with inputs {"Message":"hi"}: error unmarshalling resulting JSON');
    expect(r.entries[0]?.template).toEqual({ loads: false, valid: false });
  });

  test('an image that is not pinned by digest is a warning for maintainers; strict makes it fail', async () => {
    const mod = world.moduleRepo('creator1', 'tagged', { 'lilypad_module.json.tmpl': moduleTemplate('busybox:1.36') });
    mod.tag('v1');
    const files = { 'modules/creator1/tagged.yaml': renderEntry(helloEntry({ name: 'Tagged', module: `${mod.ref}:v1`, commit: mod.head })) };
    const r = await check(files);
    expect(finding(r, 'image-not-pinned')).toMatchObject({ severity: 'warning', audience: 'maintainers' });
    expect(r.valid).toBe(true);
    expect((await check(files, { strict: true })).valid).toBe(false);
  });
});

describe('the entry file', () => {
  test('a 10 MB entry is refused without being parsed', async () => {
    const r = await check({ 'modules/creator1/hello.yaml': `name: big\ndescription: ${'x'.repeat(10 * 1024 * 1024)}\n` });
    expect(r.findings.map((f) => [f.rule, f.line])).toEqual([['entry-too-large', 1]]);
  });

  test('an alias bomb', async () => {
    const bomb = `${renderEntry(helloEntry())}x: &a [1, 1, 1, 1, 1, 1, 1, 1]\ny: &b [*a, *a, *a, *a, *a, *a, *a, *a]\nz: [*b, *b, *b, *b, *b, *b, *b, *b]\n`;
    const r = await check({ 'modules/creator1/hello.yaml': bomb });
    expect(finding(r, 'entry-alias')).toMatchObject({ severity: 'error', line: 10 });
    expect(r.matrix).toEqual([]);
  });

  test('duplicate keys', async () => {
    const r = await check({ 'modules/creator1/hello.yaml': `${renderEntry(helloEntry())}name: Again\n` });
    expect(finding(r, 'entry-duplicate-key')).toMatchObject({ line: 10, column: 1 });
  });

  test('an entry in the wrong folder, and a file that is no entry', async () => {
    const r = await check({ 'modules/someone-else/hello.yaml': renderEntry(helloEntry()), 'modules/creator1/logo.png': 'png' });
    expect(r.findings.filter((f) => f.rule === 'entry-path').map((f) => f.file).sort()).toEqual(['modules/creator1/logo.png', 'modules/someone-else/hello.yaml']);
  });

  test('the same module or the same name as an entry already listed', async () => {
    const r = await check({ 'modules/someone/again.yaml': renderEntry({ ...EXISTING, creator: 'creator1' }) });
    expect(rules(r)).toEqual(expect.arrayContaining(['duplicate-module', 'duplicate-name']));
    expect(finding(r, 'duplicate-module')?.message).toBe('modules/someone/existing.yaml already lists github.com/someone/existing:v1 (the same repository and ref).');
  });
});

describe('the PR around the entries', () => {
  test('a file outside modules/', async () => {
    const r = await check({ 'modules/creator1/hello.yaml': renderEntry(helloEntry()), '.github/workflows/evil.yml': 'on: push\n' });
    expect(finding(r, 'outside-modules')).toMatchObject({ severity: 'error', file: '.github/workflows/evil.yml' });
  });

  test('a creator who is not the PR author is a finding for maintainers, not a failure', async () => {
    const r = await check({ 'modules/creator1/hello.yaml': renderEntry(helloEntry()) }, { author: 'someone-else' });
    expect(finding(r, 'creator-not-author')).toMatchObject({ severity: 'warning', audience: 'maintainers', line: 5, message: 'The entry credits creator1, but the PR is by someone-else, and the entry names no team.' });
    expect(r.valid).toBe(true);
  });

  test('twenty entries in one PR', async () => {
    const files: Record<string, string> = {};
    for (let i = 1; i <= 20; i += 1) files[`modules/creator1/hello-${i}.yaml`] = renderEntry(helloEntry({ name: `Hello ${i}` }));
    const r = await check(files);
    expect(finding(r, 'too-many-entries')).toMatchObject({ severity: 'error', message: 'The PR adds or changes 20 entries; one PR may submit at most 10.' });
    expect(r.valid).toBe(false);
    // A maintainer's bulk change can lift the limit.
    expect(rules(await check(files, { maxEntries: 0 }))).not.toContain('too-many-entries');
  });

  test('a hand-edited README table', async () => {
    const edited = README.replace('| [Existing]', '| [Existing, improved]');
    const r = await check({ 'README.md': edited });
    expect(finding(r, 'readme-hand-edited')).toMatchObject({ severity: 'error', file: 'README.md', line: 8 });
    // Prose outside the markers is the maintainers' to edit.
    expect(rules(await check({ 'README.md': README.replace('# awesome', '# awesome lilypad') }))).toEqual([]);
  });

  test('an unticked checklist and a missing section in the description', async () => {
    const body = MODULE_SUBMISSION_TEMPLATE.replace('## How to run it', '## Notes').replace(/- \[ \]/g, '- [x]').replace('- [x] I am the creator', '- [ ] I am the creator');
    const r = await check({ 'modules/creator1/hello.yaml': renderEntry(helloEntry()) }, { body });
    const line = body.split('\n').findIndex((l) => l.includes('I am the creator')) + 1;
    expect(r.findings.filter((f) => f.file === 'pull request description').map((f) => [f.rule, f.line])).toEqual([
      ['pr-template-section', undefined],
      ['pr-checklist', line],
    ]);
    expect(r.valid).toBe(false);
  });

  test("the list's own template, read at the base revision, is the one that counts", async () => {
    const own = '## What\n\n- [ ] It runs\n';
    const r = await check({ 'modules/creator1/hello.yaml': renderEntry(helloEntry()) }, { body: '## What\n\n- [x] It runs\n', baseFiles: { '.github/PULL_REQUEST_TEMPLATE/module-submission.md': own } });
    expect(r.findings).toEqual([]);
  });

  test('a removed entry is listed for maintainers', async () => {
    const r = await check({ 'modules/someone/existing.yaml': null });
    expect(r.findings).toEqual([expect.objectContaining({ rule: 'entry-removed', severity: 'info', audience: 'maintainers', file: 'modules/someone/existing.yaml' })]);
    expect(r.entries).toEqual([expect.objectContaining({ path: 'modules/someone/existing.yaml', status: 'deleted' })]);
  });
});

describe('the command line it runs from', () => {
  test('a base that is not a commit is an input error naming it', async () => {
    const list = world.listRepo({ 'README.md': README });
    await expect(checkSubmission({ repo: list.dir, base: 'nope', head: 'HEAD', cacheDir: path.join(world.root, 'cache') })).rejects.toThrow(new CheckInputError(`base nope is not a commit of ${list.dir}`, "fetch it first (git fetch origin <rev>), or check the name"));
    const notRepo = mkdtempSync(path.join(world.root, 'plain-'));
    writeFileSync(path.join(notRepo, 'x'), '');
    await expect(checkSubmission({ repo: notRepo, base: 'HEAD', head: 'HEAD', cacheDir: path.join(world.root, 'cache') })).rejects.toThrow(`${notRepo} is not a git repository`);
  });
});
