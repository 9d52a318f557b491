// `.lilypad/validate.yml` in a module repository: per-rule settings for this module, checked
// against schema/validate-config.schema.json (compiled ahead of time: no ajv at run time), every
// problem at its file:line:col.
//
//   # .lilypad/validate.yml
//   rules:
//     image-not-pinned: off      # off | warning | error
//     network-not-none: error
import { existsSync } from 'node:fs';
import path from 'node:path';
import { FileProblemsError, FileReadError, locatePath, locateSchemaError, parseYaml, pointerSegments, readRegularFile, textProblem, type Problem } from '@lilypad-actions/config-file';
import type { ErrorObject } from 'ajv';
import { validate, type SchemaValidationError } from './generated/validate-config-validator';
import { RULE_SETTINGS, ruleSettingProblem } from './rule-settings';
import type { RuleOverride, RuleSetting } from './types';

/** Where a module keeps its validation settings, relative to its folder. */
export const RULE_CONFIG_PATH = '.lilypad/validate.yml';

/** A settings file is a few lines; anything much bigger is the wrong file. */
const MAX_BYTES = 64 * 1024;

/**
 * The settings of the module in `moduleDir` (none when it has no .lilypad/validate.yml). `shown`
 * is how to name the file in messages and in the report (default: its path). Throws
 * FileProblemsError, every problem at its place.
 */
export function readRuleConfig(moduleDir: string, shown?: string): { file: string | undefined; overrides: RuleOverride[] } {
  const file = path.join(moduleDir, RULE_CONFIG_PATH);
  const name = shown ?? file;
  if (!existsSync(file)) return { file: undefined, overrides: [] };
  let bytes: Buffer;
  try {
    bytes = readRegularFile(file, MAX_BYTES);
  } catch (e) {
    if (e instanceof FileReadError) throw new FileProblemsError([{ location: { file: name }, message: e.problem === 'too-large' ? `over the ${MAX_BYTES / 1024} KiB limit for a settings file` : e.message }]);
    throw e;
  }
  const problem = textProblem(bytes);
  if (problem) throw new FileProblemsError([{ location: { file: name }, message: `not a text file (${problem.kind === 'nul' ? 'NUL byte' : 'invalid UTF-8'} at byte offset ${problem.offset})` }]);
  return { file: name, overrides: parseRuleConfig(bytes.toString('utf8'), name) };
}

/** The settings `text` (YAML) gives; `file` names it in messages and in each override's source. */
export function parseRuleConfig(text: string, file: string): RuleOverride[] {
  const { value, doc, lines } = parseYaml(text, file);
  const config: unknown = value ?? {};
  const problems: Problem[] = [];
  const seen = new Set<string>();
  const push = (p: Problem) => {
    const key = `${p.location.line}:${p.location.column}`;
    if (seen.has(key)) return;
    seen.add(key);
    problems.push(p);
  };
  if (!validate(config)) {
    for (const e of validate.errors ?? []) {
      // A bad rule name fails `enum` inside propertyNames, then propertyNames itself: the latter
      // is the one to word.
      if ((e as { propertyName?: string }).propertyName !== undefined) continue;
      const location = locateSchemaError(doc, lines, file, e as unknown as ErrorObject);
      push({ location, message: schemaMessage(e, config) });
    }
  }
  if (problems.length > 0) throw new FileProblemsError(problems.sort((a, b) => (a.location.line ?? 0) - (b.location.line ?? 0)), HINT);
  const rules = (config as { rules?: Record<string, RuleSetting> | null }).rules ?? {};
  return Object.entries(rules).map(([rule, setting]) => {
    const at = locatePath(doc, lines, file, ['rules'], rule);
    return { rule, setting, source: `${file}:${at.line}:${at.column}` };
  });
}

const HINT = `write rule settings as \`rules: { <rule-id>: off | warning | error }\`; docs/rules/README.md lists the rules`;

function schemaMessage(e: SchemaValidationError, config: unknown): string {
  const where = pointerSegments(e.instancePath);
  switch (e.keyword) {
    case 'propertyNames': {
      const rule = String(e.params.propertyName);
      const rules = (config as { rules?: Record<string, unknown> }).rules ?? {};
      return ruleSettingProblem(rule, String(rules[rule] ?? 'off')) ?? `unknown rule ${JSON.stringify(rule)}`;
    }
    case 'enum':
      if (where[0] === 'rules' && where.length === 2) {
        const value = ((config as { rules: Record<string, unknown> }).rules ?? {})[where[1]!];
        return `${where[1]}: ${JSON.stringify(value)} is not a rule setting: use ${RULE_SETTINGS.join(', ')}`;
      }
      return `${where.join('.')}: not one of the allowed values`;
    case 'additionalProperties':
      return `unknown key ${JSON.stringify(String(e.params.additionalProperty))}: the file has only \`rules\``;
    case 'type':
      return `${where.length > 0 ? where.join('.') : 'the file'} must be a map of settings`;
    default:
      return `${where.join('.') || 'the file'}: ${e.keyword}`;
  }
}
