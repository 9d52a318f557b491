import { mkdirSync, mkdtempSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, test } from 'vitest';
import { runCli, VERSION } from '../src/cli';
import { renderCommand } from '../src/commands/render';
import type { Terminal } from '../src/terminal';
import { wantsColor } from '../src/terminal';

const repoRoot = fileURLToPath(new URL('../../..', import.meta.url));
const example = path.join(repoRoot, 'examples/hello-lilypad/lilypad_module.json.tmpl');
const exampleText = readFileSync(example, 'utf8');
const exampleAction = /\{\{ if \.Message \}\}.*\{\{ end \}\}/.exec(exampleText)![0];

const dir = mkdtempSync(path.join(tmpdir(), 'lilypad-module-render-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, content: string | Uint8Array): string {
  const p = path.join(dir, name);
  writeFileSync(p, content);
  return p;
}

/** Run the CLI with captured streams. */
function cli(argv: string[], opts: { color?: boolean } = {}) {
  const out: Buffer[] = [];
  let stderr = '';
  const term: Terminal = {
    stdout: (c) => void out.push(Buffer.from(c)),
    stderr: (t) => void (stderr += t),
    color: opts.color ?? false,
  };
  const code = runCli(argv, term);
  return { code, stdout: Buffer.concat(out), text: Buffer.concat(out).toString('utf8'), stderr };
}

const NO_STACK = /^\s+at /m;

describe('render: output', () => {
  test('the example, byte for byte, nothing added', () => {
    const r = cli(['render', example, '-i', 'Message=hello']);
    expect(r).toMatchObject({ code: 0, stderr: '' });
    expect(r.text).toBe(exampleText.replace(exampleAction, '"hello"'));
    expect(JSON.parse(r.text).job.Spec.Docker.Entrypoint.at(-1)).toBe('hello');
  });

  test('no input: the template default', () => {
    const r = cli(['render', example]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.text).job.Spec.Docker.Entrypoint.at(-1)).toMatch(/^Hello, Lilypad!/);
  });

  test('non-ASCII input and output are UTF-8 bytes, no newline appended', () => {
    const p = file('utf8.tmpl', 'é{{ .A }}');
    const r = cli(['render', p, '-i', 'A=😀 <x>']);
    expect(r.stdout.equals(Buffer.from('é"😀 \\u003cx\\u003e"', 'utf8'))).toBe(true);
  });

  test('inputs from a file, overridden by -i', () => {
    const p = file('two.tmpl', '{{ .A }} {{ .B }}');
    const inputs = file('inputs.json', JSON.stringify({ A: 'from file', B: 'from file' }));
    expect(cli(['render', p, '--inputs-file', inputs, '-i', 'B=from flag']).text).toBe('"from file" "from flag"');
  });

  test("-i follows pflag's rules", () => {
    const p = file('pflag.tmpl', '{{ .Message }}|{{ .a }}|{{ .b }}');
    expect(cli(['render', p, '-i', 'Message="hi"', '--input=a=1,b=2', '-ib=3']).text).toBe('"\\"hi"|"1"|"3"');
  });

  test('the template name: the file as given by default, or --name, or as Lilypad names it for --module', () => {
    const p = file('err.tmpl', '{{ .X');
    const rel = path.relative(process.cwd(), p);
    expect(cli(['render', rel]).stderr).toBe(`error: template: ${rel}:1: unclosed action\n`);
    expect(cli(['render', p, '--name', 'mine']).stderr).toBe('error: template: mine:1: unclosed action\n');
    expect(cli(['render', p, '--module', 'cowsay:v0.0.4']).stderr).toBe(
      'error: template: https://github.com/Lilypad-Tech/lilypad-module-cowsay-/lilypad_module.json.tmpl-v0.0.4:1: unclosed action\n',
    );
    expect(cli(['render', p, '--module', 'github.com/o/r:main']).stderr).toBe('error: template: https://github.com/o/r-/lilypad_module.json.tmpl-main:1: unclosed action\n');
  });
});

