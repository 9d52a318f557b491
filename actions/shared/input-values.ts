// The actions' plain input values (booleans, seconds, choices) and the error for a wrong one. Its
// own file, free of imports, so that an action that needs only these (gpu-gate) does not bundle
// module-spec, which inputs.ts needs for the `inputs` input.

/** Something the workflow author must fix in the step's `with:`; shown as one error line, no stack. */
export class ConfigurationError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConfigurationError';
  }
}

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
