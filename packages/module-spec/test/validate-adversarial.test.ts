// Injection hazards found by rendering with adversarial input values, for each idiom real modules
// use (format doc §3.4), on small modules and on the corpus templates that use them.
import { describe, expect, test } from 'vitest';
import { ADVERSARIAL_VALUES, validateTemplate, type ValidationReport } from '../src/index';
import { corpusTemplate } from './corpus';
import { cleanModule, onlyFinding } from './modules';

/** A clean module with `env` as its EnvironmentVariables and `args` appended to its Entrypoint. */
const module = ({ env = '', args = '' }: { env?: string; args?: string }): string =>
  cleanModule({ entrypoint: `"python", "/app/run.py"${args ? `, ${args}` : ''}`, env });

const validate = (text: string, inputSets?: Record<string, string>[]): ValidationReport => validateTemplate({ file: 't', text, ...(inputSets ? { inputSets } : {}) });
const rules = (r: ValidationReport): string[] => r.findings.map((f) => `${f.rule}:${f.severity}`);
const one = onlyFinding;

describe('escape-safe idioms: no findings', () => {
  test.each([
    ['a guarded default as a whole value', { args: '{{ if .Prompt }}{{ .Prompt }}{{ else }}"a cat"{{ end }}' }],
    ['a raw JSON value (cowsay, request, CIDs)', { args: '{{ if .request }}{{ .request }}{{ else }}"e30="{{ end }}' }],
    ['the whole env var as the input (2023 sdxl)', { env: '{{ if .PromptEnv }}{{ .PromptEnv }}{{ else }}"PROMPT=flying fish"{{ end }}' }],
    ['`or` with a quoted default', { args: '{{ or .Message "\\"moo\\"" }}' }],
    ['`index` for a non-identifier key', { args: '{{ if index . "my-key" }}{{ index . "my-key" }}{{ else }}"x"{{ end }}' }],
    ['the comma inside both branches', { args: '"--steps"{{ if .Steps }}, {{ .Steps }}{{ end }}' }],
  ])('%s', (_, parts) => {
    const r = validate(module(parts));
    expect(r.findings).toEqual([]);
    expect(r.valid).toBe(true);
  });
});

