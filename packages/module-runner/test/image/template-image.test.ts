import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { repoRoot } from '../../../../test/support/repo-root';
import { templateImage } from '../../src/build-module';

const scratch = mkdtempSync(path.join(tmpdir(), 'template-image-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function module(text: string): string {
  const dir = mkdtempSync(path.join(scratch, 'm-'));
  writeFileSync(path.join(dir, 'lilypad_module.json.tmpl'), text);
  return dir;
}

test('the example module: its Image, rendered without inputs, and the line it is on', () => {
  const dir = path.join(repoRoot, 'examples/hello-lilypad');
  expect(templateImage(dir)).toEqual({ ok: true, image: 'ghcr.io/lilypad-tech/hello-lilypad:0.1.0', file: path.join(dir, 'lilypad_module.json.tmpl'), line: 24 });
});

test('a template that needs an input to decode still names its image', () => {
  const r = templateImage(module('{"job": {"Spec": {"Docker": {"Entrypoint": [{{ .Prompt }}],\n"Image": "ghcr.io/o/m:1"}}}}'));
  expect(r).toMatchObject({ ok: true, image: 'ghcr.io/o/m:1', line: 2 });
});

test.each([
  ['{"job": {"Spec": {"Docker": {"Entrypoint": ["x"]}}}}', /names no job\.Spec\.Docker\.Image$/],
  ['{{ .X ', /does not render without inputs: template: lilypad_module\.json\.tmpl:1: unclosed action/],
  ['not json', /does not decode without inputs: invalid character 'o' in literal null/],
])('no image: the reason (%j)', (text, reason) => {
  const r = templateImage(module(text));
  expect(r.ok).toBe(false);
  expect(!r.ok && r.reason).toMatch(reason);
});
