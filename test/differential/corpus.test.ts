// The 110 saved real-world Lilypad module templates, rendered by Go (Lilypad v2.23.0's LoadModule
// render, test/oracle) and by renderLilypad, with several input sets each: identical bytes and
// identical errors required.
import { describe, expect, test } from 'vitest';
import { oracleResultsFor } from '../support/oracle';
import { corpusCases } from './corpus-cases';
import { compareAll, reportMismatches } from './harness';

const { cases, templates } = corpusCases();
const results = oracleResultsFor(cases);

describe('corpus templates: renderLilypad matches Go', () => {
  test('the corpus is there', () => {
    expect(templates).toBeGreaterThanOrEqual(100);
  });

  test(`${cases.length} renders of ${templates} templates are identical to Go's`, () => {
    const { mismatches } = compareAll(cases, results());
    reportMismatches('corpus', cases.length, mismatches);
  });
});
