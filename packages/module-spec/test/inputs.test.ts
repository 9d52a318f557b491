import { describe, expect, test } from 'vitest';
import { InputFlagError, parseInputFlags, parseInputFlagValue } from '../src/inputs';
import { readFirstCsvRecord } from '../src/go-csv';

// Expected values were checked against Go 1.23 running pflag v1.0.5's Set with encoding/csv.

function errorOf(f: () => unknown): string {
  try {
    f();
  } catch (e) {
    if (e instanceof Error) return e.message;
  }
  throw new Error('expected an error');
}

describe('parseInputFlags: one value', () => {
  test.each<[string, Record<string, string>]>([
    ['Message=moo', { Message: 'moo' }],
    ['Message=', { Message: '' }],
    ['=v', { '': 'v' }],
    // one `=`: the WHOLE argument loses its surrounding `"` characters, all of them
    ['Message="hi"', { Message: '"hi' }],
    ['"Message=hi"', { Message: 'hi' }],
    ['""Message=hi""', { Message: 'hi' }],
    // one `=`: commas are kept (pflag's documented special case)
    ['a=1,2', { a: '1,2' }],
    ['SENTENCE=Ok, sono nato!', { SENTENCE: 'Ok, sono nato!' }],
    // two or more `=`: one CSV record, every field k=v
    ['a=1,b=2', { a: '1', b: '2' }],
    ['PromptEnv=PROMPT=flying fish', { PromptEnv: 'PROMPT=flying fish' }],
    ['"a=b,c",d=e', { a: 'b,c', d: 'e' }],
    ['"a=""q""",b=c', { a: '"q"', b: 'c' }],
    ['a=1,a=2', { a: '2' }],
    // CSV reads the first record only; leading empty lines are skipped
    ['a=1,b=2\nc=3', { a: '1', b: '2' }],
    ['\na=1,b=2', { a: '1', b: '2' }],
    ['"a=\r\nb",c=d', { a: '\nb', c: 'd' }],
    ['a=1,b=2\r', { a: '1', b: '2' }],
  ])('%j', (value, expected) => {
    expect(parseInputFlags([value])).toEqual(expected);
  });

  test.each<[string, string]>([
    ['moo', 'moo must be formatted as key=value'],
    ['', ' must be formatted as key=value'],
    ['P=a=b, c', ' c must be formatted as key=value'],
    ['a=b=c,', ' must be formatted as key=value'],
    ['a=b"c=d', 'parse error on line 1, column 4: bare " in non-quoted-field'],
    ['é=😀,x=y"', 'parse error on line 1, column 12: bare " in non-quoted-field'],
    ['"a=b,c=d', 'parse error on line 1, column 9: extraneous or missing " in quoted-field'],
    ['"a=b"x,c=d', 'parse error on line 1, column 5: extraneous or missing " in quoted-field'],
    ['x=1,"y=2\n3"z,w=4', 'record on line 1; parse error on line 2, column 2: extraneous or missing " in quoted-field'],
  ])('%j fails: %s', (value, message) => {
    expect(errorOf(() => parseInputFlags([value]))).toBe(message);
  });
});

describe('parseInputFlags: several values', () => {
  test('merge in order, later keys win', () => {
    expect(parseInputFlags(['a=1', 'b=2', 'a=3,c=4=5'])).toEqual({ a: '3', b: '2', c: '4=5' });
  });

  test('keys are case-sensitive', () => {
    expect(parseInputFlags(['Message=a', 'message=b'])).toEqual({ Message: 'a', message: 'b' });
  });

  test('no values, no inputs', () => {
    expect(parseInputFlags([])).toEqual({});
  });

  test('__proto__ is an ordinary key', () => {
    const inputs = parseInputFlags(['__proto__=x']);
    expect(Object.keys(inputs)).toEqual(['__proto__']);
    expect(inputs['__proto__']).toBe('x');
  });

  test('the first bad value stops parsing', () => {
    expect(errorOf(() => parseInputFlags(['a=1', 'oops', 'b']))).toBe('oops must be formatted as key=value');
  });
});

describe('InputFlagError.flagMessage', () => {
  test.each<[string, string]>([
    ['moo', 'invalid argument "moo" for "-i, --input" flag: moo must be formatted as key=value'],
    ['P=a=b, c', 'invalid argument "P=a=b, c" for "-i, --input" flag:  c must be formatted as key=value'],
    ['say "hi"\n', 'invalid argument "say \\"hi\\"\\n" for "-i, --input" flag: say "hi"\n must be formatted as key=value'],
    ['\u00a0\x7fé', 'invalid argument "\\u00a0\\x7fé" for "-i, --input" flag: \u00a0\x7fé must be formatted as key=value'],
  ])('%j', (value, message) => {
    try {
      parseInputFlagValue(value);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(InputFlagError);
      expect((e as InputFlagError).flagMessage).toBe(message);
      expect((e as InputFlagError).value).toBe(value);
    }
  });
});

describe('readFirstCsvRecord', () => {
  test.each<[string, string[] | null]>([
    ['a,b,c', ['a', 'b', 'c']],
    ['a,,c,', ['a', '', 'c', '']],
    ['"a,b","c""d"', ['a,b', 'c"d']],
    ['"multi\nline",x\ny,z', ['multi\nline', 'x']],
    ['\n\n\nlate', ['late']],
    ['', null],
    ['\n\r\n', null],
  ])('%j', (text, expected) => {
    expect(readFirstCsvRecord(text)).toEqual(expected);
  });

  test('a quote inside an unquoted field is an error at its byte column', () => {
    expect(errorOf(() => readFirstCsvRecord(' "a"'))).toBe('parse error on line 1, column 2: bare " in non-quoted-field');
  });
});
