// `lilypad-module render <file> [-i K=V]…`: the text Lilypad's LoadModule would hand to
// json.Unmarshal for these inputs, byte for byte.

import {
  InputFlagError,
  ModuleRefError,
  parseInputFlags,
  parseModuleRef,
  renderLilypad,
  renderedBytes,
  templateName,
} from '@lilypad-actions/module-spec';
import { formatFlags, lastValue, parseArgs, type FlagSpec } from '../args';
import { EXIT, UsageError } from '../errors';
import { DEFAULT_MAX_SIZE, formatSize, parseSize, readInputsFile, readTemplateFile } from '../io';
import { printError, type Terminal } from '../terminal';

export const renderFlags: FlagSpec[] = [
  { name: 'input', short: 'i', takesValue: true, valueName: 'K=V', description: "an input, as `lilypad run -i` takes it (repeatable; pflag's rules)" },
  { name: 'inputs-file', takesValue: true, valueName: 'FILE', description: 'inputs from a JSON object of strings; -i flags override them' },
  { name: 'module', takesValue: true, valueName: 'REF', description: 'name the template as Lilypad does for this module, e.g.\ngithub.com/org/repo:v1.0.0 or cowsay:v0.0.4' },
  { name: 'name', takesValue: true, valueName: 'NAME', description: 'template name to use in error messages (default: <file>)' },
  { name: 'max-size', takesValue: true, valueName: 'SIZE', description: `refuse larger templates (default ${formatSize(DEFAULT_MAX_SIZE).replace(' ', '')}; e.g. 512KiB, 20MiB)` },
  { name: 'help', short: 'h', takesValue: false, description: 'show this help' },
];

export const renderUsage = `Render a Lilypad module template as \`lilypad run\` would, before it decodes the JSON.

Usage:
  lilypad-module render <file> [flags]

Prints the rendered text exactly, with nothing added. Inputs are JSON-encoded before rendering
and only \`subst\` is available besides Go's built-ins, as in Lilypad v2.23.0.

Flags:
${formatFlags(renderFlags)}

Exit status: 0 rendered; 1 the template fails to parse or execute (Go's message on stderr);
2 bad arguments or an unusable file.

Example:
  lilypad-module render lilypad_module.json.tmpl -i Message="hello" --module cowsay:v0.0.4
`;

/** Run `render` with the arguments after the command name; returns the exit code. */
export function renderCommand(argv: readonly string[], term: Terminal): number {
  const args = parseArgs(argv, renderFlags);
  if (args.switches.has('help')) {
    term.stdout(renderUsage);
    return EXIT.ok;
  }
  if (args.positionals.length !== 1) {
    throw new UsageError(
      args.positionals.length === 0 ? 'render: missing <file>' : `render: expected one <file>, got ${args.positionals.length}: ${args.positionals.join(' ')}`,
      "run 'lilypad-module render --help' for usage",
    );
  }
  const file = args.positionals[0]!;

  const maxSizeFlag = lastValue(args, 'max-size');
  const maxSize = maxSizeFlag === undefined ? DEFAULT_MAX_SIZE : parseSize(maxSizeFlag);
  if (maxSize === undefined) throw new UsageError(`invalid --max-size ${JSON.stringify(maxSizeFlag)}`, 'give a size in bytes, or with KiB/MiB, e.g. 20MiB');

  const moduleFlag = lastValue(args, 'module');
  const nameFlag = lastValue(args, 'name');
  if (moduleFlag !== undefined && nameFlag !== undefined) throw new UsageError('--module and --name both set the template name; give one');
  let name = nameFlag ?? file;
  if (moduleFlag !== undefined) {
    try {
      name = templateName(parseModuleRef(moduleFlag));
    } catch (e) {
      if (e instanceof ModuleRefError) throw new UsageError(e.message, 'write <repo>:<ref>, e.g. github.com/org/repo:v1.0.0, or <shortcut>:<ref>, e.g. cowsay:v0.0.4');
      throw e;
    }
  }

  const inputsFile = lastValue(args, 'inputs-file');
  let flagInputs: Record<string, string>;
  try {
    flagInputs = parseInputFlags(args.values.get('input') ?? []);
  } catch (e) {
    if (e instanceof InputFlagError) throw new UsageError(e.flagMessage, 'write -i KEY=VALUE; quote a value with spaces: -i Prompt="a red fox"');
    throw e;
  }
  // A Map, not Object.assign, so that an input named __proto__ stays an input.
  const merged = new Map(Object.entries(inputsFile === undefined ? {} : readInputsFile(inputsFile)));
  for (const [k, v] of Object.entries(flagInputs)) merged.set(k, v);
  const inputs = Object.fromEntries(merged);

  const text = readTemplateFile(file, maxSize);
  const result = renderLilypad({ text, name, inputs });
  if (!result.ok) {
    printError(term, result.message);
    return EXIT.templateError;
  }
  term.stdout(renderedBytes(result.output));
  return EXIT.ok;
}
