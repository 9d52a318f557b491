// validateTemplate: load verdicts as Lilypad's, and every finding at the template line and column
// that causes it (parse errors at Go's line, exec errors at Go's line:col, JSON errors mapped
// from the rendered text back through the render's source map).
import { describe, expect, test } from 'vitest';
import { splitGoPosition, validateTemplate, type Finding, type ValidationReport } from '../src/index';
import { cleanModule, onlyFinding } from './modules';

const validate = (text: string, inputSets?: Record<string, string>[], extra: { name?: string; strict?: boolean } = {}): ValidationReport =>
  validateTemplate({ file: 'mod/lilypad_module.json.tmpl', text, ...(inputSets ? { inputSets } : {}), ...extra });

/** The text at a finding's start. */
const textAt = (text: string, f: Finding, n = 1): string => text.split('\n')[f.start.line - 1]!.slice(f.start.column - 1, f.start.column - 1 + n);

const only = onlyFinding;

/** A module that validates with no findings at all, to vary. */
const CLEAN = cleanModule({ entrypoint: '"echo", {{ if .Message }}{{ .Message }}{{ else }}"hi"{{ end }}' });

describe('a clean module', () => {
  test('has no findings, loads, and reports its input and image', () => {
    const r = validate(CLEAN);
    expect(r.findings).toEqual([]);
    expect(r.valid).toBe(true);
    expect(r.loads).toEqual([{ inputs: { Message: 'lilypad' }, outcome: 'ok' }]);
    expect(r.inputs.map((i) => [i.name, i.guarded, i.optional, i.at.line])).toEqual([['Message', true, true, 7]]);
    expect(CLEAN.split('\n')[6]!.slice(r.inputs[0]!.at.column - 1)).toMatch(/^\.?Message }}/);
    expect(r.image).toBe(`busybox@sha256:${'0'.repeat(64)}`);
    expect(r.file).toBe('mod/lilypad_module.json.tmpl');
  });

  test('one verdict per input set, in order', () => {
    const r = validate(CLEAN, [{}, { Message: 'x' }, { Message: '' }]);
    expect(r.loads.map((l) => [l.inputs, l.outcome])).toEqual([
      [{}, 'ok'],
      [{ Message: 'x' }, 'ok'],
      [{ Message: '' }, 'ok'],
    ]);
  });
});

describe('template parse errors', () => {
  test('at the line Go reports, with Lilypad\'s error as the verdict', () => {
    const text = '{\n  "a": 1,\n  "b": {{ .A }\n}';
    const r = validate(text);
    const f = only(r, 'template-parse');
    expect(f.start).toEqual({ line: 3, column: 1 });
    expect(f.message).toBe('unexpected "}" in operand');
    expect(f.severity).toBe('error');
    expect(r.valid).toBe(false);
    expect(r.loads).toEqual([{ inputs: {}, outcome: 'parse-error', error: 'failed to parse template: template: mod/lilypad_module.json.tmpl:3: unexpected "}" in operand' }]);
    expect(r.inputs).toEqual([]);
  });

  test('the template name Lilypad uses appears in the verdict, not in the finding', () => {
    const name = 'https://github.com/o/r-/lilypad_module.json.tmpl-v1';
    const r = validate('{{ if .A }}', undefined, { name });
    expect(r.loads[0]!.error).toBe(`failed to parse template: template: ${name}:1: unexpected EOF`);
    expect(only(r, 'template-parse').message).toBe('unexpected EOF');
  });

  test('an undefined function is unsupported-function, at its line', () => {
    const r = validate('{\n\n  "b": {{ .A | default "x" }}\n}');
    const f = only(r, 'unsupported-function');
    expect(f.start.line).toBe(3);
    expect(f.message).toBe('function "default" not defined');
  });
});