describe('render: template errors exit 1 with Go’s message', () => {
  test('a parse error', () => {
    const p = file('default.tmpl', '{\n  "x": {{ default .X "y" }}\n}');
    expect(cli(['render', p, '--name', 't'])).toMatchObject({ code: 1, text: '', stderr: 'error: template: t:2: function "default" not defined\n' });
  });

  test('an exec error prints nothing on stdout', () => {
    const p = file('subst.tmpl', 'abc{{ subst "P=%s" "abc" }}');
    expect(cli(['render', p, '--name', 't'])).toMatchObject({
      code: 1,
      text: '',
      stderr: 'error: template: t:1:6: executing "t" at <subst "P=%s" "abc">: error calling subst: subst: invalid input\n',
    });
  });

  test('colour only when asked for', () => {
    const p = file('colour.tmpl', '{{ .X');
    expect(cli(['render', p, '--name', 't'], { color: true }).stderr).toBe('\x1b[1;31merror:\x1b[0m template: t:1: unclosed action\n');
  });

  // The engine's limits: Go crashes (deep nesting), stops at depth 100000, or runs for hours.
  test('deeply nested actions', { timeout: 180_000 }, () => {
    const n = 1_000_000;
    const p = file('deep.tmpl', `{{${'('.repeat(n)}1${')'.repeat(n)}}}`);
    const r = cli(['render', p]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^error: \S/);
    expect(r.stderr).not.toMatch(NO_STACK);
  });

  test('a template that recurses forever', { timeout: 180_000 }, () => {
    const p = file('rec.tmpl', '{{define "a"}}{{template "a"}}{{end}}{{template "a"}}');
    const r = cli(['render', p, '--name', 'rec.tmpl']);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('error: template: rec.tmpl:1:25: executing "a" at <{{template "a"}}>: exceeded maximum template depth (100000)\n');
  });

  test('{{range 100000000000}}', { timeout: 180_000 }, () => {
    // Go 1.23 cannot range over an integer (1.24 can, and would loop for hours).
    const p = file('range.tmpl', '{{range $i := 100000000000}}{{$i}}{{end}}');
    const r = cli(['render', p]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^error: \S/);
    expect(r.stderr).not.toMatch(NO_STACK);
  });

  test('nested ranges over the inputs: 10^12 iterations', { timeout: 180_000 }, () => {
    const p = file('forever.tmpl', `${'{{range $}}'.repeat(12)}x${'{{end}}'.repeat(12)}`);
    const r = cli(['render', p, '-i', 'a=1,b=2,c=3,d=4,e=5,f=6,g=7,h=8,i=9,j=10']);
    expect(r.code).toBe(1);
    expect(r.text).toBe('');
    expect(r.stderr).toMatch(/^error: \S/);
    expect(r.stderr).not.toMatch(NO_STACK);
  });
});

