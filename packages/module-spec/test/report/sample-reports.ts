// Hand-written validation reports for the report formatters' tests: fixed data, so that the golden
// files change only when a formatter does, not when a rule's wording does. They carry what the
// formatters must escape: %, CR/LF, `:` and `,` (workflow commands), `|`, `<`, `*`, `_` (Markdown).
import type { Finding, LoadVerdict, ProbeBudgetUse, ValidationReport, Verdict } from '../../src/index';

const BROKEN = 'modules/sd, v2:final/lilypad_module.json.tmpl';

/** The budget of a validation that stayed within it. */
export const UNSPENT: ProbeBudgetUse = { renders: 12, characters: 9000, maxRenders: 2000, maxCharacters: 4194304, reached: false, inputsNotProbed: [] };

/** The verdict the findings and load verdicts give. */
export function verdictOf(findings: readonly Finding[], loads: readonly LoadVerdict[]): Verdict {
  const loading = loads.filter((l) => l.outcome === 'ok').length;
  return {
    loads: loading === loads.length,
    inputSets: loads.length,
    inputSetsLoading: loading,
    errors: findings.filter((f) => f.severity === 'error').length,
    warnings: findings.filter((f) => f.severity === 'warning').length,
  };
}

function finding(f: Partial<Finding> & Pick<Finding, 'rule' | 'severity' | 'message'>, file = BROKEN): Finding {
  return { file, start: { line: 1, column: 1 }, ...f };
}

const brokenLoads: LoadVerdict[] = [
  { inputs: { Prompt: 'a red fox', Steps: '20' }, outcome: 'json-error', error: "error unmarshalling resulting JSON: invalid character 'a' after array element" },
  { inputs: {}, outcome: 'exec-error', error: 'template: t:19:12: executing "t" at <.Prompt>: map has no entry for key "Prompt"' },
];

export const brokenReport: ValidationReport = {
  file: BROKEN,
  valid: false,
  verdict: { loads: false, inputSets: 2, inputSetsLoading: 0, errors: 2, warnings: 2 },
  overrides: [
    { rule: 'network-not-none', setting: 'error', source: 'modules/sd, v2:final/.lilypad/validate.yml:2:3' },
    { rule: 'dropped-field', setting: 'off', source: '--rule' },
  ],
  budget: UNSPENT,
  image: 'ghcr.io/org/sd:latest',
  inputs: [
    { name: 'Prompt', optional: false, guarded: false, at: { line: 19, column: 12 } },
    { name: 'Steps', optional: true, guarded: true, at: { line: 21, column: 17 } },
    { name: '__proto__', optional: true, guarded: false, at: { line: 30, column: 5 } },
  ],
  loads: brokenLoads,
  findings: [
    finding({
      rule: 'quoted-raw-input',
      severity: 'error',
      message: 'Input `Prompt` is printed inside quotes, but it reaches the template already JSON-encoded with its own quotes.',
      hint: 'Inputs reach the template JSON-encoded with their own quotes: write {{ .X }}, not "{{ .X }}".',
      start: { line: 19, column: 12 },
      inputs: { Prompt: 'a red fox', Steps: '20' },
    }),
    finding({
      rule: 'input-injection',
      severity: 'error',
      message: 'Input `Steps` with a value with 100% %s breaks the module:\nerror unmarshalling resulting JSON: invalid character \'%\'',
      hint: 'Emit the input as a whole JSON value ({{ .X }}, no quotes around it).',
      start: { line: 21, column: 17 },
      inputs: { Prompt: 'a red fox', Steps: '100% %s' },
    }),
    finding({
      rule: 'image-not-pinned',
      severity: 'warning',
      message: 'Image "ghcr.io/org/sd:latest" is not pinned by digest | <b>tag</b> *moves* and __proto__ changes.',
      hint: 'Append @sha256:<digest>.',
      start: { line: 24, column: 9 },
      pointer: '/job/Spec/Docker/Image',
    }),
    finding({ rule: 'timeout-missing', severity: 'warning', message: 'Spec.Timeout is not set.\r\nThe solver applies 900 s.', start: { line: 8, column: 5 }, pointer: '/job/Spec' }),
    finding({ rule: 'dropped-field', severity: 'info', message: 'Docker.WorkingDirectory is dropped by resource providers.', start: { line: 26, column: 9 }, end: { line: 26, column: 40 } }),
  ],
};

export const cleanReport: ValidationReport = {
  file: 'examples/hello-lilypad/lilypad_module.json.tmpl',
  valid: true,
  verdict: { loads: true, inputSets: 1, inputSetsLoading: 1, errors: 0, warnings: 0 },
  overrides: [],
  budget: UNSPENT,
  image: 'busybox:1.36@sha256:' + 'ab'.repeat(32),
  inputs: [{ name: 'Message', optional: true, guarded: true, at: { line: 19, column: 17 } }],
  loads: [{ inputs: { Message: 'lilypad' }, outcome: 'ok' }],
  findings: [],
};

/** A template that does not parse: no inputs, no image. */
export const parseErrorReport: ValidationReport = {
  file: 'bad/lilypad_module.json.tmpl',
  valid: false,
  verdict: { loads: false, inputSets: 1, inputSetsLoading: 0, errors: 1, warnings: 0 },
  overrides: [],
  budget: { ...UNSPENT, renders: 0, characters: 0 },
  inputs: [],
  loads: [{ inputs: {}, outcome: 'parse-error', error: 'template: bad/lilypad_module.json.tmpl:3: function "default" not defined' }],
  findings: [
    finding(
      {
        rule: 'unsupported-function',
        severity: 'error',
        message: 'function "default" not defined',
        hint: 'Lilypad registers only Go\'s builtins and `subst`.',
        start: { line: 3, column: 1 },
      },
      'bad/lilypad_module.json.tmpl',
    ),
  ],
};

/** `n` findings of one severity, on distinct lines. */
export function manyFindings(n: number, severity: Finding['severity'], file = 'many/lilypad_module.json.tmpl'): Finding[] {
  return Array.from({ length: n }, (_, k) => finding({ rule: `rule-${severity}`, severity, message: `${severity} number ${k + 1}`, start: { line: k + 1, column: 1 } }, file));
}

export function reportWith(findings: Finding[], file = 'many/lilypad_module.json.tmpl'): ValidationReport {
  const loads: LoadVerdict[] = [{ inputs: {}, outcome: 'ok' }];
  return { file, valid: !findings.some((f) => f.severity === 'error'), verdict: verdictOf(findings, loads), inputs: [], loads, findings, overrides: [], budget: UNSPENT };
}
