// Recorded verdicts (test/fixtures/calibration/VERDICTS.json, test/fixtures/corpus/VERDICTS.json):
// what happens on Lilypad with each template, decided by hand from the template and its
// repository (format doc §4.5, §4.5.1) and checked against Go for loading. The format is in
// test/fixtures/calibration/README.md.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { templateName, validateTemplate, type ValidationReport } from '@lilypad-actions/module-spec';
import { beforeAll, describe, expect, test } from 'vitest';
import { goVerdicts, sameError, type GoVerdict } from '../support/go-load';
import type { OracleCase } from '../support/oracle';

export interface RecordedVerdict {
  /** The template under templates/. */
  file: string;
  repo: string;
  ref: string;
  commit: string;
  /** Its repository's root Dockerfile at the same commit, under dockerfiles/, if it has one. */
  dockerfile: string | null;
  inputs: {
    /** Where the input sets come from: the README's run line, or the validator's default sample. */
    source: string;
    /** The input sets; none: the validator's default sample (every input it reads set to "lilypad"). */
    sets: Record<string, string>[];
  };
  /** Lilypad loads it, per input set (Go decides; the test checks it). */
  loads: boolean[];
  /** The job runs and its results come back (from the template's content: §4.5, §4.5.1). */
  runs: boolean;
  /** A value users will type that makes it fail to load (checked with Go), or null. */
  typedBreak: { input: string; value: string } | null;
  /** Why it does not work: the rule that names each reason, and the reason. Empty when it works. */
  breaks: { rule: string; why: string }[];
  /** How the verdict was decided: the evidence, and what was not checked. */
  basis: string;
}

export function readVerdicts(file: string): RecordedVerdict[] {
  const records = JSON.parse(readFileSync(file, 'utf8')) as RecordedVerdict[];
  for (const r of records) {
    if (!r.file || !r.repo || !/^[0-9a-f]{40}$/.test(r.commit) || !Array.isArray(r.loads) || typeof r.runs !== 'boolean') {
      throw new Error(`${file}: a malformed record: ${JSON.stringify(r).slice(0, 200)}`);
    }
    // A module that works has no reasons not to; one that does not has at least one.
    const works = r.loads.every(Boolean) && r.runs && r.typedBreak === null;
    if (works !== (r.breaks.length === 0)) throw new Error(`${file}: ${r.file}: ${works ? 'works but has reasons not to' : 'does not work but has no reason'}`);
  }
  return records;
}

/**
 * The tests of a set of recorded verdicts (`dir`: templates/, optional dockerfiles/, INDEX.tsv,
 * VERDICTS.json): Go agrees with every recorded load verdict and typed break, and the validator
 * gives exactly the recorded verdict and reasons.
 */
export function describeRecordedVerdicts(title: string, dir: string): RecordedVerdict[] {
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

  describe(title, () => {
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

    test('every template of INDEX.tsv has one record, at the same repository, ref and commit', () => {
      const index = readFileSync(path.join(dir, 'INDEX.tsv'), 'utf8').trim().split('\n').slice(1).map((l) => l.split('\t'));
      expect(index.map((r) => r[4]).sort()).toEqual(records.map((r) => r.file).sort());
      for (const r of records) expect(index.find((row) => row[4] === r.file)!.slice(0, 3)).toEqual([r.repo, r.ref, r.commit]);
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
      console.log(`${title}: ${prepared.length} templates from ${new Set(records.map((r) => r.repo)).size} repositories; ${valid} valid, ${prepared.length - valid} invalid\n\n${rows.join('\n')}`);
      expect(wrong).toEqual([]);
    });
  });
  return records;
}
