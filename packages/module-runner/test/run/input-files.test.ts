// checkInputFiles on real directories: Lilypad's ValidateInputFiles rules with its own messages
// (docs/lilypad-module-format.md §4.4).
import { closeSync, mkdirSync, mkdtempSync, openSync, readSync, rmSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkInputFiles, dangerousContent, MAX_INPUT_BYTES } from '../../src/run/input-files';

const temp = mkdtempSync(path.join(tmpdir(), 'input-files-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

let dirs = 0;
/** A fresh directory holding `files` (name → content). */
function inputsDir(files: Record<string, string | Buffer> = {}): string {
  const dir = path.join(temp, `case-${++dirs}`);
  mkdirSync(dir);
  for (const [name, content] of Object.entries(files)) writeFileSync(path.join(dir, name), content);
  return dir;
}

/** The first 4 KiB of a real ELF executable. */
function elfHead(): Buffer {
  const fd = openSync('/bin/busybox', 'r');
  try {
    const buffer = Buffer.alloc(4096);
    const n = readSync(fd, buffer, 0, 4096, 0);
    expect(n).toBe(4096);
    return buffer;
  } finally {
    closeSync(fd);
  }
}

/** A zip local file header for `name` (stored, empty), as a JAR starts with META-INF/. */
function zipEntry(name: string): Buffer {
  const header = Buffer.alloc(30);
  header.writeUInt32LE(0x04034b50, 0); // PK\x03\x04
  header.writeUInt16LE(20, 4); // version needed
  header.writeUInt16LE(0x0808, 6); // flags
  header.writeUInt16LE(0, 8); // stored
  header.writeUInt16LE(name.length, 26);
  return Buffer.concat([header, Buffer.from(name, 'latin1'), Buffer.from('Manifest-Version: 1.0\r\n')]);
}

describe('checkInputFiles', () => {
  it('accepts a clean directory of listed text and data files', () => {
    const dir = inputsDir({ 'prompt.txt': 'a lily pad in the rain\n', 'image.png': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]) });
    expect(checkInputFiles(dir, { required: ['prompt.txt'], optional: ['image.png'] })).toStrictEqual([]);
  });

  it('accepts a missing optional file', () => {
    const dir = inputsDir({ 'prompt.txt': 'hi\n' });
    expect(checkInputFiles(dir, { required: ['prompt.txt'], optional: ['mask.png'] })).toStrictEqual([]);
  });

  it('rejects a name listed twice across required and optional, with Lilypad\'s message (lilypad-concat-files-module)', () => {
    const dir = inputsDir({ 'one.txt': '1\n', 'two.txt': '2\n' });
    expect(checkInputFiles(dir, { required: ['one.txt', 'two.txt'], optional: ['one.txt'] })).toStrictEqual([
      'duplicate file one.txt in input files definition',
    ]);
  });

  it('rejects a name listed twice within required', () => {
    const dir = inputsDir({ 'one.txt': '1\n' });
    expect(checkInputFiles(dir, { required: ['one.txt', 'one.txt'], optional: [] })).toStrictEqual(['duplicate file one.txt in input files definition']);
  });

  it('rejects a subdirectory', () => {
    const dir = inputsDir({ 'one.txt': '1\n' });
    mkdirSync(path.join(dir, 'nested'));
    expect(checkInputFiles(dir, { required: ['one.txt'], optional: [] })).toStrictEqual([
      'subdirectory nested found, but subdirectories are not allowed in inputs directory',
    ]);
  });

  it('rejects a subdirectory even when its name is listed', () => {
    const dir = inputsDir();
    mkdirSync(path.join(dir, 'data'));
    expect(checkInputFiles(dir, { required: [], optional: ['data'] })).toStrictEqual([
      'subdirectory data found, but subdirectories are not allowed in inputs directory',
    ]);
  });

  it('rejects an unlisted file', () => {
    const dir = inputsDir({ 'one.txt': '1\n', 'notes.md': '# notes\n' });
    expect(checkInputFiles(dir, { required: ['one.txt'], optional: [] })).toStrictEqual([
      'file notes.md found but not listed in required or optional files',
    ]);
  });

  it('rejects a missing required file', () => {
    const dir = inputsDir({ 'one.txt': '1\n' });
    expect(checkInputFiles(dir, { required: ['one.txt', 'two.txt'], optional: [] })).toStrictEqual(['required file two.txt not found in inputs directory']);
  });

  it('rejects a listed symlink (to a file or a directory) rather than following it', () => {
    const dir = inputsDir();
    symlinkSync('/etc/passwd', path.join(dir, 'passwd.txt'));
    symlinkSync('/etc', path.join(dir, 'etc'));
    const problems = checkInputFiles(dir, { required: [], optional: ['passwd.txt', 'etc'] });
    expect([...problems].sort()).toStrictEqual([
      `file ${path.join(dir, 'etc')} is not a regular file (links and devices are not sent)`,
      `file ${path.join(dir, 'passwd.txt')} is not a regular file (links and devices are not sent)`,
    ]);
  });

  it('counts a required file that is a symlink as not present', () => {
    const dir = inputsDir();
    symlinkSync('/etc/hostname', path.join(dir, 'one.txt'));
    expect(checkInputFiles(dir, { required: ['one.txt'], optional: [] })).toStrictEqual([
      `file ${path.join(dir, 'one.txt')} is not a regular file (links and devices are not sent)`,
      'required file one.txt not found in inputs directory',
    ]);
  });

  it('rejects an ELF executable by its content, whatever its name', () => {
    const dir = inputsDir({ 'data.bin': elfHead() });
    expect(checkInputFiles(dir, { required: ['data.bin'], optional: [] })).toStrictEqual([
      `file ${path.join(dir, 'data.bin')} has potentially dangerous type: application/x-elf`,
    ]);
  });

  it('rejects a Windows PE executable (MZ)', () => {
    const dir = inputsDir({ 'setup.txt': Buffer.concat([Buffer.from('MZ'), Buffer.alloc(62, 0x90), Buffer.from('This program cannot be run in DOS mode.')]) });
    expect(checkInputFiles(dir, { required: ['setup.txt'], optional: [] })).toStrictEqual([
      `file ${path.join(dir, 'setup.txt')} has potentially dangerous type: application/vnd.microsoft.portable-executable`,
    ]);
  });

  it('rejects a shell script whose #! is on line 3', () => {
    const dir = inputsDir({ 'prompt.txt': 'first line\nsecond line\n#!/bin/sh\nrm -rf /\n' });
    expect(checkInputFiles(dir, { required: ['prompt.txt'], optional: [] })).toStrictEqual([`file ${path.join(dir, 'prompt.txt')} contains script content`]);
  });

  it('looks for scripts in the first 10 lines only', () => {
    const lines = (n: number) => Array.from({ length: n }, (_, i) => `line ${i + 1}`).join('\n');
    const dir = inputsDir({ 'tenth.txt': `${lines(9)}\n#!/bin/sh\n`, 'eleventh.txt': `${lines(10)}\n#!/bin/sh\n` });
    expect(checkInputFiles(dir, { required: ['tenth.txt', 'eleventh.txt'], optional: [] })).toStrictEqual([
      `file ${path.join(dir, 'tenth.txt')} contains script content`,
    ]);
  });

  it('rejects PHP and HTML script content', () => {
    const dir = inputsDir({ 'page.txt': 'hello\n<?php system($_GET["c"]); ?>\n' });
    expect(checkInputFiles(dir, { required: ['page.txt'], optional: [] })).toStrictEqual([`file ${path.join(dir, 'page.txt')} contains script content`]);
    const html = inputsDir({ 'page.html': '<html>\n  <SCRIPT>alert(1)</SCRIPT>\n</html>\n' });
    expect(checkInputFiles(html, { required: ['page.html'], optional: [] })).toStrictEqual([`file ${path.join(html, 'page.html')} contains script content`]);
  });

  it('accepts text that only mentions #! or <script later in a line', () => {
    const dir = inputsDir({ 'prompt.txt': 'write a poem about #!/bin/sh and <script> tags\n' });
    expect(checkInputFiles(dir, { required: ['prompt.txt'], optional: [] })).toStrictEqual([]);
  });

  it('rejects a JAR (a zip with META-INF/) and accepts a plain zip', () => {
    const dir = inputsDir({ 'model.zip': zipEntry('META-INF/MANIFEST.MF'), 'data.zip': zipEntry('weights/layer0.bin') });
    expect(checkInputFiles(dir, { required: ['model.zip', 'data.zip'], optional: [] })).toStrictEqual([
      `file ${path.join(dir, 'model.zip')} has potentially dangerous type: application/jar`,
    ]);
  });

  it('rejects more than 10 MB in total, and accepts exactly 10 MB', () => {
    const over = inputsDir({ 'a.bin': '', 'b.bin': '' });
    truncateSync(path.join(over, 'a.bin'), 6 * 1024 * 1024);
    truncateSync(path.join(over, 'b.bin'), 4 * 1024 * 1024 + 1);
    expect(checkInputFiles(over, { required: ['a.bin', 'b.bin'], optional: [] })).toStrictEqual([
      "input files total 10485761 bytes, over the solver's 10485760-byte limit (SERVER_MAX_FILE_INPUTS_SIZE_MB)",
    ]);
    const exact = inputsDir({ 'a.bin': '' });
    truncateSync(path.join(exact, 'a.bin'), MAX_INPUT_BYTES);
    expect(MAX_INPUT_BYTES).toBe(10_485_760);
    expect(checkInputFiles(exact, { required: ['a.bin'], optional: [] })).toStrictEqual([]);
  });

  it('reports every problem of a directory at once', () => {
    const dir = inputsDir({ 'one.txt': '#!/bin/bash\n', 'stray.txt': 'x' });
    mkdirSync(path.join(dir, 'sub'));
    const problems = checkInputFiles(dir, { required: ['one.txt', 'two.txt'], optional: ['one.txt'] });
    // Directory order is the file system's; the definition and the missing files come first and last.
    expect(problems[0]).toBe('duplicate file one.txt in input files definition');
    expect(problems.at(-1)).toBe('required file two.txt not found in inputs directory');
    expect([...problems].sort()).toStrictEqual(
      [
        'duplicate file one.txt in input files definition',
        `file ${path.join(dir, 'one.txt')} contains script content`,
        'file stray.txt found but not listed in required or optional files',
        'subdirectory sub found, but subdirectories are not allowed in inputs directory',
        'required file two.txt not found in inputs directory',
      ].sort(),
    );
  });
});

