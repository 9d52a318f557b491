// The programme's rules as data (.github/lilypad-rewards.yml): the beta's numbers change, so none
// of them lives in code. The file is YAML, checked against the published JSON Schema, and every
// problem is reported at its line and column with the key's name.

import { existsSync, readFileSync } from 'node:fs';
import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';
import schema from '../schema/config.schema.json';
import { canonicalJson, sha256 } from './canonical-json';
import { ConfigError, type Problem, type SourceLocation } from './errors';
import { FileProblemsError, keyName, locatePath, locateSchemaError, parseYaml as parseYamlSource, pointerSegments } from '@lilypad-actions/config-file';

/** YAML with positions; a syntax error becomes this package's ConfigError (a user error, exit 2). */
export function parseYaml(text: string, file: string): ReturnType<typeof parseYamlSource> {
  try {
    return parseYamlSource(text, file);
  } catch (e) {
    if (e instanceof FileProblemsError) throw new ConfigError(e.problems);
    throw e;
  }
}

export interface RewardsConfig {
  version: 1;
  submissionPaths: string[];
  baseline: { gpu: string; lilybitsPerGpuDay: number };
  moduleReward: { gpuDays: number; editGpuDays: number; workLabels: Record<string, number> };
  teams: Record<string, string[]>;
  cooldown: { days: number };
  exceptions: Array<{ pr: number; reason: string }>;
  exclusionLabels: string[];
  requirements: { labels: string[]; checks: string[] };
  usage: { file: string | null; tiers: Array<{ minJobs: number; bonusGpuDays: number }> };
  cap: { lilybitsPerLogin: number | null };
}

export interface LoadedConfig {
  config: RewardsConfig;
  /** The file it came from, as given; null when the documented defaults apply. */
  file: string | null;
  /** SHA-256 of the effective configuration (defaults filled in), so formatting does not count. */
  hash: string;
}

/** Where the configuration lives in the list repository. */
export const DEFAULT_CONFIG_PATH = '.github/lilypad-rewards.yml';

export const CONFIG_DOCS = 'https://github.com/Lilypad-Tech/lilypad-actions/blob/main/packages/rewards/README.md#configuration';

// verbose: errors carry the offending value, so messages can say what was found.
const ajv = new Ajv({ allErrors: true, useDefaults: true, strict: true, allowUnionTypes: true, verbose: true });
// Compiled on first use (~0.1 s): what imports this package only to read month files (the
// dashboard) never reads a configuration.
let compiled: ValidateFunction<RewardsConfig> | undefined;
const validator = () => (compiled ??= ajv.compile<RewardsConfig>(schema));

/** The configuration that applies when the repository has none. */
export function defaultConfig(): RewardsConfig {
  const config: unknown = {};
  validator()(config);
  return config as RewardsConfig;
}

/**
 * Reads the configuration at `path`. A missing file gives the defaults unless `required` (the
 * user named the file, so its absence is a mistake).
 */
export function loadConfig(path: string, options: { required: boolean; displayPath?: string }): LoadedConfig {
  const shown = options.displayPath ?? path;
  if (!existsSync(path)) {
    if (options.required) {
      throw new ConfigError([{ location: { file: shown }, message: 'no such file; check the path, or leave the input empty to use the defaults' }]);
    }
    const config = defaultConfig();
    return { config, file: null, hash: configHash(config) };
  }
  const config = parseConfig(readFileSync(path, 'utf8'), shown);
  return { config, file: shown, hash: configHash(config) };
}

/** Parses and checks configuration text; `file` names it in messages. */
export function parseConfig(text: string, file: string): RewardsConfig {
  const { value, doc, lines } = parseYaml(text, file);
  const config: unknown = value ?? {};
  const validate = validator();
  if (!validate(config)) {
    throw new ConfigError(
      dedupe((validate.errors ?? []).map((e) => ({ location: locateSchemaError(doc, lines, file, e), message: describe(e) }))),
      CONFIG_DOCS,
    );
  }
  const problems = crossChecks(config, (path) => locatePath(doc, lines, file, path));
  if (problems.length > 0) throw new ConfigError(problems, CONFIG_DOCS);
  return config;
}

export function configHash(config: RewardsConfig): string {
  return sha256(canonicalJson(config));
}

