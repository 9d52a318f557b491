// The job summary and the terminal table. The golden files were checked by eye against GitHub's
// Markdown rules (a `|` inside a table cell, even in code, is escaped; outside a table it is not).
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { DEFAULT_SUMMARY_BYTES, reportSummaryMarkdown, reportText } from '../../src/report/summary';
import { cpuReport, failingCase, passingCase, sampleReport } from './fixture';
import { safeLine } from '@lilypad-actions/workflow-commands';
import { INJECTIONS, runnerCommands } from '../../../../test/support/runner-commands';

const golden = (name: string) => readFileSync(new URL(`golden/${name}`, import.meta.url), 'utf8');
const CPU_WARNING = 'WARNING: ran on CPU, not GPU (allow-cpu is true)';

describe('reportSummaryMarkdown', () => {
  test('a two-case report, exactly (golden/summary.md)', () => {
    expect(reportSummaryMarkdown(sampleReport())).toBe(golden('summary.md'));
  });

  test('the CPU warning is the very first line, and the GPU line says CPU only', () => {
    const md = reportSummaryMarkdown(cpuReport());
    expect(md.split('\n')[0]!.startsWith(CPU_WARNING)).toBe(true);
    expect(md).toContain('- **GPU**: CPU only\n');
  });

  test('a CPU fallback recorded only as a finding still leads the summary', () => {
    const report = { ...cpuReport(), headline: 'hello-lilypad: 1 of 1 case passed' };
    const lines = reportSummaryMarkdown(report).split('\n');
    expect(lines[0]!.startsWith(CPU_WARNING)).toBe(true);
    expect(lines[2]).toBe('hello-lilypad: 1 of 1 case passed');
  });

  test('identical GPUs are counted; an image only on the runner shows its id', () => {
    const base = sampleReport();
    const gpu = base.runner.gpus[0]!;
    const md = reportSummaryMarkdown({ ...base, runner: { ...base.runner, gpus: [gpu, gpu] }, image: { ...base.image, digest: null } });
    expect(md).toContain('- **GPU**: 2 × NVIDIA H100 80GB HBM3, 81559 MiB, driver 550.54.15, CUDA 12.4\n');
    expect(md).toContain(`not in a registry (image id \`${base.image.id}\`)`);
  });

  test('case names with | and newlines cannot break the table', () => {
    const md = reportSummaryMarkdown(sampleReport({ cases: [passingCase({ name: 'a|b\nc' })] }));
    const row = md.split('\n').find((l) => l.startsWith('| `a'))!;
    expect(row.startsWith('| `a\\|b c` | ✅ |')).toBe(true);
    // 8 columns: 9 unescaped pipes.
    expect(row.replace(/\\\|/g, '').split('|')).toHaveLength(10);
  });

  test('HTML and Markdown in module-controlled text are neutralised', () => {
    const md = reportSummaryMarkdown(sampleReport({ findings: [{ rule: 'x', severity: 'error', message: '<img src=x> **bold** | [link](y)' }] }));
    expect(md).toContain('| ❌ error | `x` | \\<img src=x\\> \\*\\*bold\\*\\* \\| \\[link\\](y) |');
  });

  test('log excerpts keep only the end of a long log', () => {
    const text = Array.from({ length: 500 }, (_, i) => `line ${i} ${'x'.repeat(200)}`).join('\n');
    const c = { ...failingCase(), stdout: { bytes: 5_000_000, truncated: true, text } };
    const md = reportSummaryMarkdown(sampleReport({ cases: [c] }));
    expect(md).toContain('<summary>stdout (the end of 5000000 bytes)</summary>');
    expect(md).toContain('line 499 ');
    expect(md).not.toContain('line 470 ');
    expect(Buffer.byteLength(md)).toBeLessThan(10_000);
  });

  test('a huge report stops under the cap and says what it left out', () => {
    const cases = Array.from({ length: 5000 }, (_, i) => ({ ...failingCase(), name: `case-${i}` }));
    const md = reportSummaryMarkdown(sampleReport({ cases }));
    expect(Buffer.byteLength(md)).toBeLessThanOrEqual(DEFAULT_SUMMARY_BYTES);
    expect(md).toMatch(/> The summary stops here to stay under 256 KiB \(GitHub's limit is 1 MiB\): \d+ table rows? and 5000 failing cases not shown\. Everything is in report\.json\.\n$/);
    const small = reportSummaryMarkdown(sampleReport({ cases }), { maxBytes: 4096 });
    expect(Buffer.byteLength(small)).toBeLessThanOrEqual(4096);
    expect(small.startsWith('hello-lilypad: 1 of 2 cases failed')).toBe(true);
  });

  test('no cases', () => {
    expect(reportSummaryMarkdown(sampleReport({ cases: [] }))).toContain('No test case ran.\n');
  });
});

describe('reportText', () => {
  test('a two-case report, exactly (golden/summary.txt)', () => {
    expect(reportText(sampleReport())).toBe(golden('summary.txt'));
  });

  test('the CPU warning leads; a run without thresholds shows plain seconds', () => {
    const lines = reportText(cpuReport()).split('\n');
    expect(lines[0]!.startsWith(CPU_WARNING)).toBe(true);
    expect(lines[3]).toBe('gpu     CPU only');
    expect(lines[8]).toBe('hello  pass    -     -      0.50    12.5  0.10     13.1');
  });

  test('module-controlled text stays on one line', () => {
    const text = reportText(sampleReport({ cases: [{ ...failingCase(), name: 'evil\nFAIL other: forged', error: 'engine\r\ngone' }] }));
    // Line breaks are shown, not taken.
    expect(text).toContain('FAIL evil\\nFAIL other: forged: engine\\r\\ngone\n');
    expect(text.split('\n').filter((l) => l.startsWith('FAIL other'))).toEqual([]);
  });

  test.each(INJECTIONS)('a case, an error and an image carrying %j start no workflow command', (payload) => {
    const report = sampleReport({ cases: [{ ...failingCase(), name: payload, error: payload }] });
    const text = reportText({ ...report, image: { ...report.image, reference: payload }, module: { ref: payload } });
    expect(text.split('\n').some((l) => l.includes(safeLine(payload)))).toBe(true);
    expect(runnerCommands(text)).toEqual([]);
  });
});