describe('dangerousContent', () => {
  const bytes = (...b: number[]) => Buffer.from(b);

  it('names executable, library, Java and Flash types', () => {
    expect(dangerousContent(elfHead())).toBe('application/x-elf');
    expect(dangerousContent(Buffer.from('MZ\x90\x00'))).toBe('application/vnd.microsoft.portable-executable');
    expect(dangerousContent(bytes(0xcf, 0xfa, 0xed, 0xfe, 7, 0, 0, 1))).toBe('application/x-mach-binary');
    expect(dangerousContent(bytes(0xce, 0xfa, 0xed, 0xfe, 7, 0, 0, 0))).toBe('application/x-mach-binary');
    expect(dangerousContent(bytes(0xfe, 0xed, 0xfa, 0xcf, 0, 0, 0, 7))).toBe('application/x-mach-binary');
    expect(dangerousContent(bytes(0xca, 0xfe, 0xba, 0xbe, 0, 0, 0, 52))).toBe('application/x-java-applet');
    expect(dangerousContent(zipEntry('META-INF/MANIFEST.MF'))).toBe('application/jar');
    expect(dangerousContent(Buffer.from('FWS\x0a\x00\x00'))).toBe('application/x-shockwave-flash');
    expect(dangerousContent(Buffer.from('CWS\x0a\x00\x00'))).toBe('application/x-shockwave-flash');
    expect(dangerousContent(Buffer.from('ZWS\x0d\x00\x00'))).toBe('application/x-shockwave-flash');
  });

  it('flags script starts in the first 10 lines, case-insensitively and after leading blanks', () => {
    expect(dangerousContent(Buffer.from('#!/usr/bin/env python3\nprint(1)\n'))).toBe('contains script content');
    expect(dangerousContent(Buffer.from('a\n   #!/bin/sh\n'))).toBe('contains script content');
    expect(dangerousContent(Buffer.from('a\nb\n<ScRiPt src="x.js">\n'))).toBe('contains script content');
    expect(dangerousContent(Buffer.from('<?PHP echo 1;'))).toBe('contains script content');
  });

  it('passes text, other binaries and empty files', () => {
    expect(dangerousContent(Buffer.from('just a prompt\n'))).toBeNull();
    expect(dangerousContent(Buffer.alloc(0))).toBeNull();
    expect(dangerousContent(zipEntry('weights.bin'))).toBeNull();
    // Binary data containing a NUL is not read as text, whatever follows.
    expect(dangerousContent(Buffer.concat([bytes(1, 2, 0, 3), Buffer.from('\n#!/bin/sh\n')]))).toBeNull();
    expect(dangerousContent(Buffer.from('M'))).toBeNull();
  });
});
