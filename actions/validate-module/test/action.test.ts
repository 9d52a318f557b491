// The committed bundle, run as the runner runs it: `node dist/index.js` in the workspace, inputs as
// INPUT_* variables (with action.yml's defaults, as the runner fills them in), GITHUB_OUTPUT and
// GITHUB_STEP_SUMMARY files in a temp dir, then the outputs, annotations, summary and exit status.
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { actionNode } from '../../../test/support/action-node';
import { makeWorkspace, runActionStepSync, type ActionStep } from '../../../test/support/action-step';
import { INJECTIONS, unexpectedCommands } from '../../../test/support/runner-commands';

const actionDir = fileURLToPath(new URL('..', import.meta.url));
const repoRoot = path.resolve(actionDir, '../..');
const bundle = path.join(actionDir, 'dist/index.js');
const action = parse(readFileSync(path.join(actionDir, 'action.yml'), 'utf8')) as {
  runs: { using: string; main: string };
  inputs: Record<string, { default?: string }>;
  outputs: Record<string, { description: string }>;
};
const exampleText = readFileSync(path.join(repoRoot, 'examples/hello-lilypad/lilypad_module.json.tmpl'), 'utf8');
const messageAction = /\{\{ if \.Message \}\}.*\{\{ end \}\}/;
const pinnedText = exampleText.replace('"ghcr.io/lilypad-tech/hello-lilypad:0.1.0"', `"ghcr.io/lilypad-tech/hello-lilypad:0.1.0@sha256:${'a'.repeat(64)}"`);

