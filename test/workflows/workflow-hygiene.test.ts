// Every workflow in the repository, the reusable ones (.github/workflows/) and those users copy
// (workflows/), held to the rules that keep untrusted text and code in their place (issue 9,
// finding 5, and the house rules):
// - no `${{ … }}` inside a `run:` script: an expression is pasted into the script before the shell
//   reads it, so a branch name, a PR title or a step's output (a template's Image) becomes shell
//   code. Values reach scripts through `env:`, where the shell sees them as data;
// - every actions/checkout sets `persist-credentials: false`, so no token is left in .git/config
//   for a build context, a module or a later step to read;
// - a workflow run on `pull_request_target` or `workflow_run` (the base repository's token and
//   secrets) never checks out or fetches the pull request's code;
// - every job has `timeout-minutes`;
// - a job that reaches a GPU runner (its environment is `gpu`, or `gpu` is among its runs-on
//   labels) runs in the literal environment `gpu` and starts with the gpu-gate step on it.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { parseYaml } from '../../packages/config-file/src';
import { repoRoot } from '../support/repo-root';

interface Step {
  name?: string;
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
  env?: Record<string, unknown>;
}
interface Job {
  steps?: Step[];
  uses?: string;
  'timeout-minutes'?: unknown;
  environment?: string | { name?: string };
  'runs-on'?: unknown;
}
interface Workflow {
  on: unknown;
  jobs: Record<string, Job>;
}

const FOLDERS = ['.github/workflows', 'workflows'];
const files = FOLDERS.flatMap((folder) =>
  readdirSync(path.join(repoRoot, folder))
    .filter((name) => /\.ya?ml$/.test(name))
    .map((name) => `${folder}/${name}`),
);
const load = (file: string) => parseYaml(readFileSync(path.join(repoRoot, file), 'utf8'), file).value as Workflow;

/** The events a workflow runs on, whatever form `on:` takes. */
function events(workflow: Workflow): string[] {
  const on = workflow.on;
  if (typeof on === 'string') return [on];
  if (Array.isArray(on)) return on.map(String);
  return Object.keys(on as object);
}

const steps = (workflow: Workflow) => Object.entries(workflow.jobs).flatMap(([job, j]) => (j.steps ?? []).map((step, i) => ({ where: `${job}: step ${i + 1}${step.name ? ` (${step.name})` : ''}`, step })));

/** What checks out or fetches a pull request's head, in an expression, a ref or a script. */
const PR_CODE = /github\.event\.pull_request\.head|github\.head_ref|github\.event\.workflow_run\.head|refs\/pull\/|pull\/[^/\s]+\/(head|merge)/;

describe('the workflow files', () => {
  test('are found in both folders', () => {
    expect(files).toEqual(expect.arrayContaining(['.github/workflows/ci.yml', '.github/workflows/module-ci.yml', 'workflows/lilypad-module.yml']));
  });

  describe.each(files)('%s', (file) => {
    const workflow = load(file);

    test('no ${{ }} expression inside a run: script (values reach scripts through env:)', () => {
      const bad = steps(workflow).filter(({ step }) => typeof step.run === 'string' && step.run.includes('${{')).map(({ where, step }) => `${where}: ${step.run}`);
      expect(bad).toEqual([]);
    });

    test('every actions/checkout sets persist-credentials: false', () => {
      const bad = steps(workflow)
        .filter(({ step }) => step.uses?.startsWith('actions/checkout@') && step.with?.['persist-credentials'] !== false)
        .map(({ where }) => where);
      expect(bad).toEqual([]);
    });

    test('every job has timeout-minutes (a job calling a reusable workflow has the callee\'s)', () => {
      const bad = Object.entries(workflow.jobs)
        .filter(([, job]) => job.uses === undefined && job['timeout-minutes'] === undefined)
        .map(([name]) => name);
      expect(bad).toEqual([]);
    });

    test('a job on a GPU runner runs in the literal environment gpu and starts with its gate', () => {
      const gpuJobs = Object.entries(workflow.jobs).filter(([, job]) => {
        const env = typeof job.environment === 'string' ? job.environment : job.environment?.name;
        return env === 'gpu' || JSON.stringify(job['runs-on'] ?? '').includes('"gpu"') || /\bgpu\b/.test(String(job['runs-on'] ?? '').replace(/\$\{\{[^}]*\}\}/g, ''));
      });
      for (const [name, job] of gpuJobs) {
        expect(job.environment, name).toBe('gpu');
        expect(job.steps?.[0], name).toMatchObject({ uses: 'Lilypad-Tech/lilypad-actions/actions/gpu-gate@v1', with: { environment: 'gpu' } });
      }
    });

    test('on pull_request_target or workflow_run, no job checks out or fetches the pull request', () => {
      if (!events(workflow).some((e) => e === 'pull_request_target' || e === 'workflow_run')) return;
      const bad = steps(workflow)
        .filter(({ step }) => PR_CODE.test(JSON.stringify({ with: step.with ?? {}, env: step.env ?? {}, run: step.run ?? '' })))
        .map(({ where }) => where);
      expect(bad).toEqual([]);
    });
  });
});

