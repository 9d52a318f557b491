#!/usr/bin/env node
// The verdict of a test run: the last line test/run-all.sh prints.
//
//   node test/summarize-vitest.mjs [--run LABEL REPORT EXIT]... [--failed-step NAME]...
//   node test/summarize-vitest.mjs REPORT
//
// Each --run is one vitest run: a label, the JSON report it wrote (--reporter=json) and vitest's
// exit status. Each --failed-step is something outside vitest that failed (the build, the type
// check, check-dist…). The closing line, alone on stdout, is either
//   tests: N passed, 0 failed[, K skipped]        nothing failed anywhere; exit status 0
//   FAILED: N passed, M failed[, K skipped]       exit status 1
// where M counts failed tests plus one for every other failure: a test file that did not run
// (a failing import, a failing beforeAll), errors vitest caught outside tests (unhandled errors),
// a run with no readable report or that ran no test, a vitest that exited non-zero on a report that
// shows nothing wrong, and each failed step. Each of those is named on stderr first, so the last
// line of the whole output is the verdict and never reads "0 failed" when something failed.
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

/**
 * Counts and problems of one vitest run, from its JSON report (the parsed object, or undefined
 * when there is none) and its exit status (undefined when unknown).
 */
export function summarizeRun(report, exitCode) {
  if (report === undefined) return { passed: 0, failed: 0, skipped: 0, problems: ['no readable vitest report (vitest did not finish?)'] };
  const passed = report.numPassedTests ?? 0;
  const failedTests = report.numFailedTests ?? 0;
  const skipped = (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
  const problems = [];
  // A file that fails to load, or whose beforeAll throws, has no failed test of its own (vitest
  // marks its tests skipped), so it would read "0 failed" unless counted here.
  for (const file of report.testResults ?? []) {
    if (file.status === 'failed' && !(file.assertionResults ?? []).some((t) => t.status === 'failed')) {
      const why = typeof file.message === 'string' && file.message !== '' ? `: ${file.message.split('\n')[0]}` : ' (a hook failed; its tests were skipped)';
      problems.push(`test file failed to run: ${file.name}${why}`);
    }
  }
  if (passed + failedTests === 0) problems.push('no test ran');
  // Unhandled errors (a timer that throws after its test ended, a rejected promise nobody awaits)
  // leave every test passed: only `success` says so, and vitest's own output shows them.
  if (report.success === false && failedTests === 0 && problems.length === 0) problems.push('vitest caught errors outside tests (see "Unhandled Errors" in its output above)');
  if (exitCode !== undefined && exitCode !== 0 && failedTests === 0 && problems.length === 0) problems.push(`vitest exited with status ${exitCode} although its report shows no failure`);
  return { passed, failed: failedTests, skipped, problems };
}

/** The closing line and exit status for runs ({ label, report, exitCode }) and failed steps. */
export function verdict(runs, failedSteps = []) {
  let passed = 0;
  let failed = 0;
  let skipped = 0;
  const problems = [];
  const details = [];
  for (const run of runs) {
    const r = summarizeRun(run.report, run.exitCode);
    passed += r.passed;
    failed += r.failed;
    skipped += r.skipped;
    problems.push(...r.problems.map((p) => `${run.label}: ${p}`));
    details.push(`${run.label}: ${counts(r.passed, r.failed, r.skipped)}`);
  }
  if (runs.length === 0) problems.push('no test run was summarized');
  problems.push(...failedSteps.map((step) => `step failed: ${step}`));
  const ok = failed === 0 && problems.length === 0;
  const line = `${ok ? 'tests' : 'FAILED'}: ${counts(passed, failed + problems.length, skipped)}`;
  return { line, ok, problems, details };
}

function counts(passed, failed, skipped) {
  return `${passed} passed, ${failed} failed${skipped > 0 ? `, ${skipped} skipped` : ''}`;
}

/** The parsed report at `path`, or undefined when it is missing or not JSON. */
function readReport(path) {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return undefined;
  }
}

function parseArgs(argv) {
  const runs = [];
  const failedSteps = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--run') {
      const [label, path, exit] = argv.slice(i + 1, i + 4);
      if (exit === undefined || !/^\d+$/.test(exit)) throw new Error('--run takes LABEL REPORT EXIT');
      runs.push({ label, path, exitCode: Number(exit) });
      i += 3;
    } else if (arg === '--failed-step') {
      if (argv[i + 1] === undefined) throw new Error('--failed-step takes NAME');
      failedSteps.push(argv[++i]);
    } else if (!arg.startsWith('-') && runs.length === 0 && i === argv.length - 1) {
      runs.push({ label: 'vitest', path: arg, exitCode: undefined });
    } else {
      throw new Error(`unexpected argument ${JSON.stringify(arg)}`);
    }
  }
  return { runs, failedSteps };
}

function main(argv) {
  let args;
  try {
    args = parseArgs(argv);
  } catch (error) {
    console.error(`summarize-vitest: ${error.message}\nusage: summarize-vitest.mjs [--run LABEL REPORT EXIT]... [--failed-step NAME]... | REPORT`);
    console.log('FAILED: 0 passed, 1 failed');
    return 2;
  }
  const runs = args.runs.map((run) => ({ ...run, report: readReport(run.path) }));
  const { line, ok, problems, details } = verdict(runs, args.failedSteps);
  for (const detail of details) console.error(`summarize-vitest: ${detail}`);
  for (const problem of problems) console.error(`summarize-vitest: ${problem}`);
  console.log(line);
  return ok ? 0 : 1;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  process.exitCode = main(process.argv.slice(2));
}
