// `lilypad-module render <file|dir> [-i K=V]…`: the text Lilypad's LoadModule would hand to
// json.Unmarshal for these inputs, byte for byte.

import { renderLilypad, renderedBytes } from '@lilypad-actions/module-spec';
import { formatFlags, lastValue, parseArgs, type FlagSpec } from '../args';
import { EXIT } from '../errors';
import { readInputsFile, readTemplateFile, templatePath } from '../io';
import { HELP_FLAG, INPUT_FLAG, MAX_SIZE_FLAG, NAME_FLAGS, inputFlagsOf, maxSizeOf, mergeInputs, onePath, templateNameOf } from '../template-flags';
import { printError, type Terminal } from '../terminal';

export const renderFlags: FlagSpec[] = [
  INPUT_FLAG,
  { name: 'inputs-file', takesValue: true, valueName: 'FILE', description: 'inputs from a JSON object of strings; -i flags override them' },
  ...NAME_FLAGS,
  MAX_SIZE_FLAG,
  HELP_FLAG,
];

export const renderUsage = `Render a Lilypad module template as \`lilypad run\` would, before it decodes the JSON.

Usage:
  lilypad-module render <file|dir> [flags]

A directory means its lilypad_module.json.tmpl. Prints the rendered text exactly, with nothing added. Inputs are JSON-encoded before rendering
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
  const file = templatePath(onePath('render', 'file|dir', args.positionals));
  const maxSize = maxSizeOf(args);
  const name = templateNameOf(args, file);
  const flagInputs = inputFlagsOf(args);
  const inputsFile = lastValue(args, 'inputs-file');
  const inputs = mergeInputs(inputsFile === undefined ? {} : readInputsFile(inputsFile), flagInputs);

  const text = readTemplateFile(file, maxSize);
  const result = renderLilypad({ text, name, inputs });
  if (!result.ok) {
    printError(term, result.message);
    return EXIT.templateError;
  }
  term.stdout(renderedBytes(result.output));
  return EXIT.ok;
}
