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
import { expect, test } from 'vitest';
import { repoRoot } from '../support/repo-root';
import { describeRecordedVerdicts } from './recorded-verdicts';

const dir = path.join(repoRoot, 'test/fixtures/calibration');
const records = describeRecordedVerdicts('the calibration set', dir);

test('the calibration set: 40+ templates from 25+ repositories, none in the corpus, and its sources written down', () => {
  expect(records.length).toBeGreaterThanOrEqual(40);
  expect(new Set(records.map((r) => r.repo)).size).toBeGreaterThanOrEqual(25);
  const corpusRepos = new Set(readFileSync(path.join(repoRoot, 'test/fixtures/corpus/INDEX.tsv'), 'utf8').split('\n').slice(1).map((l) => l.split('\t')[0]));
  expect(records.filter((r) => corpusRepos.has(r.repo)).map((r) => r.repo)).toEqual([]);
  expect(readFileSync(path.join(repoRoot, 'test/fixtures/SOURCES'), 'utf8')).toMatch(/^calibration\/templates\//m);
});
