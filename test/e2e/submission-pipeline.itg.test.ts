// The submission pipeline end to end, each step as the workflows run it, with real parts: the list
// repository is the fake GitHub's (cloned over git's smart HTTP, the PR's head at refs/pull/5/head),
// the module repository a real git repository reached through url.<base>.insteadOf, the actions
// their committed bundles, the module's image built from the local busybox in the real engine.
//
// PR opened → checks (a fork's read-only token: it cannot comment) → the trusted commenter
// comments → a maintainer labels → the GPU job's condition holds → checks again on the labeled
// head → run-module with allow-cpu → the commenter updates the same comment with the run → a new
// push → checks → the commenter updates it again and takes the label off. One comment throughout,
// a look-alike planted by the author untouched; forged artifacts refused.
import { execFile } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { Evaluator, Lexer, Parser, data } from '@actions/expressions';
import { truthy } from '@actions/expressions/result';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildImage } from '../../packages/module-runner/src/image/build';
import { COMMENT_MARKER, MODULE_SUBMISSION_TEMPLATE, renderEntry, type ListEntry, type MatrixItem } from '../../packages/module-list/src';
import { parseYaml } from '../../packages/config-file/src';
import { makeGitWorld, moduleTemplate, type GitWorld, type ModuleRepo } from '../../packages/module-list/test/git-world';
import { start, type FakeGitHub } from '../fake-github';
import { runActionStep, type ActionStep } from '../support/action-step';
import { BASE_IMAGE, testEngine, testOwner } from '../support/docker';
import { repoRoot } from '../support/repo-root';

const execFileP = promisify(execFile);
const OWNER = 'Lilypad-Tech';
const NAME = 'awesome-lilypad';
const FORK_TOKEN = 'ghs_fork_read_only';
const TRUSTED_TOKEN = 'ghs_trusted_commenter';
const LABEL = 'safe-to-run';
const README = '# awesome-lilypad\n\n### Lilypad Community Modules\n\n<!-- lilypad-module-list:community:start: generated -->\n| Module | Run Command | Arguments |\n| --- | --- | --- |\n<!-- lilypad-module-list:community:end -->\n';

let world: GitWorld;
let fake: FakeGitHub;
let mod: ModuleRepo;
let image: string;
let scratch: string;
let ws: string;

function entry(overrides: Partial<ListEntry> = {}): ListEntry {
  return {
    name: 'Hello Pipeline',
    module: `${mod.ref}:v1.0.0`,
    commit: mod.head,
    creator: 'creator1',
    description: 'Writes its message to /outputs and prints it.',
    category: 'other',
    inputs: [{ Message: 'hello from the pipeline' }],
    tests: { version: 1, cases: [{ name: 'greets', inputs: { Message: 'hello from the pipeline' }, expect: { files: ['result.txt'], stdout: ['^hello from the pipeline$'] } }] },
    ...overrides,
  };
}

const action = (name: string) => path.join(repoRoot, 'actions', name);
const baseEnv = () => ({ ...world.env, GITHUB_REPOSITORY: `${OWNER}/${NAME}`, GITHUB_API_URL: fake.url, GITHUB_SERVER_URL: fake.serverUrl, GITHUB_RUN_ID: '4242' });

async function git(...args: string[]): Promise<string> {
  return (await execFileP('git', args, { cwd: ws, env: world.env })).stdout.trim();
}

/** The checks job: validate-submission on the PR head, as the fork's read-only token. */
async function checks(action_: string, extra: Record<string, unknown> = {}): Promise<ActionStep & { head: string; reportDir: string }> {
  await git('fetch', '-q', 'origin', '+refs/pull/5/head:refs/remotes/origin/pr-5', '+refs/heads/main:refs/remotes/origin/main');
  const head = await git('rev-parse', 'origin/pr-5');
  const base = await git('rev-parse', 'origin/main');
  await git('checkout', '-q', '--detach', head);
  const eventPath = path.join(scratch, `event-${action_}-${Date.now()}.json`);
  writeFileSync(eventPath, JSON.stringify({ action: action_, pull_request: { number: 5, user: { login: 'creator1' }, body: MODULE_SUBMISSION_TEMPLATE.replace(/- \[ \]/g, '- [x]'), base: { sha: base }, head: { sha: head } }, ...extra }));
  const step = await runActionStep({
    actionDir: action('validate-submission'),
    workspace: ws,
    runnerDir: scratch,
    inputs: { base, head, comment: 'true', token: FORK_TOKEN },
    env: { ...baseEnv(), GITHUB_EVENT_PATH: eventPath },
  });
  return { ...step, head, reportDir: path.dirname(step.outputs.report ?? '') };
}

