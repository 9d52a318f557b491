#!/usr/bin/env node
// Usage: node test/summarize-vitest.mjs <vitest-json-report>
// Prints the suite's closing line, "tests: N passed, M failed" (", K skipped" when K > 0), and
// exits 1 when the report shows a failure or no test ran at all (0 tests must not look green).
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

/** Returns { line, ok, notes } for a vitest JSON report (the object `--reporter=json` writes). */
export function summarize(report) {
  const passed = report.numPassedTests ?? 0;
  // A test file that fails to load (syntax error, failing import) has no test to fail,
  // so count each such file as one failure rather than report "0 failed".
  const brokenFiles = (report.testResults ?? []).filter(
    (file) => file.status === 'failed' && !(file.assertionResults ?? []).some((t) => t.status === 'failed'),
  );
  const failed = (report.numFailedTests ?? 0) + brokenFiles.length;
  const skipped = (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);

  const notes = brokenFiles.map((file) => `test file failed to run: ${file.name}`);
  if (passed + failed === 0) notes.push('no test ran');
  else if (report.success === false && failed === 0) notes.push('vitest reported errors outside tests');

  let line = `tests: ${passed} passed, ${failed} failed`;
  if (skipped > 0) line += `, ${skipped} skipped`;
  return { line, ok: notes.length === 0 && failed === 0, notes };
}

function main(path) {
  if (!path) {
    console.error('usage: summarize-vitest.mjs <vitest-json-report>');
    return 2;
  }
  let report;
  try {
    report = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    console.error(`summarize-vitest: no readable vitest report at ${path} (${error.message})`);
    return 2;
  }
  const { line, ok, notes } = summarize(report);
  for (const note of notes) console.error(`summarize-vitest: ${note}`);
  console.log(line);
  return ok ? 0 : 1;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  process.exitCode = main(process.argv[2]);
}
