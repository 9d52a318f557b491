// The calibration set (test/fixtures/calibration): real module templates from public repositories
// outside the corpus, each with what happens on Lilypad recorded by hand in VERDICTS.json — does it
// load with the inputs its README gives, does it run (from the template's content, format doc
// §4.5 and §4.5.1), and if not, why. Go decides the loading, here and now: the oracle renders and
// decodes every input set as Lilypad v2.23.0 does, and must agree with the record; a recorded
// break by a value users type ("it's" in a prompt) must fail in Go too. Then the validator must
// give exactly the recorded verdict: valid exactly when the module loads, runs and no typed value
// breaks it, and its errors exactly the recorded reasons.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { templateName, validateTemplate, type ValidationReport } from '@lilypad-actions/module-spec';
import { beforeAll, describe, expect, test } from 'vitest';
import { goVerdicts, sameError, type GoVerdict } from '../support/go-load';
import type { OracleCase } from '../support/oracle';
import { repoRoot } from '../support/repo-root';
import { readVerdicts, type RecordedVerdict } from './recorded-verdicts';

const dir = path.join(repoRoot, 'test/fixtures/calibration');
const records = readVerdicts(path.join(dir, 'VERDICTS.json'));

interface Prepared {
  record: RecordedVerdict;
  text: string;
  name: string;
  dockerfile?: { file: string; text: string };
  sets: Record<string, string>[];
  report: ValidationReport;
}

const prepared: Prepared[] = records.map((record) => {
  const text = readFileSync(path.join(dir, 'templates', record.file), 'utf8');
  // The name Lilypad gives the template (it is in Go's messages): <repo>-<path>-<ref>.
  const name = templateName({ repo: `https://github.com/${record.repo}`, path: '/lilypad_module.json.tmpl', ref: record.commit });
  const dockerfile = record.dockerfile ? { file: `${record.repo}/Dockerfile`, text: readFileSync(path.join(dir, 'dockerfiles', record.dockerfile), 'utf8') } : undefined;
  const given = record.inputs.sets;
  const report = validateTemplate({ file: record.file, name, text, ...(given.length > 0 ? { inputSets: given } : {}), ...(dockerfile ? { dockerfile } : {}) });
  // No sets recorded: the validator's default sample, which is what Go is given too.
  const sets = report.loads.map((l) => ({ ...l.inputs }));
  return { record, text, name, ...(dockerfile ? { dockerfile } : {}), sets, report };
});

const loadCases: OracleCase[] = prepared.flatMap((p, i) => p.sets.map((inputs, k) => ({ id: `${i}#${k}`, mode: 'lilypad' as const, name: p.name, template: p.text, inputs })));
const typedCases: OracleCase[] = prepared.flatMap((p, i) =>
  p.record.typedBreak ? [{ id: `${i}#typed`, mode: 'lilypad' as const, name: p.name, template: p.text, inputs: { ...p.sets[0], [p.record.typedBreak.input]: p.record.typedBreak.value } }] : [],
);

describe('the calibration set', () => {
  let go: GoVerdict[] = [];
  let typed: GoVerdict[] = [];
  let failure: unknown;
  beforeAll(async () => {
    try {
      go = await goVerdicts(loadCases);
      typed = await goVerdicts(typedCases);
    } catch (e) {
      failure = e;
    }
  });

  test('is what SOURCES and INDEX.tsv say: 40+ templates from 25+ repositories, none in the corpus', () => {
    const index = readFileSync(path.join(dir, 'INDEX.tsv'), 'utf8').trim().split('\n').slice(1).map((l) => l.split('\t'));
    expect(index.map((r) => r[4]).sort()).toEqual(records.map((r) => r.file).sort());
    for (const r of records) expect(index.find((row) => row[4] === r.file)!.slice(0, 3)).toEqual([r.repo, r.ref, r.commit]);
    expect(records.length).toBeGreaterThanOrEqual(40);
    expect(new Set(records.map((r) => r.repo)).size).toBeGreaterThanOrEqual(25);
    const corpusRepos = new Set(readFileSync(path.join(repoRoot, 'test/fixtures/corpus/INDEX.tsv'), 'utf8').split('\n').slice(1).map((l) => l.split('\t')[0]));
    expect(records.filter((r) => corpusRepos.has(r.repo)).map((r) => r.repo)).toEqual([]);
    expect(readFileSync(path.join(repoRoot, 'test/fixtures/SOURCES'), 'utf8')).toMatch(/^calibration\/templates\//m);
  });

  test('Go agrees with every recorded load verdict, and every recorded typed break fails in Go', () => {
    if (failure !== undefined) throw failure;
    const wrong: string[] = [];
    prepared.forEach((p, i) => {
      const goLoads = p.sets.map((_, k) => go[loadCases.findIndex((c) => c.id === `${i}#${k}`)]!);
      const recorded = p.record.loads;
      if (goLoads.length !== recorded.length || goLoads.some((g, k) => (g.outcome === 'ok') !== recorded[k])) {
        wrong.push(`${p.record.file}: recorded loads ${JSON.stringify(recorded)}, Go ${JSON.stringify(goLoads.map((g) => g.outcome))}`);
      }
      // The validator's own load verdicts are Go's, error text included.
      p.report.loads.forEach((l, k) => {
        if (l.outcome !== goLoads[k]!.outcome || !sameError(goLoads[k]!, l)) wrong.push(`${p.record.file} set ${k}: validator ${l.outcome} ${l.error ?? ''}, Go ${goLoads[k]!.outcome}`);
      });
      if (p.record.typedBreak) {
        const t = typed[typedCases.findIndex((c) => c.id === `${i}#typed`)]!;
        if (t.outcome === 'ok') wrong.push(`${p.record.file}: recorded that ${JSON.stringify(p.record.typedBreak)} breaks it, but Go loads it`);
      }
    });
    expect(wrong).toEqual([]);
  });

  test('the validator gives exactly the recorded verdict for every template', () => {
    const rows: string[] = [];
    const wrong: string[] = [];
    for (const p of prepared) {
      const r = p.record;
      const expectedValid = r.loads.every(Boolean) && r.runs && r.typedBreak === null;
      const errors = [...new Set(p.report.findings.filter((f) => f.severity === 'error').map((f) => f.rule))].sort();
      const because = [...new Set(r.breaks.map((b) => b.rule))].sort();
      const verdict = `${p.report.verdict.loads ? 'loads' : 'does not load'}, ${p.report.valid ? 'valid' : 'invalid'}`;
      rows.push(`${r.file.replace(/\.json\.tmpl$/, '').padEnd(70)} ${verdict.padEnd(24)} ${errors.join(' ')}`);
      if (p.report.valid !== expectedValid) wrong.push(`${r.file}: recorded ${expectedValid ? 'valid' : 'invalid'}, validator says ${verdict} (${errors.join(', ') || 'no errors'})`);
      if (JSON.stringify(errors) !== JSON.stringify(because)) wrong.push(`${r.file}: recorded reasons ${because.join(', ') || '(none)'}, validator errors ${errors.join(', ') || '(none)'}`);
    }
    const valid = prepared.filter((p) => p.report.valid).length;
    console.log(`Calibration set: ${prepared.length} templates from ${new Set(records.map((r) => r.repo)).size} repositories; ${valid} valid, ${prepared.length - valid} invalid\n\n${rows.join('\n')}`);
    expect(wrong).toEqual([]);
  });
});
