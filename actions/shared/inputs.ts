// The action's `inputs` input: sample input sets as lines of KEY=VALUE, sets separated by a line
// `---`. Each line is one `lilypad run -i` value, parsed by Lilypad's rules (pflag), so that what
// the action checks is what `lilypad run` would be given.
import { InputFlagError, parseInputFlagValue, parseRuleSetting, RuleSettingError, type RuleOverride } from '@lilypad-actions/module-spec';
import { ConfigurationError } from './input-values';

export { ConfigurationError, parseBoolean, parseChoice, parseSeconds, parseSummary, wantsSummary, type SummaryMode } from './input-values';

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
