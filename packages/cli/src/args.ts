// A small command-line parser in pflag's manner (the parser Lilypad's own CLI uses), so that
// `-i` behaves as it does for `lilypad run`: `-i K=V`, `-iK=V`, `-i=K=V`, `--input K=V`,
// `--input=K=V`, repeatable; a flag that takes a value takes the next argument whatever it looks
// like; flags and positional arguments may be mixed; `--` ends the flags. Error texts are pflag's.

import { UsageError } from './errors';

export interface FlagSpec {
  /** Long name, without `--`. */
  name: string;
  /** One-letter shorthand, without `-`. */
  short?: string;
  /** A value flag (`--name value`) or a switch (`--name`). */
  takesValue: boolean;
  /** Value name and description for the help text. */
  valueName?: string;
  description: string;
}

export interface ParsedArgs {
  /** Every value given to each value flag, in order. */
  values: Map<string, string[]>;
  /** The switches given. */
  switches: Set<string>;
  positionals: string[];
}

/** Parse `argv` against `specs`; throws UsageError with pflag's wording. */
export function parseArgs(argv: readonly string[], specs: readonly FlagSpec[]): ParsedArgs {
  const byName = new Map(specs.map((s) => [s.name, s]));
  const byShort = new Map(specs.filter((s) => s.short).map((s) => [s.short!, s]));
  const out: ParsedArgs = { values: new Map(), switches: new Set(), positionals: [] };
  const addValue = (spec: FlagSpec, value: string) => {
    const list = out.values.get(spec.name) ?? [];
    list.push(value);
    out.values.set(spec.name, list);
  };

  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') {
      out.positionals.push(...argv.slice(i + 1));
      break;
    }
    if (arg.startsWith('--')) {
      const eq = arg.indexOf('=');
      const name = arg.slice(2, eq < 0 ? undefined : eq);
      const spec = byName.get(name);
      if (!spec) throw new UsageError(`unknown flag: --${name}`);
      if (!spec.takesValue) {
        if (eq >= 0) throw new UsageError(`flag --${name} takes no value (got ${JSON.stringify(arg.slice(eq + 1))})`);
        out.switches.add(spec.name);
      } else if (eq >= 0) {
        addValue(spec, arg.slice(eq + 1));
      } else if (i + 1 < argv.length) {
        addValue(spec, argv[++i]!);
      } else {
        throw new UsageError(`flag needs an argument: --${name}`);
      }
      continue;
    }
    if (arg.startsWith('-') && arg.length > 1) {
      // A run of shorthands: switches may be grouped (`-hx`); a value flag takes the rest of the
      // run as its value (`-iK=V`, and `-i=K=V` without the `=`), else the next argument.
      for (let j = 1; j < arg.length; j++) {
        const c = arg[j]!;
        const spec = byShort.get(c);
        if (!spec) throw new UsageError(`unknown shorthand flag: '${c}' in ${arg}`);
        if (!spec.takesValue) {
          out.switches.add(spec.name);
          continue;
        }
        const rest = arg.slice(j + 1);
        // pflag drops the `=` of `-i=K=V` but not of `-i=`, whose value is "=".
        if (rest !== '') addValue(spec, rest.startsWith('=') && rest.length > 1 ? rest.slice(1) : rest);
        else if (i + 1 < argv.length) addValue(spec, argv[++i]!);
        else throw new UsageError(`flag needs an argument: '${c}' in ${arg}`);
        break;
      }
      continue;
    }
    out.positionals.push(arg);
  }
  return out;
}

/** The last value given to a value flag (later flags override earlier ones). */
export function lastValue(args: ParsedArgs, name: string): string | undefined {
  const list = args.values.get(name);
  return list?.[list.length - 1];
}

/** The flags section of a help text. */
export function formatFlags(specs: readonly FlagSpec[]): string {
  const heads = specs.map((s) => {
    const short = s.short ? `-${s.short}, ` : '    ';
    return `  ${short}--${s.name}${s.takesValue ? ` ${s.valueName ?? 'value'}` : ''}`;
  });
  const width = Math.max(...heads.map((h) => h.length)) + 3;
  return specs.map((s, k) => heads[k]!.padEnd(width) + s.description.replace(/\n/g, '\n' + ' '.repeat(width))).join('\n');
}
