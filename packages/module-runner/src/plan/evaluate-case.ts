// One case's verdict from what a run produced: every expectation and every limited phase gets its
// own line, so a report can say exactly which one failed and by how much (measured/threshold).

import { globToRegExp } from '@lilypad-actions/config-file';
import { compilePattern, PHASES, type Phase, type PhaseSeconds, type TestCase } from './test-plan';

/** What a run of one case produced. */
export interface MeasuredRun {
  /** null when the container was killed (timeout) and left no exit code. */
  exitCode: number | null;
  stdout: string;
  stderr: string;
  /** Regular files under /outputs, paths relative to it with `/` separators. */
  outputFiles: Array<{ path: string; bytes: number }>;
  seconds: PhaseSeconds;
}

export interface ExpectationResult {
  /** e.g. `exitCode`, `files[0] images/*.png`, `stdout /^done$/`. */
  expectation: string;
  passed: boolean;
  detail: string;
}

export interface PhaseResult {
  phase: Phase;
  thresholdSeconds: number;
  measuredSeconds: number | null;
  /** measured / threshold; above 1 fails. */
  ratio: number | null;
  /** `not-measured`: the phase did not happen (no pull of a locally built image); it does not fail the case. */
  status: 'pass' | 'fail' | 'not-measured';
}

export interface CaseResult {
  name: string;
  passed: boolean;
  expectations: ExpectationResult[];
  phases: PhaseResult[];
}

/** Checks a run against its case's expectations and the selected phase thresholds. */
export function evaluateCase(testCase: TestCase, measured: MeasuredRun, thresholds: PhaseSeconds): CaseResult {
  const expectations = [
    checkExitCode(testCase.expect.exitCode, measured.exitCode),
    ...testCase.expect.files.map((f, i) => checkFiles(`files[${i}] ${f.glob}`, f, measured.outputFiles)),
    ...testCase.expect.stdout.map((p) => checkPattern('stdout', p, measured.stdout)),
    ...testCase.expect.stderr.map((p) => checkPattern('stderr', p, measured.stderr)),
    ...checkLimits(testCase.expect.outputLimits, measured.outputFiles),
  ];
  const phases = PHASES.flatMap((phase) => (thresholds[phase] === undefined ? [] : [checkPhase(phase, thresholds[phase], measured.seconds[phase])]));
  const passed = expectations.every((e) => e.passed) && phases.every((p) => p.status !== 'fail');
  return { name: testCase.name, passed, expectations, phases };
}

function checkExitCode(expected: number, actual: number | null): ExpectationResult {
  const detail = actual === null ? `expected ${expected}, the container was killed before it exited` : `expected ${expected}, got ${actual}`;
  return { expectation: 'exitCode', passed: actual === expected, detail };
}

function checkFiles(label: string, f: { glob: string; min: number; max?: number }, files: MeasuredRun['outputFiles']): ExpectationResult {
  const re = globToRegExp(f.glob);
  const count = files.filter((file) => re.test(file.path)).length;
  const passed = count >= f.min && (f.max === undefined || count <= f.max);
  const wanted = f.max === undefined ? `at least ${f.min}` : f.min === f.max ? `exactly ${f.min}` : `${f.min} to ${f.max}`;
  return { expectation: label, passed, detail: `${count} ${count === 1 ? 'file under /outputs matches' : 'files under /outputs match'}, expected ${wanted}` };
}

function checkPattern(stream: 'stdout' | 'stderr', pattern: string, text: string): ExpectationResult {
  const passed = compilePattern(pattern).test(text);
  return { expectation: `${stream} /${pattern}/`, passed, detail: passed ? 'matches' : `no match in ${text.length} characters of ${stream}` };
}

function checkLimits(limits: TestCase['expect']['outputLimits'], files: MeasuredRun['outputFiles']): ExpectationResult[] {
  if (!limits) return [];
  const results: ExpectationResult[] = [];
  if (limits.totalBytes !== undefined) {
    const total = files.reduce((sum, f) => sum + f.bytes, 0);
    results.push({ expectation: 'outputLimits.totalBytes', passed: total <= limits.totalBytes, detail: `${total} bytes in /outputs, limit ${limits.totalBytes}` });
  }
  if (limits.fileBytes !== undefined) {
    const largest = files.reduce<{ path: string; bytes: number } | null>((max, f) => (max === null || f.bytes > max.bytes ? f : max), null);
    const bytes = largest?.bytes ?? 0;
    results.push({
      expectation: 'outputLimits.fileBytes',
      passed: bytes <= limits.fileBytes,
      detail: largest ? `largest file ${largest.path} has ${bytes} bytes, limit ${limits.fileBytes}` : 'no output files',
    });
  }
  if (limits.files !== undefined) {
    results.push({ expectation: 'outputLimits.files', passed: files.length <= limits.files, detail: `${files.length} files in /outputs, limit ${limits.files}` });
  }
  return results;
}

function checkPhase(phase: Phase, threshold: number, measured: number | undefined): PhaseResult {
  if (measured === undefined) return { phase, thresholdSeconds: threshold, measuredSeconds: null, ratio: null, status: 'not-measured' };
  const ratio = measured / threshold;
  return { phase, thresholdSeconds: threshold, measuredSeconds: measured, ratio, status: ratio <= 1 ? 'pass' : 'fail' };
}
