import { describe, expect, test } from 'vitest';
import { UserInputError } from '../src/errors';
import { assertMonthEnded, formatMonth, isoSeconds, monthWindow, parseMonth, previousMonth } from '../src/month';

describe('months', () => {
  test.each([
    ['2025-03', '2025-03-01T00:00:00Z', '2025-04-01T00:00:00Z'],
    ['2024-02', '2024-02-01T00:00:00Z', '2024-03-01T00:00:00Z'],
    ['2024-12', '2024-12-01T00:00:00Z', '2025-01-01T00:00:00Z'],
  ])('%s is the half-open UTC window [%s, %s)', (text, start, end) => {
    const w = monthWindow(parseMonth(text));
    expect([isoSeconds(w.start), isoSeconds(w.end)]).toEqual([start, end]);
    expect(formatMonth(parseMonth(text))).toBe(text);
  });

  test.each(['2025-13', '2025-3', 'March', '2025-00', ''])('%j is refused with the expected format', (text) => {
    expect(() => parseMonth(text)).toThrow(UserInputError);
    expect(() => parseMonth(text)).toThrow(/give it as YYYY-MM/);
  });

  test('the previous month, in UTC, across a year boundary', () => {
    expect(formatMonth(previousMonth(new Date('2025-01-01T00:05:00Z')))).toBe('2024-12');
    expect(formatMonth(previousMonth(new Date('2025-04-01T03:17:00Z')))).toBe('2025-03');
    // 23:30 on 31 March in UTC-5 is already April in UTC.
    expect(formatMonth(previousMonth(new Date('2025-03-31T23:30:00-05:00')))).toBe('2025-03');
  });

  test('a month that has not ended is refused', () => {
    expect(() => assertMonthEnded(parseMonth('2025-03'), new Date('2025-03-31T23:59:59Z'))).toThrow(/has not ended yet/);
    expect(() => assertMonthEnded(parseMonth('2025-03'), new Date('2025-04-01T00:00:00Z'))).not.toThrow();
  });
});
