// The text formats print what a template and its repository control — its Image, other rendered
// values quoted in findings, input values, its file name — and a CI log is where they are read.
// None of it may become a workflow command (issue 9, finding 4), read as GitHub's runner reads it.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { safeLine } from '@lilypad-actions/workflow-commands';
import { INJECTIONS, runnerCommands } from '../../../../test/support/runner-commands';
import { repoRoot } from '../../../../test/support/repo-root';
import { formatInputsText, formatText, validateTemplate } from '../../src/index';

const example = readFileSync(path.join(repoRoot, 'examples/hello-lilypad/lilypad_module.json.tmpl'), 'utf8');

/** The example with its Image (a rendered value) set to `image`, spelled as a JSON string. */
const withImage = (image: string) => example.replace(/"Image": "[^"]*"/, `"Image": ${JSON.stringify(image)}`);

describe.each(INJECTIONS)('untrusted %j', (payload) => {
  test('as the Image: stays on its line, no command', () => {
    const report = validateTemplate({ file: 'lilypad_module.json.tmpl', text: withImage(`busybox${payload}`) });
    expect(report.image).toBe(`busybox${payload}`);
    for (const color of [false, true]) {
      const text = formatText([report], { color });
      expect(runnerCommands(text)).toEqual([]);
      const line = text.replace(/\x1b\[[0-9;]*m/g, '').split('\n').find((l) => l.startsWith('lilypad_module.json.tmpl: '));
      expect(line).toBe(`lilypad_module.json.tmpl: ${report.valid ? 'valid' : 'invalid'}, image ${safeLine(`busybox${payload}`)}`);
    }
  });

  test('as an input value, quoted in load verdicts and findings', () => {
    const report = validateTemplate({ file: 'lilypad_module.json.tmpl', text: example, inputSets: [{ Message: JSON.stringify(payload) }, { Message: payload }] });
    const text = formatText([report], { color: false });
    expect(text).toContain('Message=');
    expect(runnerCommands(text)).toEqual([]);
  });

  test('as the file name, in findings, the template line and the inputs table', () => {
    const file = `mod${payload}/lilypad_module.json.tmpl`;
    const report = validateTemplate({ file, text: example.replace('"Concurrency": 1', '"Concurrency": 1,') });
    expect(report.findings.length).toBeGreaterThan(0);
    const text = formatText([report], { color: false }) + formatInputsText(report, { color: false });
    expect(runnerCommands(text)).toEqual([]);
  });
});

test('printed raw, each value would be a command where it can land (what the escaping prevents)', () => {
  // A line of its own (a table's first column, a line break in the value) or, for ##[, anywhere.
  for (const payload of INJECTIONS) expect(runnerCommands(payload).length, payload).toBeGreaterThan(0);
  expect(runnerCommands('lilypad_module.json.tmpl: valid, image busybox\n::error title=x::y')).toHaveLength(1);
  expect(runnerCommands('lilypad_module.json.tmpl: valid, image busybox##[error]x')).toHaveLength(1);
});
