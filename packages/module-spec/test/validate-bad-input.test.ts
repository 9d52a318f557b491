// Bad input (issue 3): templates that render to something that is not a module, huge or deeply
// nested documents, and inputs with every kind of escape. Each gives findings, never a crash.
// Sizes are real (50 MB, Go's nesting limit); nothing here asserts on time.
import { describe, expect, test } from 'vitest';
import { ALL_RULES, validateTemplate, type ValidationReport } from '../src/index';

const SLOW = 120_000;
const KNOWN_RULES = new Set(ALL_RULES.map((r) => r.id));

function validate(text: string, inputSets?: Record<string, string>[]): ValidationReport {
  const r = validateTemplate({ file: 't.tmpl', text, ...(inputSets ? { inputSets } : {}) });
  // Whatever the input: well-formed findings at real positions, with known rules.
  const lines = text.split('\n');
  for (const f of r.findings) {
    expect(KNOWN_RULES.has(f.rule), f.rule).toBe(true);
    expect(f.start.line).toBeGreaterThanOrEqual(1);
    expect(f.start.line).toBeLessThanOrEqual(lines.length);
    expect(f.start.column).toBeGreaterThanOrEqual(1);
    expect(f.start.column).toBeLessThanOrEqual(lines[f.start.line - 1]!.length + 1);
    expect(f.message.length).toBeGreaterThan(0);
  }
  return r;
}

const outcome = (r: ValidationReport): string[] => r.loads.map((l) => l.outcome);
const ruleIds = (r: ValidationReport): string[] => r.findings.map((f) => f.rule);

describe('renders that are not a module', () => {
  test.each([
    ['plain text', 'hello', 'json-syntax', "invalid character 'h' looking for beginning of value"],
    ['nothing', '', 'json-syntax', 'unexpected end of JSON input'],
    ['white space', ' \n\t ', 'json-syntax', 'unexpected end of JSON input'],
    ['a JSON array', '[{"machine": {}}]', 'json-type', 'json: cannot unmarshal array into Go value of type data.Module'],
    ['a JSON string', '"module"', 'json-type', 'json: cannot unmarshal string into Go value of type data.Module'],
    ['a number', '42', 'json-type', 'json: cannot unmarshal number into Go value of type data.Module'],
    ['two documents', '{} {}', 'json-syntax', "invalid character '{' after top-level value"],
    ['a comment', '// module\n{}', 'json-syntax', "invalid character '/' looking for beginning of value"],
    ['YAML', 'machine:\n  gpu: 1\n', 'json-syntax', "invalid character 'm' looking for beginning of value"],
    ['an unguarded input alone', '{{ .Module }}', 'json-syntax', "invalid character '<' looking for beginning of value"],
  ])('%s', (_, text, rule, message) => {
    const r = validate(text, [{}]);
    expect(outcome(r)).toEqual(['json-error']);
    expect(r.loads[0]!.error).toBe(`error unmarshalling resulting JSON: ${message}`);
    expect(ruleIds(r)).toContain(rule);
    expect(r.valid).toBe(false);
  });

  test('`null` decodes (to an all-zero module, as in Go) and is then reported', () => {
    const r = validate('null');
    expect(outcome(r)).toEqual(['ok']);
    expect(r.findings.map((f) => [f.rule, f.message])).toEqual([['image-missing', 'The module is null, which Lilypad decodes to an empty module: there is no image to run.']]);
    expect(r.valid).toBe(false);
  });

  test('`{}` decodes and has no image', () => {
    const r = validate('{}');
    expect(outcome(r)).toEqual(['ok']);
    expect(ruleIds(r)).toEqual(['image-missing']);
  });
});

