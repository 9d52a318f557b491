// The validate-submission bundle as a step: what a PR writes never starts a workflow command on the
// step's stdout (a file named like one, a module reference that is one), the annotations sit on the
// entry's lines, and bad inputs fail with one line.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { COMMENT_MARKER, MODULE_SUBMISSION_TEMPLATE, renderEntry } from '@lilypad-actions/module-list';
import { makeGitWorld, moduleTemplate, type GitWorld } from '../../../packages/module-list/test/git-world';
import { runActionStep, runActionStepSync } from '../../../test/support/action-step';
import { start, type FakeGitHub } from '../../../test/fake-github';
import { stepCommands } from '../../../test/support/runner-commands';
import { repoRoot } from '../../../test/support/repo-root';

const actionDir = path.join(repoRoot, 'actions/validate-submission');
let world: GitWorld;
let scratch: string;

beforeAll(() => {
  world = makeGitWorld();
  scratch = mkdtempSync(path.join(tmpdir(), 'validate-submission-'));
});
afterAll(() => world?.dispose());

function step(list: { dir: string; base: string }, head: string, inputs: Record<string, string> = {}, event: object | null = null) {
  const env: NodeJS.ProcessEnv = { ...world.env };
  if (event) {
    const file = path.join(scratch, `event-${Math.random().toString(36).slice(2)}.json`);
    writeFileSync(file, JSON.stringify(event));
    env.GITHUB_EVENT_PATH = file;
  }
  return runActionStepSync({ actionDir, workspace: list.dir, runnerDir: scratch, inputs: { base: list.base, head, ...inputs }, env });
}

describe('validate-submission', () => {
  test('untrusted text never starts a workflow command on stdout', () => {
    const list = world.listRepo({ 'README.md': '# list\n' });
    const head = list.pr({
      '::error::forged/x.txt': 'a file named like a workflow command\n',
      'modules/x/y.yaml': renderEntry({ name: 'Y', module: '::warning::also-forged', commit: 'a'.repeat(40), creator: 'x', description: 'A module with a forged reference.', category: 'other' }),
    });
    const r = step(list, head);
    expect(r.code).toBe(1);
    // Read as the runner reads a step's output: only this step's own annotations are commands.
    // The forged `::error::…` and `::warning::…` would be commands without a file; the step's own
    // annotations name the entry file they are about.
    const forged = stepCommands(r).filter((c) => c.effect === 'command' && c.line.includes('forged') && !c.properties.file);
    expect(forged).toEqual([]);
    // The findings are still reported, escaped, and as annotations.
    expect(r.stdout).toContain('\\::error::forged/x.txt');
    expect(r.annotations.some((a) => a.startsWith('::error file=%3A%3Aerror%3A%3Aforged/x.txt,') || a.includes('title=outside-modules'))).toBe(true);
    expect(r.outputs.valid).toBe('false');
    expect(JSON.parse(r.outputs.matrix!)).toEqual([]);
  });

  test('a valid entry: outputs, the matrix, annotations on the entry file only for what is wrong', () => {
    const mod = world.moduleRepo('maker', 'ok', { 'lilypad_module.json.tmpl': moduleTemplate() });
    mod.tag('v1');
    const list = world.listRepo({ 'README.md': '# list\n' });
    const head = list.pr({ 'modules/maker/ok.yaml': renderEntry({ name: 'OK', module: `${mod.ref}:v1`, commit: mod.head, creator: 'maker', description: 'A module that loads.', category: 'other' }) });
    const r = step(list, head, {}, { action: 'opened', pull_request: { number: 3, user: { login: 'someone' }, body: MODULE_SUBMISSION_TEMPLATE.replace(/- \[ \]/g, '- [x]') } });
    expect(r.code, r.stdout + r.stderr).toBe(0);
    expect(r.outputs.valid).toBe('true');
    expect(JSON.parse(r.outputs.entries!)).toEqual([expect.objectContaining({ path: 'modules/maker/ok.yaml', status: 'added', valid: true })]);
    expect(JSON.parse(r.outputs.matrix!)).toEqual([expect.objectContaining({ module: `github.com/maker/ok:${mod.head}` })]);
    // The PR is someone else's: a finding for maintainers on the creator line, not a failure.
    expect(r.annotations).toEqual(expect.arrayContaining([expect.stringMatching(/^::warning title=creator-not-author,file=modules\/maker\/ok\.yaml,line=5,col=10::The entry credits maker, but the PR is by someone/)]));
  });

  test.each([
    [{ 'max-entries': 'many' }, 'max-entries: expected a whole number, got "many"'],
    [{ strict: 'yes' }, 'strict: expected true or false, got "yes"'],
    [{ base: 'no-such-rev' }, 'base no-such-rev is not a commit of'],
  ])('bad input %j fails the step with one line', (inputs, message) => {
    const list = world.listRepo({ 'README.md': '# list\n' });
    const r = step(list, list.base, inputs);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(message);
    expect(r.stdout + r.stderr).not.toMatch(/\n\s+at /);
  });
});

