// The `inputs` input's syntax, from the sources (the bundle tests cover the same through the runner).
import { describe, expect, test } from 'vitest';
import { ConfigurationError, parseInputSets } from '@lilypad-actions/action-shared/inputs';

describe('parseInputSets', () => {
  test.each<[string, string, Record<string, string>[] | undefined]>([
    ['empty', '', undefined],
    ['blank lines only', '\n  \n', undefined],
    ['one set', 'A=1\nB=two words', [{ A: '1', B: 'two words' }]],
    ['CRLF line ends', 'A=1\r\nB=2\r\n', [{ A: '1', B: '2' }]],
    ['several sets', 'A=1\n---\nA=2', [{ A: '1' }, { A: '2' }]],
    ['an empty set', '---\nA=2', [{}, { A: '2' }]],
    ['later keys win', 'A=1\nA=2', [{ A: '2' }]],
    ["pflag's CSV form", 'a=1,b=2', [{ a: '1', b: '2' }]],
    ['an input named __proto__', '__proto__=x', [JSON.parse('{"__proto__": "x"}') as Record<string, string>]],
  ])('%s', (_, text, sets) => {
    expect(parseInputSets(text)).toEqual(sets);
    if (sets) expect(parseInputSets(text)!.map((s) => Object.keys(s))).toEqual(sets.map((s) => Object.keys(s)));
  });

  test('a line without = names its line', () => {
    expect(() => parseInputSets('A=1\n\nB')).toThrow(
      new ConfigurationError('inputs, line 3: invalid argument "B" for "-i, --input" flag: B must be formatted as key=value (write KEY=VALUE, or --- between input sets)'),
    );
  });
});
