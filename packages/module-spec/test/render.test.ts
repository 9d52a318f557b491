import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { parseModuleRef, templateName } from '../src/module-ref';
import { encodeInputs, lilypadRenderError, renderLilypad, type RenderResult } from '../src/render';

const repoRoot = fileURLToPath(new URL('../../..', import.meta.url));
const corpus = path.resolve(repoRoot, 'test/fixtures/corpus');

const render = (text: string, inputs: Record<string, string> = {}, name = 't'): RenderResult => renderLilypad({ text, name, inputs });

// Expected results are Go 1.23's, from text/template with Lilypad's subst and JSON-encoded inputs.
describe('renderLilypad', () => {
  test.each<[string, Record<string, string>, string]>([
    ['[{{ .Message }}]', { Message: 'moo' }, '["moo"]'],
    ['[{{ .Message }}]', {}, '[<no value>]'],
    // the JSON encoding `""` of an empty input is a non-empty string: `if` is true
    ['[{{if .Message}}{{.Message}}{{else}}"dflt"{{end}}]', { Message: '' }, '[""]'],
    ['[{{if .Message}}{{.Message}}{{else}}"dflt"{{end}}]', {}, '["dflt"]'],
    ['[{{ .Message }}]', { Message: '<b>&"x"\n\u2028' }, '["\\u003cb\\u003e\\u0026\\"x\\"\\n\\u2028"]'],
    // subst decodes its arguments and returns the text unescaped
    ['["{{ subst "PROMPT=%s" .Prompt }}"]', { Prompt: 'a "cat" <&>' }, '["PROMPT=a "cat" <&>"]'],
    ['"INPUT={{ js .input }}"', { input: "it's" }, `"INPUT=\\"it\\'s\\""`],
    ['"INPUT={{ js .input }}"', {}, '"INPUT=\\u003Cno value\\u003E"'],
    ['{{ index . "my-key" }}', { 'my-key': 'v' }, '"v"'],
    ['{{ subst "%s|%s" "null" " \\"x\\" " }}', {}, '|x'],
    ['{{ subst "%d %s" .A }}', { A: 'x' }, '%!d(string=x) %!s(MISSING)'],
    ['{{ subst "%s" .A .B }}', { A: 'x', B: 'y' }, 'x%!(EXTRA string=y)'],
    ['{{ or .Message "\\"dflt\\"" }}', {}, '"dflt"'],
  ])('%s %j', (text, inputs, output) => {
    expect(render(text, inputs)).toEqual({ ok: true, output });
  });

  test.each<[string, Record<string, string>, RenderResult]>([
    [
      'abc{{ subst "P=%s" "abc" }}',
      {},
      { ok: false, phase: 'exec', message: 'template: t:1:6: executing "t" at <subst "P=%s" "abc">: error calling subst: subst: invalid input', output: 'abc' },
    ],
    [
      '"{{ subst "P=%s" .Prompt }}"',
      {},
      { ok: false, phase: 'exec', message: 'template: t:1:17: executing "t" at <.Prompt>: invalid value; expected string', output: '"' },
    ],
    [
      '{{ subst }}',
      {},
      { ok: false, phase: 'exec', message: 'template: t:1:3: executing "t" at <subst>: wrong number of args for subst: want at least 1 got 0', output: '' },
    ],
    ['{\n  "x": {{ default .X "y" }}\n}', {}, { ok: false, phase: 'parse', message: 'template: t:2: function "default" not defined' }],
    ['{{ .Message', {}, { ok: false, phase: 'parse', message: 'template: t:1: unclosed action' }],
  ])('%s fails', (text, inputs, result) => {
    expect(render(text, inputs)).toEqual(result);
  });

  test('errors carry the template name Lilypad gives the template', () => {
    const name = templateName(parseModuleRef('cowsay:v0.0.4'));
    expect(render('line1\n{{ subst "%s" 1 }}', {}, name)).toEqual({
      ok: false,
      phase: 'exec',
      message: `template: ${name}:2:14: executing "${name}" at <1>: expected string; found 1`,
      output: 'line1\n',
    });
  });

  test('cowsay v0.0.4 renders its Message as a JSON string in Entrypoint', () => {
    const text = readFileSync(path.join(corpus, 'templates/Lilypad-Tech__lilypad-module-cowsay__v0.0.4.json.tmpl'), 'utf8');
    const action = /\{\{if \.Message\}\}.*\{\{end\}\}/.exec(text)![0];
    const result = render(text, { Message: 'hello "world"' });
    expect(result).toEqual({ ok: true, output: text.replace(action, '"hello \\"world\\""') });
    const job = JSON.parse((result as { output: string }).output);
    expect(job.job.Spec.Docker.Entrypoint).toEqual(['/usr/local/bin/cowsay', 'hello "world"']);
  });
});

describe('the corpus renders', () => {
  // INDEX of approximate outcomes: file, inputs referenced, outcome without inputs, outcome with every input "test".
  const rows = readFileSync(path.join(corpus, 'EXPECTED.approx.tsv'), 'utf8')
    .split('\n')
    .filter((l) => l && !l.startsWith('#') && !l.startsWith('file\t'))
    .map((l) => l.split('\t'));

  test('the table lists every template', () => {
    expect(rows.length).toBe(110);
  });

  test.each(rows.map((r) => [r[0]!, r[1]!.trim()]))('%s', (file, referenced) => {
    const text = readFileSync(path.join(corpus, 'templates', file), 'utf8');
    const inputs = Object.fromEntries(referenced.split(/\s+/).filter(Boolean).map((k) => [k, 'test']));
    const result = render(text, inputs, file);
    if (file === 'jamiebones__Spark-TTS-0.5B__v1.json.tmpl') {
      expect(result).toEqual({ ok: false, phase: 'parse', message: `template: ${file}:12: function "default" not defined` });
    } else {
      expect(result.ok).toBe(true);
    }
  });
});

describe('encodeInputs and lilypadRenderError', () => {
  test('encodeInputs JSON-encodes every value', () => {
    expect(encodeInputs({ a: 'x', b: '<' })).toEqual({ a: '"x"', b: '"\\u003c"' });
  });

  test('Lilypad wraps the template error and prints the encoded inputs sorted', () => {
    expect(lilypadRenderError({ ok: false, phase: 'parse', message: 'template: t:1: unclosed action' }, {})).toBe(
      'failed to parse template: template: t:1: unclosed action',
    );
    expect(lilypadRenderError({ ok: false, phase: 'exec', message: 'boom' }, { b: 'B', a: 'A' })).toBe(
      'error executing template: boom (inputs=map[a:"A" b:"B"])',
    );
    expect(lilypadRenderError({ ok: false, phase: 'exec', message: 'boom' }, {})).toBe('error executing template: boom (inputs=map[])');
  });
});
