// The submission workflows: the reusable ones (.github/workflows/awesome-lilypad-pr.yml and
// -comment.yml) and the callers the list repository copies. Parsed by GitHub's own workflow parser
// (@actions/workflow-parser), and the GPU job's condition evaluated by GitHub's own expression
// evaluator (@actions/expressions) for the events a fork PR can cause: no event but a maintainer's
// label on a passing head reaches the GPU runner, and that job always waits for the `gpu` environment.
import { readFileSync } from 'node:fs';
import { Evaluator, Lexer, Parser, data } from '@actions/expressions';
import { truthy } from '@actions/expressions/result';
import { NoOperationTraceWriter, parseWorkflow } from '@actions/workflow-parser';
import { describe, expect, test } from 'vitest';
import { parseYaml } from '../../packages/config-file/src';
import { repoRoot } from '../support/repo-root';

const read = (path: string) => readFileSync(`${repoRoot}/${path}`, 'utf8');
const yaml = (path: string) => parseYaml(read(path), path).value as Record<string, any>;
const FILES = ['.github/workflows/awesome-lilypad-pr.yml', '.github/workflows/awesome-lilypad-pr-comment.yml', 'workflows/awesome-lilypad-pr.yml', 'workflows/awesome-lilypad-pr-comment.yml'];
const reusable = yaml('.github/workflows/awesome-lilypad-pr.yml');
const commenter = yaml('.github/workflows/awesome-lilypad-pr-comment.yml');
const caller = yaml('workflows/awesome-lilypad-pr.yml');
const callerComment = yaml('workflows/awesome-lilypad-pr-comment.yml');
const actionRef = (name: string) => `Lilypad-Tech/lilypad-actions/actions/${name}@v1`;
type Step = { uses?: string; run?: string; with?: Record<string, unknown>; env?: Record<string, string>; if?: string; id?: string; name?: string };

/** Evaluates a job's `if:` as GitHub does, with these contexts. */
function evaluate(condition: string, contexts: Record<string, unknown>): boolean {
  const expression = condition.trim().replace(/^\$\{\{([\s\S]*)\}\}$/, '$1');
  const lexed = new Lexer(expression).lex();
  const parsed = new Parser(lexed.tokens, Object.keys(contexts), []).parse();
  const dictionary = JSON.parse(JSON.stringify(contexts), data.reviver) as data.Dictionary;
  return truthy(new Evaluator(parsed, dictionary).evaluate());
}

describe('GitHub\'s workflow parser accepts every file', () => {
  test.each(FILES)('%s', (file) => {
    const result = parseWorkflow({ name: file, content: read(file) }, new NoOperationTraceWriter());
    expect(result.context.errors.getErrors().map((e) => e.message)).toEqual([]);
  });
});

