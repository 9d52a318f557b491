import { describe, expect, test } from 'vitest';
import { goJSONString, goJSONUnmarshalString } from '../src/go-json';

// Expected encodings are Go 1.23's json.Marshal output for the same strings.
describe('goJSONString (json.Marshal of a string)', () => {
  test.each<[string, string]>([
    ['moo', '"moo"'],
    ['', '""'],
    ['Hello lilypad world', '"Hello lilypad world"'],
    ['say "hi"', '"say \\"hi\\""'],
    ['C:\\dir', '"C:\\\\dir"'],
    ['<b>&amp;</b>', '"\\u003cb\\u003e\\u0026amp;\\u003c/b\\u003e"'],
    ['line1\nline2\r\n\ttab', '"line1\\nline2\\r\\n\\ttab"'],
    ['\b\f', '"\\b\\f"'],
    ['\x00\x01\x1f', '"\\u0000\\u0001\\u001f"'],
    ['del\x7f', '"del\x7f"'],
    ['\u2028\u2029', '"\\u2028\\u2029"'],
    ["it's", '"it\'s"'],
    ['é😀中', '"é😀中"'],
    ['/slash', '"/slash"'],
  ])('%j', (s, json) => {
    expect(goJSONString(s)).toBe(json);
  });

  test('unpaired surrogates (bytes that are not UTF-8) become \\ufffd', () => {
    expect(goJSONString('a\ud800b')).toBe('"a\\ufffdb"');
    expect(goJSONString('\udc80\udcff')).toBe('"\\ufffd\\ufffd"');
    expect(goJSONString('x\ud83d')).toBe('"x\\ufffd"');
  });

  test('the result is JSON that decodes back to the input', () => {
    for (const s of ['moo', '<&>', 'a\nb', '\u2028', '😀', '\x00']) expect(JSON.parse(goJSONString(s))).toBe(s);
  });
});

describe('goJSONUnmarshalString (json.Unmarshal into a string)', () => {
  test.each<[string, string | undefined]>([
    ['"moo"', 'moo'],
    ['  "moo"\n', 'moo'],
    ['"\\u003c\\n"', '<\n'],
    ['"\\ud83d\\ude00"', '😀'],
    ['"\\ud800"', '\ufffd'],
    ['"\\udc00\\ud800\\udc00"', '\ufffd\u{10000}'],
    ['null', ''],
    ['moo', undefined],
    ['"unterminated', undefined],
    ['123', undefined],
    ['true', undefined],
    ['["a"]', undefined],
    ['{"a":"b"}', undefined],
    ['"a" "b"', undefined],
    ['', undefined],
    ["'single'", undefined],
  ])('%j', (text, expected) => {
    expect(goJSONUnmarshalString(text)).toBe(expected);
  });
});
