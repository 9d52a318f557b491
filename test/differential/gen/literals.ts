// Template literals: numbers in every Go syntax, strings (interpreted and raw), bools.
import type { Rng } from '../../support/rng';
import { UNKNOWN, type Ctx, type Expr, type Want } from './model';

export const INT_LITERALS: readonly [string, number | undefined][] = [
  ['0', 0],
  ['1', 1],
  ['2', 2],
  ['3', 3],
  ['42', 42],
  ['-7', -7],
  ['+5', 5],
  ['007', 7],
  ['0o17', 15],
  ['0O7', 7],
  ['0x1F', 31],
  ['0XfF', 255],
  ['0b101', 5],
  ['0B11', 3],
  ['1_000', 1000],
  ['0x_FF', 255],
  ['-0', 0],
  ["'a'", 97],
  ["'\\n'", 10],
  ["'\\''", 39],
  ["'\\x41'", 65],
  ["'\\u00e9'", 233],
  ["'😀'", 128512],
  ["'\\\\'", 92],
  ['9223372036854775807', undefined],
  ['-9223372036854775808', undefined],
];
const BIG_INT_LITERALS = [
  '9223372036854775808',
  '18446744073709551615',
  '18446744073709551616',
  '99999999999999999999',
];
const FLOAT_LITERALS = [
  '1.5',
  '-0.5',
  '.5',
  '1.',
  '0.0',
  '1e3',
  '1E-3',
  '6.02e23',
  '0x1p-2',
  '1_0.5',
  '2.50',
  '1e21',
  '-1e-7',
  '3.0',
  '100.0',
  '0.1',
];
const COMPLEX_LITERALS = ['1i', '2.5i', '0i', '1+2i', '-1-1i', '0x1p1i'];
const STRING_LITERALS = [
  '"plain"',
  '""',
  '"with \\"quotes\\""',
  '"tab\\there"',
  '"nl\\n"',
  '"\\u00e9t\\u00e9"',
  '"\\U0001F600"',
  '"\\x41\\102"',
  '"<a href=\'x\'>&</a>"',
  '"%d items"',
  '"100%"',
  '"日本"',
  '"back\\\\slash"',
  '"a\\tb\\\\c\\"d"',
  '`raw \\n string`',
  '``',
  '`multi\nline`',
  '`"quoted"`',
  '"\\a\\b\\f\\v\\r"',
  '"{{"',
  '"=?&"',
  '" "',
];

export function intLiteral(rng: Rng): Expr {
  const [text, v] = rng.pick(INT_LITERALS);
  return { text, shape: { k: 'int', v }, operand: true };
}

export function literal(ctx: Ctx, want: Want): Expr {
  const { rng } = ctx;
  switch (want) {
    case 'str':
      return { text: rng.pick(STRING_LITERALS), shape: { k: 'str' }, operand: true };
    case 'int':
      return intLiteral(rng);
    case 'float':
      return { text: rng.pick(FLOAT_LITERALS), shape: { k: 'float' }, operand: true };
    case 'bool':
      return { text: rng.pick(['true', 'false']), shape: { k: 'bool' }, operand: true };
  }
  const kind = rng.weighted<string>([
    [4, 'str'],
    [3, 'int'],
    [2, 'float'],
    [1, 'bool'],
    [0.4, 'complex'],
    [ctx.wrong, 'bigint'],
  ]);
  switch (kind) {
    case 'complex':
      return { text: rng.pick(COMPLEX_LITERALS), shape: { k: 'complex' }, operand: true };
    case 'bigint':
      return { text: rng.pick(BIG_INT_LITERALS), shape: UNKNOWN, operand: true };
  }
  return literal(ctx, kind as Want);
}
