// The committed bundle, run as the runner runs it (node dist/index.js with INPUT_* variables,
// GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files), on ledgers made by the rewards package's code.
import { cpSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { beforeAll, describe, expect, test } from 'vitest';
import { at, ledgerFolder, ledgerRepository, sampleLedger, type SampleLedger } from '../../../packages/dashboard/test/sample-ledger';
import { makeWorkspace, runActionStepSync } from '../../../test/support/action-step';

const actionDir = fileURLToPath(new URL('..', import.meta.url));
const action = parse(readFileSync(path.join(actionDir, 'action.yml'), 'utf8')) as { inputs: Record<string, unknown>; outputs: Record<string, unknown>; runs: unknown };
const main = readFileSync(path.join(actionDir, 'src/main.ts'), 'utf8');
const readme = readFileSync(path.join(actionDir, 'README.md'), 'utf8');

let ledger: SampleLedger;
let runner: string;

beforeAll(() => {
  ledger = sampleLedger();
  runner = mkdtempSync(path.join(tmpdir(), 'rewards-dashboard-action-'));
});

/** A workspace holding the ledger as a folder `ledger/`, and the files given. */
function workspace(files: Record<string, string> = {}, ledgerFiles: ReadonlyMap<string, string> = ledger.files): string {
  const dir = makeWorkspace(runner, files);
  cpSync(ledgerFolder(ledgerFiles, runner), path.join(dir, 'ledger'), { recursive: true });
  return dir;
}

const step = (ws: string, inputs: Record<string, string>) => runActionStepSync({ actionDir, workspace: ws, runnerDir: runner, inputs, env: { GITHUB_SERVER_URL: 'https://github.com' } });

describe('action.yml', () => {
  test('runs the committed bundle on node24', () => {
    expect(action.runs).toEqual({ using: 'node24', main: 'dist/index.js' });
  });

  test('the entry point reads exactly the declared inputs and sets exactly the declared outputs; the README has them all', () => {
    const read = [...main.matchAll(/get(?:Multiline)?Input\('([a-z-]+)'/g)].map((m) => m[1]);
    expect(new Set(read)).toEqual(new Set(Object.keys(action.inputs)));
    const set = [...main.matchAll(/setOutput\('([a-z-]+)'/g)].map((m) => m[1]);
    expect(new Set(set)).toEqual(new Set(Object.keys(action.outputs)));
    for (const name of [...Object.keys(action.inputs), ...Object.keys(action.outputs)]) expect(readme).toContain(`| \`${name}\` |`);
    expect(readme).toContain('uses: Lilypad-Tech/lilypad-actions/actions/rewards-dashboard@v1');
  });
});

describe('the rewards-dashboard bundle', () => {
  test('a ledger folder in the workspace: the site in RUNNER_TEMP, its outputs, no summary without previews or problems', () => {
    const ws = workspace();
    const r = step(ws, { ledger: 'ledger' });
    expect(r.code, r.stdout + r.stderr).toBe(0);
    expect(r.annotations).toEqual([]);
    expect(path.basename(r.outputs['site-dir'] ?? '')).toBe('lilypad-rewards-dashboard');
    expect(readdirSync(r.outputs['site-dir'] as string)).toContain('index.html');
    expect(JSON.parse(r.outputs.months as string)).toEqual([...ledger.months.keys()].map((month) => ({ month, status: 'recorded' })));
    expect(r.outputs.problems).toBe('0');
    expect(r.summary).toBe('');
  });

  test('a git revision of the workspace repository', () => {
    const repo = ledgerRepository(ledger.files);
    const r = step(repo, { ledger: 'ledger', 'output-dir': 'public' });
    expect(r.code, r.stdout).toBe(0);
    expect(r.outputs['site-dir']).toBe(path.join(repo, 'public'));
    expect(readFileSync(path.join(repo, 'public', 'rewards.json'), 'utf8')).toContain('"kind": "git"');
  });

  test('no ledger yet and a dry run of the month to come: a preview site, and the summary says what it would pay', () => {
    const july = sampleLedger({ '2025-07': [{ number: 401, author: 'kelp-works', mergedAt: at('2025-07', 12) }] }).months.get('2025-07');
    const ws = makeWorkspace(runner, { 'dry-run/2025-07.json': `${JSON.stringify(july, null, 2)}\n`, 'dry-run/2025-07.csv': 'x' });
    const r = step(ws, { ledger: '', preview: 'dry-run\n' });
    expect(r.code, r.stdout).toBe(0);
    expect(JSON.parse(r.outputs.months as string)).toEqual([{ month: '2025-07', status: 'preview' }]);
    expect(r.summary).toBe(
      '### Lilypad rewards dashboard\n\nNo month recorded yet, 1 creator, 5,000 Lilybits in all: 12 files.\n\n**Preview** (dry-run tallies, recorded nowhere, nothing paid): July 2025, 5,000 Lilybits. The site with the preview is attached to this run.\n',
    );
    expect(readFileSync(path.join(r.outputs['site-dir'] as string, 'index.html'), 'utf8')).toContain('<strong>Preview.</strong>');
  });

  test('a broken month: a warning on its line, the step still builds the site, the summary lists it', () => {
    const files = new Map(ledger.files);
    files.set('rewards/2025-02.json', (files.get('rewards/2025-02.json') as string).replace(/"rulesVersion": "[^"]*"/, '"rulesVersion": 1'));
    const ws = workspace({}, files);
    const r = step(ws, { ledger: 'ledger' });
    expect(r.code).toBe(0);
    const text = files.get('rewards/2025-02.json') as string;
    const offset = text.indexOf('"rulesVersion": 1') + '"rulesVersion": '.length;
    const line = text.slice(0, offset).split('\n').length;
    const column = offset - text.lastIndexOf('\n', offset - 1);
    expect(r.annotations).toEqual([`::warning file=ledger/rewards/2025-02.json,line=${line},col=${column}::does not match rewards.schema.json: /rulesVersion must be string`]);
    expect(r.outputs.problems).toBe('1');
    expect(JSON.parse(r.outputs.months as string)[1]).toEqual({ month: '2025-02', status: 'broken' });
    expect(r.summary).toContain(`\`\`\`text\nledger/rewards/2025-02.json:${line}:${column}: does not match rewards.schema.json: /rulesVersion must be string\n\`\`\``);
  });

  test.each([
    [{ ledger: 'ledger', summary: 'sometimes' }, '::error::summary: expected auto, always or never, got "sometimes"'],
    [{ ledger: 'no-such-ledger' }, '::error::ledger no-such-ledger is neither a folder nor a git revision'],
    [{ ledger: 'ledger', preview: 'missing.json' }, '::error::preview missing.json: no such file or folder'],
  ])('bad input %j: the step fails with one line, no stack', (inputs, message) => {
    const r = step(workspace(), inputs);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(message);
    expect(r.stdout).not.toMatch(/\n\s+at /);
  });

  test('an output folder that is not a dashboard is left alone', () => {
    const ws = workspace({ 'docs/index.md': '# the docs\n' });
    const r = step(ws, { ledger: 'ledger', 'output-dir': 'docs' });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('::error::output');
    expect(readdirSync(path.join(ws, 'docs'))).toEqual(['index.md']);
  });
});
