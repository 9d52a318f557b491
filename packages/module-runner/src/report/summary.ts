// The run report for people: Markdown for the job summary ($GITHUB_STEP_SUMMARY) and plain text
// for a terminal. Both lead with the report's headline, so a GPU module that ran on CPU says so
// before anything else can be read as a pass. Case names, log lines and messages come from the
// module and its test plan, so everything is escaped; GitHub refuses a step summary over 1 MiB
// (and fails the step), so the Markdown stops well before that and says what it left out. The
// text view may be read in a CI log: there every such value goes through safeLine, so none can
// start a workflow command (a case named `::add-mask::…` leads its row of the table).

import { BoundedText } from '@lilypad-actions/module-spec';
import { markdownCell, markdownCode as code, safeLine } from '@lilypad-actions/workflow-commands';
import { PHASES, type Phase } from '../plan/test-plan';
import { logTail } from './log-tail';
import type { CaseReport, CapturedLog, ReportFinding, RunReport } from './types';

export interface SummaryOptions {
  /** Upper bound in bytes of UTF-8 (default 256 KiB, a quarter of GitHub's 1 MiB per step). */
  maxBytes?: number;
}

export const DEFAULT_SUMMARY_BYTES = 256 * 1024;
/** Room kept for the closing note of a truncated summary. */
const NOTE_RESERVE = 512;

const SEVERITY_LABEL: Record<ReportFinding['severity'], string> = { error: '❌ error', warning: '⚠️ warning', notice: 'ℹ️ notice' };

/** The report as the job summary's Markdown, at most `maxBytes` bytes; the headline is its first line. */
export function reportSummaryMarkdown(report: RunReport, options: SummaryOptions = {}): string {
  const max = options.maxBytes ?? DEFAULT_SUMMARY_BYTES;
  const out = new BoundedText(max - NOTE_RESERVE);
  out.add(`${headlineLines(report).map((line) => markdownCell(line, 'text')).join('\n\n')}\n\n`);
  const passedCount = report.cases.filter((c) => c.passed).length;
  const verdict = report.passed ? '✅ **Passed**' : '❌ **Failed**';
  out.add(`${verdict}: ${passedCount} of ${plural(report.cases.length, 'case')} passed.\n\n`);
  out.add(`- **Module**: ${code(report.module.ref, 'text')}\n`);
  out.add(`- **GPU**: ${markdownCell(gpuLine(report), 'text')}\n`);
  out.add(`- **Image**: ${code(report.image.reference, 'text')}, ${report.image.digest ? `digest ${code(report.image.digest, 'text')}` : `not in a registry (image id ${code(report.image.id, 'text')})`}\n`);
  out.add(`- **Engine**: Docker ${markdownCell(report.runner.engine.serverVersion, 'text')} (API ${markdownCell(report.runner.engine.apiVersion, 'text')})\n`);
  out.add(`- **Container**: ${markdownCell(containerLine(report), 'text')}\n`);

  const omitted = { rows: 0, cases: 0 };
  out.add('\n### Cases\n\nSeconds per phase; with a threshold, the ratio measured/threshold (above 1 fails).\n\n');
  if (report.cases.length === 0) out.add('No test case ran.\n');
  else omitted.rows += out.table(['case', 'result', ...PHASES], report.cases.map(caseRow), ['---', '---', ...PHASES.map(() => '---:')]);

  const judged = report.cases.filter((c) => c.provider !== null);
  if (judged.length > 0) {
    out.add('\n### As a provider\n\nA provider stops the job at its Timeout (the stop signal, 1 s, SIGKILL) and delivers nothing then; the solver refuses results after executionTimeoutSeconds. Both clocks start at the image pull.\n\n');
    omitted.rows += out.table(
      ['case', 'delivered', 'provider stops it at', 'solver refuses after', 'pull to exit'],
      judged.map((c) => {
        const p = c.provider!;
        return [code(c.name), p.delivered ? '✅' : '❌', p.stopsAtSeconds === null ? 'never (Timeout 0)' : `${p.stopsAtSeconds} s`, `${p.solverRefusesAfterSeconds} s (${p.solverLimit})`, p.elapsedSeconds === null ? '—' : `${seconds(p.elapsedSeconds)} s`];
      }),
      ['---', '---', '---:', '---:', '---:'],
    );
  }

  const failing = report.cases.filter((c) => !c.passed);
  for (const [i, c] of failing.entries()) {
    if (!out.add(failureSection(c))) {
      omitted.cases += failing.length - i;
      break;
    }
  }

  const regressions = report.cases.flatMap((c) => c.regressions.map((r) => ({ c, r })));
  if (regressions.length > 0) {
    out.add('\n### Regressions\n\nSlower than the baseline: the ratio is to the median of the earlier runs.\n\n');
    omitted.rows += out.table(
      ['case', 'phase', 'measured', 'baseline median', 'ratio', 'runs'],
      regressions.map(({ c, r }) => [code(c.name), r.phase, `${seconds(r.measuredSeconds)} s`, `${seconds(r.medianSeconds)} s`, `${ratio(r.ratio)}×`, String(r.samples)]),
      ['---', '---', '---:', '---:', '---:', '---:'],
    );
  }

  if (report.findings.length > 0) {
    out.add('\n### Findings\n\n');
    omitted.rows += out.table(['severity', 'rule', 'message'], report.findings.map((f) => [SEVERITY_LABEL[f.severity], code(f.rule), markdownCell(f.message)]));
  }

  const text = out.text();
  if (!out.truncated) return `${text}\n`;
  const left = [omitted.rows ? plural(omitted.rows, 'table row') : '', omitted.cases ? plural(omitted.cases, 'failing case') : ''].filter(Boolean);
  return `${text}\n\n> [!NOTE]\n> The summary stops here to stay under ${Math.round(max / 1024)} KiB (GitHub's limit is 1 MiB)${left.length ? `: ${left.join(' and ')} not shown` : ''}. Everything is in report.json.\n`;
}

