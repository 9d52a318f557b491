// Docs from one source: the READMEs' inputs/outputs tables and the top README's table of actions
// and workflows are what scripts/action-docs.mjs makes from the action.yml files and workflows (CI
// fails when they are stale), the top README has one copy-paste example per action and reusable
// workflow in the published form, and every example in any Markdown file passes only inputs and
// secrets its action or workflow declares and follows the workflow rules.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { actionDirs, inputsTable, outputsTable, updateDocs, withPart } from '../scripts/action-docs.mjs';
import { MONOREPO, publishedActionRepo } from '../scripts/lib/repository.mjs';
import { repoRoot } from './support/repo-root';
import { isReusable, workflowFiles, yamlOf, type Doc } from './workflows/repo-workflows';

const scratch = mkdtempSync(path.join(tmpdir(), 'action-docs-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const markdownFiles = spawnSync('git', ['ls-files', '*.md', '**/*.md'], { cwd: repoRoot, encoding: 'utf8' })
  .stdout.split('\n')
  .filter((f) => f !== '' && !f.startsWith('test/fixtures/'));

/** The ```yaml blocks of a Markdown file (or of one `## ` section of it), parsed, with the line each starts on. */
function yamlBlocks(file: string, section?: string): { line: number; text: string; doc: unknown }[] {
  let text = readFileSync(path.join(repoRoot, file), 'utf8');
  if (section !== undefined) {
    const start = text.indexOf(`\n## ${section}\n`);
    if (start < 0) throw new Error(`${file} has no "## ${section}" section`);
    const end = text.indexOf('\n## ', start + 1);
    // Blank out what comes before the section, keeping its line breaks so line numbers hold.
    text = text.slice(0, start).replace(/[^\n]/g, ' ') + text.slice(start, end < 0 ? undefined : end);
  }
  return [...text.matchAll(/```ya?ml\n([\s\S]*?)```/g)].map((m) => ({
    line: text.slice(0, m.index).split('\n').length + 1,
    text: m[1]!,
    doc: parse(m[1]!),
  }));
}

describe('scripts/action-docs.mjs', () => {
  test('every generated table is current (else: node scripts/action-docs.mjs, and commit the READMEs)', () => {
    expect(updateDocs({ check: true })).toEqual([]);
  });

  test('tables: every input with its default and description, `|` escaped, required inputs marked', () => {
    const action = {
      inputs: { path: { description: 'The folder.', default: '.' }, token: { description: 'A token | a secret.', required: true }, empty: { description: 'Nothing\nat all.', default: '' } },
      outputs: { valid: { description: '`true` or `false`.' } },
    };
    expect(inputsTable(action)).toBe(
      [
        '| input | default | description |',
        '| --- | --- | --- |',
        '| `path` | `.` | The folder. |',
        '| `token` |  | **Required.** A token \\| a secret. |',
        '| `empty` | (empty) | Nothing at all. |',
      ].join('\n'),
    );
    expect(outputsTable(action)).toBe(['| output | description |', '| --- | --- |', '| `valid` | `true` or `false`. |'].join('\n'));
    expect(inputsTable({})).toBe('This action takes no inputs.');
  });

  test('withPart replaces only between its markers, and says where markers are missing', () => {
    const md = 'a\n<!-- action-docs:inputs -->\nold\n<!-- /action-docs:inputs -->\nb\n';
    expect(withPart(md, 'R.md', 'inputs', 'new')).toBe(
      'a\n<!-- action-docs:inputs (generated from action.yml by scripts/action-docs.mjs: edit action.yml, then run it) -->\nnew\n<!-- /action-docs:inputs -->\nb\n',
    );
    expect(() => withPart('no markers', 'R.md', 'outputs', 'x')).toThrow('R.md: no "<!-- action-docs:outputs -->" … "<!-- /action-docs:outputs -->" markers');
  });

  test('--check fails on an action.yml changed without its README, and the script mends it', () => {
    // A copy of what the script reads, with node_modules linked for its `yaml` import.
    const copy = path.join(scratch, 'repo');
    for (const dir of ['scripts', 'actions', 'workflows', '.github/workflows']) cpSync(path.join(repoRoot, dir), path.join(copy, dir), { recursive: true, filter: (src) => !src.includes(`${path.sep}dist`) && !src.includes('node_modules') });
    cpSync(path.join(repoRoot, 'README.md'), path.join(copy, 'README.md'));
    symlinkSync(path.join(repoRoot, 'node_modules'), path.join(copy, 'node_modules'));
    const actionYml = path.join(copy, 'actions/validate-module/action.yml');
    writeFileSync(actionYml, readFileSync(actionYml, 'utf8').replace('Warnings make the module invalid too.', 'Warnings fail the step too.'));

    const check = spawnSync(process.execPath, [path.join(copy, 'scripts/action-docs.mjs'), '--check'], { encoding: 'utf8' });
    expect(check.status).toBe(1);
    expect(check.stderr).toBe(
      'action-docs: actions/validate-module/README.md: the inputs table differs from actions/validate-module/action.yml\n' +
        'action-docs: run `node scripts/action-docs.mjs` and commit the READMEs.\n',
    );
    const fix = spawnSync(process.execPath, [path.join(copy, 'scripts/action-docs.mjs')], { encoding: 'utf8' });
    expect(fix.status).toBe(0);
    expect(readFileSync(path.join(copy, 'actions/validate-module/README.md'), 'utf8')).toContain('| `strict` | `false` | Warnings fail the step too. |');
    expect(spawnSync(process.execPath, [path.join(copy, 'scripts/action-docs.mjs'), '--check']).status).toBe(0);

    // A README without its markers is an error that says what to add.
    const readme = path.join(copy, 'actions/build-module/README.md');
    writeFileSync(readme, readFileSync(readme, 'utf8').replace(/<!-- \/action-docs:outputs -->\n/, ''));
    const missing = spawnSync(process.execPath, [path.join(copy, 'scripts/action-docs.mjs'), '--check'], { encoding: 'utf8' });
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('actions/build-module/README.md: no "<!-- action-docs:outputs -->" … "<!-- /action-docs:outputs -->" markers');
  });

  test('a new action without a README is named', () => {
    const copy = path.join(scratch, 'repo2');
    for (const dir of ['scripts', 'workflows', '.github/workflows']) cpSync(path.join(repoRoot, dir), path.join(copy, dir), { recursive: true });
    cpSync(path.join(repoRoot, 'README.md'), path.join(copy, 'README.md'));
    mkdirSync(path.join(copy, 'actions/new-action'), { recursive: true });
    writeFileSync(path.join(copy, 'actions/new-action/action.yml'), 'name: n\ndescription: New.\nruns:\n  using: node24\n  main: dist/index.js\n');
    symlinkSync(path.join(repoRoot, 'node_modules'), path.join(copy, 'node_modules'));
    const r = spawnSync(process.execPath, [path.join(copy, 'scripts/action-docs.mjs'), '--check'], { encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('actions/new-action/README.md: missing');
  });
});

describe('the top README', () => {
  const blocks = yamlBlocks('README.md', 'Actions and workflows');
  const usesIn = (doc: unknown): string[] => JSON.stringify(doc).match(/"uses":"[^"]+"/g)?.map((u) => u.slice(8, -1)) ?? [];

  test.each(actionDirs().map((d) => path.basename(d)))('has one copy-paste example of %s, in the published form', (name) => {
    const examples = blocks.filter((b) => usesIn(b.doc).includes(`${publishedActionRepo(name)}@v1`));
    expect(examples.length, `add to README.md's "Actions and workflows" one yaml example with uses: ${publishedActionRepo(name)}@v1`).toBe(1);
  });

  const reusable = workflowFiles.filter((f) => f.startsWith('.github/workflows/') && isReusable(yamlOf(f)));
  test.each(reusable)('has one copy-paste example of %s', (file) => {
    const examples = blocks.filter((b) => usesIn(b.doc).includes(`${MONOREPO}/${file}@v1`));
    expect(examples.length, `add to README.md's "Actions and workflows" one yaml example with uses: ${MONOREPO}/${file}@v1`).toBe(1);
  });

  test('says both ways to name an action', () => {
    const readme = readFileSync(path.join(repoRoot, 'README.md'), 'utf8');
    expect(readme).toContain('`lilypad/<action>@v1`');
    expect(readme).toContain(`\`${MONOREPO}/actions/<action>@<ref>\``);
  });
});

// ---- every example in the Markdown files ----

type Example = { file: string; line: number; doc: unknown };
const examples: Example[] = markdownFiles.flatMap((file) => yamlBlocks(file).map((b) => ({ file, line: b.line, doc: b.doc })));

/** Objects anywhere in a parsed example (steps, jobs), depth first. */
function objectsIn(value: unknown): Doc[] {
  if (Array.isArray(value)) return value.flatMap(objectsIn);
  if (value === null || typeof value !== 'object') return [];
  return [value as Doc, ...Object.values(value).flatMap(objectsIn)];
}

/** The action.yml an example's `uses:` names, in any of the three forms. */
function actionFileFor(uses: string): string | undefined {
  const names = actionDirs().map((d) => path.basename(d));
  for (const name of names) {
    if (uses.startsWith(`${publishedActionRepo(name)}@`) || uses.startsWith(`${MONOREPO}/actions/${name}@`) || uses === `./actions/${name}`) return `actions/${name}/action.yml`;
  }
  return undefined;
}

describe.each(examples.filter((e) => objectsIn(e.doc).some((o) => typeof o.uses === 'string' || typeof o.run === 'string')).map((e) => [`${e.file}:${e.line}`, e] as const))('example at %s', (_, example) => {
  const objects = objectsIn(example.doc);

  test('passes our actions only inputs they declare, and reads only outputs they set', () => {
    for (const step of objects.filter((o) => typeof o.uses === 'string' && actionFileFor(o.uses))) {
      const action = yamlOf(actionFileFor(step.uses)!);
      for (const key of Object.keys(step.with ?? {})) expect(Object.keys(action.inputs ?? {}), `${example.file}:${example.line}: ${step.uses} has no input ${key}`).toContain(key);
      if (step.id) {
        for (const [, output] of JSON.stringify(example.doc).matchAll(new RegExp(`steps\\.${step.id}\\.outputs\\.([A-Za-z0-9_-]+)`, 'g'))) {
          expect(Object.keys(action.outputs ?? {}), `${example.file}:${example.line}: ${step.uses} has no output ${output}`).toContain(output);
        }
      }
    }
  });

  test('passes our reusable workflows only inputs and secrets they declare', () => {
    for (const job of objects.filter((o) => typeof o.uses === 'string' && o.uses.startsWith(`${MONOREPO}/.github/workflows/`))) {
      const file = job.uses.slice(MONOREPO.length + 1).replace(/@.*$/, '');
      const call = yamlOf(file).on.workflow_call;
      for (const key of Object.keys(job.with ?? {})) expect(Object.keys(call.inputs ?? {}), `${example.file}:${example.line}: ${file} has no input ${key}`).toContain(key);
      for (const key of Object.keys(job.secrets ?? {})) expect(Object.keys(call.secrets ?? {}), `${example.file}:${example.line}: ${file} has no secret ${key}`).toContain(key);
    }
  });

  test('follows the workflow rules: checkouts keep no credentials, no ${{ }} in run scripts', () => {
    for (const o of objects) {
      if (typeof o.uses === 'string' && o.uses.startsWith('actions/checkout@')) expect(String(o.with?.['persist-credentials']), `${example.file}:${example.line}: persist-credentials: false`).toBe('false');
      if (typeof o.run === 'string') expect(o.run.includes('${{'), `${example.file}:${example.line}: pass values to run: through env:`).toBe(false);
    }
  });
});