describe('hazards', () => {
  test('subst in a JSON string: a double quote breaks it; free text (a prompt), so an error', () => {
    const r = validate(module({ env: '{{ if .Prompt }}"{{ subst "PROMPT=%s" .Prompt }}"{{ else }}"PROMPT=a cat"{{ end }}' }));
    const f = one(r, 'subst-unescaped');
    expect(f.severity).toBe('error');
    expect(f.message).toBe(
      "Input `Prompt` with a value with a double quote breaks the module (a value its users will type: it reads free text): error unmarshalling resulting JSON: invalid character 'h' after array element",
    );
    expect(f.inputs).toEqual({ Prompt: 'say "hi"' });
    expect(r.valid).toBe(false);
  });

  test('js in a JSON string: an apostrophe breaks it; free text, so an error', () => {
    const r = validate(module({ env: '"PROMPT={{ .prompt | js }}"' }));
    const f = one(r, 'js-in-json');
    expect(f.severity).toBe('error');
    expect(f.message).toContain("with a value with an apostrophe breaks the module (a value its users will type: it reads free text): error unmarshalling resulting JSON: invalid character '\\'' in string escape code");
    expect(f.inputs).toEqual({ prompt: "it's" });
  });

  test.each([
    ['the name says so', '"X={{ js .question }}"', 'error'],
    ['the variable it fills says so', '"QUESTION={{ js .q }}"', 'error'],
    ['the argument before it says so', '"--prompt", "{{ js .p }}"', 'error'],
    ['create-lilypad-module\'s INPUT', '"INPUT={{ js .input }}"', 'error'],
    ['a numbered prompt', '"P={{ js .prompt2 }}"', 'error'],
    ['a JSON input (it always has quotes)', '{{ if .JSON }}"{{ subst "JSON=%s" .JSON }}"{{ end }}', 'error'],
    ['a seed', '"SEED={{ js .seed }}"', 'warning'],
    ['a model name', '{{ if .Model }}"{{ subst "MODEL=%s" .Model }}"{{ end }}', 'warning'],
    ['a CID', '"CID={{ js .cid }}"', 'warning'],
  ])('free text or not: %s → %s', (_, env, severity) => {
    const r = validate(module({ env }));
    const hazards = r.findings.filter((f) => f.rule === 'js-in-json' || f.rule === 'subst-unescaped');
    expect(hazards.map((f) => f.severity)).toEqual([severity]);
    expect(r.valid).toBe(severity !== 'error');
  });

  test('one finding per input and rule, however many values break it', () => {
    const r = validate(module({ env: '"A={{ js .seed }}", "B={{ js .seed }}", "C={{ printf "%s" "x" }}"' }));
    const js = r.findings.filter((f) => f.rule === 'js-in-json');
    // Two actions read the input: one finding each (they are two places to fix), not one per value.
    expect(js).toHaveLength(2);
    expect(js.every((f) => f.severity === 'warning')).toBe(true);
  });

  test('an author\'s sample input that breaks is a load failure, whatever the input', () => {
    const r = validate(module({ env: '"SEED={{ js .seed }}"' }), [{ seed: "it's" }]);
    expect(r.verdict.loads).toBe(false);
    expect(r.valid).toBe(false);
    expect(rules(r)).toEqual(['json-syntax:error']);
  });

  test('js that the adversarial renders do not reach: still a warning about the quotes', () => {
    const r = validate(module({ env: '{{ if .Debug }}"P={{ js .P }}"{{ else }}"P=x"{{ end }}' }), [{ P: 'x' }]);
    expect(rules(r)).toEqual(['js-in-json:warning']);
    expect(r.findings[0]!.message).toBe('`js` re-escapes input `P`, which is already JSON-encoded: the container receives it with literal quotes, and an apostrophe makes the JSON invalid.');
  });

  test('quotes around a bare input: every value breaks it, reported once by the finding that explains it', () => {
    const r = validate(module({ args: '"{{ .Prompt }}"' }));
    expect(rules(r)).toEqual(['quoted-raw-input:error']);
    expect(one(r, 'quoted-raw-input').message).toBe(
      "Input `Prompt` is printed inside quotes, but it reaches the template already JSON-encoded with its own quotes, so Lilypad fails: invalid character 'l' after array element.",
    );
    expect(r.verdict.loads).toBe(false);
  });

  test('"KEY={{ .X }}" is a quoted raw input too', () => {
    const r = validate(module({ env: '"GUIDANCE={{ .guidance_scale }}"' }));
    expect(rules(r)).toEqual(['quoted-raw-input:error']);
  });

  test('with quoted-raw-input turned off, the load failure is still reported (as json-syntax)', () => {
    const r = validateTemplate({ file: 't', text: module({ args: '"{{ .Prompt }}"' }), rules: [{ rule: 'quoted-raw-input', setting: 'off', source: 'test' }] });
    expect(rules(r)).toEqual(['json-syntax:error']);
    expect(r.valid).toBe(false);
  });

  test('a module that breaks with any value is not probed: no input hazards besides the break', () => {
    // A trailing comma and a js hazard: only the comma, which is why nothing loads.
    const r = validate(module({ env: '"PROMPT={{ js .prompt }}",' }));
    expect(rules(r)).toEqual(['json-syntax:error']);
    expect(r.budget.renders).toBe(0);
  });

  test('a quoted raw input that only breaks when given (absent it prints <no value> inside the string)', () => {
    const r = validate(module({ args: '"{{ .Prompt }}"' }), [{}]);
    expect(r.loads.map((l) => l.outcome)).toEqual(['ok']);
    const f = one(r, 'quoted-raw-input');
    expect(f.severity).toBe('error');
    expect(f.message).toMatch(/^Input `Prompt` with any value breaks the module: /);
  });

  test('html inside a JSON string: a double quote breaks it (\\&#34; is no JSON escape), an input-injection', () => {
    const r = validate(module({ env: '"PROMPT={{ html .Prompt }}"' }));
    const f = one(r, 'input-injection');
    expect(f.severity).toBe('error');
    expect(f.inputs).toEqual({ Prompt: 'say "hi"' });
    const seed = validate(module({ env: '"SEED={{ html .Seed }}"' }));
    expect(one(seed, 'input-injection').severity).toBe('warning');
  });

  test('printf of an input inside a JSON string breaks with any value: a load failure at the action', () => {
    const text = module({ env: '"PROMPT={{ printf "%s" .Prompt }}"' });
    const r = validate(text);
    expect(rules(r)).toEqual(['json-syntax:error']);
    expect(r.findings[0]!.start.line).toBe(text.split('\n').findIndex((l) => l.includes('printf')) + 1);
  });

  test('an empty value that a guard lets through breaks an enum field (format doc §3.3)', () => {
    const text = module({}).replace('"Type": "None"', '"Type": {{ if .Network }}{{ .Network }}{{ else }}"None"{{ end }}');
    const r = validate(text, [{ Network: 'None' }]);
    const f = one(r, 'input-empty-breaks');
    expect(f.message).toBe(
      "Input `Network` with an empty value breaks the module (it does not read free text, so only unusual values do this): error unmarshalling resulting JSON: bacalhau.Network: unknown type ''",
    );
    expect(f.severity).toBe('warning');
    expect(f.inputs).toEqual({ Network: '' });
    // Testing for the empty encoding fixes it.
    const fixed = module({}).replace('"Type": "None"', '"Type": {{ if and .Network (ne .Network "\\"\\"") }}{{ .Network }}{{ else }}"None"{{ end }}');
    expect(validate(fixed, [{ Network: 'None' }]).findings).toEqual([]);
  });

  test('a field that only accepts some values is not an injection hazard', () => {
    const text = module({}).replace('"Type": "None"', '"Type": {{ if .Network }}{{ .Network }}{{ else }}"None"{{ end }}');
    // With a valid sample value, only the empty value is reported.
    expect(rules(validate(text, [{ Network: 'HTTP' }]))).toEqual(['network-not-none:warning', 'input-empty-breaks:warning']);
  });

  test('every adversarial value is tried', () => {
    expect(ADVERSARIAL_VALUES.map((v) => v.value)).toEqual(expect.arrayContaining(['', '"', "'", '\\', '\n'].map((c) => expect.stringContaining(c))));
  });
});

