// An action's README as its own repository shows it (scripts/lib/published-readme.mjs).
import { expect, test } from 'vitest';
import { publishedReadme } from '../../scripts/lib/published-readme.mjs';

const COMMIT = 'c0ffee'.padEnd(40, '0');
const options = { action: 'run-module', actions: ['build-module', 'run-module'], commit: COMMIT, isDirectory: (p: string) => p === 'packages/module-runner' };
const BASE = 'https://github.com/Lilypad-Tech/lilypad-actions';

test('says where the source is, under the title', () => {
  const out = publishedReadme('# run-module\n\nRuns a module.\n', options).split('\n');
  expect(out.slice(0, 4)).toEqual(['# run-module', '', `> Published from [Lilypad-Tech/lilypad-actions](${BASE}/tree/${COMMIT}/actions/run-module) at commit \`c0ffee000000\`: the source, the tests and the issues are there.`, '']);
});

test('names every action by its published repository', () => {
  const text = '# x\n      - uses: Lilypad-Tech/lilypad-actions/actions/build-module@v1\n      - uses: Lilypad-Tech/lilypad-actions/actions/run-module@v1\n    uses: Lilypad-Tech/lilypad-actions/.github/workflows/module-ci.yml@v1\n';
  const out = publishedReadme(text, options);
  expect(out).toContain('uses: lilypad/build-module@v1\n');
  expect(out).toContain('uses: lilypad/run-module@v1\n');
  // Reusable workflows stay in this repository.
  expect(out).toContain('uses: Lilypad-Tech/lilypad-actions/.github/workflows/module-ci.yml@v1');
});

test('relative links point at this repository at the commit: files as blob, folders as tree, anchors kept', () => {
  const text = [
    '# x',
    '[plan](../../packages/module-runner/README.md#test-plan), [pkg](../../packages/module-runner), [gpu](../../docs/gpu-runners.md "GPU runners")',
    '[here](#inputs) [web](https://example.com/a) [mail](mailto:a@b.c) [abs](/docs/x.md) [beside](other.md) [outside](../../../elsewhere.md)',
  ].join('\n');
  const out = publishedReadme(text, options).split('\n').slice(3).join('\n');
  expect(out).toBe(
    [
      `[plan](${BASE}/blob/${COMMIT}/packages/module-runner/README.md#test-plan), [pkg](${BASE}/tree/${COMMIT}/packages/module-runner), [gpu](${BASE}/blob/${COMMIT}/docs/gpu-runners.md "GPU runners")`,
      `[here](#inputs) [web](https://example.com/a) [mail](mailto:a@b.c) [abs](/docs/x.md) [beside](${BASE}/blob/${COMMIT}/actions/run-module/other.md) [outside](../../../elsewhere.md)`,
    ].join('\n'),
  );
});

test('the text keeps its last line break', () => {
  expect(publishedReadme('# x\n\ny\n', options).endsWith('y\n')).toBe(true);
});