const scratch = mkdtempSync(path.join(tmpdir(), 'validate-module-test-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** A workspace holding the given files (relative path → content). */
const workspace = (files: Record<string, string>): string => makeWorkspace(scratch, files);

/** Run the bundle as a step with these `with:` values in workspace `ws` (test/support/action-step.ts). */
function runAction(ws: string, withInputs: Record<string, string> = {}): ActionStep {
  return runActionStepSync({ actionDir, workspace: ws, runnerDir: scratch, inputs: withInputs });
}

const NO_STACK = /^\s+at /m;

describe('action.yml', () => {
  test('runs the committed bundle on node24', () => {
    expect(action.runs).toEqual({ using: 'node24', main: 'dist/index.js' });
    expect(existsSync(bundle)).toBe(true);
  });

  test('its interface: inputs with their defaults, outputs', () => {
    expect(Object.fromEntries(Object.entries(action.inputs).map(([k, v]) => [k, v.default]))).toEqual({
      path: '.',
      template: 'lilypad_module.json.tmpl',
      inputs: '',
      strict: 'false',
      rules: '',
      summary: 'auto',
    });
    expect(Object.keys(action.outputs)).toEqual(['valid', 'loads', 'image', 'inputs', 'report']);
  });

  test('undici is left out of the bundle (start-up time; see actions/shared/undici-unused.ts)', () => {
    const code = readFileSync(bundle, 'utf8');
    expect(code).not.toContain('kUndiciError');
    expect(code).toContain('undici is left out of its bundle');
  });

  test('package.json is not an ES module package (ncc emits CommonJS)', () => {
    const pkg = JSON.parse(readFileSync(path.join(actionDir, 'package.json'), 'utf8')) as Record<string, unknown>;
    expect(pkg.type).toBeUndefined();
  });
});

describe('the example module', () => {
  const r = runAction(repoRoot, { path: 'examples/hello-lilypad' });

  test('valid: exit 0, outputs', () => {
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.outputs).toMatchObject({ valid: 'true', loads: 'true', image: 'ghcr.io/lilypad-tech/hello-lilypad:0.1.0', inputs: '["Message"]' });
  });

  test('its warning as an annotation on the template line, relative to the workspace', () => {
    expect(r.annotations).toEqual([
      '::warning title=image-not-pinned,file=examples/hello-lilypad/lilypad_module.json.tmpl,line=24,col=9::' +
        'Image "ghcr.io/lilypad-tech/hello-lilypad:0.1.0" is not pinned by digest: resource providers may run different images under this tag.%0A' +
        'Append @sha256:<digest> so every resource provider runs the same image (docker buildx imagetools inspect shows it).',
    ]);
  });

  test('the JSON report under RUNNER_TEMP', () => {
    expect(r.outputs.report).toMatch(/validate-module-[^/]+\/report\.json$/);
    const doc = JSON.parse(readFileSync(r.outputs.report!, 'utf8')) as Record<string, unknown>;
    expect(doc).toMatchObject({ version: 2, valid: true, files: [{ file: 'examples/hello-lilypad/lilypad_module.json.tmpl', image: 'ghcr.io/lilypad-tech/hello-lilypad:0.1.0', verdict: { loads: true, errors: 0, warnings: 1 } }] });
  });

  test('a summary (auto: there is a finding) with the verdict, findings, inputs and load verdicts', () => {
    expect(r.summary).toContain('✅ **Valid** (`examples/hello-lilypad/lilypad_module.json.tmpl`): loads: yes (1 input set) · 0 errors, 1 warning.');
    expect(r.summary).toContain('| ⚠️ warning | `image-not-pinned` | `examples/hello-lilypad/lilypad_module.json.tmpl:24:9` |');
    expect(r.summary).toContain('| `Message` | optional | yes | `examples/hello-lilypad/lilypad_module.json.tmpl:19:17` |');
    expect(r.summary).toContain('| `Message=lilypad` | ✅ loads |');
  });
});

describe('a broken variant', () => {
  const ws = workspace({ 'module/lilypad_module.json.tmpl': exampleText.replace(messageAction, '"{{ .Message }}"').replace('"Timeout": 600', '"Timeout": 9000') });
  const r = runAction(ws, { path: 'module' });

  test('invalid: exit 1, valid=false, still the other outputs', () => {
    expect(r.code).toBe(1);
    // Without inputs it renders ("<no value>" in quotes): the image comes from that render.
    expect(r.outputs).toMatchObject({ valid: 'false', loads: 'false', image: 'ghcr.io/lilypad-tech/hello-lilypad:0.1.0', inputs: '["Message"]' });
    expect(existsSync(r.outputs.report!)).toBe(true);
  });

  test('errors on their lines, then the failure', () => {
    expect(r.annotations).toContainEqual(expect.stringMatching(/^::error title=quoted-raw-input,file=module\/lilypad_module\.json\.tmpl,line=19,col=\d+::Input `Message` is printed inside quotes/));
    expect(r.annotations.at(-1)).toMatch(/^::error::module\/lilypad_module\.json\.tmpl is not a valid Lilypad module: loads: no \(1 of 1 input set fails\) · \d+ errors?, \d+ warnings?\.$/);
    const kinds = r.annotations.map((a) => /^::(\w+)/.exec(a)![1]);
    expect(kinds.indexOf('warning')).toBeGreaterThan(kinds.lastIndexOf('error', -2));
  });

  test('the summary says invalid', () => {
    expect(r.summary).toMatch(/^## Lilypad module validation\n\n❌ \*\*Invalid\*\* \(`module\/lilypad_module\.json\.tmpl`\): loads: no \(1 of 1 input set fails\) · \d+ errors?, /);
    expect(r.summary).toContain('`quoted-raw-input`');
  });

  test('summary: never', () => {
    expect(runAction(ws, { path: 'module', summary: 'never' }).summary).toBe('');
  });
});

describe('input sets', () => {
  const ws = workspace({ 'lilypad_module.json.tmpl': pinnedText.replace(messageAction, '{{ .Message }}') });

  test('several sets separated by ---; an empty set means no inputs; lines trimmed', () => {
    const r = runAction(ws, { inputs: 'Message=one\n---\n  Message="two"  \n\n---\n' });
    const doc = JSON.parse(readFileSync(r.outputs.report!, 'utf8')) as { files: { loads: { inputs: object; outcome: string }[] }[] };
    expect(doc.files[0]!.loads.map((l) => [l.inputs, l.outcome])).toEqual([
      [{ Message: 'one' }, 'ok'],
      // pflag trims `"` from both ends of the whole value `Message="two"`: Lilypad gets `"two`.
      [{ Message: '"two' }, 'ok'],
      [{}, 'json-error'],
    ]);
    // A sample set Lilypad cannot load is an error: the input is required.
    expect(r.code).toBe(1);
    expect(r.summary).toContain('| `(no inputs)` | ❌ json-error: ');
  });

  test("each line is read as lilypad run -i reads it: a=1,b=2 sets two inputs", () => {
    const r = runAction(ws, { inputs: 'Message=hi,Other=x' });
    const doc = JSON.parse(readFileSync(r.outputs.report!, 'utf8')) as { files: { loads: { inputs: object }[] }[] };
    expect(doc.files[0]!.loads[0]!.inputs).toEqual({ Message: 'hi', Other: 'x' });
  });

  test('a clean module: no annotations, and no summary in auto mode; always writes one', () => {
    const clean = workspace({ 'lilypad_module.json.tmpl': pinnedText });
    const r = runAction(clean);
    expect(r).toMatchObject({ code: 0, annotations: [], summary: '' });
    expect(r.outputs.valid).toBe('true');
    expect(runAction(clean, { summary: 'always' }).summary).toContain('No findings.');
  });

  test('bad syntax: the line named, exit 1, no stack', () => {
    const r = runAction(ws, { inputs: 'Message=hi\n---\nnonsense' });
    expect(r.code).toBe(1);
    expect(r.annotations).toEqual([
      '::error::inputs, line 3: invalid argument "nonsense" for "-i, --input" flag: nonsense must be formatted as key=value (write KEY=VALUE, or --- between input sets)',
    ]);
    expect(r.stdout + r.stderr).not.toMatch(NO_STACK);
  });
});

describe('the two answers: valid = loads and no error', () => {
  test('it loads but has an error (an entrypoint that cannot start): loads=true, valid=false', () => {
    const ws = workspace({ 'lilypad_module.json.tmpl': pinnedText.replace('"/bin/sh",', '"/bin/sh -c",') });
    const r = runAction(ws, { summary: 'never' });
    expect(r.code).toBe(1);
    expect(r.outputs).toMatchObject({ valid: 'false', loads: 'true' });
    expect(r.annotations).toContainEqual(expect.stringMatching(/^::error title=entrypoint-spaces,file=lilypad_module\.json\.tmpl,line=15,/));
    expect(r.annotations.at(-1)).toBe('::error::lilypad_module.json.tmpl is not a valid Lilypad module: loads: yes (1 input set) · 1 error, 0 warnings.');
  });

  test('only warnings: valid=true', () => {
    const r = runAction(repoRoot, { path: 'examples/hello-lilypad', summary: 'never' });
    expect(r.outputs).toMatchObject({ valid: 'true', loads: 'true' });
    expect(r.stdout).toContain('examples/hello-lilypad/lilypad_module.json.tmpl is a valid Lilypad module: loads: yes (1 input set) · 0 errors, 1 warning.');
  });
});

describe('rule settings: .lilypad/validate.yml, then the rules input', () => {
  const ws = workspace({ 'lilypad_module.json.tmpl': exampleText, '.lilypad/validate.yml': 'rules:\n  image-not-pinned: error\n' });

  test("the module's file turns a warning into an error; the report lists it", () => {
    const r = runAction(ws, { summary: 'always' });
    expect(r.code).toBe(1);
    expect(r.outputs).toMatchObject({ valid: 'false', loads: 'true' });
    expect(r.annotations[0]).toMatch(/^::error title=image-not-pinned,file=lilypad_module\.json\.tmpl,line=24,col=9::/);
    expect(r.summary).toContain('Rules set: image-not-pinned error (.lilypad/validate.yml:2:3).');
    const doc = JSON.parse(readFileSync(r.outputs.report!, 'utf8')) as { files: { overrides: unknown[] }[] };
    expect(doc.files[0]!.overrides).toEqual([{ rule: 'image-not-pinned', setting: 'error', source: '.lilypad/validate.yml:2:3' }]);
  });

  test('the rules input applies over it', () => {
    const r = runAction(ws, { rules: '# ours\nimage-not-pinned=off\n' });
    expect(r.code).toBe(0);
    expect(r.annotations).toEqual([]);
    const doc = JSON.parse(readFileSync(r.outputs.report!, 'utf8')) as { files: { overrides: unknown[] }[] };
    expect(doc.files[0]!.overrides).toEqual([{ rule: 'image-not-pinned', setting: 'off', source: 'rules input, line 2' }]);
  });

  test('a bad line of the rules input: one error naming the line, no outputs', () => {
    const r = runAction(ws, { rules: 'image-not-pinned=off\njson-syntax=off' });
    expect(r.code).toBe(1);
    expect(r.annotations).toEqual(['::error::rules, line 2: rule json-syntax cannot be changed: it reports why Lilypad does not load the module']);
    expect(r.outputs).toEqual({});
  });

  test('a mistake in .lilypad/validate.yml: an annotation at its line and column, then the failure', () => {
    const bad = workspace({ 'module/lilypad_module.json.tmpl': exampleText, 'module/.lilypad/validate.yml': 'rules:\n  image-not-pined: off\n' });
    const r = runAction(bad, { path: 'module' });
    expect(r.code).toBe(1);
    expect(r.annotations).toEqual([
      '::error title=validate.yml,file=module/.lilypad/validate.yml,line=2,col=3::unknown rule "image-not-pined"; did you mean image-not-pinned? (docs/rules/README.md lists them)',
      "::error::module/.lilypad/validate.yml: 1 problem; write rule settings as `rules: { <rule-id>: off | warning | error }`; docs/rules/README.md lists the rules.",
    ]);
    expect(r.stdout + r.stderr).not.toMatch(NO_STACK);
  });
});

describe('only regular files are read', () => {
  test.each([
    ['a symlink to /dev/zero', (p: string) => symlinkSync('/dev/zero', p), 'is a character device, not a regular file'],
    ['a FIFO', (p: string) => execFileSync('mkfifo', [p]), 'is a named pipe (FIFO), not a regular file'],
  ])('%s as the template: refused at once, one error', (_, make, what) => {
    const ws = workspace({ 'README.md': 'x' });
    make(path.join(ws, 'lilypad_module.json.tmpl'));
    const r = runActionStepSync({ actionDir, workspace: ws, runnerDir: scratch, inputs: {}, timeoutMs: 30_000 });
    expect(r.code).toBe(1);
    expect(r.annotations).toEqual([`::error::lilypad_module.json.tmpl: ${what}; only regular files are read%0Asave a template to a file and pass that file`]);
  });
});

describe("the CLI's template checks (module-spec's one reader): binary, not UTF-8, too large", () => {
  test.each([
    ['a NUL byte', Buffer.from('{"a"\0}'), 'not a text template (NUL byte at offset 4; this looks like a binary file)%0Apass the module template, usually lilypad_module.json.tmpl'],
    ['invalid UTF-8', Buffer.from([0x22, 0xe9, 0x22]), 'not a text template (invalid UTF-8 at byte offset 1)%0Asave the template as UTF-8'],
  ])('%s', (_, bytes, what) => {
    const ws = workspace({ 'README.md': 'x' });
    writeFileSync(path.join(ws, 'lilypad_module.json.tmpl'), bytes);
    const r = runActionStepSync({ actionDir, workspace: ws, runnerDir: scratch, inputs: {}, timeoutMs: 30_000 });
    expect(r.code).toBe(1);
    expect(r.annotations).toEqual([`::error::lilypad_module.json.tmpl: ${what}`]);
  });

  test('over 8 MiB: refused from its size, never read', () => {
    const ws = workspace({ 'README.md': 'x' });
    const big = path.join(ws, 'lilypad_module.json.tmpl');
    writeFileSync(big, '');
    truncateSync(big, 50 * 1024 * 1024);
    const r = runActionStepSync({ actionDir, workspace: ws, runnerDir: scratch, inputs: {}, timeoutMs: 30_000 });
    expect(r.code).toBe(1);
    expect(r.annotations).toEqual(['::error::lilypad_module.json.tmpl: 50 MiB is over the 8 MiB limit for a template%0Aa real module template is a few KiB, so this is probably the wrong file']);
  });
});

describe('strict', () => {
  test('the example has a warning: invalid with strict', () => {
    const r = runAction(repoRoot, { path: 'examples/hello-lilypad', strict: 'true', summary: 'never' });
    expect(r.code).toBe(1);
    expect(r.outputs.valid).toBe('false');
    expect(r.annotations.at(-1)).toBe('::error::examples/hello-lilypad/lilypad_module.json.tmpl is not a valid Lilypad module: loads: yes (1 input set) · 0 errors, 1 warning (strict: warnings count).');
  });

  test('a module with no warnings stays valid', () => {
    const r = runAction(workspace({ 'lilypad_module.json.tmpl': pinnedText }), { strict: 'true' });
    expect(r.code).toBe(0);
  });

  test('a value that is not a boolean', () => {
    const r = runAction(repoRoot, { path: 'examples/hello-lilypad', strict: 'yes' });
    expect(r.code).toBe(1);
    expect(r.annotations).toEqual(['::error::strict: expected true or false, got "yes"']);
  });
});

describe('configuration errors: one line, exit 1, no stack', () => {
  test.each([
    ['a missing template', { path: 'nope' }, '::error::nope/lilypad_module.json.tmpl: no such file%0Acheck the path and template inputs'],
    ['a template name that is a folder', { path: 'examples', template: 'hello-lilypad' }, '::error::examples/hello-lilypad: is a directory, not a template file%0Atemplate names the file inside path'],
    ['a bad summary mode', { summary: 'sometimes' }, '::error::summary: expected auto, always or never, got "sometimes"'],
  ])('%s', (_, withInputs, annotation) => {
    const r = runAction(repoRoot, withInputs);
    expect(r.code).toBe(1);
    expect(r.annotations).toEqual([annotation]);
    expect(r.stdout + r.stderr).not.toMatch(NO_STACK);
    expect(r.outputs).toEqual({});
  });
});

describe("GitHub's annotation caps", () => {
  // Twelve prompts each escaped with `js` inside a JSON string, each on its own line: an
  // apostrophe in any of them breaks the module, an error for each (they are free text).
  const names = Array.from({ length: 12 }, (_, k) => `Prompt${k}`);
  const env = names.map((n) => `"${n.toUpperCase()}={{ js .${n} }}"`).join(',\n        ');
  const text = pinnedText.replace('"EnvironmentVariables": [', `"EnvironmentVariables": [\n        ${env},`);
  const r = runAction(workspace({ 'lilypad_module.json.tmpl': text }));

  test('at most 10 errors, setFailed’s included, and a notice of the rest', () => {
    expect(r.code).toBe(1);
    const kinds = r.annotations.map((a) => /^::(\w+)/.exec(a)![1]);
    expect(kinds.filter((k) => k === 'error')).toHaveLength(10);
    expect(kinds.filter((k) => k === 'warning').length).toBeLessThanOrEqual(10);
    expect(r.annotations).toContainEqual(
      expect.stringMatching(/^::notice title=more findings::\d+ more findings? not shown as annotations \(\d+ errors?.*\): GitHub shows at most 10 of each kind per step\. All findings are in the job summary and the JSON report \(output `report`\)\.$/),
    );
    const doc = JSON.parse(readFileSync(r.outputs.report!, 'utf8')) as { counts: { errors: number } };
    expect(doc.counts.errors).toBeGreaterThan(10);
  });

  test('no annotation is repeated', () => {
    expect(new Set(r.annotations).size).toBe(r.annotations.length);
  });
});

describe('the bundle is self-contained', () => {
  test('runs from a copy outside the repository', () => {
    const dir = mkdtempSync(path.join(scratch, 'copy-'));
    copyFileSync(bundle, path.join(dir, 'index.js'));
    const ws = workspace({ 'lilypad_module.json.tmpl': pinnedText });
    const r = spawnSync(actionNode(), [path.join(dir, 'index.js')], { cwd: ws, env: { PATH: process.env.PATH, GITHUB_WORKSPACE: ws }, encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('lilypad_module.json.tmpl is a valid Lilypad module');
  });
});

// Issue 9, finding 4: the module's folder name and the template's Image are the repository's
// text; the step prints the one and quotes the other in annotations.
describe.each(INJECTIONS)('untrusted %j in the folder name and the Image', (payload) => {
  const folder = `mod${payload.replace(/\n/g, ' ')}`;

  test('a valid module: the closing line is no command', () => {
    const r = runAction(workspace({ [`${folder}/lilypad_module.json.tmpl`]: pinnedText }), { path: folder });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('is a valid Lilypad module');
    expect(r.commands).toEqual([]);
  });

  test('an invalid Image: only the annotations meant, their text escaped', () => {
    const text = exampleText.replace(/"Image": "[^"]*"/, `"Image": ${JSON.stringify(`busybox${payload}`)}`);
    const r = runAction(workspace({ [`${folder}/lilypad_module.json.tmpl`]: text }), { path: folder });
    expect(r.code).toBe(1);
    expect(unexpectedCommands(r.commands, ['image-malformed', ''])).toEqual([]);
    expect(r.commands.some((c) => c.data.includes(`busybox${payload}`))).toBe(true);
  });
});