describe('validate-submission comments itself on a same-repository PR (comment: true, a token that can write)', () => {
  let fake: FakeGitHub;
  beforeAll(async () => {
    fake = await start({
      repoFixture: {
        owner: 'Lilypad-Tech',
        name: 'awesome-lilypad',
        files: { 'README.md': '# list\n' },
        pulls: [{ number: 8, author: 'maker', title: 'Add Sticky', body: 'see template', headRefName: 'sticky', files: [{ path: 'modules/maker/sticky.yaml', contents: 'name: x\n' }] }],
      },
    });
  });
  afterAll(async () => fake?.stop());

  // Asynchronous: the fake answers from this process, which a synchronous child would block.
  function commentingStep(list: { dir: string; base: string }, head: string) {
    const file = path.join(scratch, `event-comment-${Math.random().toString(36).slice(2)}.json`);
    writeFileSync(file, JSON.stringify({ action: 'synchronize', pull_request: { number: 8, user: { login: 'maker' }, body: MODULE_SUBMISSION_TEMPLATE.replace(/- \[ \]/g, '- [x]'), head: { sha: head, repo: { full_name: 'Lilypad-Tech/awesome-lilypad' } }, base: { sha: list.base, repo: { full_name: 'Lilypad-Tech/awesome-lilypad' } } } }));
    return runActionStep({
      actionDir,
      workspace: list.dir,
      runnerDir: scratch,
      inputs: { base: list.base, head, comment: 'true', token: 'ghs_same_repository_writer' },
      env: { ...world.env, GITHUB_EVENT_PATH: file, GITHUB_REPOSITORY: 'Lilypad-Tech/awesome-lilypad', GITHUB_API_URL: fake.url, GITHUB_SERVER_URL: fake.serverUrl, GITHUB_RUN_ID: '77' },
    });
  }

  test('two runs on the same PR: one bot comment, the same id, its body updated for the new head', async () => {
    const mod = world.moduleRepo('maker', 'sticky', { 'lilypad_module.json.tmpl': moduleTemplate() });
    mod.tag('v1');
    const list = world.listRepo({ 'README.md': '# list\n' });
    const entry = { name: 'Sticky', module: `${mod.ref}:v1`, commit: mod.head, creator: 'maker', description: 'A module for the sticky comment.', category: 'other' as const };
    // First push: the reference is a web address (an error). Second push: fixed.
    const broken = list.pr({ 'modules/maker/sticky.yaml': renderEntry({ ...entry, module: 'https://github.com/maker/sticky/tree/v1' }) }, 'sticky');
    const first = await commentingStep(list, broken);
    expect(first.code).toBe(1);
    expect(first.stdout).toMatch(/Sticky comment created: http/);
    const bot = () => fake.comments(8).filter((c) => c.user.login === 'github-actions[bot]');
    expect(bot()).toHaveLength(1);
    const [created] = bot();
    expect(created!.body.startsWith(COMMENT_MARKER)).toBe(true);
    expect(created!.body).toContain(`❌ **The submission checks fail** for \`${broken.slice(0, 12)}\``);
    expect(created!.body).toContain('is a web address');
    const firstBody = created!.body;

    const fixed = list.pr({ 'modules/maker/sticky.yaml': renderEntry(entry) }, 'sticky');
    const second = await commentingStep(list, fixed);
    expect(second.code, second.stdout + second.stderr).toBe(0);
    expect(second.stdout).toMatch(/Sticky comment updated: http/);
    const after = bot();
    expect(after).toHaveLength(1);
    expect(after[0]!.id).toBe(created!.id);
    expect(after[0]!.body).not.toBe(firstBody);
    expect(after[0]!.body).toContain(`✅ **The submission checks pass** for \`${fixed.slice(0, 12)}\``);
    expect(after[0]!.body).not.toContain('is a web address');
    expect(after[0]!.body).toContain('[Details](' + fake.serverUrl + '/Lilypad-Tech/awesome-lilypad/actions/runs/77)');
    // Nothing but that one comment was written: one POST, then PATCHes of the same id.
    const writes = fake.requests.filter((q) => q.kind === 'rest' && q.method !== 'GET').map((q) => `${q.method} ${q.path}`);
    expect(writes).toEqual(['POST /repos/Lilypad-Tech/awesome-lilypad/issues/8/comments', `PATCH /repos/Lilypad-Tech/awesome-lilypad/issues/comments/${created!.id}`]);
    // The token reaches the log only in the runner's own mask command, which the runner hides.
    const logged = (first.stdout + first.stderr + second.stdout + second.stderr).split('\n').filter((l) => l.includes('ghs_same_repository_writer'));
    expect(logged).toEqual(['::add-mask::ghs_same_repository_writer', '::add-mask::ghs_same_repository_writer']);
  });
});