describe('the GPU run: a fork PR cannot reach the runner before the label', () => {
  const run = reusable.jobs.run;
  const inputs = { label: 'safe-to-run' };
  const needs = (valid: boolean, matrix = '[{"entry":"modules/a/b.yaml"}]') => ({ checks: { result: valid ? 'success' : 'failure', outputs: { valid: String(valid), matrix: valid ? matrix : '[]' } } });
  const event = (action: string, extra: Record<string, unknown> = {}) => ({ event_name: 'pull_request', event: { action, pull_request: { head: { repo: { fork: true } } }, ...extra } });

  test.each([
    ['a fork opens its PR', event('opened'), needs(true)],
    ['a push to the PR', event('synchronize'), needs(true)],
    ['an edit of its description', event('edited'), needs(true)],
    ['another label', event('labeled', { label: { name: 'good-first-module' } }), needs(true)],
    ['the label on a head whose checks fail', event('labeled', { label: { name: 'safe-to-run' } }), needs(false)],
    ['the label on a PR that adds no module', event('labeled', { label: { name: 'safe-to-run' } }), needs(true, '[]')],
    ['the label removed', event('unlabeled', { label: { name: 'safe-to-run' } }), needs(true)],
    ['a pull_request_target event', { ...event('labeled', { label: { name: 'safe-to-run' } }), event_name: 'pull_request_target' }, needs(true)],
  ])('%s: the GPU job does not start', (_, github, needsCtx) => {
    expect(evaluate(run.if, { github, inputs, needs: needsCtx })).toBe(false);
  });

  test("a maintainer's label on a head that passed: it starts (and waits for the gpu environment)", () => {
    expect(evaluate(run.if, { github: event('labeled', { label: { name: 'safe-to-run' } }), inputs, needs: needs(true) })).toBe(true);
    expect(evaluate(run.if, { github: event('labeled', { label: { name: 'approved' } }), inputs: { label: 'approved' }, needs: needs(true) })).toBe(true);
  });

  test('the environment is fixed to gpu, not an input; it needs the checks and runs nothing but run-module', () => {
    expect(run.environment).toBe('gpu');
    expect(run.needs).toBe('checks');
    expect(run['runs-on']).toBe('${{ fromJSON(inputs.runs-on) }}');
    expect(run.strategy.matrix.module).toBe('${{ fromJSON(needs.checks.outputs.matrix) }}');
    expect(run.strategy['fail-fast']).toBe(false);
    const steps = run.steps as Step[];
    expect(steps.some((s) => s.uses?.startsWith('actions/checkout'))).toBe(false);
    expect(steps.filter((s) => s.uses?.startsWith('Lilypad-Tech/')).map((s) => s.uses)).toEqual([actionRef('gpu-gate'), actionRef('run-module')]);
    expect(steps.some((s) => s.uses?.includes('build-module'))).toBe(false);
    const runModule = steps.find((s) => s.uses === actionRef('run-module'))!;
    expect(runModule.with).toMatchObject({ module: '${{ matrix.module.module }}', 'allow-cpu': '${{ inputs.allow-cpu }}' });
    expect(runModule.with).not.toHaveProperty('image');
  });

  test('the gate comes first, for the fixed environment, with no opt-out: before anything of the PR reaches the runner', () => {
    const first = (run.steps as Step[])[0]!;
    expect(first.uses).toBe(actionRef('gpu-gate'));
    expect(first.with).toEqual({ environment: 'gpu' });
    expect(run.permissions).toEqual({ contents: 'read', actions: 'read' });
  });

  test('only the run job uses the GPU runners; the checks run on a hosted runner', () => {
    expect(reusable.jobs.checks['runs-on']).toBe('ubuntu-latest');
    expect(evaluate(reusable.jobs.checks.if, { github: event('synchronize') })).toBe(true);
    expect(Object.entries(reusable.jobs).filter(([, j]: [string, any]) => JSON.stringify(j['runs-on']).includes('inputs.runs-on')).map(([n]) => n)).toEqual(['run']);
  });
});

describe('least privilege and the house rules, in every file', () => {
  const all = FILES.map((f) => [f, yaml(f)] as const);

  test.each(all)('%s: no secrets, no write permission outside the commenter, timeouts, credentials not persisted', (file, wf) => {
    const text = read(file);
    expect(text).not.toMatch(/secrets\./);
    expect(text).not.toContain('secrets: inherit');
    expect(Object.keys(wf.on)).not.toContain('pull_request_target');
    for (const [name, job] of Object.entries(wf.jobs as Record<string, any>)) {
      if (!job.uses) expect(job['timeout-minutes'], `${file} ${name}`).toBeDefined();
      const perms = job.permissions ?? {};
      const writes = Object.entries(perms).filter(([, v]) => v === 'write').map(([k]) => k).sort();
      if (file.includes('comment')) expect(writes).toEqual(['issues', 'pull-requests']);
      else expect(writes).toEqual([]);
      for (const step of (job.steps ?? []) as Step[]) {
        if (step.uses?.startsWith('actions/checkout')) expect(step.with?.['persist-credentials'], `${file} ${name}`).toBe(false);
        // Expressions reach scripts through env:, never spliced into the script itself.
        if (step.run) expect(step.run, `${file} ${name}`).not.toContain('${{');
      }
    }
    expect(wf.permissions === undefined || Object.values(wf.permissions).every((v) => v !== 'write')).toBe(true);
  });

  test('the commenter never checks out or runs the PR: it downloads the run\'s artifacts and hands them to submission-comment', () => {
    const job = commenter.jobs.comment;
    const steps = job.steps as Step[];
    expect(steps.map((s) => s.uses?.replace(/@[0-9a-f]{40}$/, '@<pinned>'))).toEqual(['actions/download-artifact@<pinned>', actionRef('submission-comment')]);
    expect(steps.some((s) => s.run)).toBe(false);
    expect(steps[0]!.with).toMatchObject({ 'run-id': '${{ github.event.workflow_run.id }}' });
    expect(steps[1]!.with).toMatchObject({ 'head-sha': '${{ github.event.workflow_run.head_sha }}', label: '${{ inputs.label }}' });
    expect(job.permissions).toEqual({ actions: 'read', issues: 'write', 'pull-requests': 'write' });
    expect(evaluate(job.if, { github: { event_name: 'workflow_run', event: { workflow_run: { event: 'pull_request' } } } })).toBe(true);
    expect(evaluate(job.if, { github: { event_name: 'workflow_run', event: { workflow_run: { event: 'push' } } } })).toBe(false);
  });
});

