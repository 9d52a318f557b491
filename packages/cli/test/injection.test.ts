// The CLI bundle in a CI step (issue 9, finding 4): what a template and its repository control —
// the Image and other rendered values, file and folder names, Go's messages quoting them — reaches
// stdout and stderr in every format, and is read there the way GitHub's runner reads it.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { INJECTIONS, runnerCommands, stepCommands, unexpectedCommands } from '../../../test/support/runner-commands';
import { ensureBundle, repoRoot, runBundle } from './bundle-support';

const scratch = mkdtempSync(path.join(tmpdir(), 'cli-injection-'));
beforeAll(() => ensureBundle(), 300_000);
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const example = readFileSync(path.join(repoRoot, 'examples/hello-lilypad/lilypad_module.json.tmpl'), 'utf8');

/** A module folder named `name` (under scratch) whose Image is `image`. */
function moduleDir(name: string, image: string): string {
  const dir = path.join(mkdtempSync(path.join(scratch, 'm-')), name);
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, 'lilypad_module.json.tmpl'), example.replace(/"Image": "[^"]*"/, `"Image": ${JSON.stringify(`busybox${image}`)}`));
  return dir;
}

const output = (r: ReturnType<typeof runBundle>) => ({ stdout: r.text, stderr: r.stderr });

describe.each(INJECTIONS)('untrusted %j', (payload) => {
  // A folder name may hold anything but `/` and NUL on Linux; the payload's own `/`-free form.
  const folder = `mod${payload}`;

  test('validate --format text: no command on stdout or stderr', () => {
    const dir = moduleDir(folder, payload);
    const inputs = path.join(dir, 'inputs.json');
    writeFileSync(inputs, JSON.stringify([{ Message: JSON.stringify(payload) }, { Message: payload }]));
    const r = runBundle(['validate', dir, '--inputs-file', inputs]);
    expect(r.code).toBe(1);
    expect(r.text).toContain('image busybox');
    expect(stepCommands(output(r))).toEqual([]);
  });

  test('validate --format json: the same values, no command', () => {
    const dir = moduleDir(folder, payload);
    const r = runBundle(['validate', dir, '--format', 'json']);
    const doc = JSON.parse(r.text) as { files: Array<{ image: string; file: string }> };
    expect(doc.files[0]!.image).toBe(`busybox${payload}`);
    expect(doc.files[0]!.file).toContain(folder);
    expect(stepCommands(output(r))).toEqual([]);
  });

  test('validate --format github: only the annotations meant, their text escaped', () => {
    const dir = moduleDir(folder, payload);
    const r = runBundle(['validate', dir, '--format', 'github']);
    const commands = runnerCommands(r.text);
    expect(commands.length).toBeGreaterThan(0);
    expect(unexpectedCommands(commands, ['image-malformed', 'image-unpinned', 'image-latest', 'more findings'])).toEqual([]);
    expect(commands.every((c) => c.form === 'v2' && ['error', 'warning', 'notice'].includes(c.command))).toBe(true);
    expect(commands.some((c) => c.data.includes(`busybox${payload}`))).toBe(true);
  });

  test('inputs, text and json: no command', () => {
    const dir = moduleDir(folder, payload);
    for (const format of ['text', 'json']) {
      const r = runBundle(['inputs', dir, '--format', format]);
      expect(r.code).toBe(0);
      expect(stepCommands(output(r))).toEqual([]);
    }
  });

  test('errors on stderr: a missing file, and Go quoting the template name', () => {
    const missing = runBundle(['validate', path.join(scratch, folder, 'nope.tmpl')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/^error: .*: no such file/s);
    expect(stepCommands(output(missing))).toEqual([]);
    const broken = path.join(moduleDir(folder, ''), 'lilypad_module.json.tmpl');
    writeFileSync(broken, '{{ .Message ');
    const render = runBundle(['render', broken, '--name', payload]);
    expect(render.code).toBe(1);
    expect(render.stderr).toMatch(/^error: template: /);
    expect(stepCommands(output(render))).toEqual([]);
  });
});
