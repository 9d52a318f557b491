// The shipped artefact: the ncc bundle, run as a user runs it (`node dist/lilypad-module.js …`).
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { bundle, ensureBundle, repoRoot, runBundle as run, withLock } from './bundle-support';

const example = 'examples/hello-lilypad/lilypad_module.json.tmpl';

beforeAll(ensureBundle, 300_000);

test('a build lock left by a process that died is taken over, not waited on until the suite times out', () => {
  // Its own lock, not the bundle's: other test files may hold that one right now.
  const lock = path.join(mkdtempSync(path.join(tmpdir(), 'bundle-lock-')), 'build.lock');
  try {
    // A pid that is surely gone: a child that has already exited.
    const dead = spawnSync(process.execPath, ['-e', '']).pid;
    mkdirSync(lock);
    writeFileSync(path.join(lock, 'pid'), String(dead));
    let ran = false;
    // Waiting on a live holder ends in an error after waitMs; a dead one's lock is taken at once.
    withLock(lock, () => (ran = existsSync(path.join(lock, 'pid')) && readFileSync(path.join(lock, 'pid'), 'utf8') === String(process.pid)), 2_000);
    expect(ran).toBe(true);
    expect(existsSync(lock)).toBe(false);
    // A live holder (this process) is waited on, and only for as long as allowed.
    mkdirSync(lock);
    writeFileSync(path.join(lock, 'pid'), String(process.pid));
    expect(() => withLock(lock, () => undefined, 300)).toThrow(`${lock}: held for too long by a running build`);
  } finally {
    rmSync(path.dirname(lock), { recursive: true, force: true });
  }
});

describe('the bundle', () => {
  const elsewhere = mkdtempSync(path.join(tmpdir(), 'lilypad-module-bundle-'));
  afterAll(() => rmSync(elsewhere, { recursive: true, force: true }));

  test('starts with a node shebang', () => {
    expect(readFileSync(bundle, 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true);
  });

  test('renders the example exactly', () => {
    const text = readFileSync(path.join(repoRoot, example), 'utf8');
    const r = run(['render', example, '-i', 'Message=hello from lilypad']);
    expect(r).toMatchObject({ code: 0, stderr: '' });
    expect(r.text).toBe(text.replace(/\{\{ if \.Message \}\}.*\{\{ end \}\}/, '"hello from lilypad"'));
  });

  test('writes the output bytes unchanged', () => {
    const r = run(['render', example, '-i', 'Message=a\nb "c" é']);
    expect(r.code).toBe(0);
    expect(r.stdout.includes(Buffer.from('"a\\nb \\"c\\" é"\n        ]', 'utf8'))).toBe(true);
    expect(r.text.endsWith('}\n')).toBe(true);
  });

  test('is self-contained: runs from a copy outside the repository', () => {
    const copy = path.join(elsewhere, 'lilypad-module.js');
    copyFileSync(bundle, copy);
    const r = run(['render', path.join(repoRoot, example)], { cwd: elsewhere, script: copy });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.text).machine).toEqual({ gpu: 0, cpu: 1000, ram: 100 });
  });

  test('--version and --help', () => {
    expect(run(['--version'])).toMatchObject({ code: 0, text: expect.stringMatching(/^lilypad-module \d+\.\d+\.\d+\n$/) });
    expect(run(['--help']).text).toContain('render');
    expect(run(['render', '--help']).text).toContain('--inputs-file FILE');
  });

  test('a template error: exit 1, Go’s message, no colour off a TTY', () => {
    const r = run(['render', path.join(repoRoot, 'test/fixtures/corpus/templates/jamiebones__Spark-TTS-0.5B__v1.json.tmpl'), '--module', 'github.com/jamiebones/Spark-TTS-0.5B:v1']);
    expect(r.code).toBe(1);
    expect(r.text).toBe('');
    expect(r.stderr).toBe('error: template: https://github.com/jamiebones/Spark-TTS-0.5B-/lilypad_module.json.tmpl-v1:12: function "default" not defined\n');
  });

  test('bad input: exit 2, a message, no stack', () => {
    const r = run(['render', 'nope.tmpl']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^error: nope\.tmpl: no such file\nhint: /);
    expect(r.stderr).not.toMatch(/^\s+at /m);
    expect(run(['render', example, '-i', 'Message']).stderr).toBe(
      'error: invalid argument "Message" for "-i, --input" flag: Message must be formatted as key=value\nhint: write -i KEY=VALUE; quote a value with spaces: -i Prompt="a red fox"\n',
    );
  });

  test('a closed pipe is not an error', () => {
    const r = spawnSync('bash', ['-c', `node ${JSON.stringify(bundle)} render ${example} | head -c 1 >/dev/null; echo "\${PIPESTATUS[0]}"`], { cwd: repoRoot });
    expect(r.stderr.toString()).toBe('');
    expect(r.stdout.toString().trim()).toMatch(/^(0|141)$/);
  });
});