describe('the callers the list repository copies', () => {
  test('the PR caller: every event the pipeline needs, read-only, calling the reusable workflow with its inputs', () => {
    expect(caller.on.pull_request.types).toEqual(['opened', 'synchronize', 'reopened', 'edited', 'labeled']);
    expect(caller.permissions).toEqual({});
    const job = caller.jobs.submission;
    expect(job.uses).toBe('Lilypad-Tech/lilypad-actions/.github/workflows/awesome-lilypad-pr.yml@v1');
    expect(job.permissions).toEqual({ contents: 'read', actions: 'read' });
    const declared = reusable.on.workflow_call.inputs;
    for (const [name, value] of Object.entries(job.with as Record<string, unknown>)) {
      expect(declared, name).toHaveProperty(name);
      const type = declared[name].type;
      expect(typeof value, name).toBe(type === 'number' ? 'number' : type === 'boolean' ? 'boolean' : 'string');
    }
    expect(job.with.label).toBe(declared.label.default);
  });

  test('the comment caller: workflow_run of the PR workflow, by its name', () => {
    expect(callerComment.on.workflow_run).toEqual({ workflows: [caller.name], types: ['completed'] });
    expect(callerComment.jobs.comment.uses).toBe('Lilypad-Tech/lilypad-actions/.github/workflows/awesome-lilypad-pr-comment.yml@v1');
    expect(callerComment.jobs.comment.with.label).toBe(caller.jobs.submission.with.label);
  });

  test("the check's name is the one the rewards configuration requires by default", async () => {
    const { defaultConfig } = await import('../../packages/rewards/src/config');
    expect(defaultConfig().requirements.checks).toEqual([`submission / ${reusable.jobs.checks.name}`]);
  });

  test('every action input the workflows set is declared by the action', () => {
    for (const wf of [reusable, commenter]) {
      for (const job of Object.values(wf.jobs as Record<string, any>)) {
        for (const step of job.steps as Step[]) {
          const m = /^Lilypad-Tech\/lilypad-actions\/actions\/([a-z-]+)@v1$/.exec(step.uses ?? '');
          if (!m) continue;
          const declared = Object.keys(yaml(`actions/${m[1]}/action.yml`).inputs);
          for (const key of Object.keys(step.with ?? {})) expect(declared, `${m[1]}: ${key}`).toContain(key);
        }
      }
    }
  });
});

describe('the README', () => {
  test('shows both callers in full, beside the monthly-rewards caller', () => {
    const readme = read('README.md');
    for (const file of ['workflows/awesome-lilypad-pr.yml', 'workflows/awesome-lilypad-pr-comment.yml', 'workflows/awesome-lilypad-rewards.yml']) {
      expect(readme, file).toContain(read(file).trimEnd());
    }
  });
});
