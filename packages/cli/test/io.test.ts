import { isUtf8 } from 'node:buffer';
import { execFileSync } from 'node:child_process';
import { mkdirSync, symlinkSync, mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
// Any package's UserError: the template reader is module-spec's.
import { UserError } from '@lilypad-actions/errors';
import { DEFAULT_MAX_SIZE, formatSize, invalidUtf8Offset, parseSize, readInputsFile, readTemplateFile } from '../src/io';

const dir = mkdtempSync(path.join(tmpdir(), 'lilypad-module-io-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, content: string | Uint8Array): string {
  const p = path.join(dir, name);
  writeFileSync(p, content);
  return p;
}

function userError(f: () => unknown): UserError {
  try {
    f();
  } catch (e) {
    if (e instanceof UserError) return e;
    throw e;
  }
  throw new Error('expected a UserError');
}

describe('readTemplateFile', () => {
  test('reads UTF-8 text as is, BOM and CRLF included', () => {
    const p = file('ok.tmpl', '\ufeff{"a": {{ .A }}}\r\n');
    expect(readTemplateFile(p)).toBe('\ufeff{"a": {{ .A }}}\r\n');
  });

  test('a missing file', () => {
    const e = userError(() => readTemplateFile(path.join(dir, 'nope.tmpl')));
    expect(e.message).toBe(`${path.join(dir, 'nope.tmpl')}: no such file`);
    expect(e.hint).toMatch(/lilypad_module\.json\.tmpl/);
    // The CLI exits 2 (EXIT.usage) for it: render-command.test.ts runs it.
  });

  test('a path through a file', () => {
    const p = file('plain', 'x');
    expect(userError(() => readTemplateFile(path.join(p, 'x.tmpl'))).message).toBe(`${path.join(p, 'x.tmpl')}: no such file`);
  });

  test('a directory, with the template inside it suggested', () => {
    const d = path.join(dir, 'module');
    mkdirSync(d);
    expect(userError(() => readTemplateFile(d)).message).toBe(`${d}: is a directory, not a template file`);
    expect(userError(() => readTemplateFile(d)).hint).toMatch(/usually lilypad_module\.json\.tmpl/);
    writeFileSync(path.join(d, 'lilypad_module.json.tmpl'), '{}');
    expect(userError(() => readTemplateFile(d)).hint).toBe(`did you mean ${path.join(d, 'lilypad_module.json.tmpl')}?`);
  });

  test('a binary file', () => {
    const p = file('model.bin', Uint8Array.from([0x7b, 0x00, 0x01, 0x02]));
    expect(userError(() => readTemplateFile(p)).message).toBe(`${p}: not a text template (NUL byte at offset 1; this looks like a binary file)`);
  });

  test('a file that is not UTF-8', () => {
    const p = file('latin1.tmpl', Uint8Array.from([0x7b, 0x22, 0xe9, 0x22, 0x7d]));
    expect(userError(() => readTemplateFile(p)).message).toBe(`${p}: not a text template (invalid UTF-8 at byte offset 2)`);
  });

  test('a FIFO is refused at once (no writer: opening it would block), and so is /dev/zero', () => {
    const fifo = path.join(dir, 'fifo.tmpl');
    execFileSync('mkfifo', [fifo]);
    const e = userError(() => readTemplateFile(fifo));
    expect(e.message).toBe(`${fifo}: is a named pipe (FIFO), not a regular file; only regular files are read`);
    expect(e.hint).toBe('save a template to a file and pass that file');
    expect(userError(() => readTemplateFile('/dev/zero')).message).toBe('/dev/zero: is a character device, not a regular file; only regular files are read');
    const link = path.join(dir, 'zero-link.tmpl');
    symlinkSync('/dev/zero', link);
    expect(userError(() => readTemplateFile(link)).message).toBe(`${link}: is a character device, not a regular file; only regular files are read`);
    expect(userError(() => readInputsFile(fifo)).message).toBe(`${fifo}: is a named pipe (FIFO), not a regular file; only regular files are read`);
  });

  test('a file over the cap is refused without being read', () => {
    const p = path.join(dir, 'huge.tmpl');
    writeFileSync(p, '');
    truncateSync(p, 50 * 1024 * 1024);
    const e = userError(() => readTemplateFile(p));
    expect(e.message).toBe(`${p}: 50 MiB is over the 8 MiB limit for a template`);
    expect(e.hint).toMatch(/--max-size/);
    expect(userError(() => readTemplateFile(p, 1024)).message).toBe(`${p}: 50 MiB is over the 1 KiB limit for a template`);
  });

  test('the cap is inclusive and can be raised', () => {
    const p = file('exact.tmpl', 'x'.repeat(100));
    expect(readTemplateFile(p, 100)).toHaveLength(100);
    expect(userError(() => readTemplateFile(p, 99)).message).toBe(`${p}: 100 bytes is over the 99 bytes limit for a template`);
    expect(DEFAULT_MAX_SIZE).toBe(8 * 1024 * 1024);
  });
});

describe('invalidUtf8Offset', () => {
  test.each<[number[], number]>([
    [[0x61, 0x62], -1],
    [[0xc3, 0xa9], -1],
    [[0xf0, 0x9f, 0x98, 0x80], -1],
    [[0x61, 0xc3], 1],
    [[0xc0, 0x80], 0], // overlong
    [[0xe0, 0x80, 0x80], 0], // overlong
    [[0xed, 0xa0, 0x80], 0], // surrogate
    [[0xf4, 0x90, 0x80, 0x80], 0], // above U+10FFFF
    [[0x61, 0xff], 1],
    [[0xe2, 0x82], 0], // truncated
  ])('%j', (bytes, offset) => {
    expect(invalidUtf8Offset(Uint8Array.from(bytes))).toBe(offset);
    expect(offset === -1).toBe(isUtf8(Uint8Array.from(bytes)));
  });
});

describe('readInputsFile', () => {
  test('an object of strings', () => {
    expect(readInputsFile(file('in.json', '{"Message": "hi \\"x\\"", "Seed": "42", "__proto__": "p"}'))).toEqual({
      Message: 'hi "x"',
      Seed: '42',
      ['__proto__']: 'p',
    });
    expect(Object.keys(readInputsFile(file('in2.json', '{"__proto__": "p"}')))).toEqual(['__proto__']);
  });

  test.each<[string, string, string | RegExp]>([
    ['num.json', '{"Seed": 42}', 'input "Seed" must be a string, got a number'],
    ['null.json', '{"Seed": null}', 'input "Seed" must be a string, got null'],
    ['obj.json', '{"Seed": {"a": 1}}', 'input "Seed" must be a string, got an object'],
    ['arr.json', '["a"]', 'expected a JSON object of inputs, got an array'],
    ['str.json', '"a"', 'expected a JSON object of inputs, got a string'],
    ['bad.json', '{"a": ', /not valid JSON: /],
  ])('%s', (name, content, message) => {
    const p = file(name, content);
    const e = userError(() => readInputsFile(p));
    if (typeof message === 'string') expect(e.message).toBe(`${p}: ${message}`);
    else expect(e.message).toMatch(message);
    // The CLI exits 2 (EXIT.usage) for it: render-command.test.ts runs it.
  });

  test('the hint shows the value as a string', () => {
    expect(userError(() => readInputsFile(file('n2.json', '{"Seed": 42}'))).hint).toBe('Lilypad inputs are strings: write "Seed": "42"');
  });
});

describe('sizes', () => {
  test.each<[string, number | undefined]>([
    ['100', 100],
    ['100b', 100],
    ['512KiB', 512 * 1024],
    ['8M', 8 * 1024 * 1024],
    ['20 MiB', 20 * 1024 * 1024],
    ['1.5MiB', undefined],
    ['-1', undefined],
    ['lots', undefined],
    ['', undefined],
  ])('parseSize(%j)', (text, bytes) => {
    expect(parseSize(text)).toBe(bytes);
  });

  test('formatSize', () => {
    expect([12, 1024, 1536, 8 * 1024 * 1024, 50 * 1024 * 1024].map(formatSize)).toEqual(['12 bytes', '1 KiB', '1.5 KiB', '8 MiB', '50 MiB']);
  });
});