describe('render: bad input exits 2 with one message and no stack', () => {
  const cases: [string, () => string[], string | RegExp][] = [
    ['a missing file', () => ['render', path.join(dir, 'nope.tmpl')], `error: ${path.join(dir, 'nope.tmpl')}: no such file\nhint: check the path`],
    [
      'a folder with no template in it',
      () => {
        mkdirSync(path.join(dir, 'adir'), { recursive: true });
        return ['render', path.join(dir, 'adir')];
      },
      `error: ${path.join(dir, 'adir', 'lilypad_module.json.tmpl')}: no such file\n`,
    ],
    ['a binary file', () => ['render', file('bin.tmpl', Uint8Array.from([1, 0, 2]))], /^error: .*bin\.tmpl: not a text template \(NUL byte/],
    ['a non-UTF-8 file', () => ['render', file('latin1.tmpl', Uint8Array.from([0x22, 0xe9, 0x22]))], /^error: .*latin1\.tmpl: not a text template \(invalid UTF-8/],
    [
      'a 50 MB template',
      () => {
        const p = path.join(dir, 'huge.tmpl');
        writeFileSync(p, '');
        truncateSync(p, 50 * 1024 * 1024);
        return ['render', p];
      },
      /^error: .*huge\.tmpl: 50 MiB is over the 8 MiB limit for a template\nhint: .*--max-size/,
    ],
    ['an unknown flag', () => ['render', example, '--nope'], "error: unknown flag: --nope\n"],
    ['an unknown shorthand', () => ['render', example, '-x'], "error: unknown shorthand flag: 'x' in -x\n"],
    [
      '-i without =',
      () => ['render', example, '-i', 'Message'],
      'error: invalid argument "Message" for "-i, --input" flag: Message must be formatted as key=value\n',
    ],
    [
      '-i with a bad CSV value',
      () => ['render', example, '-i', 'P=a=b, c'],
      'error: invalid argument "P=a=b, c" for "-i, --input" flag:  c must be formatted as key=value\n',
    ],
    ['-i with no value', () => ['render', example, '-i'], "error: flag needs an argument: 'i' in -i\n"],
    ['a bad module reference', () => ['render', example, '--module', 'github.com/o/r'], 'error: invalid module name format: github.com/o/r\n'],
    ['--module and --name', () => ['render', example, '--module', 'cowsay:v1', '--name', 'x'], 'error: --module and --name both set the template name; give one\n'],
    ['a bad --max-size', () => ['render', example, '--max-size', 'big'], 'error: invalid --max-size "big"\n'],
    ['no file', () => ['render'], 'error: render: missing <file|dir>\n'],
    ['two files', () => ['render', 'a', 'b'], 'error: render: expected one <file|dir>, got 2: a b\n'],
    ['a device', () => ['render', '/dev/zero'], 'error: /dev/zero: is a character device, not a regular file; only regular files are read\n'],
    ['an inputs file with a number', () => ['render', example, '--inputs-file', file('n.json', '{"Seed": 42}')], /^error: .*n\.json: input "Seed" must be a string, got a number\n/],
    ['an unknown command', () => ['rendr', example], 'error: unknown command "rendr" for "lilypad-module"\nhint: commands: validate, inputs, render, rewards, entries, dashboard, run\n'],
    ['an unknown top-level flag', () => ['--nope'], 'error: unknown flag: --nope\n'],
  ];

  test.each(cases)('%s', (_, argv, message) => {
    const r = cli(argv());
    expect(r.code).toBe(2);
    expect(r.text).toBe('');
    if (typeof message === 'string') expect(r.stderr.startsWith(message)).toBe(true);
    else expect(r.stderr).toMatch(message);
    expect(r.stderr).not.toMatch(NO_STACK);
  });

  test('a module folder means its lilypad_module.json.tmpl, as validate takes it', () => {
    const fromFolder = cli(['render', path.dirname(example), '-i', 'Message=from a folder']);
    expect(fromFolder.code).toBe(0);
    expect(fromFolder.stdout).toEqual(cli(['render', example, '-i', 'Message=from a folder']).stdout);
    expect(fromFolder.text).toContain('"from a folder"');
  });

  test('--max-size raises the cap', () => {
    const p = file('nine.tmpl', 'x'.repeat(9 * 1024 * 1024));
    expect(cli(['render', p]).code).toBe(2);
    const r = cli(['render', p, '--max-size', '10MiB']);
    expect(r.code).toBe(0);
    expect(r.stdout.length).toBe(9 * 1024 * 1024);
  });
});

describe('help, version, bugs', () => {
  test('--help lists the commands and flags', () => {
    for (const argv of [['--help'], ['-h'], ['help']]) {
      const r = cli(argv);
      expect(r.code).toBe(0);
      expect(r.text).toMatch(/Commands:\n(?: {2}\S+ .*\n)* {2}render +render a module template/);
      expect(r.text).toMatch(/--version/);
    }
  });

  test('render --help lists every flag', () => {
    for (const argv of [['render', '--help'], ['render', '-h'], ['help', 'render'], ['render', 'x', '-i', 'a=b', '-h']]) {
      const r = cli(argv);
      expect(r.code).toBe(0);
      for (const flag of ['-i, --input K=V', '--inputs-file FILE', '--module REF', '--name NAME', '--max-size SIZE', '-h, --help']) expect(r.text).toContain(flag);
    }
  });

  test('no arguments: usage on stderr, exit 2', () => {
    const r = cli([]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Usage:');
  });

  test('--version', () => {
    expect(cli(['--version'])).toMatchObject({ code: 0, text: `lilypad-module ${VERSION}\n` });
    expect(VERSION).toMatch(/^\d+\.\d+\.\d+/);
  });

  test('a bug prints its stack and exits 70', () => {
    let stderr = '';
    const term: Terminal = {
      stdout: () => {
        throw new TypeError('boom');
      },
      stderr: (t) => void (stderr += t),
      color: false,
    };
    expect(runCli(['render', example], term)).toBe(70);
    expect(stderr).toMatch(/internal error, this is a bug/);
    expect(stderr).toMatch(/TypeError: boom\n\s+at /);
  });

  test('renderCommand can be called on its own', () => {
    const out: string[] = [];
    const term: Terminal = { stdout: (c) => void out.push(Buffer.from(c).toString()), stderr: () => {}, color: false };
    expect(renderCommand([example, '-i', 'Message=x'], term)).toBe(0);
    expect(out.join('')).toContain('"x"');
  });

  test('colour: only on a TTY, and NO_COLOR turns it off', () => {
    expect(wantsColor(true, {})).toBe(true);
    expect(wantsColor(false, {})).toBe(false);
    expect(wantsColor(undefined, {})).toBe(false);
    expect(wantsColor(true, { NO_COLOR: '1' })).toBe(false);
    expect(wantsColor(true, { NO_COLOR: '' })).toBe(true);
  });
});
