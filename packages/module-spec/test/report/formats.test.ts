// The report formatters, as text: golden files for each format on fixed reports, then the rules
// each format must keep (escaping, GitHub's caps, the summary's size bound, the JSON schema).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv from 'ajv';
import { describe, expect, test } from 'vitest';
import { escapeData, escapeProperty } from '@lilypad-actions/workflow-commands';
import {
  formatGithub,
  formatInputsJson,
  formatInputsText,
  formatJson,
  formatSummary,
  formatText,
  githubAnnotations,
  validateTemplate,
  workflowCommand,
  type ValidationReport,
} from '../../src/index';
import { brokenReport, cleanReport, manyFindings, parseErrorReport, reportWith } from './sample-reports';

const here = path.dirname(fileURLToPath(import.meta.url));
const golden = (name: string) => path.join(here, '../golden', name);
const repoRoot = path.resolve(here, '../../../..');
const schema = JSON.parse(readFileSync(path.join(here, '../../schema/report.schema.json'), 'utf8')) as object;
const validateDocument = new Ajv({ allErrors: true, strict: true }).compile(schema);

const reports: ValidationReport[] = [brokenReport, cleanReport, parseErrorReport];
const stripAnsi = (s: string) => s.replace(/\x1b\[[0-9;]*m/g, '');

describe('golden files', () => {
  test('text', async () => {
    await expect(formatText(reports, { color: false })).toMatchFileSnapshot(golden('report.txt'));
  });
  test('json', async () => {
    await expect(formatJson(reports)).toMatchFileSnapshot(golden('report.json'));
  });
  test('github', async () => {
    await expect(formatGithub(reports, { workspace: '/ws', cwd: '/ws' })).toMatchFileSnapshot(golden('report.github.txt'));
  });
  test('summary', async () => {
    await expect(formatSummary(reports, { workspace: '/ws', cwd: '/ws' })).toMatchFileSnapshot(golden('report.summary.md'));
  });
  test('inputs', async () => {
    await expect(formatInputsText(brokenReport, { color: false })).toMatchFileSnapshot(golden('inputs.txt'));
    await expect(formatInputsJson(brokenReport)).toMatchFileSnapshot(golden('inputs.json'));
  });
});

describe('formatText', () => {
  test('one line per finding: file:line:col  severity  message  rule-id, the hint below', () => {
    const lines = formatText([brokenReport], { color: false }).split('\n');
    expect(lines[0]).toBe(
      'modules/sd, v2:final/lilypad_module.json.tmpl:19:12  error    Input `Prompt` is printed inside quotes, but it reaches the template already JSON-encoded with its own quotes.  quoted-raw-input',
    );
    expect(lines[1]).toBe('      hint: Inputs reach the template JSON-encoded with their own quotes: write {{ .X }}, not "{{ .X }}".');
  });

  test('the last line gives both answers: loads, then errors and warnings', () => {
    const last = (rs: ValidationReport[]) => formatText(rs, { color: false }).trimEnd().split('\n').at(-1);
    expect(last([cleanReport])).toBe('loads: yes (1 input set) · 0 errors, 0 warnings');
    expect(last([brokenReport])).toBe('loads: no (2 of 2 input sets fail) · 2 errors, 2 warnings, 1 note');
    expect(last(reports)).toBe('loads: no (2 of 3 files fail) · 3 errors, 2 warnings, 1 note');
    expect(last([cleanReport, cleanReport])).toBe('loads: yes (2 files, 2 input sets) · 0 errors, 0 warnings');
    const three = { ...cleanReport, loads: [...cleanReport.loads, ...cleanReport.loads, ...cleanReport.loads], verdict: { ...cleanReport.verdict, inputSets: 3, inputSetsLoading: 3 } };
    expect(last([three])).toBe('loads: yes (3 input sets) · 0 errors, 0 warnings');
  });

  test('each template says valid or invalid; the rule settings applied are listed once', () => {
    const text = formatText(reports, { color: false });
    expect(text).toContain('examples/hello-lilypad/lilypad_module.json.tmpl: valid, image busybox');
    expect(text).toContain('bad/lilypad_module.json.tmpl: invalid\n');
    expect(text).toContain('rules set: network-not-none error (modules/sd, v2:final/.lilypad/validate.yml:2:3), dropped-field off (--rule)\n');
    expect(formatText([cleanReport], { color: false })).not.toContain('rules set:');
  });

  test('a probe budget that ran out is said under the template', () => {
    const r = { ...cleanReport, budget: { ...cleanReport.budget, renders: 2000, reached: true, inputsNotProbed: ['In7', 'In8'] } };
    expect(formatText([r], { color: false })).toContain('  probes: stopped at the budget after 2000 renders; 2 inputs not probed\n');
  });

  test('colour only when asked for, and the same text under it', () => {
    const plain = formatText(reports, { color: false });
    const colored = formatText(reports, { color: true });
    expect(plain).not.toContain('\x1b[');
    expect(colored).toContain('\x1b[31merror  \x1b[0m');
    expect(stripAnsi(colored)).toBe(plain);
  });

  test('the inputs of a template: required or not, default or not, first use', () => {
    const text = formatInputsText(brokenReport, { color: false });
    expect(text).toContain('Prompt     yes       no       modules/sd, v2:final/lilypad_module.json.tmpl:19:12');
    expect(formatInputsText(parseErrorReport, { color: false })).toBe('bad/lilypad_module.json.tmpl reads no inputs.\n');
  });
});

describe('formatJson', () => {
  test('a versioned document that the published schema accepts', () => {
    const doc = JSON.parse(formatJson(reports)) as { version: number; valid: boolean; counts: object; files: { verdict: object; overrides: object[] }[] };
    expect(validateDocument(doc), JSON.stringify(validateDocument.errors)).toBe(true);
    expect(doc).toMatchObject({
      version: 2,
      valid: false,
      verdict: { loads: false, files: 3, filesLoading: 1, errors: 3, warnings: 2 },
      counts: { errors: 3, warnings: 2, infos: 1, files: 3, invalid: 2 },
    });
    expect(doc.files[0]!.verdict).toEqual({ loads: false, inputSets: 2, inputSetsLoading: 0, errors: 2, warnings: 2 });
    expect(doc.files[0]!.overrides).toEqual(brokenReport.overrides);
  });

  test('absent optional fields are null, so every key is always there', () => {
    const doc = JSON.parse(formatJson([parseErrorReport])) as { files: { image: unknown; findings: Record<string, unknown>[] }[] };
    expect(doc.files[0]!.image).toBeNull();
    expect(doc.files[0]!.findings[0]).toMatchObject({ end: null, pointer: null, inputs: null });
  });

  test('an input named __proto__ stays an ordinary key', () => {
    const r = reportWith([]);
    r.loads = [{ inputs: JSON.parse('{"__proto__": "x"}') as Record<string, string>, outcome: 'ok' }];
    expect(formatJson([r])).toContain('"__proto__": "x"');
  });

  test('real reports (the example, a broken variant, a parse error) match the schema', () => {
    const example = path.join(repoRoot, 'examples/hello-lilypad/lilypad_module.json.tmpl');
    const text = readFileSync(example, 'utf8');
    const real = [
      validateTemplate({ file: example, text }),
      validateTemplate({ file: 'quoted.tmpl', text: text.replace(/\{\{ if \.Message \}\}.*\{\{ end \}\}/, '"{{ .Message }}"') }),
      validateTemplate({ file: 'parse.tmpl', text: '{ "a": {{ default .X "y" }} }' }),
    ];
    const doc = JSON.parse(formatJson(real)) as unknown;
    expect(validateDocument(doc), JSON.stringify(validateDocument.errors)).toBe(true);
  });
});

describe('formatGithub', () => {
  test.each([
    ['a%b', 'a%25b', 'a%25b'],
    ['line\r\nnext', 'line%0D%0Anext', 'line%0D%0Anext'],
    ['a:b,c', 'a:b,c', 'a%3Ab%2Cc'],
    ['%0A', '%250A', '%250A'],
  ])('escapes %j as data %j and as a property %j', (raw, data, property) => {
    expect(escapeData(raw)).toBe(data);
    expect(escapeProperty(raw)).toBe(property);
  });

  test('a workflow command per annotation, properties escaped', () => {
    expect(workflowCommand({ kind: 'error', file: 'a,b:c.tmpl', line: 3, column: 7, title: 'json-syntax', message: 'bad: 100%\nfix it' })).toBe(
      '::error file=a%2Cb%3Ac.tmpl,line=3,col=7,title=json-syntax::bad: 100%25%0Afix it',
    );
    expect(workflowCommand({ kind: 'notice', message: 'plain' })).toBe('::notice::plain');
  });

  test('paths relative to the workspace, with / separators', () => {
    const r = reportWith(manyFindings(1, 'error', '/ws/mod/lilypad_module.json.tmpl'), '/ws/mod/lilypad_module.json.tmpl');
    expect(formatGithub([r], { workspace: '/ws' })).toBe('::error file=mod/lilypad_module.json.tmpl,line=1,col=1,title=rule-error::error number 1\n');
    const rel = reportWith(manyFindings(1, 'error', 'lilypad_module.json.tmpl'), 'lilypad_module.json.tmpl');
    expect(formatGithub([rel], { workspace: '/ws', cwd: '/ws/mod' })).toContain('file=mod/lilypad_module.json.tmpl,');
  });

  test('deduplicated: the same finding from two reports of one file is one annotation', () => {
    const r = reportWith(manyFindings(2, 'warning'));
    expect(githubAnnotations([r, r])).toHaveLength(2);
  });

  test('within the caps: 10 of each kind, most severe first, and a notice of what was left out', () => {
    const r = reportWith([...manyFindings(12, 'info'), ...manyFindings(15, 'warning'), ...manyFindings(25, 'error')]);
    const out = githubAnnotations([r]);
    const kinds = out.map((a) => a.kind);
    expect(kinds).toEqual([...Array(10).fill('error'), ...Array(10).fill('warning'), ...Array(10).fill('notice')]);
    expect(out.slice(0, 10).map((a) => a.message)).toEqual(manyFindings(10, 'error').map((f) => f.message));
    expect(out.at(-1)).toEqual({
      kind: 'notice',
      title: 'more findings',
      message: '23 more findings not shown as annotations (15 errors, 5 warnings, 3 notices): GitHub shows at most 10 of each kind per step. All findings are in the text or JSON report.',
    });
  });

  test('the job cap counts the closing notice too', () => {
    const r = reportWith(manyFindings(8, 'error'));
    const out = githubAnnotations([r], { limits: { perKind: 10, total: 5 }, fullReport: 'the job summary' });
    expect(out.map((a) => a.kind)).toEqual(['error', 'error', 'error', 'error', 'notice']);
    expect(out.at(-1)!.message).toMatch(/^4 more findings not shown as annotations \(4 errors\):.* All findings are in the job summary\.$/);
  });

  test("annotations the step emits itself (setFailed's error) count against the caps", () => {
    const r = reportWith(manyFindings(10, 'error'));
    const out = githubAnnotations([r], { alsoEmitted: { error: 1 } });
    expect(out.map((a) => a.kind)).toEqual([...Array(9).fill('error'), 'notice']);
    expect(out.at(-1)!.message).toMatch(/^1 more finding not shown as annotations \(1 error\)/);
  });

  test('exactly at the caps: nothing left out, no notice', () => {
    const r = reportWith([...manyFindings(10, 'error'), ...manyFindings(10, 'info')]);
    expect(githubAnnotations([r]).filter((a) => a.title === 'more findings')).toEqual([]);
  });
});

describe('formatSummary', () => {
  test('the verdict line first, with both answers', () => {
    expect(formatSummary([cleanReport]).split('\n')[2]).toBe('✅ **Valid** (`examples/hello-lilypad/lilypad_module.json.tmpl`): loads: yes (1 input set) · 0 errors, 0 warnings.');
    expect(formatSummary(reports).split('\n')[2]).toBe('❌ **Invalid** (3 files, 2 invalid): loads: no (2 of 3 files fail) · 3 errors, 2 warnings, 1 note.');
    expect(formatSummary(reports)).toContain('\nRules set: network-not-none error (modules/sd, v2:final/.lilypad/validate.yml:2:3), dropped-field off (--rule).\n');
  });

  test('table cells: Markdown and HTML neutralised, code spans kept, one line per row', () => {
    const md = formatSummary([brokenReport]);
    const row = md.split('\n').find((l) => l.includes('image-not-pinned'))!;
    expect(row).toContain('not pinned by digest \\| \\<b\\>tag\\</b\\> \\*moves\\* and \\_\\_proto\\_\\_ changes.');
    expect(md.split('\n').find((l) => l.includes('timeout-missing'))).toContain('Spec.Timeout is not set.<br>The solver applies 900 s.');
    expect(md).toContain('Input `Prompt` is printed inside quotes');
  });

  test('stays under the byte bound, and says what it left out', () => {
    const r = reportWith(manyFindings(5000, 'error'));
    r.inputs = Array.from({ length: 50 }, (_, k) => ({ name: `In${k}`, optional: true, guarded: false, at: { line: 1, column: 1 } }));
    const md = formatSummary([r], { maxBytes: 64 * 1024 });
    expect(Buffer.byteLength(md)).toBeLessThanOrEqual(64 * 1024);
    expect(md).toMatch(/> The summary stops here to stay under 64 KiB \(GitHub's limit is 1 MiB\): \d+ findings, 50 inputs, 1 load verdict not shown\. All are in the JSON report\.\n$/);
    const shown = md.split('\n').filter((l) => l.startsWith('| ❌ error')).length;
    expect(md).toContain(`${5000 - shown} findings`);
  });

  test('the default bound is a quarter of GitHub’s 1 MiB', () => {
    const r = reportWith(manyFindings(20_000, 'warning'));
    expect(Buffer.byteLength(formatSummary([r]))).toBeLessThanOrEqual(256 * 1024);
  });
});