/** The report as plain text for a terminal: the headline, the runner, a timing table, what failed. */
export function reportText(report: RunReport): string {
  const lines = headlineLines(report).map(safeLine);
  lines.push(
    `module  ${safeLine(report.module.ref)}`,
    `image   ${safeLine(report.image.reference)} (${report.image.digest ?? `image id ${report.image.id}`})`,
    `gpu     ${safeLine(gpuLine(report))}`,
    `engine  Docker ${safeLine(report.runner.engine.serverVersion)} (API ${safeLine(report.runner.engine.apiVersion)})`,
    `setup   ${safeLine(containerLine(report))}`,
    '',
  );
  if (report.cases.length === 0) lines.push('no test case ran');
  else {
    const rows = [['case', 'result', ...PHASES], ...report.cases.map((c) => [safeLine(c.name), c.passed ? 'pass' : 'FAIL', ...PHASES.map((p) => textPhaseCell(c, p))])];
    const widths = rows[0]!.map((_, col) => Math.max(...rows.map((r) => r[col]!.length)));
    for (const r of rows) lines.push(r.map((v, col) => v.padEnd(widths[col]!)).join('  ').trimEnd());
    lines.push('', 'seconds; x/y: measured/threshold, * over the threshold, - not measured');
  }
  for (const c of report.cases.filter((x) => !x.passed)) {
    const name = safeLine(c.name);
    if (c.error) lines.push(`FAIL ${name}: ${safeLine(c.error)}`);
    for (const e of c.expectations.filter((x) => !x.passed)) lines.push(`FAIL ${name}: ${safeLine(e.expectation)}: ${safeLine(e.detail)}`);
    for (const p of c.phases.filter((x) => x.status === 'fail')) {
      lines.push(`FAIL ${name}: ${p.phase} took ${seconds(p.measuredSeconds ?? 0)} s, threshold ${p.thresholdSeconds} s (${ratio(p.ratio ?? 0)}x)`);
    }
  }
  for (const c of report.cases) if (c.provider) lines.push(`provider ${safeLine(c.name)}: ${safeLine(c.provider.summary)}`);
  for (const c of report.cases) {
    for (const r of c.regressions) {
      lines.push(`regression ${safeLine(c.name)}: ${r.phase} ${seconds(r.measuredSeconds)} s, ${ratio(r.ratio)}x the median of ${plural(r.samples, 'earlier run')} (${seconds(r.medianSeconds)} s)`);
    }
  }
  for (const f of report.findings) lines.push(`${f.severity} ${f.rule}: ${safeLine(f.message)}`);
  lines.push('', `${report.passed ? 'passed' : 'failed'}: ${report.cases.filter((c) => c.passed).length} of ${plural(report.cases.length, 'case')} passed`);
  return `${lines.join('\n')}\n`;
}

/**
 * The lines that lead both views: the headline, and before it the CPU warning if a report ever
 * records a CPU fallback without leading with it (the warning must never be below a verdict).
 */
function headlineLines(report: RunReport): string[] {
  const fallback = report.runner.mode === 'cpu' ? report.findings.find((f) => f.rule === 'cpu-fallback') : undefined;
  if (fallback && !report.headline.startsWith(fallback.message)) return [fallback.message, report.headline];
  return [report.headline];
}

/** How the container was set up: the provider's way or strict, and the network of a networked job. */
function containerLine(report: RunReport): string {
  const mode =
    report.runner.hardening === 'strict'
      ? 'as a provider starts it, plus hardening: strict (every capability dropped, no-new-privileges)'
      : "as a provider starts it (Docker's default capabilities, the image's user), with run-module's limits";
  const net = report.runner.network;
  if (!net) return mode;
  return `${mode}; networked jobs on ${net.name}, not the host network (probe: ${net.reachable.length === 0 ? `${net.probed.length} addresses out of reach` : `reachable ${net.reachable.join(', ')}`})`;
}