describe('template exec errors', () => {
  test("at Go's line and byte column, converted to characters", () => {
    const text = '{\n  "description": "é🐸 {{ subst "P=%s" .Prompt }}"\n}';
    const r = validate(text, [{}]);
    const f = only(r, 'template-exec');
    expect(textAt(text, f, 7)).toBe('.Prompt');
    expect(f.message).toBe('executing "mod/lilypad_module.json.tmpl" at <.Prompt>: invalid value; expected string');
    expect(f.inputs).toEqual({});
    expect(r.loads[0]).toEqual({
      inputs: {},
      outcome: 'exec-error',
      // Go's column counts bytes: é is 2, 🐸 is 4.
      error: 'error executing template: template: mod/lilypad_module.json.tmpl:2:41: executing "mod/lilypad_module.json.tmpl" at <.Prompt>: invalid value; expected string (inputs=map[])',
    });
  });

  test('the output limit of a validation render is an exec error, not a crash', () => {
    const r = validate('{{ define "a" }}xxxxxxxxxxxxxxxx{{ end }}{{ define "b" }}' + '{{ template "a" }}'.repeat(1024) + '{{ end }}{{ define "c" }}' + '{{ template "b" }}'.repeat(1024) + '{{ end }}{{ define "d" }}' + '{{ template "c" }}'.repeat(8) + '{{ end }}"{{ template "d" }}"');
    expect(r.loads[0]!.outcome).toBe('exec-error');
    expect(only(r, 'template-exec').message).toMatch(/output exceeds|exceeded \d+ steps/);
  });
});

describe('JSON errors, mapped back to the template', () => {
  test('a syntax error in literal text: at the exact character', () => {
    const text = '{\n  "machine": {\n    "cpu": 1,\n  }\n}';
    const r = validate(text);
    const f = only(r, 'json-syntax');
    expect(f.start).toEqual({ line: 4, column: 3 });
    expect(textAt(text, f)).toBe('}');
    expect(f.message).toBe("The rendered module does not decode: invalid character '}' looking for beginning of object key string.");
    expect(r.loads[0]!.error).toBe("error unmarshalling resulting JSON: invalid character '}' looking for beginning of object key string");
  });

  test('a syntax error in what an action printed: at the action', () => {
    const text = '{\n  "job": {{ .Job }}\n}';
    const f = only(validate(text, [{}]), 'json-syntax');
    expect(textAt(text, f, 2)).toBe('{{');
    expect(f.start.line).toBe(2);
  });

  test('a syntax error after a multi-line action output: on the template line, not the output line', () => {
    const text = '{{ define "m" }}{\n"a": 1,\n"b": 2\n}{{ end }}[\n{{ template "m" }},\n]';
    const f = only(validate(text), 'json-syntax');
    expect(f.start.line).toBe(6);
    expect(textAt(text, f)).toBe(']');
  });

  test('a type error: at the offending value', () => {
    const text = '{\n  "machine": {"gpu": "1"}\n}';
    const f = only(validate(text), 'json-type');
    expect(textAt(text, f, 3)).toBe('"1"');
    expect(f.message).toBe('The rendered module does not decode: json: cannot unmarshal string into Go struct field MachineSpec.machine.gpu of type int.');
    expect(f.pointer).toBe('/machine/gpu');
  });

  test('a type error inside an array: the pointer has the index', () => {
    const text = '{"job": {"Spec": {"Outputs": [{"Name": "outputs"}, {"Name": 7}]}}}';
    expect(only(validate(text), 'json-type').pointer).toBe('/job/Spec/Outputs/1/Name');
  });
});

