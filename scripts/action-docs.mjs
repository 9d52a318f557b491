#!/usr/bin/env node
// @ts-check
// Writes the parts of the READMEs that action.yml already says, so they are never written twice:
//   - in each actions/<name>/README.md, its inputs and outputs tables;
//   - in the top README.md, the table of actions and reusable workflows.
// Each sits between two markers, `<!-- action-docs:<part> … -->` and `<!-- /action-docs:<part> -->`;
// everything outside them is written by hand.
//
//   node scripts/action-docs.mjs           rewrite what is stale
//   node scripts/action-docs.mjs --check   change nothing; exit 1 and name each stale part (CI)
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parse } from 'yaml';
import { MONOREPO, publishedActionRepo } from './lib/repository.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/**
 * @typedef {{ description?: string, default?: unknown, required?: boolean }} InputSpec
 * @typedef {{ name?: string, description?: string, inputs?: Record<string, InputSpec>, outputs?: Record<string, { description?: string }> }} ActionYml
 * @typedef {{ file: string, part: string, text: string }} Part  `text`: what belongs between the markers
 */

/**
 * A table cell from our own Markdown (action.yml descriptions may hold `code` and links, kept as
 * they are): only what would end the cell or the row is escaped. Text from outside (job summaries)
 * goes through module-spec's `cell`, which neutralises Markdown; this is not that.
 * @param {string} text
 */
function cell(text) {
  return text.replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ').trim();
}

/** @param {unknown} value */
function defaultCell(value) {
  if (value === undefined) return '';
  const text = String(value);
  return text === '' ? '(empty)' : `\`${text}\``;
}

/** @param {string} dir e.g. actions/validate-module */
function readAction(dir) {
  const file = ['action.yml', 'action.yaml'].map((f) => path.join(dir, f)).find((f) => existsSync(path.join(root, f)));
  if (!file) return undefined;
  return { file, action: /** @type {ActionYml} */ (parse(readFileSync(path.join(root, file), 'utf8'))) };
}

/** The action folders (those holding an action.yml), sorted. */
export function actionDirs() {
  return readdirSync(path.join(root, 'actions'), { withFileTypes: true })
    .filter((d) => d.isDirectory() && readAction(`actions/${d.name}`))
    .map((d) => `actions/${d.name}`)
    .sort();
}

/** @param {ActionYml} action */
export function inputsTable(action) {
  const rows = Object.entries(action.inputs ?? {}).map(([name, spec]) => {
    const description = `${spec.required ? '**Required.** ' : ''}${spec.description ?? ''}`;
    return `| \`${name}\` | ${defaultCell(spec.default)} | ${cell(description)} |`;
  });
  if (rows.length === 0) return 'This action takes no inputs.';
  return ['| input | default | description |', '| --- | --- | --- |', ...rows].join('\n');
}

/** @param {ActionYml} action */
export function outputsTable(action) {
  const rows = Object.entries(action.outputs ?? {}).map(([name, spec]) => `| \`${name}\` | ${cell(spec.description ?? '')} |`);
  if (rows.length === 0) return 'This action sets no outputs.';
  return ['| output | description |', '| --- | --- |', ...rows].join('\n');
}

/** The reusable workflows (on: workflow_call) in .github/workflows, with what their first comment says they are. */
function reusableWorkflows() {
  const dir = path.join(root, '.github/workflows');
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => /\.ya?ml$/.test(f))
    .sort()
    .flatMap((f) => {
      const text = readFileSync(path.join(dir, f), 'utf8');
      const on = parse(text)?.on;
      const reusable = typeof on === 'string' ? on === 'workflow_call' : Array.isArray(on) ? on.includes('workflow_call') : !!on && typeof on === 'object' && 'workflow_call' in on;
      if (!reusable) return [];
      // By convention the file opens with "# Reusable workflow: <what it is>." (its summary here).
      const comment = text.split('\n').filter((l) => l.startsWith('#')).map((l) => l.replace(/^#\s?/, '')).join(' ');
      const what = /^Reusable workflow:\s*(.*?\.)(\s|$)/.exec(comment)?.[1];
      return [{ file: `.github/workflows/${f}`, what }];
    });
}

/**
 * Caller workflows in workflows/ that call `.github/workflows/<name>`.
 * @param {string} name
 */
function callersOf(name) {
  const dir = path.join(root, 'workflows');
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => /\.ya?ml$/.test(f) && readFileSync(path.join(dir, f), 'utf8').includes(`/.github/workflows/${name}@`))
    .sort()
    .map((f) => `workflows/${f}`);
}

