// A module's test plan (`.lilypad/tests.yaml` in its repository): the cases run-module runs, what
// each must produce, and how long each phase may take per GPU model. Checked against the published
// schema, with every problem at its file:line:col and key, as the rewards configuration is.

import { existsSync, readFileSync } from 'node:fs';
import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';
import { FileProblemsError, keyName, locatePath, locateSchemaError, parseYaml, pointerSegments, type Problem } from '@lilypad-actions/config-file';
import schema from '../../schema/test-plan.schema.json';

export const PHASES = ['pull', 'build', 'create', 'run', 'collect', 'total'] as const;
export type Phase = (typeof PHASES)[number];
/** Seconds per phase; a phase left out has no limit (thresholds) or was not measured (timings). */
export type PhaseSeconds = Partial<Record<Phase, number>>;
/** GPU model glob (or `default`) → phase limits. */
export type ThresholdsByModel = Record<string, PhaseSeconds>;

export interface FileExpectation {
  /** Relative to /outputs. */
  glob: string;
  min: number;
  max?: number;
}

export interface Expectations {
  exitCode: number;
  files: FileExpectation[];
  /** Patterns that must each match somewhere in stdout (m flag). */
  stdout: string[];
  stderr: string[];
  outputLimits?: { totalBytes?: number; fileBytes?: number; files?: number };
}

export interface TestCase {
  name: string;
  inputs: Record<string, string>;
  expect: Expectations;
  thresholds: ThresholdsByModel;
}

export interface TestPlan {
  version: 1;
  thresholds: ThresholdsByModel;
  cases: TestCase[];
}

/** Where run-module looks for the plan in a module repository. */
export const DEFAULT_TEST_PLAN_PATH = '.lilypad/tests.yaml';

const SCHEMA_URL = 'packages/module-runner/schema/test-plan.schema.json';

/** The test plan is unreadable, not YAML, or breaks its schema; `problems` has every location. */
export class TestPlanError extends FileProblemsError {
  constructor(problems: readonly Problem[]) {
    super(problems, `see ${SCHEMA_URL} for every key and its default`);
  }
}

/** Patterns are compiled once, the same way when the plan is checked and when output is matched. */
export function compilePattern(pattern: string): RegExp {
  return new RegExp(pattern, 'm');
}

// Compiled on first use: compiling costs the actions ~70 ms of start-up, and most runs have no plan.
let compiled: ValidateFunction<RawPlan> | undefined;
function validate(data: unknown): data is RawPlan {
  compiled ??= new Ajv({ allErrors: true, useDefaults: true, strict: true, allowUnionTypes: true, verbose: true }).compile<RawPlan>(schema);
  const ok = compiled(data);
  validate.errors = compiled.errors;
  return ok;
}
validate.errors = null as ErrorObject[] | null | undefined;

/** Reads and checks the plan at `path`; `displayPath` names it in messages. */
export function loadTestPlan(path: string, options: { displayPath?: string } = {}): TestPlan {
  const shown = options.displayPath ?? path;
  if (!existsSync(path)) throw new TestPlanError([{ location: { file: shown }, message: 'no such test plan file' }]);
  return parseTestPlan(readFileSync(path, 'utf8'), shown);
}

/** Parses and checks plan text; `file` names it in messages. */
export function parseTestPlan(text: string, file: string): TestPlan {
  let parsed: ReturnType<typeof parseYaml>;
  try {
    parsed = parseYaml(text, file);
  } catch (e) {
    if (e instanceof FileProblemsError) throw new TestPlanError(e.problems);
    throw e;
  }
  const { value, doc, lines } = parsed;
  const raw: unknown = value ?? {};
  if (!validate(raw)) {
    const errors = withoutOneOfBranches(validate.errors ?? []);
    throw new TestPlanError(dedupe(errors.map((e) => ({ location: locateSchemaError(doc, lines, file, e), message: describe(e) }))));
  }
  const plan = normalise(raw);
  const problems = crossChecks(plan, (path) => locatePath(doc, lines, file, path));
  if (problems.length > 0) throw new TestPlanError(problems);
  return plan;
}

