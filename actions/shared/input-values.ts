// The actions' plain input values (booleans, seconds, choices, the summary mode) and the error for
// a wrong one. Its own file, importing only the dependency-free errors package, so that an action
// that needs only these (gpu-gate) does not bundle module-spec, which inputs.ts needs for the
// `inputs` input.
import { UserError } from '@lilypad-actions/errors';

/** Something the workflow author must fix in the step's `with:`; shown as one error line, no stack. */
export class ConfigurationError extends UserError {}

/** A `true`/`false` input (any case); empty gives `fallback`. */
export function parseBoolean(name: string, value: string, fallback: boolean): boolean {
  if (value.trim() === '') return fallback;
  if (/^true$/i.test(value.trim())) return true;
  if (/^false$/i.test(value.trim())) return false;
  throw new ConfigurationError(`${name}: expected true or false, got ${JSON.stringify(value)}`);
}

/** A whole number of seconds, at least 1; empty gives `fallback`. */
export function parseSeconds(name: string, value: string, fallback: number): number {
  if (value.trim() === '') return fallback;
  if (!/^\d+$/.test(value.trim()) || Number(value) < 1) {
    throw new ConfigurationError(`${name}: expected a whole number of seconds (at least 1), got ${JSON.stringify(value)}`);
  }
  return Number(value);
}

/** One of `choices`; empty gives the first. */
export function parseChoice<T extends string>(name: string, value: string, choices: readonly T[]): T {
  const v = value.trim() || choices[0]!;
  if (!(choices as readonly string[]).includes(v)) throw new ConfigurationError(`${name}: expected ${choices.join(', ')}, got ${JSON.stringify(value)}`);
  return v as T;
}

export const SUMMARY_MODES = ['auto', 'always', 'never'] as const;
export type SummaryMode = (typeof SUMMARY_MODES)[number];

/**
 * Every action's `summary` input: `auto` (a job summary when there is something to say), `always`
 * or `never`; empty gives `auto`. `true` and `false` (run-module's first spelling) mean always and never.
 */
export function parseSummary(value: string): SummaryMode {
  const v = value.trim().toLowerCase();
  if (v === '') return 'auto';
  if (v === 'true') return 'always';
  if (v === 'false') return 'never';
  if (!(SUMMARY_MODES as readonly string[]).includes(v)) throw new ConfigurationError(`summary: expected auto, always or never, got ${JSON.stringify(value)}`);
  return v as SummaryMode;
}

/** Whether to write the job summary: always, or in auto mode when the run has something to say. */
export function wantsSummary(mode: SummaryMode, noteworthy: boolean): boolean {
  return mode === 'always' || (mode === 'auto' && noteworthy);
}
