// How `lilypad run -i K=V` turns its values into the inputs map. Lilypad declares `-i/--input` as a
// pflag StringToString flag (pkg/options/job-creator.go AddJobCreatorOfferCliFlags) and pins
// spf13/pflag v1.0.5, whose stringToStringValue.Set is reproduced here. Its quirks are Lilypad's:
// a value with exactly one `=` has every `"` trimmed from both ends of the WHOLE argument
// (`-i 'Message="hi"'` gives `"hi`), and a value with two or more `=` is read as a CSV record
// whose every field must be `k=v` (`-i 'P=a=b, c'` is an error, `-i a=1,b=2` sets two keys).

import { quote } from '@lilypad-actions/gotemplate';
import { readFirstCsvRecord } from './go-csv';

/** Lilypad's spelling of the flag in pflag's messages (`-i, --input`). */
export const INPUT_FLAG_NAME = '-i, --input';

/** A value pflag's Set rejects; `message` is pflag's error text (also csv.ParseError texts). */
export class InputFlagError extends Error {
  constructor(
    message: string,
    /** The whole flag value, as given. */
    readonly value: string,
  ) {
    super(message);
    this.name = 'InputFlagError';
  }

  /** The line cobra prints after `Error: `: pflag's FlagSet.Set wrapping of this error. */
  get flagMessage(): string {
    return `invalid argument ${quote(this.value)} for ${quote(INPUT_FLAG_NAME)} flag: ${this.message}`;
  }
}

function trimQuotes(s: string): string {
  let a = 0;
  let b = s.length;
  while (a < b && s[a] === '"') a++;
  while (b > a && s[b - 1] === '"') b--;
  return s.slice(a, b);
}

/** The pairs one `-i` value sets (pflag v1.0.5 stringToStringValue.Set, before merging). */
export function parseInputFlagValue(val: string): Map<string, string> {
  const n = val.split('=').length - 1;
  let pairs: string[];
  if (n === 0) {
    throw new InputFlagError(`${val} must be formatted as key=value`, val);
  } else if (n === 1) {
    pairs = [trimQuotes(val)];
  } else {
    try {
      // With at least two `=` there is a non-empty line, so Read never returns io.EOF here.
      pairs = readFirstCsvRecord(val) ?? [];
    } catch (e) {
      throw new InputFlagError((e as Error).message, val);
    }
  }
  const out = new Map<string, string>();
  for (const pair of pairs) {
    const eq = pair.indexOf('=');
    if (eq < 0) throw new InputFlagError(`${pair} must be formatted as key=value`, val);
    out.set(pair.slice(0, eq), pair.slice(eq + 1));
  }
  return out;
}

/**
 * The inputs map Lilypad builds from its `-i/--input` values, in command-line order: each value is
 * parsed as pflag does and merged, later keys winning. Throws InputFlagError with pflag's message.
 */
export function parseInputFlags(args: readonly string[]): Record<string, string> {
  const merged = new Map<string, string>();
  for (const val of args) {
    for (const [k, v] of parseInputFlagValue(val)) merged.set(k, v);
  }
  // fromEntries defines own properties, so a key such as `__proto__` stays an ordinary key.
  return Object.fromEntries(merged);
}