/** The trusted commenter: submission-comment on the downloaded artifacts (copied into one folder, as download-artifact merges them). */
async function comment(reportDir: string, head: string, runsDir?: string): Promise<ActionStep> {
  const artifacts = mkdtempSync(path.join(scratch, 'artifacts-'));
  cpSync(reportDir, artifacts, { recursive: true });
  if (runsDir) cpSync(runsDir, artifacts, { recursive: true });
  return runActionStep({
    actionDir: action('submission-comment'),
    workspace: scratch,
    runnerDir: scratch,
    inputs: { 'report-dir': artifacts, 'head-sha': head, token: TRUSTED_TOKEN, label: LABEL, 'run-url': `${fake.serverUrl}/${OWNER}/${NAME}/actions/runs/4242` },
    env: baseEnv(),
  });
}

const botComments = () => fake.comments(5).filter((c) => c.user.login === 'github-actions[bot]');

/** The reusable workflow's GPU job condition, evaluated by GitHub's expression evaluator. */
function gpuJobStarts(githubCtx: unknown, valid: string, matrix: string): boolean {
  const wf = parseYaml(readFileSync(path.join(repoRoot, '.github/workflows/awesome-lilypad-pr.yml'), 'utf8'), 'wf').value as { jobs: { run: { if: string } } };
  const expression = wf.jobs.run.if.trim().replace(/^\$\{\{([\s\S]*)\}\}$/, '$1');
  const contexts = { github: githubCtx, inputs: { label: LABEL }, needs: { checks: { outputs: { valid, matrix } } } };
  const parsed = new Parser(new Lexer(expression).lex().tokens, Object.keys(contexts), []).parse();
  return truthy(new Evaluator(parsed, JSON.parse(JSON.stringify(contexts), data.reviver) as data.Dictionary).evaluate());
}

beforeAll(async () => {
  scratch = mkdtempSync(path.join(tmpdir(), 'submission-e2e-'));
  world = makeGitWorld();
  // The module's image: the local busybox with its output folder, built in the real engine.
  const engine = await testEngine();
  const context = path.join(scratch, 'image');
  mkdirSync(context);
  writeFileSync(path.join(context, 'Dockerfile'), `FROM ${BASE_IMAGE}\nRUN mkdir -p /outputs\n`);
  image = `lilypad-test/submission-e2e:${testOwner('e2e')}`;
  await buildImage({ engine, contextDir: context, tags: [image], labels: { 'lilypad-actions.test': 'submission-e2e' }, network: 'none' });
  mod = world.moduleRepo('creator1', 'hello-pipeline', { 'lilypad_module.json.tmpl': moduleTemplate(image) });
  mod.tag('v1.0.0', { annotated: true });

  fake = await start({
    repoFixture: {
      owner: OWNER,
      name: NAME,
      files: { 'README.md': README },
      pulls: [{ number: 5, author: 'creator1', title: 'Add Hello Pipeline', body: 'see template', headRefName: 'hello', files: [{ path: 'modules/creator1/hello-pipeline.yaml', contents: renderEntry(entry()) }] }],
    },
    readOnlyTokens: [FORK_TOKEN],
  });
  ws = path.join(scratch, 'list');
  await execFileP('git', ['clone', '-q', `${fake.serverUrl}/${OWNER}/${NAME}.git`, ws], { env: world.env });
}, 300_000);

afterAll(async () => {
  await fake?.stop();
  world?.dispose();
  if (image) await (await testEngine()).docker.getImage(image).remove({ force: true }).catch(() => undefined);
});

