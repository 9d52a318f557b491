// The engine's own API and its guards against runaway input. Output fidelity to Go is proven by
// the differential tests in test/differential; these cover what Go does not have or does not test.
import { describe, expect, it } from 'vitest';
import {
  ExecError, LimitError, ParseError, T, Template, TemplateError, fromJSON, goFunc, sliceOf, stringMap,
} from '@lilypad-actions/gotemplate';

function render(src: string, data: Parameters<Template['execute']>[0] = null): string {
  return new Template('t').parse(src).execute(data);
}

describe('Template API', () => {
  it('rejects unknown options the way Go panics', () => {
    expect(() => new Template('t').option('missingkey=maybe')).toThrow('unrecognized option: missingkey=maybe');
    expect(() => new Template('t').option('')).toThrow('empty option string');
  });

  it('applies missingkey options', () => {
    const data = fromJSON({ a: 1 });
    expect(new Template('t').option('missingkey=default').parse('{{.b}}').execute(data)).toBe('<no value>');
    // The zero interface{} is dug out of the pipeline as an invalid value, but print sees a nil.
    expect(new Template('t').option('missingkey=zero').parse('{{.b}}').execute(data)).toBe('<no value>');
    expect(new Template('t').option('missingkey=zero').parse('{{print .b}}').execute(data)).toBe('<nil>');
    expect(() => new Template('t').option('missingkey=error').parse('{{.b}}').execute(data)).toThrow(
      'template: t:1:2: executing "t" at <.b>: map has no entry for key "b"',
    );
  });

  it('validates function names and signatures', () => {
    const ok = goFunc([T.string], [T.string], (s) => s);
    expect(() => new Template('t').funcs({ 'bad-name': ok })).toThrow('function name "bad-name" is not a valid identifier');
    const none = goFunc([], [], () => undefined);
    expect(() => new Template('t').funcs({ f: none })).toThrow(`can't install method/function "f" with 0 results`);
  });

  it('knows custom functions only when they are added before parsing', () => {
    expect(() => new Template('t').parse('{{ up "x" }}')).toThrow('template: t:1: function "up" not defined');
    const up = goFunc([T.string], [T.string], (s) => (s as string).toUpperCase());
    expect(new Template('t').funcs({ up }).parse('{{ up "x" }}').execute(null)).toBe('X');
  });

  it('passes variadic string arguments and reports a thrown GoError as Go does', () => {
    const join = goFunc([sliceOf(T.string)], [T.string], (...xs) => xs.join('+'), true);
    expect(new Template('t').funcs({ join }).parse('{{ join "a" "b" "c" }}').execute(null)).toBe('a+b+c');
  });

  it('keeps define blocks as associated templates and runs them by name', () => {
    const t = new Template('main').parse('{{define "a"}}A{{.}}{{end}}main');
    expect(t.execute(null)).toBe('main');
    expect(t.executeTemplate('a', 'x')).toBe('Ax');
    expect(() => t.executeTemplate('zz', null)).toThrow('template: no template "zz" associated with template "main"');
    expect(t.definedTemplates()).toMatch(/^; defined templates are: /);
  });

  it('does not let an empty redefinition replace a template body', () => {
    const t = new Template('main').parse('{{define "a"}}A{{end}}');
    t.parse('{{define "a"}}  {{end}}');
    expect(t.executeTemplate('a', null)).toBe('A');
    t.parse('{{define "a"}}B{{end}}');
    expect(t.executeTemplate('a', null)).toBe('B');
  });

  it('honours custom delimiters', () => {
    expect(new Template('t').delims('<<', '>>').parse('<<.X>> {{.X}}').execute(stringMap({ X: 'v' }))).toBe('v {{.X}}');
  });

  it('says an unparsed template is incomplete', () => {
    expect(() => new Template('t').execute(null)).toThrow('template: t: "t" is an incomplete or empty template');
  });

  it('classifies errors as parse or exec errors, both TemplateErrors', () => {
    const parse = (() => {
      try {
        render('{{ .X');
      } catch (e) {
        return e;
      }
    })();
    expect(parse).toBeInstanceOf(ParseError);
    expect(parse).toBeInstanceOf(TemplateError);
    expect((parse as TemplateError).kind).toBe('parse');
    try {
      render('ab{{ nil }}');
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(ExecError);
      expect((e as ExecError).kind).toBe('exec');
      expect((e as ExecError).output).toBe('ab');
    }
  });
});

describe('guards against runaway templates', () => {
  it('turns unbounded recursion into Go\'s depth error instead of a crash', () => {
    const src = '{{define "x"}}{{template "x" .}}{{end}}{{template "x" .}}';
    expect(() => render(src)).toThrow('template: t:1:25: executing "x" at <{{template "x" .}}>: exceeded maximum template depth (100000)');
  });

  it('stops an exponential fan-out of template calls at the step limit', () => {
    const levels = Array.from({ length: 12 }, (_, i) => `{{define "l${i}"}}${`{{template "l${i + 1}"}}`.repeat(10)}{{end}}`);
    const src = `${levels.join('')}{{define "l12"}}{{end}}{{template "l0"}}`;
    const t = new Template('t').parse(src);
    expect(() => t.execute(null, { maxSteps: 100_000, maxOutput: 1 << 20 })).toThrow(LimitError);
    expect(() => t.execute(null, { maxSteps: 100_000, maxOutput: 1 << 20 })).toThrow('template: t: execution exceeded 100000 steps');
  });

  it('stops output growth at the output limit', () => {
    const src = '{{define "a"}}xxxxxxxxxx{{end}}{{range .}}{{template "a"}}{{end}}';
    const data = fromJSON(Array.from({ length: 1000 }, () => 0));
    expect(() => new Template('t').parse(src).execute(data, { maxSteps: 1e9, maxOutput: 5000 })).toThrow(
      'template: t: output exceeds 5000 characters',
    );
  });

  it('rejects absurdly deep nesting with an error, not a stack overflow', () => {
    const depth = 100_000;
    const src = `{{ ${'('.repeat(depth)}1${')'.repeat(depth)} }}`;
    expect(() => render(src)).toThrow(ParseError);
    expect(() => render(src)).toThrow('template: t: actions nested too deeply to parse');
  });

  it('reports range over an integer with Go 1.23\'s error (range-over-int came in Go 1.24)', () => {
    expect(() => render('{{range 100000000000}}x{{end}}')).toThrow(
      'template: t:1:8: executing "t" at <100000000000>: range can\'t iterate over 100000000000',
    );
  });
});
