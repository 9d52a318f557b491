import type { BuildModuleResult } from '@lilypad-actions/module-runner';
import { expect, test } from 'vitest';
import { formatBuildSummary } from '../src/summary';

const D = `sha256:${'c'.repeat(64)}`;
const base: BuildModuleResult = {
  image: 'ghcr.io/o/m:v1',
  imageId: `sha256:${'1'.repeat(64)}`,
  digest: D,
  pinned: `ghcr.io/o/m@${D}`,
  templateImage: 'ghcr.io/o/m:v1',
  templateLocation: { file: '/w/lilypad_module.json.tmpl', line: 12 },
  findings: [{ kind: 'not-pinned', severity: 'warning', message: `The template's Image "ghcr.io/o/m:v1" is not pinned by digest | <x>. Pin ghcr.io/o/m@${D}.`, pin: `ghcr.io/o/m@${D}` }],
  build: { imageId: `sha256:${'1'.repeat(64)}`, log: [], seconds: 12.34 },
  push: { digest: D, seconds: 3.21 },
  network: null,
};

test('a pushed build: table with digest and the pin, findings escaped', () => {
  expect(formatBuildSummary(base, 'linux/amd64')).toBe(
    [
      '### build-module',
      '',
      '| | |',
      '| --- | --- |',
      '| image | `ghcr.io/o/m:v1` |',
      `| image id | \`sha256:${'1'.repeat(64)}\` |`,
      '| platform | `linux/amd64` |',
      '| build | 12.3 s |',
      '| push | 3.2 s |',
      `| digest | \`${D}\` |`,
      `| pin as | \`ghcr.io/o/m@${D}\` |`,
      "| template's Image | `ghcr.io/o/m:v1` |",
      '',
      `⚠️ The template's Image "ghcr.io/o/m:v1" is not pinned by digest \\| \\<x\\>. Pin ghcr.io/o/m@${D}.`,
      '',
    ].join('\n'),
  );
});

test('not pushed: says so, no digest rows', () => {
  const text = formatBuildSummary({ ...base, digest: null, pinned: null, push: null, findings: [] }, 'linux/amd64');
  expect(text).toContain('| push | not pushed (push: false) |');
  expect(text).not.toContain('digest');
});
