import { chmodSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import tar from 'tar-stream';
import { afterAll, describe, expect, test } from 'vitest';
import { BuildContextError, createBuildContext, listContext } from '../../src/image/context';

const scratch = mkdtempSync(path.join(tmpdir(), 'context-test-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** A module folder with these files (a value of {link} makes a symbolic link). */
function moduleDir(files: Record<string, string | { link: string }>): string {
  const dir = mkdtempSync(path.join(scratch, 'm-'));
  for (const [name, content] of Object.entries(files)) {
    const file = path.join(dir, name);
    mkdirSync(path.dirname(file), { recursive: true });
    if (typeof content === 'string') writeFileSync(file, content);
    else symlinkSync(content.link, file);
  }
  return dir;
}

interface TarEntry {
  name: string;
  type: string;
  linkname?: string;
  uid: number;
  body: string;
}

async function readTar(stream: Readable): Promise<TarEntry[]> {
  const extract = tar.extract();
  const out: TarEntry[] = [];
  const done = new Promise<void>((resolve, reject) => {
    extract.on('entry', (header, body, next) => {
      const chunks: Buffer[] = [];
      body.on('data', (c: Buffer) => chunks.push(c));
      body.on('error', reject);
      body.on('end', () => {
        out.push({ name: header.name, type: header.type ?? 'file', uid: header.uid ?? -1, body: Buffer.concat(chunks).toString(), ...(header.linkname ? { linkname: header.linkname } : {}) });
        next();
      });
    });
    extract.on('finish', resolve);
    extract.on('error', reject);
    stream.on('error', reject);
  });
  stream.pipe(extract);
  await done;
  return out;
}

describe('listContext honours .dockerignore as docker build does', () => {
  test('patterns, exceptions, folders, and the two files Docker always sends', () => {
    const dir = moduleDir({
      Dockerfile: 'FROM x',
      '.dockerignore': '# comment\n*.md\n!README.md\nsecrets\n.dockerignore\nDockerfile\n/build/**\n**/*.log\ndata\n!data/keep.txt\n',
      'README.md': 'r',
      'NOTES.md': 'n',
      'secrets/key': 'k',
      'build/out.bin': 'b',
      'src/a.ts': 'a',
      'src/deep/x.log': 'l',
      'data/big.bin': 'big',
      'data/keep.txt': 'keep',
    });
    const { entries, ignored } = listContext(dir);
    expect(entries.map((e) => `${e.type === 'directory' ? 'd' : 'f'} ${e.name}`)).toEqual([
      'f .dockerignore',
      'f Dockerfile',
      'f README.md',
      'd build',
      'f data/keep.txt',
      'd src',
      'f src/a.ts',
      'd src/deep',
    ]);
    expect(ignored).toEqual(expect.arrayContaining(['NOTES.md', 'secrets/', 'build/out.bin', 'src/deep/x.log', 'data/big.bin']));
  });

  test('order is byte order, whatever order the files were made in', () => {
    const dir = moduleDir({ Dockerfile: 'FROM x', b: '', a: '', B: '', 'a.b': '', 'a-b': '', _: '' });
    expect(listContext(dir).entries.map((e) => e.name)).toEqual(['B', 'Dockerfile', '_', 'a', 'a-b', 'a.b', 'b']);
  });

  test('a Dockerfile in a sub-folder that .dockerignore excludes is still sent', () => {
    const dir = moduleDir({ 'docker/Dockerfile': 'FROM x', 'docker/other': 'o', '.dockerignore': 'docker\n' });
    const { entries, dockerfile } = listContext(dir, { dockerfile: './docker/Dockerfile' });
    expect(dockerfile).toBe('docker/Dockerfile');
    expect(entries.map((e) => e.name)).toEqual(['.dockerignore', 'docker/Dockerfile']);
  });

  test('no Dockerfile, a Dockerfile outside the context, a missing folder: errors that say so', () => {
    const dir = moduleDir({ 'main.py': '' });
    expect(() => listContext(dir)).toThrow(/no Dockerfile in .*: a module built by build-module needs one/);
    expect(() => listContext(dir, { dockerfile: '../Dockerfile' })).toThrow(/outside the build context/);
    expect(() => listContext(path.join(dir, 'nope'))).toThrow(/no such directory/);
  });

  test.runIf(process.getuid?.() === 0)('an unreadable file is named in the error (checked as an unprivileged user)', () => {
    const dir = moduleDir({ Dockerfile: 'FROM x', 'weights/model.bin': 'secret' });
    chmodSync(path.join(dir, 'weights/model.bin'), 0o000);
    chmodSync(scratch, 0o755);
    chmodSync(dir, 0o755);
    let error: unknown;
    // seteuid, not setuid: root gets its identity back afterwards.
    process.seteuid!(65534);
    try {
      listContext(dir);
    } catch (e) {
      error = e;
    } finally {
      process.seteuid!(0);
    }
    expect(error).toBeInstanceOf(BuildContextError);
    expect((error as Error).message).toBe(
      `cannot read ${path.join(dir, 'weights/model.bin')} for the build context (permission denied): make it readable, or list it in .dockerignore if the image does not need it`,
    );
  });
});

describe('createBuildContext', () => {
  test('the tar holds the files with their content, links as links, owner root', async () => {
    const dir = moduleDir({
      Dockerfile: 'FROM x\nCOPY . /m',
      'app/run.sh': '#!/bin/sh\necho hi\n',
      'app/etc-passwd': { link: '/etc/passwd' },
      'app/up': { link: '../..' },
      '.dockerignore': 'ignored.txt',
      'ignored.txt': 'no',
    });
    chmodSync(path.join(dir, 'app/run.sh'), 0o755);
    const context = createBuildContext(dir);
    const entries = await readTar(context.stream);
    expect(entries.map((e) => [e.name, e.type, e.linkname ?? e.body])).toEqual([
      ['.dockerignore', 'file', 'ignored.txt'],
      ['Dockerfile', 'file', 'FROM x\nCOPY . /m'],
      ['app', 'directory', ''],
      ['app/etc-passwd', 'symlink', '/etc/passwd'],
      ['app/run.sh', 'file', '#!/bin/sh\necho hi\n'],
      ['app/up', 'symlink', '../..'],
    ]);
    expect(entries.every((e) => e.uid === 0)).toBe(true);
  });

  test('the same folder gives the same bytes twice', async () => {
    const dir = moduleDir({ Dockerfile: 'FROM x', 'a/b/c': '1', z: '2' });
    const bytes = async (): Promise<Buffer> => {
      const chunks: Buffer[] = [];
      for await (const c of createBuildContext(dir).stream) chunks.push(c as Buffer);
      return Buffer.concat(chunks);
    };
    expect((await bytes()).equals(await bytes())).toBe(true);
  });

  test('a file removed after listing fails the stream with its path', async () => {
    const dir = moduleDir({ Dockerfile: 'FROM x', 'gone.bin': 'data' });
    const context = createBuildContext(dir);
    rmSync(path.join(dir, 'gone.bin'));
    await expect(readTar(context.stream)).rejects.toThrow(`cannot read ${path.join(dir, 'gone.bin')} for the build context`);
  });
});
