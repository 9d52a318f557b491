// The flags every command that reads a template shares (`render`, `validate`, `inputs`): its
// inputs as `lilypad run -i` takes them, the name Go's messages give it, and the size cap.

import { InputFlagError, ModuleRefError, parseInputFlags, parseModuleRef, templateName } from '@lilypad-actions/module-spec';
import { lastValue, type FlagSpec, type ParsedArgs } from './args';
import { UsageError } from './errors';
import { DEFAULT_MAX_SIZE, formatSize, parseSize } from './io';

export const INPUT_FLAG: FlagSpec = {
  name: 'input',
  short: 'i',
  takesValue: true,
  valueName: 'K=V',
  description: "an input, as `lilypad run -i` takes it (repeatable; pflag's rules)",
};

export const NAME_FLAGS: FlagSpec[] = [
  { name: 'module', takesValue: true, valueName: 'REF', description: 'name the template as Lilypad does for this module, e.g.\ngithub.com/org/repo:v1.0.0 or cowsay:v0.0.4' },
  { name: 'name', takesValue: true, valueName: 'NAME', description: 'template name to use in error messages (default: <file>)' },
];

export const MAX_SIZE_FLAG: FlagSpec = {
  name: 'max-size',
  takesValue: true,
  valueName: 'SIZE',
  description: `refuse larger templates (default ${formatSize(DEFAULT_MAX_SIZE).replace(' ', '')}; e.g. 512KiB, 20MiB)`,
};

export const HELP_FLAG: FlagSpec = { name: 'help', short: 'h', takesValue: false, description: 'show this help' };

/** The --max-size cap in bytes. */
export function maxSizeOf(args: ParsedArgs): number {
  const flag = lastValue(args, 'max-size');
  const maxSize = flag === undefined ? DEFAULT_MAX_SIZE : parseSize(flag);
  if (maxSize === undefined) throw new UsageError(`invalid --max-size ${JSON.stringify(flag)}`, 'give a size in bytes, or with KiB/MiB, e.g. 20MiB');
  return maxSize;
}

/** The template name from --module or --name, else the file as given. */
export function templateNameOf(args: ParsedArgs, file: string): string {
  const moduleFlag = lastValue(args, 'module');
  const nameFlag = lastValue(args, 'name');
  if (moduleFlag !== undefined && nameFlag !== undefined) throw new UsageError('--module and --name both set the template name; give one');
  if (moduleFlag === undefined) return nameFlag ?? file;
  try {
    return templateName(parseModuleRef(moduleFlag));
  } catch (e) {
    if (e instanceof ModuleRefError) throw new UsageError(e.message, 'write <repo>:<ref>, e.g. github.com/org/repo:v1.0.0, or <shortcut>:<ref>, e.g. cowsay:v0.0.4');
    throw e;
  }
}

/** The -i values merged as Lilypad merges them; pflag's message as a usage error. */
export function inputFlagsOf(args: ParsedArgs): Record<string, string> {
  try {
    return parseInputFlags(args.values.get('input') ?? []);
  } catch (e) {
    if (e instanceof InputFlagError) throw new UsageError(e.flagMessage, 'write -i KEY=VALUE; quote a value with spaces: -i Prompt="a red fox"');
    throw e;
  }
}

/** `base` with `overrides` on top; a Map, not Object.assign, so that an input named __proto__ stays an input. */
export function mergeInputs(base: Readonly<Record<string, string>>, overrides: Readonly<Record<string, string>>): Record<string, string> {
  const merged = new Map(Object.entries(base));
  for (const [k, v] of Object.entries(overrides)) merged.set(k, v);
  return Object.fromEntries(merged);
}

/** The one path a command takes, or a usage error naming the command. */
export function onePath(command: string, what: string, positionals: readonly string[]): string {
  if (positionals.length === 1) return positionals[0]!;
  throw new UsageError(
    positionals.length === 0 ? `${command}: missing <${what}>` : `${command}: expected one <${what}>, got ${positionals.length}: ${positionals.join(' ')}`,
    `run 'lilypad-module ${command} --help' for usage`,
  );
}
