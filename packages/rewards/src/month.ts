// A reward month is a half-open UTC interval [YYYY-MM-01T00:00:00Z, first of the next month):
// explicit UTC, because scheduled workflows run in UTC and a PR merged at 23:59:59 on the last day
// belongs to that month while one merged a second later belongs to the next.

import { UserInputError } from './errors';

export interface Month {
  year: number;
  /** 1–12 */
  month: number;
}

/** A half-open interval of instants, in milliseconds since the epoch. */
export interface Window {
  start: number;
  end: number;
}

/** Parses `YYYY-MM`; anything else is a user error naming what was given. */
export function parseMonth(text: string, what = 'month'): Month {
  const m = /^(\d{4})-(\d{2})$/.exec(text.trim());
  const month = m ? Number(m[2]) : 0;
  if (!m || month < 1 || month > 12) {
    throw new UserInputError(`${what} ${JSON.stringify(text)} is not a month: give it as YYYY-MM, e.g. 2025-03`);
  }
  return { year: Number(m[1]), month };
}

export function formatMonth(m: Month): string {
  return `${String(m.year).padStart(4, '0')}-${String(m.month).padStart(2, '0')}`;
}

export function monthWindow(m: Month): Window {
  return { start: Date.UTC(m.year, m.month - 1, 1), end: Date.UTC(m.year, m.month, 1) };
}

/** The month before the one `now` falls in, in UTC: what a run on the 1st tallies. */
export function previousMonth(now: Date): Month {
  const year = now.getUTCFullYear();
  const month = now.getUTCMonth() + 1;
  return month === 1 ? { year: year - 1, month: 12 } : { year, month: month - 1 };
}

/** Refuses a month that has not ended: its tally would change as more PRs merge. */
export function assertMonthEnded(m: Month, now: Date): void {
  const { end } = monthWindow(m);
  if (now.getTime() < end) {
    throw new UserInputError(
      `month ${formatMonth(m)} has not ended yet (it ends ${isoSeconds(end)}); tally it on or after the 1st of the next month`,
    );
  }
}

/** `2025-03-01T00:00:00Z`: second precision, as GitHub reports and searches times. */
export function isoSeconds(ms: number): string {
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
}
