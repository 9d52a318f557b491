// The action's `inputs` input: sample input sets as lines of KEY=VALUE, sets separated by a line
// `---`. Each line is one `lilypad run -i` value, parsed by Lilypad's rules (pflag), so that what
// the action checks is what `lilypad run` would be given.
import { InputFlagError, parseInputFlagValue, parseRuleSetting, RuleSettingError, type RuleOverride } from '@lilypad-actions/module-spec';

/** Something the workflow author must fix in the step's `with:`; shown as one error line, no stack. */
export class ConfigurationError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConfigurationError';
  }
}

/** The input sets `text` describes; none (undefined) for an empty text. Throws ConfigurationError naming the line. */
export function parseInputSets(text: string): Record<string, string>[] | undefined {
  const lines = text.split(/\r?\n/);
  if (lines.every((l) => l.trim() === '')) return undefined;
  const sets: Map<string, string>[] = [new Map()];
  lines.forEach((raw, k) => {
    const line = raw.trim();
    if (line === '') return;
    if (line === '---') {
      sets.push(new Map());
      return;
    }
    try {
      for (const [key, value] of parseInputFlagValue(line)) sets.at(-1)!.set(key, value);
    } catch (e) {
      if (e instanceof InputFlagError) throw new ConfigurationError(`inputs, line ${k + 1}: ${e.flagMessage} (write KEY=VALUE, or --- between input sets)`);
      throw e;
    }
  });
  // A Map then fromEntries, so that an input named __proto__ stays an input.
  return sets.map((s) => Object.fromEntries(s));
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

/**
 * The `rules` input: one `<rule-id>=off|warning|error` a line (blank lines and `#` comments
 * skipped), applied over the module's .lilypad/validate.yml. Throws ConfigurationError naming the line.
 */
export function parseRuleLines(text: string): RuleOverride[] {
  const out: RuleOverride[] = [];
  text.split(/\r?\n/).forEach((raw, k) => {
    const line = raw.replace(/(^|\s)#.*$/, '').trim();
    if (line === '') return;
    try {
      out.push(parseRuleSetting(line, `rules input, line ${k + 1}`));
    } catch (e) {
      if (e instanceof RuleSettingError) throw new ConfigurationError(`rules, line ${k + 1}: ${e.message}`);
      throw e;
    }
  });
  return out;
}
