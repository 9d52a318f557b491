// The corpus (test/fixtures/corpus, 110 templates from 50 repositories) with a recorded verdict for
// each (VERDICTS.json, format in recorded-verdicts.ts): Go agrees with every recorded load
// verdict, and the validator gives exactly the recorded verdict and reasons. The corpus's input
// sets come from its README run lines (RUN_LINES.md) where they name the template's inputs.
import path from 'node:path';
import { expect, test } from 'vitest';
import { repoRoot } from '../support/repo-root';
import { describeRecordedVerdicts } from './recorded-verdicts';

const records = describeRecordedVerdicts('the corpus', path.join(repoRoot, 'test/fixtures/corpus'));

test('the corpus: every one of its 110 templates has a record', () => {
  expect(records).toHaveLength(110);
});