/** Model, memory, driver and CUDA of the GPUs the cases ran on, identical ones counted; or "CPU only". */
function gpuLine(report: RunReport): string {
  if (report.runner.mode === 'cpu' || report.runner.gpus.length === 0) return 'CPU only';
  const counts = new Map<string, number>();
  for (const g of report.runner.gpus) {
    const parts = [g.name, g.memoryTotalMiB === null ? null : `${g.memoryTotalMiB} MiB`, g.driverVersion && `driver ${g.driverVersion}`, g.cudaVersion && `CUDA ${g.cudaVersion}`];
    const text = parts.filter((p): p is string => !!p).join(', ');
    counts.set(text, (counts.get(text) ?? 0) + 1);
  }
  return [...counts].map(([text, n]) => (n === 1 ? text : `${n} × ${text}`)).join('; ');
}

function caseRow(c: CaseReport): string[] {
  return [code(c.name), c.passed ? '✅' : '❌', ...PHASES.map((p) => markdownPhaseCell(c, p))];
}

function markdownPhaseCell(c: CaseReport, phase: Phase): string {
  const measured = c.timings[phase];
  const limit = c.phases.find((p) => p.phase === phase);
  if (!limit) return measured === undefined ? '—' : `${seconds(measured)} s`;
  if (limit.status === 'not-measured' || limit.measuredSeconds === null || limit.ratio === null) return `— (limit ${limit.thresholdSeconds} s)`;
  return `${seconds(limit.measuredSeconds)} s (${ratio(limit.ratio)} of ${limit.thresholdSeconds} s) ${limit.status === 'pass' ? '✅' : '❌'}`;
}

function textPhaseCell(c: CaseReport, phase: Phase): string {
  const measured = c.timings[phase];
  const limit = c.phases.find((p) => p.phase === phase);
  if (!limit) return measured === undefined ? '-' : seconds(measured);
  if (limit.status === 'not-measured' || limit.measuredSeconds === null) return `-/${limit.thresholdSeconds}`;
  return `${seconds(limit.measuredSeconds)}/${limit.thresholdSeconds}${limit.status === 'fail' ? '*' : ''}`;
}

/** What a failing case got wrong, with the tail of its logs. */
function failureSection(c: CaseReport): string {
  const out = [`\n### ❌ ${code(c.name, 'text')}\n\n`];
  const stopped = c.stop ? `stopped at the deadline with ${c.stop.signal}${c.stop.killed ? ', then SIGKILL' : ''}` : '';
  const state = [c.exitCode === null ? 'no exit code' : `exit code ${c.exitCode}`, c.timedOut ? 'timed out' : '', stopped, c.oomKilled ? 'killed for lack of memory (OOM)' : ''];
  out.push(`${state.filter(Boolean).join(', ')}.\n`);
  if (c.provider) out.push(`\nAs a provider: ${markdownCell(c.provider.summary, 'text')}.\n`);
  const items: string[] = [];
  if (c.error) items.push(`❌ ${markdownCell(c.error, 'text')}`);
  for (const e of c.expectations.filter((x) => !x.passed)) items.push(`❌ ${code(e.expectation, 'text')}: ${markdownCell(e.detail, 'text')}`);
  for (const p of c.phases.filter((x) => x.status === 'fail')) {
    items.push(`❌ ${code(p.phase, 'text')} took ${seconds(p.measuredSeconds ?? 0)} s, threshold ${p.thresholdSeconds} s (${ratio(p.ratio ?? 0)}×)`);
  }
  for (const s of c.outputs.skipped) items.push(`⚠️ output ${code(s.path, 'text')} not collected: ${markdownCell(s.reason, 'text')}`);
  if (items.length > 0) out.push(`\n${items.map((i) => `- ${i}\n`).join('')}`);
  for (const [stream, log] of [['stdout', c.stdout], ['stderr', c.stderr]] as const) {
    if (log.text.length > 0) out.push(logExcerpt(stream, log));
  }
  return out.join('');
}

function logExcerpt(stream: string, log: CapturedLog): string {
  const clean = log.text.replace(/\x1b\[[0-9;?]*[ -/]*[@-~]/g, '').replace(/[\x00-\x08\x0b-\x1f\x7f]/g, '');
  const { text, what } = logTail(log, clean);
  const fence = '`'.repeat(Math.max(3, ...[...text.matchAll(/`+/g)].map((m) => m[0].length + 1)));
  return `\n<details><summary>${stream} (${what})</summary>\n\n${fence}text\n${text}\n${fence}\n\n</details>\n`;
}

const seconds = (s: number): string => (s < 10 ? s.toFixed(2) : s < 100 ? s.toFixed(1) : s.toFixed(0));
const ratio = (r: number): string => r.toFixed(2);
const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;