describe('findings on the decoded module', () => {
  test('lint and schema findings carry the template position and the JSON pointer', () => {
    const text = CLEAN.replace('"gpu": 0', '"gpu": 1, "vram": 8000').replace('"Timeout": 600', '"Timeout": 9000');
    const r = validate(text);
    const byRule = Object.fromEntries(r.findings.map((f) => [f.rule, f]));
    // The misplaced VRAM is the GPU finding that says what is wrong: no gpu-without-vram besides it.
    expect(Object.keys(byRule).sort()).toEqual(['gpu-mismatch', 'misplaced-key', 'timeout-over-cap']);
    expect(byRule['misplaced-key']!.pointer).toBe('/machine/vram');
    expect(textAt(text, byRule['misplaced-key']!, 6)).toBe('"vram"');
    expect(byRule['timeout-over-cap']!.pointer).toBe('/job/Spec/Timeout');
    expect(textAt(text, byRule['timeout-over-cap']!, 9)).toBe('"Timeout"');
    expect(r.valid).toBe(false);
  });

  test('inside a branch: at the template text that wrote it', () => {
    const text = CLEAN.replace('"Timeout": 600', '{{ if .Long }}"Timeout": 9000{{ else }}"Timeout": 600{{ end }}');
    const r = validate(text, [{ Long: 'yes' }]);
    const f = only(r, 'timeout-over-cap');
    expect(textAt(text, f, 14)).toBe('"Timeout": 900');
  });

  test('content is checked on the first input set that loads', () => {
    const text = CLEAN.replace('"Timeout": 600', '"Timeout": {{ if .T }}9000{{ else }}600{{ end }}');
    expect(validate(text, [{ Message: '"', T: 'x' }]).findings.map((f) => f.rule)).toContain('timeout-over-cap');
    expect(validate(text, [{}]).findings.map((f) => f.rule)).not.toContain('timeout-over-cap');
  });

  test('strict makes warnings fail', () => {
    const text = CLEAN.replace(`busybox@sha256:${'0'.repeat(64)}`, 'busybox:1.36');
    expect(validate(text).valid).toBe(true);
    expect(validate(text, undefined, { strict: true }).valid).toBe(false);
  });

  test('findings are sorted by position and deduplicated per rule and place', () => {
    const text = CLEAN.replace('"Memory": "100Mb"', '"Memory": "100"').replace('"ram": 100', '"ram": 100, "extra": 1, "more": 2');
    const r = validate(text, [{}, { Message: 'x' }]);
    const positions = r.findings.map((f) => f.start.line * 1000 + f.start.column);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    expect(r.findings.map((f) => f.rule)).toEqual(['unknown-key', 'unknown-key', 'memory-too-small']);
  });
});

describe('inputs', () => {
  test('required: the module fails without it; the finding names it and the error', () => {
    const text = CLEAN.replace('{{ if .Message }}{{ .Message }}{{ else }}"hi"{{ end }}', '{{ .Message }}');
    const r = validate(text);
    expect(r.inputs.map((i) => [i.name, i.optional, i.guarded])).toEqual([['Message', false, false]]);
    const f = only(r, 'input-required');
    expect(f.message).toBe("Input `Message` is required: without it Lilypad fails (error unmarshalling resulting JSON: invalid character '<' looking for beginning of value).");
    expect(f.inputs).toEqual({});
    expect(f.severity).toBe('warning');
  });

  test('an unguarded `js` input is optional: `<no value>` is valid inside a JSON string (format doc §3.3)', () => {
    const text = CLEAN.replace('"Entrypoint"', '"EnvironmentVariables": ["INPUT={{ js .input }}"],\n        "Entrypoint"');
    const r = validate(text);
    expect(r.inputs.find((i) => i.name === 'input')).toMatchObject({ optional: true, guarded: false });
  });
});

describe('splitGoPosition', () => {
  test.each([
    ['template: t:3: unexpected EOF', 't', [3, 'unexpected EOF', undefined]],
    ['template: t:3:14: executing "t" at <.X>: boom', 't', [3, 'executing "t" at <.X>: boom', 14]],
    ['template: a:b:7: x', 'a:b', [7, 'x', undefined]],
    ['something else', 't', [undefined, 'something else', undefined]],
  ])('%s', (message, name, expected) => {
    expect(splitGoPosition(message, name)).toEqual(expected);
  });
});