function describe(e: ErrorObject): string {
  const path = pointerSegments(e.instancePath);
  const key = keyName(path);
  const found = (value: unknown) => ` (found ${JSON.stringify(value)})`;
  const value: unknown = e.data;
  switch (e.keyword) {
    case 'additionalProperties': {
      const name = (e.params as { additionalProperty: string }).additionalProperty;
      const known = Object.keys(subschemaAt(path)?.properties ?? {});
      return `${key === 'the configuration' ? 'unknown top-level key' : `unknown key in ${key}:`} "${name}"${known.length ? `; known keys: ${known.join(', ')}` : ''}`;
    }
    case 'required':
      return `${key}: "${(e.params as { missingProperty: string }).missingProperty}" is required`;
    case 'type':
      return `${key} must be ${article((e.params as { type: string | string[] }).type)}${found(value)}`;
    case 'const':
      return `${key} must be ${JSON.stringify((e.params as { allowedValue: unknown }).allowedValue)}${found(value)}`;
    case 'pattern':
      return path.includes('teams') ? `${key}: ${JSON.stringify(value)} is not a GitHub login` : `${key} ${e.message ?? 'is invalid'}${found(value)}`;
    case 'exclusiveMinimum':
      return `${key} must be greater than ${(e.params as { limit: number }).limit}${found(value)}`;
    case 'minimum':
      return `${key} must be at least ${(e.params as { limit: number }).limit}${found(value)}`;
    case 'minItems':
      return `${key} must list at least ${(e.params as { limit: number }).limit}${found(value)}`;
    case 'minLength':
      return `${key} must not be empty`;
    case 'propertyNames':
      return `${key}: team name "${(e.params as { propertyName: string }).propertyName}" must not start with a space`;
    default:
      return `${key} ${e.message ?? 'is invalid'}${found(value)}`;
  }
}

function article(type: string | string[]): string {
  const words = (Array.isArray(type) ? type : type.split(',')).map((t) => (t === 'array' ? 'a list' : t === 'object' ? 'a mapping' : t === 'integer' ? 'a whole number' : t === 'null' ? 'null' : `a ${t}`));
  return words.join(' or ');
}

type SchemaNode = { properties?: Record<string, SchemaNode>; items?: SchemaNode; additionalProperties?: SchemaNode | boolean };

function subschemaAt(path: string[]): SchemaNode | undefined {
  let node: SchemaNode | undefined = schema as SchemaNode;
  for (const segment of path) {
    if (!node) return undefined;
    if (/^\d+$/.test(segment) && node.items) node = node.items;
    else if (node.properties?.[segment]) node = node.properties[segment];
    else node = typeof node.additionalProperties === 'object' ? node.additionalProperties : undefined;
  }
  return node;
}

/** What the schema cannot say: a login in two teams, an exception or a tier given twice. */
function crossChecks(config: RewardsConfig, at: (path: Array<string | number>) => SourceLocation): Problem[] {
  const problems: Problem[] = [];
  const teamOfLogin = new Map<string, string>();
  for (const [team, logins] of Object.entries(config.teams)) {
    for (const [i, login] of logins.entries()) {
      const earlier = teamOfLogin.get(login.toLowerCase());
      if (earlier !== undefined) {
        problems.push({
          location: at(['teams', team, i]),
          message: `teams.${team}[${i}]: ${login} is already in team ${earlier}; a login can be in one team only`,
        });
      }
      teamOfLogin.set(login.toLowerCase(), team);
    }
  }
  const exceptions = new Set<number>();
  for (const [i, exception] of config.exceptions.entries()) {
    if (exceptions.has(exception.pr)) {
      problems.push({ location: at(['exceptions', i, 'pr']), message: `exceptions[${i}].pr: PR ${exception.pr} is listed twice` });
    }
    exceptions.add(exception.pr);
  }
  const tiers = new Set<number>();
  for (const [i, tier] of config.usage.tiers.entries()) {
    if (tiers.has(tier.minJobs)) {
      problems.push({ location: at(['usage', 'tiers', i, 'minJobs']), message: `usage.tiers[${i}].minJobs: ${tier.minJobs} is given twice` });
    }
    tiers.add(tier.minJobs);
  }
  return problems;
}

function dedupe(problems: Problem[]): Problem[] {
  const seen = new Set<string>();
  return problems.filter((p) => {
    const key = `${p.location.line}:${p.location.column}:${p.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
