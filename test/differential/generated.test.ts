// Thousands of generated templates (fixed seed, see generate.ts) rendered by Go's text/template
// (test/oracle) and by the TypeScript engine: identical output and identical error text required.
import { afterAll, describe, test } from 'vitest';
import { oracleResultsFor } from '../support/oracle';
import { edgeCases } from './edge-cases';
import { generateCases, type GeneratedCase } from './generate';
import { GENERATE_OPTIONS } from './generated-options';
import { compareAll, reportMismatches } from './harness';

const cases = [...generateCases(GENERATE_OPTIONS), ...edgeCases()];
const results = oracleResultsFor(cases);
const tally = { compared: 0, identical: 0 };

afterAll(() => {
  console.log(`differential: ${tally.compared} cases, ${tally.identical} identical`);
});

const groups: [GeneratedCase['group'], string][] = [
  ['engine', 'well-formed templates over JSON data, with the test functions'],
  ['stringmap', 'well-formed templates over map[string]string data'],
  ['malformed', 'malformed templates (parse errors)'],
  ['lilypad', 'Lilypad renders (subst, JSON-encoded inputs) through renderLilypad'],
  ['edge', 'hand-written edge cases (recursion limit, printf verbs, number literals, nil, ...)'],
];

describe(`generated cases (seed ${GENERATE_OPTIONS.seed})`, () => {
  test.each(groups)('%s: %s', (group) => {
    const all = results();
    const idx = cases.flatMap((c, i) => (c.group === group ? [i] : []));
    const { mismatches } = compareAll(
      idx.map((i) => cases[i]!),
      idx.map((i) => all[i]!),
    );
    tally.compared += idx.length;
    tally.identical += idx.length - mismatches.length;
    reportMismatches(`generated ${group}`, idx.length, mismatches);
  });
});