describe('a module submission from PR to GPU run', () => {
  test('PR → checks → comment → label → run with allow-cpu → comment updated → push → label removed', async () => {
    // The author plants a look-alike of the bot's comment; it must never be taken for ours.
    fake.addComment(5, `${COMMENT_MARKER}\nall good, merge me`, 'creator1');

    // 1. The PR is opened: checks on a fork's read-only token. It passes, and cannot comment.
    const opened = await checks('opened');
    expect(opened.code, opened.stdout + opened.stderr).toBe(0);
    expect(opened.outputs.valid).toBe('true');
    const matrix = JSON.parse(opened.outputs.matrix!) as MatrixItem[];
    expect(matrix).toEqual([expect.objectContaining({ entry: 'modules/creator1/hello-pipeline.yaml', module: `github.com/creator1/hello-pipeline:${mod.head}`, commit: mod.head })]);
    expect(opened.annotations.some((a) => a.startsWith('::warning::The token cannot comment'))).toBe(true);
    expect(opened.annotations.some((a) => a.includes('image-not-pinned'))).toBe(true);
    expect(opened.summary).toContain('✅ **Valid**');
    expect(botComments()).toHaveLength(0);
    expect(JSON.parse(readFileSync(path.join(opened.reportDir, 'event.json'), 'utf8'))).toEqual({ action: 'opened' });
    // Before any label, the GPU job's condition is false.
    expect(gpuJobStarts({ event_name: 'pull_request', event: { action: 'opened' } }, opened.outputs.valid!, opened.outputs.matrix!)).toBe(false);

    // 2. The trusted commenter writes the one comment.
    const first = await comment(opened.reportDir, opened.head);
    expect(first.code, first.stdout + first.stderr).toBe(0);
    expect(first.outputs.pr).toBe('5');
    expect(botComments()).toHaveLength(1);
    const id = botComments()[0]!.id;
    expect(botComments()[0]!.body.startsWith(COMMENT_MARKER)).toBe(true);
    expect(botComments()[0]!.body).toContain(`a maintainer starts it by adding the label \`${LABEL}\``);
    expect(fake.comments(5).find((c) => c.user.login === 'creator1')?.body).toBe(`${COMMENT_MARKER}\nall good, merge me`);

    // 3. A maintainer reviews the head and labels it: the labeled event's checks, and the GPU job starts.
    const label = await fetch(`${fake.url}/repos/${OWNER}/${NAME}/issues/5/labels`, { method: 'POST', headers: { authorization: `Bearer ${TRUSTED_TOKEN}`, 'content-type': 'application/json' }, body: JSON.stringify({ labels: [LABEL] }) });
    expect(label.status).toBe(200);
    const labeledEvent = { action: 'labeled', label: { name: LABEL } };
    const labeled = await checks('labeled', { label: { name: LABEL } });
    expect(labeled.head).toBe(opened.head);
    expect(gpuJobStarts({ event_name: 'pull_request', event: labeledEvent }, labeled.outputs.valid!, labeled.outputs.matrix!)).toBe(true);

    // 4. The GPU job: run-module on the pinned commit with the entry's test plan, on CPU here.
    const runs = mkdtempSync(path.join(scratch, 'runs-'));
    for (const [index, item] of (JSON.parse(labeled.outputs.matrix!) as MatrixItem[]).entries()) {
      const plan = path.join(scratch, `plan-${index}.json`);
      writeFileSync(plan, `${item.plan}\n`);
      const run = await runActionStep({
        actionDir: action('run-module'),
        workspace: scratch,
        runnerDir: scratch,
        inputs: { module: item.module, tests: plan, 'allow-cpu': 'true', pull: 'never' },
        env: { ...world.env, GITHUB_RUN_ID: '4242', GITHUB_RUN_ATTEMPT: '1' },
        timeoutMs: 240_000,
      });
      expect(run.code, run.stdout + run.stderr).toBe(0);
      expect(run.outputs.passed).toBe('true');
      mkdirSync(path.join(runs, String(index)));
      cpSync(run.outputs.report!, path.join(runs, String(index), 'report.json'));
    }

    // 5. The commenter updates the same comment with the run.
    const second = await comment(labeled.reportDir, labeled.head, runs);
    expect(second.code, second.stdout + second.stderr).toBe(0);
    expect(botComments()).toHaveLength(1);
    expect(botComments()[0]!.id).toBe(id);
    expect(botComments()[0]!.body).toContain('✅ **Every module ran and passed its tests.**');
    expect(botComments()[0]!.body).toContain(`<!-- lilypad-module-list:gpu-run head=${labeled.head} -->`);
    const pulls = await (await fetch(`${fake.url}/repos/${OWNER}/${NAME}/pulls/5`)).json() as { labels: Array<{ name: string }> };
    expect(pulls.labels).toEqual([{ name: LABEL }]);

    // A later check of the same head (an edited description) keeps the run in the comment.
    const edited = await checks('edited');
    expect((await comment(edited.reportDir, edited.head)).code).toBe(0);
    expect(botComments()[0]!.body).toContain('✅ **Every module ran and passed its tests.**');

    // 6. A new push: the label comes off, the comment says the run must be asked for again.
    await fake.pushToPull(5, { 'modules/creator1/hello-pipeline.yaml': renderEntry(entry({ description: 'Writes its message to /outputs, then prints it.' })) });
    const pushed = await checks('synchronize');
    expect(pushed.head).not.toBe(opened.head);
    expect(gpuJobStarts({ event_name: 'pull_request', event: { action: 'synchronize' } }, pushed.outputs.valid!, pushed.outputs.matrix!)).toBe(false);
    const third = await comment(pushed.reportDir, pushed.head);
    expect(third.code, third.stdout + third.stderr).toBe(0);
    expect(third.stdout).toContain(`label ${LABEL} removed after a new push`);
    expect(botComments()).toHaveLength(1);
    expect(botComments()[0]!.id).toBe(id);
    expect(botComments()[0]!.body).not.toContain('Every module ran');
    expect(botComments()[0]!.body).toContain('Not started.');
    const after = await (await fetch(`${fake.url}/repos/${OWNER}/${NAME}/pulls/5`)).json() as { labels: Array<{ name: string }> };
    expect(after.labels).toEqual([]);

    // An artifact for an older head (the PR moved on) is not posted.
    const stale = await comment(opened.reportDir, opened.head);
    expect(stale.code).toBe(1);
    expect(stale.stdout).toContain(`PR #5's head is ${pushed.head} now`);
  }, 600_000);

  test('forged artifacts are refused: another PR, another head, a report that is not a report', async () => {
    const opened = await checks('opened');
    const report = JSON.parse(readFileSync(path.join(opened.reportDir, 'submission-report.json'), 'utf8'));
    const forge = (change: (r: any) => void, files: Record<string, string> = {}) => {
      const dir = mkdtempSync(path.join(scratch, 'forged-'));
      const copy = structuredClone(report);
      change(copy);
      writeFileSync(path.join(dir, 'submission-report.json'), JSON.stringify(copy));
      for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text);
      return dir;
    };
    const before = botComments().map((c) => c.body);
    const cases: Array<[string, string, string]> = [
      [forge((r) => (r.pull.number = 99)), opened.head, 'which Lilypad-Tech/awesome-lilypad does not have'],
      [forge((r) => (r.head = 'f'.repeat(40))), opened.head, `the report is for ${'f'.repeat(40)}, but the checks ran on ${opened.head}`],
      [forge((r) => (r.injected = '<script>')), opened.head, 'refusing the artifact: the submission report does not match its schema'],
      [forge(() => undefined, { '0': '' }), 'not-a-sha', 'head-sha: expected a commit id'],
      [forge((r) => (r.findings = [{ rule: 'x', severity: 'error', audience: 'creator', file: 'a', message: '\n::error::forged annotation' }])), opened.head, ''],
    ];
    for (const [dir, head, message] of cases) {
      const r = await comment(dir, head);
      if (message === '') {
        // A finding carrying a workflow command is posted as escaped text, never obeyed on stdout.
        expect(r.code, r.stdout).toBe(0);
        expect(r.stdout.split('\n').some((l) => l.startsWith('::error::forged'))).toBe(false);
        expect(botComments()[0]!.body).not.toMatch(/^::error::forged/m);
        continue;
      }
      expect(r.code, r.stdout).toBe(1);
      expect(r.stdout).toContain(message);
    }
    expect(botComments()).toHaveLength(1);
    expect(before).toHaveLength(1);
  }, 300_000);
});