describe('the idioms in real templates', () => {
  test('lilysay 0.5.2: subst env vars (format doc §3.4): Message is free text (error), Image a cow name (warning)', () => {
    const r = validateTemplate({ file: 'lilysay', text: corpusTemplate('Lilypad-Tech__lilypad-module-lilysay__0.5.2') });
    const subst = r.findings.filter((f) => f.rule === 'subst-unescaped').map((f) => [/`(\w+)`/.exec(f.message)![1], f.severity]);
    expect(subst.sort()).toEqual([
      ['Image', 'warning'],
      ['Message', 'error'],
    ]);
  });

  test('module-sdxl: the `js` idiom the docs recommend', () => {
    const r = validateTemplate({ file: 'sdxl', text: corpusTemplate('Lilypad-Tech__module-sdxl__d81e3db00c12') });
    const f = one(r, 'js-in-json');
    expect(f.start.line).toBe(16);
    expect(f.severity).toBe('error');
  });

  test('create-lilypad-module pip template: unguarded `js`, optional because <no value> stays inside the string', () => {
    const r = validateTemplate({ file: 'pip', text: corpusTemplate('DevlinRocha__create-lilypad-module__f9892cf3a26b__pip-template') });
    expect(r.inputs.map((i) => [i.name, i.optional, i.guarded])).toEqual([['input', true, false]]);
    expect(one(r, 'js-in-json').start.line).toBe(10);
  });

  test('cowsay v0.0.1: an unguarded raw value is required', () => {
    const r = validateTemplate({ file: 'cowsay', text: corpusTemplate('Lilypad-Tech__lilypad-module-cowsay__v0.0.1') });
    expect(r.inputs.map((i) => [i.name, i.optional])).toEqual([['Message', false]]);
    expect(one(r, 'input-required').message).toContain("invalid character '<' looking for beginning of value");
  });

  test('lilysay-3d 0.0.1: quoted raw inputs', () => {
    const r = validateTemplate({ file: 'lilysay-3d', text: corpusTemplate('rhochmayr__lilypad-module-lilysay-3d__0.0.1') });
    expect(r.findings.some((f) => f.rule === 'quoted-raw-input' && f.severity === 'error')).toBe(true);
    expect(r.loads[0]!.outcome).toBe('json-error');
  });

  test('Spark-TTS v1: the `default` function', () => {
    const r = validateTemplate({ file: 'spark', text: corpusTemplate('jamiebones__Spark-TTS-0.5B__v1') });
    expect(one(r, 'unsupported-function').message).toBe('function "default" not defined');
  });
});
