// Per-rule settings, as linters have them: a module repository (.lilypad/validate.yml), the
// validate-module action's `rules` input and `lilypad-module validate --rule id=setting` can turn a
// rule off or change its severity. The rules that decide whether Lilypad loads the module cannot
// be changed: "loads" is Lilypad's answer, not a matter of taste.
import { ALL_RULES, ruleById, type RuleInfo } from './rules';
import type { RuleOverride, RuleSetting, Severity } from './types';

export const RULE_SETTINGS: readonly RuleSetting[] = ['off', 'warning', 'error'];

/** A rule setting that cannot be applied; `message` says why and what to write instead. */
export class RuleSettingError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'RuleSettingError';
  }
}

/** The rules a setting may name (every rule but those that decide loading). */
export const CONFIGURABLE_RULES: readonly RuleInfo[] = ALL_RULES.filter((r) => !r.load);

/** Why `rule` cannot be set to `setting`, or undefined when it can. */
export function ruleSettingProblem(rule: string, setting: string): string | undefined {
  const info = ruleById(rule);
  if (!info) {
    const near = nearestRule(rule);
    return `unknown rule ${JSON.stringify(rule)}${near ? `; did you mean ${near}?` : ''} (docs/rules/README.md lists them)`;
  }
  if (info.load) return `rule ${rule} cannot be changed: it reports why Lilypad does not load the module`;
  if (!(RULE_SETTINGS as readonly string[]).includes(setting)) return `${JSON.stringify(setting)} is not a rule setting: use off, warning or error`;
  return undefined;
}

/** `id=setting` (a --rule flag, a line of the action's `rules` input); throws RuleSettingError. */
export function parseRuleSetting(text: string, source: string): RuleOverride {
  const m = /^\s*([^=\s]+)\s*=\s*(\S*)\s*$/.exec(text);
  if (!m) throw new RuleSettingError(`${JSON.stringify(text)}: write <rule>=off|warning|error, e.g. image-not-pinned=off`);
  const [, rule, setting] = m as unknown as [string, string, string];
  const problem = ruleSettingProblem(rule, setting);
  if (problem) throw new RuleSettingError(problem);
  return { rule, setting: setting as RuleSetting, source };
}

/** The settings in force: the last one given for a rule wins. */
export class RuleSettings {
  private readonly byRule = new Map<string, RuleOverride>();

  constructor(overrides: readonly RuleOverride[] = []) {
    for (const o of overrides) {
      const problem = ruleSettingProblem(o.rule, o.setting);
      // Callers check settings where they read them (with file positions); this is a bug guard.
      if (problem) throw new RuleSettingError(`${o.source}: ${problem}`);
      this.byRule.delete(o.rule);
      this.byRule.set(o.rule, o);
    }
  }

  /** The severity a finding of `rule` gets (`natural`: what the rule gave it), or 'off'. */
  severity(rule: RuleInfo, natural: Severity): Severity | 'off' {
    return this.byRule.get(rule.id)?.setting ?? natural;
  }

  isOff(rule: RuleInfo): boolean {
    return this.byRule.get(rule.id)?.setting === 'off';
  }

  /** The settings in force, in the order they were given. */
  applied(): RuleOverride[] {
    return [...this.byRule.values()];
  }
}

function nearestRule(id: string): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const r of ALL_RULES) {
    const d = editDistance(id.toLowerCase(), r.id);
    if (d < bestDistance) [best, bestDistance] = [r.id, d];
  }
  return bestDistance <= Math.max(2, Math.floor(id.length / 4)) ? best : undefined;
}

/**
 * Edit distance counting an insertion, a deletion, a substitution or a swap of two neighbours as
 * one edit (optimal string alignment), for small strings: rule ids, JSON keys.
 */
export function editDistance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, d[i - 2]![j - 2]! + 1);
      d[i]![j] = v;
    }
  }
  return d[a.length]![b.length]!;
}
