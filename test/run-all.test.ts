// The verdict that closes `bash test/run-all.sh` (and so .ci/run and GitHub's ci.yml): it says
// FAILED, and the script exits non-zero, whenever anything failed, inside tests or outside them.
//
// summarize-vitest.mjs is fed crafted vitest JSON reports in the shapes vitest 4.1's json reporter
// writes (read from real runs): a file whose import fails has status "failed", a message and no
// assertions; a file whose beforeAll throws has status "failed" and its tests "skipped"; an
// unhandled error leaves every test passed and only `success: false`. run-all.sh itself runs in a
// copy of the repository's scripts where every tool it calls is a stand-in that passes or fails
// on demand, so each failure outside vitest is a case too.
import { spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { repoRoot } from './support/repo-root';

const scratch = mkdtempSync(path.join(tmpdir(), 'run-all-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

type Status = 'passed' | 'failed' | 'skipped' | 'todo';
interface FileSpec {
  name?: string;
  status?: 'passed' | 'failed';
  message?: string;
  tests: Status[];
}

/** A vitest JSON report over the given files, with the totals vitest computes from them. */
function report(files: FileSpec[], extra: Record<string, unknown> = {}) {
  const all = files.flatMap((f) => f.tests);
  const count = (status: Status) => all.filter((t) => t === status).length;
  const testResults = files.map((f, i) => ({
    name: f.name ?? `/repo/test/file-${i}.test.ts`,
    status: f.status ?? (f.tests.includes('failed') ? 'failed' : 'passed'),
    message: f.message ?? '',
    assertionResults: f.tests.map((status, j) => ({ title: `t${j}`, status, failureMessages: status === 'failed' ? ['expected 1 to be 2'] : [] })),
  }));
  return {
    numTotalTests: all.length,
    numPassedTests: count('passed'),
    numFailedTests: count('failed'),
    numPendingTests: count('skipped'),
    numTodoTests: count('todo'),
    success: testResults.every((f) => f.status === 'passed'),
    testResults,
    ...extra,
  };
}

let n = 0;
function writeReport(content: unknown): string {
  const file = path.join(scratch, `report-${n++}.json`);
  writeFileSync(file, typeof content === 'string' ? content : JSON.stringify(content));
  return file;
}

/** Runs summarize-vitest.mjs with `args` and returns what it printed and its exit status. */
function summarize(args: string[]) {
  const r = spawnSync(process.execPath, [path.join(repoRoot, 'test/summarize-vitest.mjs'), ...args], { encoding: 'utf8' });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}
const run = (label: string, content: unknown, exit = 0) => ['--run', label, writeReport(content), String(exit)];

describe('summarize-vitest.mjs', () => {
  test.each([
    { name: 'all passed', tests: ['passed', 'passed', 'passed'], line: 'tests: 3 passed, 0 failed', status: 0, exit: 0 },
    { name: 'some failed', tests: ['passed', 'failed', 'failed'], line: 'FAILED: 1 passed, 2 failed', status: 1, exit: 1 },
    { name: 'skipped and todo counted together', tests: ['passed', 'skipped', 'todo'], line: 'tests: 1 passed, 0 failed, 2 skipped', status: 0, exit: 0 },
    { name: 'no test ran', tests: [], line: 'FAILED: 0 passed, 1 failed', status: 1, exit: 0 },
    { name: 'only skipped tests', tests: ['skipped'], line: 'FAILED: 0 passed, 1 failed, 1 skipped', status: 1, exit: 0 },
  ] as const)('$name', ({ tests, line, status, exit }) => {
    const r = summarize(run('node v20', report([{ tests: [...tests] }]), exit));
    expect(r.stdout).toBe(`${line}\n`);
    expect(r.status).toBe(status);
  });

  test('a test file whose import fails counts as one failure, named with its message', () => {
    const r = summarize(
      run('node v20', report([{ tests: ['passed'] }, { name: '/repo/test/broken.test.ts', status: 'failed', message: "Cannot find module './gone'\n    at …", tests: [] }]), 1),
    );
    expect(r.stdout).toBe('FAILED: 1 passed, 1 failed\n');
    expect(r.stderr).toContain("node v20: test file failed to run: /repo/test/broken.test.ts: Cannot find module './gone'\n");
    expect(r.status).toBe(1);
  });

  test('a file whose beforeAll throws (its tests skipped) counts as one failure', () => {
    const r = summarize(run('node v20', report([{ tests: ['passed'] }, { name: '/repo/test/hook.test.ts', status: 'failed', tests: ['skipped', 'skipped'] }]), 1));
    expect(r.stdout).toBe('FAILED: 1 passed, 1 failed, 2 skipped\n');
    expect(r.stderr).toContain('test file failed to run: /repo/test/hook.test.ts (a hook failed; its tests were skipped)');
  });

  test('unhandled errors (every test passed, success false) fail the run', () => {
    const r = summarize(run('node v20', report([{ tests: ['passed', 'passed'] }], { success: false }), 1));
    expect(r.stdout).toBe('FAILED: 2 passed, 1 failed\n');
    expect(r.stderr).toContain('errors outside tests');
    expect(r.status).toBe(1);
  });

  test('a vitest that exited non-zero on a clean report fails the run', () => {
    const r = summarize(run('node v20', report([{ tests: ['passed'] }]), 137));
    expect(r.stdout).toBe('FAILED: 1 passed, 1 failed\n');
    expect(r.stderr).toContain('vitest exited with status 137 although its report shows no failure');
  });

  test.each([
    ['not JSON', '{not json'],
    ['missing', undefined],
  ])('a report that is %s fails the run with a verdict line', (_, content) => {
    const file = content === undefined ? path.join(scratch, 'never-written.json') : writeReport(content);
    const r = summarize(['--run', 'node v20', file, '1']);
    expect(r.stdout).toBe('FAILED: 0 passed, 1 failed\n');
    expect(r.stderr).toContain('node v20: no readable vitest report');
    expect(r.status).toBe(1);
  });

  test('several runs add up; each is named on stderr', () => {
    const r = summarize([...run('node v20', report([{ tests: ['passed', 'passed', 'skipped'] }])), ...run('action bundles on node v24', report([{ tests: ['passed'] }]))]);
    expect(r.stdout).toBe('tests: 3 passed, 0 failed, 1 skipped\n');
    expect(r.stderr).toBe('summarize-vitest: node v20: 2 passed, 0 failed, 1 skipped\nsummarize-vitest: action bundles on node v24: 1 passed, 0 failed\n');
    expect(r.status).toBe(0);
  });

  test('a failure in one run fails the whole verdict', () => {
    const r = summarize([...run('node v20', report([{ tests: ['passed', 'passed'] }])), ...run('action bundles on node v24', report([{ tests: ['failed'] }]), 1)]);
    expect(r.stdout).toBe('FAILED: 2 passed, 1 failed\n');
    expect(r.status).toBe(1);
  });

  test('each failed step outside vitest counts as one failure and is named', () => {
    const r = summarize([...run('node v20', report([{ tests: ['passed'] }])), '--failed-step', 'typecheck (exit status 2)', '--failed-step', 'check-dist (exit status 1)']);
    expect(r.stdout).toBe('FAILED: 1 passed, 2 failed\n');
    expect(r.stderr).toContain('step failed: typecheck (exit status 2)\n');
    expect(r.stderr).toContain('step failed: check-dist (exit status 1)\n');
    expect(r.status).toBe(1);
  });

  test('a failed step with no test run at all is still a verdict', () => {
    const r = summarize(['--failed-step', 'install (exit status 1)']);
    expect(r.stdout).toBe('FAILED: 0 passed, 2 failed\n');
    expect(r.stderr).toContain('no test run was summarized');
  });

  test('one report path (no exit status known) still works', () => {
    const r = summarize([writeReport(report([{ tests: ['passed'] }]))]);
    expect(r.stdout).toBe('tests: 1 passed, 0 failed\n');
  });

  test('bad arguments print a FAILED verdict and exit 2', () => {
    const r = summarize(['--run', 'only-a-label']);
    expect(r.stdout).toBe('FAILED: 0 passed, 1 failed\n');
    expect(r.stderr).toContain('--run takes LABEL REPORT EXIT');
    expect(r.status).toBe(2);
  });
});

describe('run-all.sh', () => {
  // A copy of the repository's scripts where every tool run-all.sh calls is a stand-in. `pnpm exec
  // vitest run … --outputFile=F` writes the report named by $FAKE_REPORT_<n> (n counts vitest
  // runs) and exits with $FAKE_VITEST_EXIT_<n>; every other step exits with $FAKE_FAIL_<step>.
  const repo = path.join(scratch, 'repo');
  mkdirSync(path.join(repo, 'test/docker'), { recursive: true });
  mkdirSync(path.join(repo, 'bin'));
  copyFileSync(path.join(repoRoot, 'test/run-all.sh'), path.join(repo, 'test/run-all.sh'));
  copyFileSync(path.join(repoRoot, 'test/summarize-vitest.mjs'), path.join(repo, 'test/summarize-vitest.mjs'));
  const stub = (file: string, body: string) => {
    writeFileSync(path.join(repo, file), `#!/usr/bin/env bash\n${body}\n`);
    chmodSync(path.join(repo, file), 0o755);
  };
  const exitFor = (name: string) => `echo "stand-in: ${name}" >&2; exit "\${FAKE_FAIL_${name.replace(/-/g, '_')}:-0}"`;
  stub('test/setup-machine.sh', exitFor('setup-machine'));
  stub('test/docker/start-engine.sh', exitFor('docker-engine'));
  stub('test/check-dist.sh', exitFor('check-dist'));
  stub('test/node24.sh', `[[ \${FAKE_FAIL_node24:-0} == 0 ]] || exit "$FAKE_FAIL_node24"; echo "${path.join(repo, 'bin/node24')}"`);
  stub('bin/node24', 'echo v24.0.0-stand-in');
  stub(
    'bin/pnpm',
    [
      'case "$1" in',
      `  install) ${exitFor('install')} ;;`,
      `  build) ${exitFor('build')} ;;`,
      `  typecheck) ${exitFor('typecheck')} ;;`,
      '  exec)',
      '    count_file="$FAKE_STATE/vitest-runs"; n=$(cat "$count_file" 2>/dev/null || echo 0); echo $((n + 1)) >"$count_file"',
      '    echo "vitest run $n: ${*:2} ACTION_NODE=${ACTION_NODE:-}" >>"$FAKE_STATE/vitest.log"',
      '    for arg in "$@"; do [[ $arg == --outputFile=* ]] && out="${arg#--outputFile=}"; done',
      '    src="FAKE_REPORT_$n"; [[ -n ${!src:-} ]] && cp "${!src}" "$out"',
      '    code="FAKE_VITEST_EXIT_$n"; exit "${!code:-0}" ;;',
      '  *) echo "unexpected pnpm $*" >&2; exit 99 ;;',
      'esac',
    ].join('\n'),
  );

  const passing = writeReport(report([{ tests: ['passed', 'passed', 'passed'] }]));
  const passingActions = writeReport(report([{ tests: ['passed'] }]));

  /** Runs the copied run-all.sh with stand-ins configured by `env`; returns its output's lines. */
  function runAll(env: Record<string, string> = {}) {
    const state = mkdtempSync(path.join(scratch, 'state-'));
    const r = spawnSync('bash', [path.join(repo, 'test/run-all.sh')], {
      encoding: 'utf8',
      env: {
        PATH: `${path.join(repo, 'bin')}:${path.dirname(process.execPath)}:/usr/bin:/bin`,
        HOME: scratch,
        FAKE_STATE: state,
        FAKE_REPORT_0: passing,
        FAKE_REPORT_1: passingActions,
        ...env,
      },
    });
    // The verdict is the only line the script itself writes to stdout; the steps log to stderr.
    const lines = r.stdout.trimEnd().split('\n');
    const log = path.join(state, 'vitest.log');
    const vitestLog = existsSync(log) ? readFileSync(log, 'utf8') : '';
    return { status: r.status, last: lines.at(-1), stdout: r.stdout, stderr: r.stderr, vitestLog };
  }

  test('everything passing: the verdict is the last line, exit 0; the actions run again on Node 24', () => {
    const r = runAll();
    expect(r.stdout).toBe('tests: 4 passed, 0 failed\n');
    expect(r.status).toBe(0);
    expect(r.vitestLog).toMatch(/^vitest run 0: vitest run --reporter=default --reporter=json --outputFile=\S+ ACTION_NODE=\n/);
    expect(r.vitestLog).toContain(`vitest run 1: vitest run --reporter=default --reporter=json --outputFile=`);
    expect(r.vitestLog).toContain(` ${repo}/actions/ ${repo}/test/action-node.test.ts ACTION_NODE=${path.join(repo, 'bin/node24')}\n`);
    // check-dist ran, before the verdict.
    expect(r.stderr).toContain('stand-in: check-dist');
  });

  test.each(['build', 'typecheck', 'docker-engine', 'check-dist', 'node24'])('%s failing outside the tests: FAILED last line, exit 1', (name) => {
    const r = runAll({ [`FAKE_FAIL_${name.replace(/-/g, '_')}`]: '3' });
    expect(r.status).toBe(1);
    expect(r.last).toMatch(/^FAILED: \d+ passed, [1-9]\d* failed$/);
    expect(r.stderr).toContain(`step failed: ${name} (exit status 3)`);
    // The other steps still ran: one run shows everything that is wrong.
    if (name !== 'check-dist') expect(r.stderr).toContain('stand-in: check-dist');
  });

  test.each(['setup-machine', 'install'])('%s failing stops the run at once with a FAILED verdict', (name) => {
    const r = runAll({ [`FAKE_FAIL_${name.replace(/-/g, '_')}`]: '2' });
    expect(r.stdout).toBe('FAILED: 0 passed, 2 failed\n');
    expect(r.status).toBe(1);
    expect(r.vitestLog).toBe('');
  });

  test('a failing test: FAILED with its count', () => {
    const r = runAll({ FAKE_REPORT_0: writeReport(report([{ tests: ['passed', 'failed'] }])), FAKE_VITEST_EXIT_0: '1' });
    expect(r.stdout).toBe('FAILED: 2 passed, 1 failed\n');
    expect(r.status).toBe(1);
  });

  test('an unhandled error with every test passed: FAILED', () => {
    const r = runAll({ FAKE_REPORT_0: writeReport(report([{ tests: ['passed'] }], { success: false })), FAKE_VITEST_EXIT_0: '1' });
    expect(r.stdout).toBe('FAILED: 2 passed, 1 failed\n');
    expect(r.status).toBe(1);
  });

  test('a test file that could not be collected: FAILED', () => {
    const r = runAll({ FAKE_REPORT_0: writeReport(report([{ tests: ['passed'] }, { status: 'failed', message: 'SyntaxError: Unexpected token', tests: [] }])), FAKE_VITEST_EXIT_0: '1' });
    expect(r.stdout).toBe('FAILED: 2 passed, 1 failed\n');
  });

  test('vitest dying without a report: FAILED', () => {
    const r = runAll({ FAKE_REPORT_0: '', FAKE_VITEST_EXIT_0: '134' });
    expect(r.stdout).toBe('FAILED: 1 passed, 1 failed\n');
    expect(r.stderr).toContain('no readable vitest report');
  });

  test('a failure only in the Node 24 pass: FAILED', () => {
    const r = runAll({ FAKE_REPORT_1: writeReport(report([{ tests: ['failed'] }])), FAKE_VITEST_EXIT_1: '1' });
    expect(r.stdout).toBe('FAILED: 3 passed, 1 failed\n');
  });
});
