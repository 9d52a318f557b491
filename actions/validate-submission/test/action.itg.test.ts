// The validate-submission bundle as a step: what a PR writes never starts a workflow command on the
// step's stdout (a file named like one, a module reference that is one), the annotations sit on the
// entry's lines, and bad inputs fail with one line.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { MODULE_SUBMISSION_TEMPLATE, renderEntry } from '@lilypad-actions/module-list';
import { makeGitWorld, moduleTemplate, type GitWorld } from '../../../packages/module-list/test/git-world';
import { runActionStepSync } from '../../../test/support/action-step';
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
