// Input discovery from the template's syntax tree: which inputs a template reads, where, and
// whether every use is guarded (the template tests the input before using it).
import { describe, expect, test } from 'vitest';
import { discoverInputUses, summarizeUses, validateTemplate } from '../src/index';
import { RenderSession } from '../src/validate/render-session';

const uses = (text: string) => discoverInputUses(RenderSession.parse('module', text).tmpl);
const summary = (text: string) => summarizeUses(uses(text)).map((u) => [u.name, u.guarded] as const);

describe('discoverInputUses', () => {
  test.each([
    ['{{ .A }}', [['A', false]]],
    ['{{ $.B }}', [['B', false]]],
    ['{{ .A.Sub }}', [['A', false]]],
    ['{{ $.A.Sub }}', [['A', false]]],
    ['{{ index . "my-key" }}', [['my-key', false]]],
    ['{{ index $ "E" }}', [['E', false]]],
    ['{{ index . "k" "j" }}', [['k', false]]],
    ['{{ index .A "k" }}', [['A', false]]],
    ['{{ .A | js }} {{ js .B }} {{ subst "%s=%s" .C .D }}', [['A', false], ['B', false], ['C', false], ['D', false]]],
    ['{{ printf "%s" (print .A) }}', [['A', false]]],
    ['{{ $x := .A }}{{ $x }}', [['A', false]]],
    ['no actions at all', []],
    ['{{/* .Commented */}}', []],
    ['{{ "literal .NotAnInput" }}', []],
  ])('reads %s', (text, expected) => {
    expect(summary(text)).toEqual(expected);
  });

  test('a guard covers the test and the then-branch, not the else-branch', () => {
    expect(uses('{{ if .A }}{{ .A }}{{ else }}{{ .A }}{{ end }}').map((u) => u.guarded)).toEqual([true, true, false]);
    expect(summary('{{ if .A }}{{ .A }}{{ else }}"d"{{ end }}')).toEqual([['A', true]]);
    expect(summary('{{ if .A }}{{ .A }}{{ else }}{{ .A }}{{ end }}')).toEqual([['A', false]]);
  });

  test('`if not .X` guards the else branch, not the then branch', () => {
    expect(uses('{{ if not .A }}"d"{{ else }}{{ .A }}{{ end }}').map((u) => u.guarded)).toEqual([true, true]);
    expect(summary('{{ if not .A }}"d"{{ else }}{{ .A }}{{ end }}')).toEqual([['A', true]]);
    expect(summary('{{ if not .A }}{{ .A }}{{ end }}')).toEqual([['A', false]]);
    expect(summary('{{ if not (index . "a-b") }}"d"{{ else }}{{ index . "a-b" }}{{ end }}')).toEqual([['a-b', true]]);
  });

  test('guards: `if $.X`, `if index . "x"`, `with`, `or`, `and`', () => {
    expect(summary('{{ if $.A }}{{ $.A }}{{ end }}')).toEqual([['A', true]]);
    expect(summary('{{ if index . "a-b" }}{{ index . "a-b" }}{{ end }}')).toEqual([['a-b', true]]);
    expect(summary('{{ with .A }}{{ . }}{{ end }}')).toEqual([['A', true]]);
    expect(summary('{{ or .A "\\"d\\"" }}')).toEqual([['A', true]]);
    expect(summary('{{ if and .A .B }}{{ .A }}{{ .B }}{{ end }}')).toEqual([
      ['A', true],
      ['B', true],
    ]);
    // A guard on one input does not guard another.
    expect(summary('{{ if .A }}{{ .B }}{{ end }}')).toEqual([
      ['A', true],
      ['B', false],
    ]);
  });

  test('`with` and `range` move the dot off the inputs; `$` still reaches them', () => {
    expect(summary('{{ with .A }}{{ .Field }}{{ $.C }}{{ end }}')).toEqual([
      ['A', true],
      ['C', false],
    ]);
    expect(summary('{{ range .Items }}{{ .X }}{{ $.Y }}{{ end }}')).toEqual([
      ['Items', false],
      ['Y', false],
    ]);
    // Inside `with`, an `if` keeps the moved dot.
    expect(summary('{{ with .Z }}{{ if .A }}{{ .A }}{{ end }}{{ end }}')).toEqual([['Z', true]]);
    // The else-branch of `with` runs with the outer dot.
    expect(summary('{{ with .Z }}x{{ else }}{{ .A }}{{ end }}')).toEqual([
      ['Z', true],
      ['A', false],
    ]);
  });

  test('define/template/block: uses inside called templates count when the inputs are passed', () => {
    expect(summary('{{ define "t" }}{{ .P }}{{ end }}{{ template "t" . }}')).toEqual([['P', false]]);
    expect(summary('{{ define "t" }}{{ .P }}{{ end }}{{ template "t" $ }}')).toEqual([['P', false]]);
    // Called with another value, or none: its fields are not inputs; the argument is.
    expect(summary('{{ define "t" }}{{ .P }}{{ end }}{{ template "t" .X }}')).toEqual([['X', false]]);
    expect(summary('{{ define "t" }}{{ .P }}{{ end }}{{ template "t" }}')).toEqual([]);
    // `$` inside a called template is its own argument.
    expect(summary('{{ define "t" }}{{ $.P }}{{ end }}{{ template "t" .X }}')).toEqual([['X', false]]);
    expect(summary('{{ block "b" . }}{{ .Q }}{{ end }}')).toEqual([['Q', false]]);
    // A guard around the call guards the uses inside.
    expect(summary('{{ define "t" }}{{ .P }}{{ end }}{{ if .P }}{{ template "t" . }}{{ end }}')).toEqual([['P', true]]);
    // A template that calls itself terminates.
    expect(summary('{{ define "r" }}{{ .R }}{{ if .Stop }}{{ else }}{{ template "r" . }}{{ end }}{{ end }}{{ template "r" . }}')).toEqual([
      ['R', false],
      ['Stop', true],
    ]);
    // A define that is never called reads nothing.
    expect(summary('{{ define "unused" }}{{ .U }}{{ end }}x')).toEqual([]);
  });

  test('offsets point at the use in the template text', () => {
    const text = '{\n  "a": {{ .A }},\n  "b": {{ index . "b" }}\n}';
    const found = uses(text);
    expect(found.map((u) => text.slice(u.offset, u.offset + 3))).toEqual(['.A ', '"b"']);
  });

  test('offsets of chained fields and `$.X` point at their first character', () => {
    const text = '{{ .A.B.C }} {{ $.D.E }} {{ $.F }}';
    expect(uses(text).map((u) => text.slice(u.offset).split(' ')[0])).toEqual(['.A.B.C', '$.D.E', '$.F']);
  });

  test('in corpus idioms (format doc §3.4), and in a validation report', () => {
    const text = `[
      {{ if .Prompt }}"{{ subst "PROMPT=%s" .Prompt }}",{{ end }}
      "SEED={{ js .Seed }}",
      {{ if .Steps }}{{ .Steps }}{{ else }}"50"{{ end }},
      {{ index . "my-key" }}
    ]`;
    expect(summary(text)).toEqual([
      ['Prompt', true],
      ['Seed', false],
      ['Steps', true],
      ['my-key', false],
    ]);
    const r = validateTemplate({ file: 't', text: `{"job": {"Spec": {"Docker": {"Entrypoint": ${text}}}}}` });
    expect(r.inputs.map((i) => [i.name, i.guarded, i.at.line])).toEqual([
      ['Prompt', true, 2],
      ['Seed', false, 3],
      ['Steps', true, 4],
      ['my-key', false, 5],
    ]);
  });
});
