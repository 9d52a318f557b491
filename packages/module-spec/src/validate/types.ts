// The shapes a validation produces. Everything that reports on a module (the CLI's text, JSON and
// GitHub formats, the validate-module action's annotations and job summary) reads these.

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

export interface ValidationReport {
  file: string;
  /** No error findings (with `strict`, no warnings either). */
  valid: boolean;
  /** The Docker image the rendered job names (from the first input set that renders). */
  image?: string;
  inputs: InputInfo[];
  /** One verdict per sample input set. */
  loads: LoadVerdict[];
  findings: Finding[];
}
