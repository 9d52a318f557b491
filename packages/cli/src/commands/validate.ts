// `lilypad-module validate [dir|file]…`: does the module load in Lilypad with the sample inputs,
// and what would go wrong on a resource provider or with other inputs; reported as text, JSON or
// GitHub annotations. The checks are module-spec's validateTemplate; this file reads the command line.

import path from 'node:path';
import { FileProblemsError } from '@lilypad-actions/config-file';
import { formatGithub, formatJson, formatText, parseRuleSetting, readDockerfile, readRuleConfig, RuleSettingError, validateTemplate, type RuleOverride, type ValidationReport } from '@lilypad-actions/module-spec';
import { safeJson, safeLines } from '@lilypad-actions/workflow-commands';
import { formatFlags, lastValue, parseArgs, type FlagSpec, type ParsedArgs } from '../args';
import { EXIT, UsageError, UserError } from '../errors';
import { readInputSets, readTemplateFile, templatePath } from '../io';
import { HELP_FLAG, INPUT_FLAG, MAX_SIZE_FLAG, NAME_FLAGS, inputFlagsOf, maxSizeOf, mergeInputs, templateNameOf } from '../template-flags';
import type { Terminal } from '../terminal';

const FORMATS = ['text', 'json', 'github'] as const;
type Format = (typeof FORMATS)[number];

export const validateFlags: FlagSpec[] = [
  INPUT_FLAG,
  {
    name: 'inputs-file',
    takesValue: true,
    valueName: 'FILE',
    description: 'sample input sets: a JSON object of strings, or an array of them (one set\neach); repeatable; -i flags apply on top of every set',
  },
  { name: 'format', takesValue: true, valueName: 'FORMAT', description: 'text (default), json, or github (workflow commands: annotations)' },
  { name: 'strict', takesValue: false, description: 'warnings make the module invalid too' },
  {
    name: 'rule',
    takesValue: true,
    valueName: 'ID=SETTING',
    description: 'set a rule to off, warning or error (repeatable), over the module\'s\n.lilypad/validate.yml',
  },
  ...NAME_FLAGS,
  MAX_SIZE_FLAG,
  HELP_FLAG,
];

export const validateUsage = `Validate Lilypad module templates: does the module load in the Lilypad CLI, and what would
go wrong on a resource provider or with other inputs.

Usage:
  lilypad-module validate [dir|file]... [flags]

A directory means its lilypad_module.json.tmpl; the default is the current directory. Each
finding points at the template line that causes it. Without -i or --inputs-file the template is
rendered with every input it reads set to "lilypad"; with them, once per input set.

Two answers: does Lilypad load the module with each input set, and what goes wrong when it runs
(errors: it will break; warnings: it runs, not quite as meant). The last line says both:
"loads: yes (1 input set) · 0 errors, 1 warning". Rule severities can be changed per module in
.lilypad/validate.yml next to the template (rules: { image-not-pinned: off }) and with --rule.

Flags:
${formatFlags(validateFlags)}

Formats: text (file:line:col  severity  message  rule-id, for terminals and logs); json (a
versioned document, schema: packages/module-spec/schema/report.schema.json); github (::error and
::warning workflow commands, paths relative to $GITHUB_WORKSPACE, within GitHub's caps).

Exit status: 0 valid (loads, no errors); 1 invalid (does not load, errors, or warnings with
--strict); 2 bad arguments or an unusable file (a template or .lilypad/validate.yml).

Examples:
  lilypad-module validate examples/hello-lilypad
  lilypad-module validate lilypad_module.json.tmpl -i Prompt="a red fox" --strict
  lilypad-module validate . --inputs-file samples.json --format json
  lilypad-module validate . --rule image-not-pinned=off
`;

/** Run `validate` with the arguments after the command name; returns the exit code. */
export function validateCommand(argv: readonly string[], term: Terminal): number {
  const args = parseArgs(argv, validateFlags);
  if (args.switches.has('help')) {
    term.stdout(validateUsage);
    return EXIT.ok;
  }
  const format = formatOf(args);
  const paths = args.positionals.length > 0 ? args.positionals : ['.'];
  if (paths.length > 1 && (args.values.has('module') || args.values.has('name'))) {
    throw new UsageError('--module and --name name one template; give one path with them');
  }
  const maxSize = maxSizeOf(args);
  const inputSets = inputSetsOf(args);
  // Every file is read before any is validated, so that an unusable path gives no partial report.
  const flagRules = ruleFlagsOf(args);
  const templates = paths.map((p) => {
    const file = templatePath(p);
    const dir = path.dirname(file);
    const rules = [...moduleRules(dir), ...flagRules];
    const dockerfile = readDockerfile(dir);
    return { file, name: templateNameOf(args, file), text: readTemplateFile(file, maxSize), rules, ...(dockerfile ? { dockerfile } : {}) };
  });
  const strict = args.switches.has('strict');
  const reports = templates.map((t) => validateTemplate({ ...t, strict, ...(inputSets ? { inputSets } : {}) }));
  term.stdout(formatReports(reports, format, term));
  return reports.every((r) => r.valid) ? EXIT.ok : EXIT.templateError;
}

/** The --rule flags, in order (later ones win). */
function ruleFlagsOf(args: ParsedArgs): RuleOverride[] {
  return (args.values.get('rule') ?? []).map((text) => {
    try {
      return parseRuleSetting(text, '--rule');
    } catch (e) {
      if (e instanceof RuleSettingError) throw new UsageError(`invalid --rule ${JSON.stringify(text)}: ${e.message}`, 'write --rule <rule-id>=off|warning|error, e.g. --rule image-not-pinned=off');
      throw e;
    }
  });
}

/** The module's own settings (.lilypad/validate.yml next to its template), problems as user errors. */
function moduleRules(moduleDir: string): RuleOverride[] {
  try {
    return readRuleConfig(moduleDir).overrides;
  } catch (e) {
    if (e instanceof FileProblemsError) throw new UserError(e.message, e.hint);
    throw e;
  }
}

function formatOf(args: ParsedArgs): Format {
  const format = lastValue(args, 'format') ?? 'text';
  if (!(FORMATS as readonly string[]).includes(format)) throw new UsageError(`invalid --format ${JSON.stringify(format)}`, `give one of ${FORMATS.join(', ')}`);
  return format as Format;
}

/** The sample input sets: each --inputs-file set with the -i flags on top, or the -i flags alone. */
function inputSetsOf(args: ParsedArgs): Record<string, string>[] | undefined {
  const flags = inputFlagsOf(args);
  const files = args.values.get('inputs-file') ?? [];
  if (files.length === 0) return args.values.has('input') ? [flags] : undefined;
  return files.flatMap((f) => readInputSets(f)).map((set) => mergeInputs(set, flags));
}

/**
 * The reports as printed. What the template controls (its Image, values, file names) must not
 * start a workflow command where this runs in CI: text and JSON are made safe line by line (the
 * JSON means the same); the github format's commands are meant, their text escaped as data.
 */
function formatReports(reports: ValidationReport[], format: Format, term: Terminal): string {
  switch (format) {
    case 'json':
      return safeJson(formatJson(reports));
    case 'github': {
      const cwd = process.cwd();
      return formatGithub(reports, { cwd, workspace: process.env.GITHUB_WORKSPACE || cwd });
    }
    case 'text':
      return safeLines(formatText(reports, { color: term.colorStdout ?? false }));
  }
}