/** The top README's table of actions and reusable workflows. */
export function indexTable() {
  const actions = actionDirs().map((dir) => {
    const name = path.basename(dir);
    const { action } = /** @type {{ action: ActionYml }} */ (readAction(dir));
    const summary = cell((action.description ?? '').split(/(?<=\.)\s/)[0] ?? '');
    return `| [\`${name}\`](${dir}/README.md) | ${summary} | \`uses: ${publishedActionRepo(name)}@v1\` | \`uses: ${MONOREPO}/${dir}@v1\` |`;
  });
  const workflows = reusableWorkflows().map(({ file, what }) => {
    if (!what) throw new Error(`${file}: start it with a comment "# Reusable workflow: <what it is>." (its line in README.md's table)`);
    const callers = callersOf(path.basename(file)).map((c) => `[\`${path.basename(c)}\`](${c})`);
    const summary = cell(what.charAt(0).toUpperCase() + what.slice(1));
    return `| [\`${path.basename(file)}\`](${file}) | ${summary} | \`uses: ${MONOREPO}/${file}@v1\` | ${callers.join(', ') || '—'} |`;
  });
  return [
    '| action | what it does | in a workflow (published) | or from this repository |',
    '| --- | --- | --- | --- |',
    ...actions,
    '',
    '| reusable workflow | what it does | called as | caller to copy |',
    '| --- | --- | --- | --- |',
    ...workflows,
  ].join('\n');
}

/** Every generated part, as it should read now. */
export function expectedParts() {
  /** @type {Part[]} */
  const parts = [{ file: 'README.md', part: 'index', text: indexTable() }];
  for (const dir of actionDirs()) {
    const { action } = /** @type {{ action: ActionYml }} */ (readAction(dir));
    parts.push({ file: `${dir}/README.md`, part: 'inputs', text: inputsTable(action) }, { file: `${dir}/README.md`, part: 'outputs', text: outputsTable(action) });
  }
  return parts;
}

const START = (/** @type {string} */ part) => `<!-- action-docs:${part} (generated from action.yml by scripts/action-docs.mjs: edit action.yml, then run it) -->`;
const END = (/** @type {string} */ part) => `<!-- /action-docs:${part} -->`;

/**
 * `markdown` with the part's markers holding `text`; throws when the markers are missing.
 * @param {string} markdown
 * @param {string} file
 * @param {string} part
 * @param {string} text
 */
export function withPart(markdown, file, part, text) {
  const start = new RegExp(`<!-- action-docs:${part}(?:\\s[^\\n]*)? -->\\n`);
  const m = start.exec(markdown);
  const endAt = m ? markdown.indexOf(END(part), m.index) : -1;
  if (!m || endAt < 0) throw new Error(`${file}: no "<!-- action-docs:${part} -->" … "${END(part)}" markers: put the two lines where the ${part} table goes`);
  return `${markdown.slice(0, m.index)}${START(part)}\n${text}\n${markdown.slice(endAt)}`;
}

/**
 * Brings every part up to date (or, with `check`, only reports). Returns the stale parts.
 * @param {{ check?: boolean }} [options]
 */
export function updateDocs({ check = false } = {}) {
  /** @type {{ file: string, part: string }[]} */
  const stale = [];
  /** @type {Map<string, string>} */
  const texts = new Map();
  for (const { file, part, text } of expectedParts()) {
    const abs = path.join(root, file);
    if (!existsSync(abs)) throw new Error(`${file}: missing (an action needs a README.md with inputs and outputs tables)`);
    const before = texts.get(file) ?? readFileSync(abs, 'utf8');
    const after = withPart(before, file, part, text);
    if (after !== before) stale.push({ file, part });
    texts.set(file, after);
  }
  if (!check) for (const [file, text] of texts) writeFileSync(path.join(root, file), text);
  return stale;
}

/** @param {{ file: string, part: string }} stale */
const describeStale = ({ file, part }) =>
  `${file}: the ${part} table ${part === 'index' ? 'differs from the actions and reusable workflows' : `differs from ${path.dirname(file)}/action.yml`}`;

function main() {
  const check = process.argv.includes('--check');
  let stale;
  try {
    stale = updateDocs({ check });
  } catch (error) {
    console.error(`action-docs: ${/** @type {Error} */ (error).message}`);
    return 2;
  }
  if (check && stale.length > 0) {
    for (const s of stale) console.error(`action-docs: ${describeStale(s)}`);
    console.error('action-docs: run `node scripts/action-docs.mjs` and commit the READMEs.');
    return 1;
  }
  for (const s of stale) console.error(`action-docs: rewrote the ${s.part} table of ${s.file}`);
  return 0;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) process.exitCode = main();