interface RawPlan {
  version: 1;
  thresholds?: ThresholdsByModel;
  cases: Array<{
    name: string;
    inputs?: Record<string, string | number | boolean>;
    expect?: Omit<Partial<Expectations>, 'files'> & { files?: Array<string | { glob: string; min?: number; max?: number }> };
    thresholds?: ThresholdsByModel;
  }>;
}

// Inputs reach the template as strings (`-i Steps=50`), so YAML numbers and booleans are written as such.
function normalise(raw: RawPlan): TestPlan {
  return {
    version: 1,
    thresholds: raw.thresholds ?? {},
    cases: raw.cases.map((c) => ({
      name: c.name,
      inputs: Object.fromEntries(Object.entries(c.inputs ?? {}).map(([k, v]) => [k, String(v)])),
      expect: {
        exitCode: c.expect?.exitCode ?? 0,
        files: (c.expect?.files ?? []).map((f) => (typeof f === 'string' ? { glob: f, min: 1 } : { ...f, min: f.min ?? 1 })),
        stdout: c.expect?.stdout ?? [],
        stderr: c.expect?.stderr ?? [],
        ...(c.expect?.outputLimits ? { outputLimits: c.expect.outputLimits } : {}),
      },
      thresholds: c.thresholds ?? {},
    })),
  };
}

function describe(e: ErrorObject): string {
  const key = keyName(pointerSegments(e.instancePath)).replace(/^the configuration$/, 'the test plan');
  const found = ` (found ${JSON.stringify(e.data)})`;
  switch (e.keyword) {
    case 'additionalProperties':
      return `unknown key in ${key}: "${(e.params as { additionalProperty: string }).additionalProperty}"`;
    case 'required':
      return `${key}: "${(e.params as { missingProperty: string }).missingProperty}" is required`;
    case 'exclusiveMinimum':
      return `${key} must be more than 0 seconds${found}`;
    case 'oneOf':
      return `${key} must be a glob or a mapping with glob, min and max${found}`;
    default:
      return `${key} ${e.message ?? 'is invalid'}${found}`;
  }
}

/** What the schema cannot say: duplicate case names, bad regular expressions, min above max. */
function crossChecks(plan: TestPlan, at: (path: Array<string | number>) => Problem['location']): Problem[] {
  const problems: Problem[] = [];
  const names = new Set<string>();
  for (const [i, c] of plan.cases.entries()) {
    if (names.has(c.name)) problems.push({ location: at(['cases', i, 'name']), message: `cases[${i}].name: "${c.name}" is used by an earlier case` });
    names.add(c.name);
    for (const stream of ['stdout', 'stderr'] as const) {
      for (const [j, pattern] of c.expect[stream].entries()) {
        try {
          compilePattern(pattern);
        } catch (e) {
          problems.push({ location: at(['cases', i, 'expect', stream, j]), message: `cases[${i}].expect.${stream}[${j}] is not a regular expression: ${(e as Error).message}` });
        }
      }
    }
    for (const [j, f] of c.expect.files.entries()) {
      if (f.max !== undefined && f.max < f.min) {
        problems.push({ location: at(['cases', i, 'expect', 'files', j]), message: `cases[${i}].expect.files[${j}]: max ${f.max} is below min ${f.min}` });
      }
    }
  }
  return problems;
}

// A value that fits no branch of a oneOf gets one error per branch as well; the oneOf one says it all.
function withoutOneOfBranches(errors: ErrorObject[]): ErrorObject[] {
  const oneOf = new Set(errors.filter((e) => e.keyword === 'oneOf').map((e) => e.instancePath));
  return errors.filter((e) => e.keyword === 'oneOf' || !oneOf.has(e.instancePath));
}

function dedupe(problems: Problem[]): Problem[] {
  const seen = new Set<string>();
  return problems.filter((p) => {
    const key = `${p.location.line}:${p.location.column}:${p.message}`;
    return seen.has(key) ? false : (seen.add(key), true);
  });
}