describe('size and depth', () => {
  // A small template that renders 50 MB: 1,600 characters × 32 × 32 × 32 through nested calls.
  const chunk = 'x'.repeat(1600);
  const defines =
    `{{ define "a" }}${chunk}{{ end }}` +
    `{{ define "b" }}${'{{ template "a" }}'.repeat(32)}{{ end }}` +
    `{{ define "c" }}${'{{ template "b" }}'.repeat(32)}{{ end }}` +
    `{{ define "d" }}${'{{ template "c" }}'.repeat(32)}{{ end }}`;

  test(
    'a 50 MB module',
    () => {
      const r = validate(`${defines}{"description": "{{ template "d" }}", "job": {"Spec": {"Docker": {"Image": "busybox"}}}}`);
      expect(outcome(r)).toEqual(['ok']);
      expect(r.image).toBe('busybox');
    },
    SLOW,
  );

  test(
    'a 50 MB document that is not JSON: the error points into the template',
    () => {
      const text = `${defines}{"description": "{{ template "d" }}"\n,}`;
      const r = validate(text);
      expect(outcome(r)).toEqual(['json-error']);
      const f = r.findings.find((x) => x.rule === 'json-syntax')!;
      expect(f.start).toEqual({ line: 2, column: 2 });
    },
    SLOW,
  );

  test(
    'a 50 MB input value',
    () => {
      const r = validate('{"description": {{ .D }}}', [{ D: 'y'.repeat(50_000_000) }]);
      expect(outcome(r)).toEqual(['ok']);
    },
    SLOW,
  );

  test(
    'output past the validator\'s render limit is an exec error finding',
    () => {
      const text = `${defines}{{ define "e" }}${'{{ template "d" }}'.repeat(32)}{{ end }}{"description": "{{ template "e" }}"}`;
      const r = validate(text);
      expect(outcome(r)).toEqual(['exec-error']);
      expect(ruleIds(r)).toEqual(['template-exec']);
    },
    SLOW,
  );

  test('nesting up to Go\'s limit (10,000) loads; one more level does not', () => {
    // The document's own object is one level.
    const ok = validate(`{"extra": ${'['.repeat(9999)}${']'.repeat(9999)}}`);
    expect(outcome(ok)).toEqual(['ok']);
    expect(ruleIds(ok).sort()).toEqual(['image-missing', 'unknown-key']);
    const deep = validate(`{"extra": ${'['.repeat(10000)}${']'.repeat(10000)}}`);
    expect(deep.loads[0]!.error).toBe("error unmarshalling resulting JSON: invalid character '[' exceeded max depth");
    expect(ruleIds(deep)).toEqual(['json-syntax']);
  });

  test('deep documents in free-form fields (PublisherSpec.Params) and under typed fields', () => {
    const params = validate(`{"job": {"Spec": {"PublisherSpec": {"Params": {"x": ${'{"a":'.repeat(9990)}1${'}'.repeat(9990)}}}}}}`);
    expect(outcome(params)).toEqual(['ok']);
    const typed = validate(`{"job": {"Spec": {"Docker": {"Entrypoint": ${'['.repeat(5000)}${']'.repeat(5000)}}}}}`);
    expect(typed.loads[0]!.error).toMatch(/^error unmarshalling resulting JSON: json: cannot unmarshal array into Go struct field JobSpecDocker\.job\.Spec\.Docker\.Entrypoint of type string$/);
  });

  test('deeply nested template actions', () => {
    const r = validate(`{"description": ${'{{ if .A }}'.repeat(1000)}"x"${'{{ end }}'.repeat(1000)}}`);
    expect(outcome(r)).toEqual(['ok']);
    expect(r.inputs.map((i) => [i.name, i.guarded, i.optional])).toEqual([['A', true, false]]);
    // Deeper than the JavaScript stack allows: the engine's one documented difference from Go
    // (Go would parse it). A finding, not a crash.
    const deeper = validate(`{"description": ${'{{ if .A }}'.repeat(100_000)}"x"${'{{ end }}'.repeat(100_000)}}`);
    expect(outcome(deeper)).toEqual(['parse-error']);
    expect(deeper.findings.map((f) => [f.rule, f.message])).toEqual([['template-parse', 'template: t.tmpl: actions nested too deeply to parse']]);
  });
});

describe('inputs with every kind of escape', () => {
  // Every idiom real modules use (format doc §3.4), each reading its own input.
  const text = `{
  "machine": { "gpu": 0, "cpu": 1000, "ram": 100 },
  "job": { "APIVersion": "V1beta1", "Spec": {
    "Docker": {
      "Entrypoint": ["run", {{ .Raw }}, {{ if .Guarded }}{{ .Guarded }}{{ else }}"d"{{ end }}, "{{ .Quoted }}", {{ index . "odd key" }}],
      "EnvironmentVariables": [
        "JS={{ .Js | js }}",
        {{ if .Subst }}"{{ subst "S=%s" .Subst }}"{{ else }}"S="{{ end }},
        "P={{ printf "%s" .Printf }}",
        "H={{ html .Html }}", "U={{ urlquery .Url }}", "Q={{ printf "%q" .GoQuoted }}"
      ],
      "Image": "busybox"
    },
    "Outputs": [{ "Name": "outputs", "Path": "/outputs" }], "Timeout": 600 } }
}`;
  const names = ['Raw', 'Guarded', 'Quoted', 'odd key', 'Js', 'Subst', 'Printf', 'Html', 'Url', 'GoQuoted'];
  const controls = Array.from({ length: 32 }, (_, i) => String.fromCharCode(i)).join('');
  const values = [
    controls,
    '\u007f\u0080\u009f',
    '"\\\'`',
    '\\"',
    '\\u0022 \\n \\\\',
    '\u2028\u2029',
    '\ufeffbom',
    '\ud800 lone high',
    'lone low \udfff',
    '🐸\u{10ffff}',
    '</script><!-- & -->',
    '{{ .Raw }}',
    '}}{{',
    '%s %d %!s(MISSING) %%',
    'a=b, c=d',
    '\0',
    '',
    ' ',
    'x'.repeat(1_000_000),
  ];

  test(
    'each value in each idiom: verdicts for every set, findings, no crash',
    () => {
      const sets = values.map((v) => Object.fromEntries(names.map((n) => [n, v])));
      const r = validate(text, sets);
      expect(r.loads).toHaveLength(values.length);
      expect(r.inputs.map((i) => i.name).sort()).toEqual([...names].sort());
      // The quoted raw input breaks every set: that is reported, at its line.
      expect(r.findings.some((f) => f.rule === 'quoted-raw-input' && f.start.line === 5)).toBe(true);
    },
    SLOW,
  );

  test(
    'one value at a time, with the others plain',
    () => {
      for (const v of values) {
        for (const n of names) {
          const set = Object.fromEntries(names.map((m) => [m, m === n ? v : 'plain']));
          const r = validate(text.replace('"{{ .Quoted }}"', '{{ .Quoted }}'), [set]);
          expect(r.loads).toHaveLength(1);
        }
      }
    },
    SLOW,
  );

  test('odd input names and template text', () => {
    const r = validate('\ufeff{\r\n  "description": {{ index . "" }},\r\n  "image": {{ index . "ключ 🐸" }}\u0000\r\n}', [{ '': 'empty name', 'ключ 🐸': 'v' }]);
    expect(r.inputs.map((i) => i.name)).toEqual(['', 'ключ 🐸']);
    expect(r.loads).toHaveLength(1);
  });
});
