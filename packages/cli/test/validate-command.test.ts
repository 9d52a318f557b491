// `lilypad-module validate` and `lilypad-module inputs`: in process through runCli, and through
// the built bundle as a user runs them (exit codes, formats, input sets, GITHUB_WORKSPACE).
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { runCli } from '../src/cli';
import type { Terminal } from '../src/terminal';
import { ensureBundle, repoRoot, runBundle } from './bundle-support';

const exampleDir = path.join(repoRoot, 'examples/hello-lilypad');
const example = path.join(exampleDir, 'lilypad_module.json.tmpl');
const exampleText = readFileSync(example, 'utf8');
const messageAction = /\{\{ if \.Message \}\}.*\{\{ end \}\}/;

const dir = mkdtempSync(path.join(tmpdir(), 'lilypad-module-validate-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, content: string): string {
  const p = path.join(dir, name);
  mkdirSync(path.dirname(p), { recursive: true });
  writeFileSync(p, content);
  return p;
}

/** The example with its input wrapped in quotes it already has: invalid JSON for any value. */
const quoted = file('quoted/lilypad_module.json.tmpl', exampleText.replace(messageAction, '"{{ .Message }}"'));
/** The example with its image pinned: no findings at all. */
const pinnedText = exampleText.replace('"ghcr.io/lilypad-tech/hello-lilypad:0.1.0"', `"ghcr.io/lilypad-tech/hello-lilypad:0.1.0@sha256:${'a'.repeat(64)}"`);
const pinned = file('pinned/lilypad_module.json.tmpl', pinnedText);
/** The pinned example with a required input (no default). */
const required = file('required/lilypad_module.json.tmpl', pinnedText.replace(messageAction, '{{ .Message }}'));

/** Run the CLI in process with captured streams. */
function cli(argv: string[], opts: { colorStdout?: boolean } = {}) {
  let stdout = '';
  let stderr = '';
  const term: Terminal = {
    stdout: (c) => void (stdout += typeof c === 'string' ? c : Buffer.from(c).toString('utf8')),
    stderr: (t) => void (stderr += t),
    color: false,
    colorStdout: opts.colorStdout ?? false,
  };
  const code = runCli(argv, term);
  if (typeof code !== 'number') throw new Error('expected a synchronous command');
  return { code, stdout, stderr };
}

const NO_STACK = /^\s+at /m;

describe('validate', () => {
  test('the example: valid (exit 0), its one warning on its template line', () => {
    const r = cli(['validate', example]);
    expect(r).toMatchObject({ code: 0, stderr: '' });
    expect(r.stdout).toMatch(new RegExp(`^${example.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}:24:9  warning  Image "ghcr.io/lilypad-tech/hello-lilypad:0.1.0" is not pinned by digest.*  image-not-pinned\n      hint: `));
    expect(r.stdout).toContain('  Message  no        yes      ');
    expect(r.stdout).toContain(`${example}: valid, image ghcr.io/lilypad-tech/hello-lilypad:0.1.0\n`);
    expect(r.stdout.trimEnd().split('\n').at(-1)).toBe('loads: yes (1 input set) · 0 errors, 1 warning');
  });

  test('a directory means its lilypad_module.json.tmpl', () => {
    expect(cli(['validate', exampleDir]).stdout).toContain(`${example}:24:9  warning`);
  });

  test('a broken variant: invalid (exit 1), each error on its line', () => {
    const r = cli(['validate', path.dirname(quoted)]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/quoted\/lilypad_module\.json\.tmpl:19:\d+  error    .*  quoted-raw-input\n/);
    expect(r.stdout).toContain(`${quoted}: invalid, image ghcr.io/lilypad-tech/hello-lilypad:0.1.0\n`);
    // Without -i the sample input breaks it: it does not load, and the quoted input says why.
    expect(r.stdout.trimEnd().split('\n').at(-1)).toBe('loads: no (1 of 1 input set fails) · 1 error, 1 warning');
  });

  test('--strict: warnings make it invalid', () => {
    expect(cli(['validate', example, '--strict']).code).toBe(1);
    expect(cli(['validate', pinned, '--strict']).code).toBe(0);
    // `Message` is required: a warning, so valid unless --strict.
    expect(cli(['validate', required, '-i', 'Message=hi']).code).toBe(0);
    expect(cli(['validate', required, '--strict', '-i', 'Message=hi']).code).toBe(1);
  });

  test('several templates: one report, invalid if any is', () => {
    const r = cli(['validate', example, quoted, '--format', 'json']);
    expect(r.code).toBe(1);
    const doc = JSON.parse(r.stdout) as { files: { file: string; valid: boolean }[] };
    expect(doc.files.map((f) => [f.file, f.valid])).toEqual([
      [example, true],
      [quoted, false],
    ]);
  });

  test('--format json: the versioned document', () => {
    const r = cli(['validate', example, '--format', 'json']);
    const doc = JSON.parse(r.stdout) as Record<string, unknown>;
    expect(doc).toMatchObject({ version: 2, valid: true, verdict: { loads: true, errors: 0, warnings: 1 }, counts: { errors: 0, warnings: 1, files: 1 } });
    expect(doc.files).toMatchObject([{ image: 'ghcr.io/lilypad-tech/hello-lilypad:0.1.0', inputs: [{ name: 'Message', optional: true, guarded: true }] }]);
  });

  test('--format github: workflow commands', () => {
    const r = cli(['validate', quoted, '--format', 'github']);
    expect(r.code).toBe(1);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines.every((l) => /^::(error|warning|notice) file=[^,]+,line=\d+,col=\d+,title=[a-z-]+::\S/.test(l))).toBe(true);
    expect(lines).toContainEqual(expect.stringMatching(/^::error file=.*quoted\/lilypad_module\.json\.tmpl,line=19,col=\d+,title=quoted-raw-input::/));
  });

  test('-i: one input set, parsed as lilypad run parses it', () => {
    const doc = JSON.parse(cli(['validate', required, '-i', 'Message="hi"', '--format', 'json']).stdout) as { files: { loads: unknown[] }[] };
    expect(doc.files[0]!.loads).toEqual([{ inputs: { Message: '"hi' }, outcome: 'ok', error: null }]);
  });

  test('a required input: without -i the sample value is used, with an empty set it does not load', () => {
    expect(cli(['validate', required]).code).toBe(0);
    const sets = file('empty-set.json', '[{}]');
    const r = cli(['validate', required, '--inputs-file', sets]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('does not load with (no inputs): ');
  });

  test('several input sets: an array in one file, several files, -i on top of each', () => {
    const a = file('sets.json', JSON.stringify([{ Message: 'one' }, { Message: 'two' }]));
    const b = file('set.json', JSON.stringify({ Message: 'three', Extra: 'x' }));
    const doc = JSON.parse(cli(['validate', required, '--inputs-file', a, '--inputs-file', b, '-i', 'Extra=y', '--format', 'json']).stdout) as {
      files: { loads: { inputs: Record<string, string> }[] }[];
    };
    expect(doc.files[0]!.loads.map((l) => l.inputs)).toEqual([
      { Message: 'one', Extra: 'y' },
      { Message: 'two', Extra: 'y' },
      { Message: 'three', Extra: 'y' },
    ]);
  });

  test('colour on stdout only for a terminal', () => {
    expect(cli(['validate', example]).stdout).not.toContain('\x1b[');
    expect(cli(['validate', example], { colorStdout: true }).stdout).toContain('\x1b[33mwarning\x1b[0m');
  });

  test('a template that does not parse: findings, exit 1', () => {
    const p = file('parse/lilypad_module.json.tmpl', '{\n  "x": {{ default .X "y" }}\n}');
    const r = cli(['validate', p]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(`${p}:2:1  error    function "default" not defined  unsupported-function`);
  });

  test('bad input never crashes: not JSON, an array, deep nesting, a huge document', () => {
    const cases = [
      file('bad/not-json.tmpl', 'hello {{ .X }}'),
      file('bad/array.tmpl', '[{{ .X }}]'),
      file('bad/deep.tmpl', `${'['.repeat(100_000)}${']'.repeat(100_000)}`),
      file('bad/huge.tmpl', `{"machine": {"gpu": 0}, "pad": "{{ range $i, $_ := "${'x'.repeat(5000)}" }}${'y'.repeat(1000)}{{ end }}"}`),
    ];
    for (const p of cases) {
      const r = cli(['validate', p]);
      expect(r.code, p).toBe(1);
      expect(r.stderr, p).toBe('');
      expect(r.stdout, p).toMatch(/ error {4}/);
    }
  });

  test.each<[string, () => string[], string | RegExp]>([
    ['a missing file', () => ['validate', path.join(dir, 'nope')], `error: ${path.join(dir, 'nope')}: no such file\n`],
    ['a directory without a template', () => ['validate', dir], `error: ${path.join(dir, 'lilypad_module.json.tmpl')}: no such file\n`],
    ['a bad --format', () => ['validate', example, '--format', 'xml'], 'error: invalid --format "xml"\nhint: give one of text, json, github\n'],
    ['a bad -i', () => ['validate', example, '-i', 'Message'], 'error: invalid argument "Message" for "-i, --input" flag: Message must be formatted as key=value\n'],
    ['an inputs file that is a string', () => ['validate', example, '--inputs-file', file('s.json', '"x"')], /^error: .*s\.json: expected a JSON object of inputs or an array of them, got a string\n/],
    ['an inputs file with an empty array', () => ['validate', example, '--inputs-file', file('e.json', '[]')], /^error: .*e\.json: an empty array: no input sets\n/],
    ['an input set that is not an object', () => ['validate', example, '--inputs-file', file('n.json', '[{}, 3]')], /^error: .*n\.json: input set 1 must be a JSON object of inputs, got a number\n/],
    ['a number in an input set', () => ['validate', example, '--inputs-file', file('v.json', '[{"Seed": 4}]')], /^error: .*v\.json: input set 0: input "Seed" must be a string, got a number\n/],
    ['--name with two templates', () => ['validate', example, example, '--name', 'x'], 'error: --module and --name name one template; give one path with them\n'],
    ['an unknown flag', () => ['validate', '--nope'], 'error: unknown flag: --nope\n'],
  ])('usage and I/O errors exit 2: %s', (_, argv, message) => {
    const r = cli(argv());
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    if (typeof message === 'string') expect(r.stderr.startsWith(message), r.stderr).toBe(true);
    else expect(r.stderr).toMatch(message);
    expect(r.stderr).not.toMatch(NO_STACK);
  });

  test('--rule changes a rule, over the module\'s .lilypad/validate.yml; the report lists both', () => {
    const module = path.dirname(file('configured/lilypad_module.json.tmpl', exampleText));
    file('configured/.lilypad/validate.yml', 'rules:\n  image-not-pinned: error\n');
    const fromFile = cli(['validate', module]);
    expect(fromFile.code).toBe(1);
    expect(fromFile.stdout).toMatch(/:24:9  error    Image "ghcr\.io\/lilypad-tech\/hello-lilypad:0\.1\.0" is not pinned by digest/);
    expect(fromFile.stdout).toContain(`rules set: image-not-pinned error (${path.join(module, '.lilypad/validate.yml')}:2:3)\n`);
    expect(fromFile.stdout.trimEnd().split('\n').at(-1)).toBe('loads: yes (1 input set) · 1 error, 0 warnings');
    const overridden = cli(['validate', module, '--rule', 'image-not-pinned=off']);
    expect(overridden.code).toBe(0);
    expect(overridden.stdout).toContain('rules set: image-not-pinned off (--rule)\n');
    expect(overridden.stdout.trimEnd().split('\n').at(-1)).toBe('loads: yes (1 input set) · 0 errors, 0 warnings');
    const doc = JSON.parse(cli(['validate', module, '--rule', 'image-not-pinned=off', '--format', 'json']).stdout) as { files: { overrides: unknown[] }[] };
    expect(doc.files[0]!.overrides).toEqual([{ rule: 'image-not-pinned', setting: 'off', source: '--rule' }]);
  });

  test('a mistake in .lilypad/validate.yml: file:line:col, exit 2, nothing on stdout', () => {
    const module = path.dirname(file('misconfigured/lilypad_module.json.tmpl', exampleText));
    file('misconfigured/.lilypad/validate.yml', 'rules:\n  json-syntax: off\n');
    const r = cli(['validate', module]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(
      `error: ${path.join(module, '.lilypad/validate.yml')}:2:3: rule json-syntax cannot be changed: it reports why Lilypad does not load the module\nhint: write rule settings as \`rules: { <rule-id>: off | warning | error }\`; docs/rules/README.md lists the rules\n`,
    );
  });

  test.each([
    ['image-not-pinned', 'error: invalid --rule "image-not-pinned": "image-not-pinned": write <rule>=off|warning|error, e.g. image-not-pinned=off\n'],
    ['json-type=warning', 'error: invalid --rule "json-type=warning": rule json-type cannot be changed: it reports why Lilypad does not load the module\n'],
    ['image-not-pined=off', 'error: invalid --rule "image-not-pined=off": unknown rule "image-not-pined"; did you mean image-not-pinned?'],
  ])('a bad --rule %j exits 2', (rule, message) => {
    const r = cli(['validate', example, '--rule', rule]);
    expect(r.code).toBe(2);
    expect(r.stderr.startsWith(message), r.stderr).toBe(true);
  });

  test('the Dockerfile next to the template is read for where the program writes', () => {
    // Neither Outputs nor the OUTPUT_FILE the template hands the program: a job whose result is its stdout.
    const noOutputs = pinnedText.replace(/\s*"Outputs": \[[^\]]*\],/, '').replace(/\s*"EnvironmentVariables": \[[^\]]*\],/, '');
    const module = path.dirname(file('writes/lilypad_module.json.tmpl', noOutputs));
    expect(cli(['validate', module]).code).toBe(0);
    file('writes/Dockerfile', 'FROM busybox\nENV OUTPUT_DIR=/outputs\n');
    const r = cli(['validate', module]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(`(${path.join(module, 'Dockerfile')}:2: ENV OUTPUT_DIR=/outputs)`);
  });

  test('--help', () => {
    const r = cli(['validate', '--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('lilypad-module validate [dir|file]... [flags]');
    expect(r.stdout).toContain('--format FORMAT');
    expect(r.stdout).toContain('--rule ID=SETTING');
    expect(cli(['help', 'validate']).stdout).toBe(r.stdout);
  });
});

describe('inputs', () => {
  test('the example: one input, optional, with a default, first used on line 19', () => {
    const r = cli(['inputs', exampleDir]);
    expect(r).toMatchObject({ code: 0, stderr: '' });
    expect(r.stdout).toBe(`${example} reads 1 input:\n\ninput    required  default  first use\nMessage  no        yes      ${example}:19:17\n`);
  });

  test('a required input', () => {
    expect(cli(['inputs', required]).stdout).toContain('Message  yes       no       ');
  });

  test('--format json', () => {
    const doc = JSON.parse(cli(['inputs', example, '--format', 'json']).stdout) as unknown;
    expect(doc).toEqual({ version: 2, file: example, inputs: [{ name: 'Message', optional: true, guarded: true, at: { line: 19, column: 17 } }], error: null });
  });

  test('a template that does not parse: exit 1 with where and why', () => {
    const p = file('inputs-parse.tmpl', '{\n  "x": {{ .X ');
    const r = cli(['inputs', p]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(new RegExp(`^error: .*inputs-parse\\.tmpl:2:1: unclosed action\\nhint: `));
  });

  test('--format json on a template that does not parse: a JSON error object on stdout, exit 1', () => {
    const p = file('inputs-parse-json.tmpl', '{\n  "x": {{ .X ');
    const r = cli(['inputs', p, '--format', 'json']);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout)).toEqual({ version: 2, file: p, inputs: null, error: { message: 'unclosed action', start: { line: 2, column: 1 } } });
    expect(r.stderr).toMatch(/unclosed action/);
  });

  test.each([
    [['inputs'], 'error: inputs: missing <file|dir>\n'],
    [['inputs', 'a', 'b'], 'error: inputs: expected one <file|dir>, got 2: a b\n'],
    [['inputs', example, '--format', 'github'], 'error: invalid --format "github"\nhint: give text or json\n'],
  ])('usage errors exit 2: %j', (argv, message) => {
    const r = cli(argv);
    expect(r.code).toBe(2);
    expect(r.stderr.startsWith(message), r.stderr).toBe(true);
  });

  test('--help', () => {
    expect(cli(['inputs', '--help']).stdout).toContain('lilypad-module inputs <file|dir> [flags]');
  });
});

describe('through the bundle', () => {
  beforeAll(ensureBundle, 300_000);

  test('validate with no path: the current directory', () => {
    const r = runBundle(['validate'], { cwd: exampleDir });
    expect(r).toMatchObject({ code: 0, stderr: '' });
    expect(r.text).toMatch(/^lilypad_module\.json\.tmpl:24:9  warning  /);
  });

  test('validate: exit codes 0, 1, 2', () => {
    expect(runBundle(['validate', 'examples/hello-lilypad']).code).toBe(0);
    expect(runBundle(['validate', quoted]).code).toBe(1);
    const missing = runBundle(['validate', 'nope/']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/^error: nope\/: no such file\nhint: /);
  });

  test('--format github: paths relative to GITHUB_WORKSPACE', () => {
    const r = runBundle(['validate', quoted, '--format', 'github'], { env: { GITHUB_WORKSPACE: dir } });
    expect(r.code).toBe(1);
    expect(r.text).toMatch(/^::error file=quoted\/lilypad_module\.json\.tmpl,line=/m);
    const local = runBundle(['validate', 'lilypad_module.json.tmpl', '--format', 'github'], { cwd: exampleDir, env: { GITHUB_WORKSPACE: repoRoot } });
    expect(local.text).toBe(
      '::warning file=examples/hello-lilypad/lilypad_module.json.tmpl,line=24,col=9,title=image-not-pinned::' +
        'Image "ghcr.io/lilypad-tech/hello-lilypad:0.1.0" is not pinned by digest: resource providers may run different images under this tag.%0A' +
        'Append @sha256:<digest> so every resource provider runs the same image (docker buildx imagetools inspect shows it).\n',
    );
  });

  test.each([
    ['a FIFO', (p: string) => execFileSync('mkfifo', [p])],
    ['a symlink to /dev/zero', (p: string) => symlinkSync('/dev/zero', p)],
  ])('validate on %s: refused at once, exit 2 (the process would otherwise wait for a writer or read for ever)', (_, make) => {
    const module = path.join(dir, `special-${Math.random().toString(36).slice(2)}`);
    mkdirSync(module);
    make(path.join(module, 'lilypad_module.json.tmpl'));
    const r = runBundle(['validate', module], { timeoutMs: 30_000 });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/lilypad_module\.json\.tmpl: is (a named pipe \(FIFO\)|a character device), not a regular file; only regular files are read\n/);
  });

  test("the README's report is what the command prints", () => {
    const readme = readFileSync(path.join(repoRoot, 'README.md'), 'utf8');
    const block = /```console\n\$ pnpm -s lilypad-module validate (\S+)\n([\s\S]*?)```/.exec(readme);
    expect(block, 'a console block with a validate command in README.md').not.toBeNull();
    const r = runBundle(['validate', block![1]!]);
    expect(r.code).toBe(1);
    expect(r.text).toBe(block![2]);
  });

  test('inputs --format json', () => {
    const r = runBundle(['inputs', 'examples/hello-lilypad', '--format', 'json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.text)).toMatchObject({ version: 2, inputs: [{ name: 'Message' }], error: null });
  });

  test('rewards is wired in (its help; a usage error without --repo)', () => {
    const help = runBundle(['rewards', '--help']);
    expect(help.code).toBe(0);
    expect(help.text).toMatch(/^Usage: lilypad-module rewards --repo OWNER\/NAME --month YYYY-MM/);
    const usage = runBundle(['rewards'], { env: { GITHUB_TOKEN: '' } });
    expect(usage.code).toBe(2);
    expect(usage.stderr).toMatch(/--repo OWNER\/NAME is required/);
    expect(runBundle(['--help']).text).toMatch(/^ {2}validate .*\n {2}inputs .*\n {2}render .*\n {2}rewards /m);
  });
});
