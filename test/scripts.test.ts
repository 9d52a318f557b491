// The repo's own shell entry points and the summary line that closes `bash test/run-all.sh`.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, test } from 'vitest';

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

describe('summarize-vitest.mjs', () => {
  const dir = mkdtempSync(join(tmpdir(), 'summarize-vitest-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  /** Runs the script on `report` (an object written as JSON, or raw text) and returns what it did. */
  function summarize(report: unknown) {
    const path = join(dir, `report-${Math.random().toString(36).slice(2)}.json`);
    writeFileSync(path, typeof report === 'string' ? report : JSON.stringify(report));
    const result = spawnSync(process.execPath, [join(root, 'test/summarize-vitest.mjs'), path], {
      encoding: 'utf8',
    });
    return { status: result.status, stdout: result.stdout, stderr: result.stderr };
  }

  // A trimmed vitest JSON report: the fields the script reads, as vitest writes them.
  function report(tests: Array<'passed' | 'failed' | 'skipped' | 'todo'>, extra: object = {}) {
    const count = (status: string) => tests.filter((t) => t === status).length;
    return {
      numTotalTests: tests.length,
      numPassedTests: count('passed'),
      numFailedTests: count('failed'),
      numPendingTests: count('skipped'),
      numTodoTests: count('todo'),
      success: count('failed') === 0,
      testResults: [
        {
          name: '/repo/test/a.test.ts',
          status: count('failed') > 0 ? 'failed' : 'passed',
          assertionResults: tests.map((status, i) => ({ title: `t${i}`, status })),
        },
      ],
      ...extra,
    };
  }

  test.each([
    { name: 'all passed', tests: ['passed', 'passed', 'passed'], line: 'tests: 3 passed, 0 failed', status: 0 },
    { name: 'some failed', tests: ['passed', 'failed', 'failed'], line: 'tests: 1 passed, 2 failed', status: 1 },
    {
      name: 'skipped and todo counted together',
      tests: ['passed', 'skipped', 'todo'],
      line: 'tests: 1 passed, 0 failed, 2 skipped',
      status: 0,
    },
    { name: 'no test ran', tests: [], line: 'tests: 0 passed, 0 failed', status: 1 },
    { name: 'only skipped tests', tests: ['skipped'], line: 'tests: 0 passed, 0 failed, 1 skipped', status: 1 },
  ] as const)('$name', ({ tests, line, status }) => {
    const result = summarize(report([...tests]));
    expect(result.stdout).toBe(`${line}\n`);
    expect(result.status).toBe(status);
  });

  test('a test file that failed to load counts as one failure', () => {
    const result = summarize(
      report(['passed'], {
        success: false,
        testResults: [
          { name: '/repo/test/a.test.ts', status: 'passed', assertionResults: [{ title: 't', status: 'passed' }] },
          { name: '/repo/test/broken.test.ts', status: 'failed', message: 'SyntaxError', assertionResults: [] },
        ],
      }),
    );
    expect(result.stdout).toBe('tests: 1 passed, 1 failed\n');
    expect(result.stderr).toContain('/repo/test/broken.test.ts');
    expect(result.status).toBe(1);
  });

  test('errors outside tests fail the run without changing the counts', () => {
    const result = summarize(report(['passed'], { success: false }));
    expect(result.stdout).toBe('tests: 1 passed, 0 failed\n');
    expect(result.stderr).toContain('errors outside tests');
    expect(result.status).toBe(1);
  });

  test('a missing or unreadable report prints no summary and exits 2', () => {
    const result = summarize('{not json');
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('no readable vitest report');
    expect(result.status).toBe(2);
  });
});
