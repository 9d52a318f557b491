// `lilypad-module inputs <file|dir>`: the inputs a template reads (found in its syntax tree),
// whether the module loads without each, whether the template gives it a default, and where it is
// first used.

import { formatInputsJson, formatInputsJsonError, formatInputsText, validateTemplate } from '@lilypad-actions/module-spec';
import { safeJson, safeLines } from '@lilypad-actions/workflow-commands';
import { formatFlags, lastValue, parseArgs, type FlagSpec } from '../args';
import { EXIT, UsageError } from '../errors';
import { readTemplateFile, templatePath } from '../io';
import { HELP_FLAG, MAX_SIZE_FLAG, maxSizeOf, onePath } from '../template-flags';
import { printError, type Terminal } from '../terminal';

export const inputsFlags: FlagSpec[] = [
  { name: 'format', takesValue: true, valueName: 'FORMAT', description: 'text (default) or json' },
  MAX_SIZE_FLAG,
  HELP_FLAG,
];

export const inputsUsage = `List the inputs a Lilypad module template reads.

Usage:
  lilypad-module inputs <file|dir> [flags]

A directory means its lilypad_module.json.tmpl. For each input: whether it is required (the
module does not load in Lilypad without it, the others set to "lilypad"), whether the template
gives it a default ({{ if .X }}, {{ with .X }}, {{ or .X … }}), and where it is first used.

Flags:
${formatFlags(inputsFlags)}

JSON: { "version": 2, "file": …, "inputs": [{ "name", "optional", "guarded", "at": { "line", "column" } }],
"error": null }; when the template does not parse, "inputs" is null and "error" is
{ "message", "start": { "line", "column" } } (exit status 1).

Exit status: 0 listed; 1 the template does not parse; 2 bad arguments or an unusable file.
`;

/** Run `inputs` with the arguments after the command name; returns the exit code. */
export function inputsCommand(argv: readonly string[], term: Terminal): number {
  const args = parseArgs(argv, inputsFlags);
  if (args.switches.has('help')) {
    term.stdout(inputsUsage);
    return EXIT.ok;
  }
  const format = lastValue(args, 'format') ?? 'text';
  if (format !== 'text' && format !== 'json') throw new UsageError(`invalid --format ${JSON.stringify(format)}`, 'give text or json');
  const file = templatePath(onePath('inputs', 'file|dir', args.positionals));
  const report = validateTemplate({ file, text: readTemplateFile(file, maxSizeOf(args)) });
  const parseError = report.loads.some((l) => l.outcome === 'parse-error') ? report.findings.find((f) => f.severity === 'error') : undefined;
  if (parseError) {
    // A script reading --format json gets JSON on stdout whatever happens; the message goes to stderr too.
    if (format === 'json') term.stdout(formatInputsJsonError(file, parseError));
    printError(term, `${file}:${parseError.start.line}:${parseError.start.column}: ${parseError.message}`, 'the inputs are read from the syntax tree; fix the template first');
    return EXIT.templateError;
  }
  term.stdout(format === 'json' ? safeJson(formatInputsJson(report)) : safeLines(formatInputsText(report, { color: term.colorStdout ?? false })));
  return EXIT.ok;
}
