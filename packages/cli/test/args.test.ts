import { describe, expect, test } from 'vitest';
import { parseArgs, type FlagSpec } from '../src/args';
import { UsageError } from '../src/errors';

const specs: FlagSpec[] = [
  { name: 'input', short: 'i', takesValue: true, description: '' },
  { name: 'module', takesValue: true, description: '' },
  { name: 'help', short: 'h', takesValue: false, description: '' },
  { name: 'verbose', short: 'v', takesValue: false, description: '' },
];

const parse = (...argv: string[]) => {
  const a = parseArgs(argv, specs);
  return { values: Object.fromEntries(a.values), switches: [...a.switches], positionals: a.positionals };
};

describe('parseArgs', () => {
  test('every spelling of a repeated value flag, in order', () => {
    expect(parse('-i', 'a=1', '-ib=2', '-i=c=3', '--input', 'd=4', '--input=e=5').values).toEqual({
      input: ['a=1', 'b=2', 'c=3', 'd=4', 'e=5'],
    });
  });

  test('a value flag takes the next argument whatever it looks like', () => {
    expect(parse('-i', '-h', '--input', '--', 'f').values).toEqual({ input: ['-h', '--'] });
    expect(parse('-i', '-h', '--input', '--', 'f').positionals).toEqual(['f']);
  });

  test('flags and positionals mix; -- ends the flags', () => {
    expect(parse('file', '-i', 'a=1', 'other', '--', '-i', '--help')).toEqual({
      values: { input: ['a=1'] },
      switches: [],
      positionals: ['file', 'other', '-i', '--help'],
    });
  });

  test('switches, grouped shorthands, and a lone dash', () => {
    expect(parse('-hv', '--verbose', '-')).toEqual({ values: {}, switches: ['help', 'verbose'], positionals: ['-'] });
    expect(parse('-vi', 'a=1').values).toEqual({ input: ['a=1'] });
  });

  test('empty values are values', () => {
    expect(parse('--module=', '-i', '').values).toEqual({ module: [''], input: [''] });
    expect(parse('-i=').values).toEqual({ input: ['='] });
  });

  test.each<[string[], string]>([
    [['--nope'], 'unknown flag: --nope'],
    [['--nope=1'], 'unknown flag: --nope'],
    [['-x'], "unknown shorthand flag: 'x' in -x"],
    [['-vx'], "unknown shorthand flag: 'x' in -vx"],
    [['-i'], "flag needs an argument: 'i' in -i"],
    [['--input'], 'flag needs an argument: --input'],
    [['--help=yes'], 'flag --help takes no value (got "yes")'],
  ])('%j fails: %s', (argv, message) => {
    expect(() => parseArgs(argv, specs)).toThrow(UsageError);
    expect(() => parseArgs(argv, specs)).toThrow(message);
  });
});
