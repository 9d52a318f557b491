// The shapes a validation produces. Everything that reports on a module (the CLI's text, JSON and
// GitHub formats, the validate-module action's annotations and job summary, the awesome-lilypad
// submission checks) reads these.
//
// A report gives two answers, kept apart:
// - loads: does Lilypad accept the module? Per sample input set, exactly as `lilypad run` would
//   (render with Go's text/template, decode with Go's encoding/json): `loads`, and `verdict.loads`
//   for all of them;
// - problems: what goes wrong when it runs, as findings with a severity by consequence
//   (`verdict.errors`, `verdict.warnings`).
// `valid` is both together: it loads with every input set and has no error.

export type Severity = 'error' | 'warning' | 'info';

/** A position in the template file: 1-based line and column (column in characters). */
export interface Position {
  line: number;
  column: number;
}

export interface Finding {
  /** Stable rule id, e.g. `image-not-pinned`; documented in docs/rules/<id>.md. */
  rule: string;
  severity: Severity;
  /** One sentence: what is wrong. */
  message: string;
  /** What to do about it. */
  hint?: string;
  /** The template file, as given to the validator. */
  file: string;
  /** Where in the template (always set: findings with no better place point at 1:1). */
  start: Position;
  end?: Position;
  /** JSON pointer into the rendered module, for findings about its content. */
  pointer?: string;
  /** The input set the finding was seen with, when it depends on inputs. */
  inputs?: Readonly<Record<string, string>>;
}

/** An input the template reads, found in its syntax tree. */
export interface InputInfo {
  name: string;
  /** Rendering without this input (others given) still gives a module Lilypad loads. */
  optional: boolean;
  /** The template tests it (`if`/`with`/`or`) before use, i.e. it has a default. */
  guarded: boolean;
  /** Where it is first read. */
  at: Position;
}

/** How the module fares in the Lilypad CLI with one input set. */
export interface LoadVerdict {
  inputs: Readonly<Record<string, string>>;
  /** `ok`: Lilypad decodes it; otherwise the stage that failed. */
  outcome: 'ok' | 'parse-error' | 'exec-error' | 'json-error';
  /** Lilypad's own error text for a failure. */
  error?: string;
}

/** The two answers, counted. */
export interface Verdict {
  /** Lilypad loads the module with every sample input set. */
  loads: boolean;
  /** Sample input sets tried (each has a LoadVerdict in `loads`), and how many of them load. */
  inputSets: number;
  inputSetsLoading: number;
  /** Problems: findings by severity, after rule settings. */
  errors: number;
  warnings: number;
}

/** How a rule's severity was changed for this validation. */
export interface RuleOverride {
  rule: string;
  setting: RuleSetting;
  /** Where it was set, for the report: `.lilypad/validate.yml:3:3`, `--rule`, `rules input, line 2`. */
  source: string;
}

export type RuleSetting = 'off' | 'warning' | 'error';

/** What the validation spent on probe renders (inputs left out, hostile values), and whether it ran out. */
export interface ProbeBudgetUse {
  /** Probe renders done, and the characters they rendered. */
  renders: number;
  characters: number;
  /** The limits (ValidateOptions.budget). */
  maxRenders: number;
  maxCharacters: number;
  /** Some inputs were not probed because a limit was reached. */
  reached: boolean;
  /** Those inputs, in template order. */
  inputsNotProbed: string[];
}

export interface ValidationReport {
  file: string;
  /** Loads with every sample input set, and no error finding (with `strict`, no warning either). */
  valid: boolean;
  /** The two answers: loads, and how many problems of each severity. */
  verdict: Verdict;
  /** The Docker image the rendered job names (from the first input set that renders). */
  image?: string;
  inputs: InputInfo[];
  /** One load verdict per sample input set, in order. */
  loads: LoadVerdict[];
  findings: Finding[];
  /** Rule settings that changed a severity, in the order given (the last one for a rule wins). */
  overrides: RuleOverride[];
  /** Probe renders spent; `reached` when some inputs were not probed. */
  budget: ProbeBudgetUse;
}