// The checks above must be able to fail: each one against a workflow that breaks it.
describe('the checks themselves', () => {
  const check = (yaml: string) => {
    const workflow = parseYaml(yaml, 'sample.yml').value as Workflow;
    return {
      expressionInRun: steps(workflow).some(({ step }) => step.run?.includes('${{')),
      persisting: steps(workflow).some(({ step }) => step.uses?.startsWith('actions/checkout@') && step.with?.['persist-credentials'] !== false),
      prCode: events(workflow).includes('pull_request_target') && steps(workflow).some(({ step }) => PR_CODE.test(JSON.stringify({ with: step.with ?? {}, env: step.env ?? {}, run: step.run ?? '' }))),
    };
  };

  test.each([
    ['an expression in a script', 'on: push\njobs:\n  a:\n    steps:\n      - run: echo "${{ github.event.head_commit.message }}"\n', 'expressionInRun'],
    ['a checkout keeping its token', 'on: push\njobs:\n  a:\n    steps:\n      - uses: actions/checkout@v4\n', 'persisting'],
    ['pull_request_target checking out the head', 'on: pull_request_target\njobs:\n  a:\n    steps:\n      - uses: actions/checkout@v4\n        with:\n          ref: ${{ github.event.pull_request.head.sha }}\n          persist-credentials: false\n', 'prCode'],
    ['pull_request_target fetching the head in a script', 'on: [pull_request_target]\njobs:\n  a:\n    steps:\n      - run: git fetch origin "pull/$PR/head"\n', 'prCode'],
  ] as const)('%s is caught', (_, yaml, rule) => {
    expect(check(yaml)[rule]).toBe(true);
  });

  test('env: is the way', () => {
    expect(check('on: push\njobs:\n  a:\n    steps:\n      - env:\n          IMAGE: ${{ steps.v.outputs.image }}\n        run: printf "%q" "$IMAGE"\n')).toEqual({ expressionInRun: false, persisting: false, prCode: false });
  });
});

// Users copy the YAML in the READMEs and docs: it follows the same rules.
describe('YAML examples in the documentation', () => {
  const docs = (dir: string): string[] =>
    readdirSync(path.join(repoRoot, dir), { withFileTypes: true }).flatMap((e) => {
      const rel = `${dir}/${e.name}`;
      if (e.isDirectory()) return ['node_modules', 'dist', 'fixtures', 'golden', '.git'].includes(e.name) ? [] : docs(rel);
      return e.name.endsWith('.md') ? [rel] : [];
    });
  const markdown = ['README.md', ...docs('docs'), ...docs('actions'), ...docs('workflows'), ...docs('packages')];
  const blocks = (text: string) => [...text.matchAll(/```ya?ml\n([\s\S]*?)```/g)].map((m) => m[1]!);

  test.each(markdown)('%s', (file) => {
    const problems: string[] = [];
    for (const block of blocks(readFileSync(path.join(repoRoot, file), 'utf8'))) {
      const lines = block.split('\n');
      lines.forEach((line, i) => {
        if (/^\s*(-\s+)?run:.*\$\{\{/.test(line)) problems.push(`expression in a run: script: ${line.trim()}`);
        if (/uses:\s*actions\/checkout@/.test(line) && !lines.slice(i + 1, i + 5).some((l) => /persist-credentials:\s*false/.test(l))) problems.push(`checkout keeping its token: ${line.trim()}`);
      });
    }
    expect(problems).toEqual([]);
  });
});
