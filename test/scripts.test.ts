// The repo's own shell entry points parse (test/run-all.test.ts tests what run-all.sh does).
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';

const root = fileURLToPath(new URL('..', import.meta.url));

describe('shell scripts parse', () => {
  const scripts = [
    '.ci/run',
    ...['test', 'test/gpu', 'test/docker'].flatMap((dir) =>
      readdirSync(join(root, dir))
        .filter((name) => name.endsWith('.sh'))
        .map((name) => `${dir}/${name}`),
    ),
    'test/gpu/stand-in/nvidia-smi',
  ];

  test.each(scripts)('bash -n %s', (script) => {
    const result = spawnSync('bash', ['-n', join(root, script)], { encoding: 'utf8' });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  });
});
