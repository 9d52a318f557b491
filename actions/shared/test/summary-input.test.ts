// The one `summary` input every action reads: auto|always|never, true/false as always/never.
import { describe, expect, test } from 'vitest';
import { isUserError } from '@lilypad-actions/errors';
import { ConfigurationError, parseSummary, wantsSummary } from '../input-values';

describe('parseSummary', () => {
  test.each([
    ['', 'auto'],
    ['auto', 'auto'],
    ['always', 'always'],
    ['never', 'never'],
    ['ALWAYS', 'always'],
    ['true', 'always'],
    ['True', 'always'],
    ['false', 'never'],
  ])('%j is %s', (value, mode) => expect(parseSummary(value)).toBe(mode));

  test('anything else is the workflow author’s mistake, named', () => {
    let error: unknown;
    try {
      parseSummary('sometimes');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigurationError);
    expect(isUserError(error)).toBe(true);
    expect((error as Error).message).toBe('summary: expected auto, always or never, got "sometimes"');
  });
});

test('wantsSummary: always, never, and auto when there is something to say', () => {
  expect(wantsSummary('always', false)).toBe(true);
  expect(wantsSummary('never', true)).toBe(false);
  expect(wantsSummary('auto', true)).toBe(true);
  expect(wantsSummary('auto', false)).toBe(false);
});
