// The report period and the targets scaled to it (src/cli/period.ts reads it from the command line).
import type { IsoDate } from '../model/types.js';

export interface Period {
  from: IsoDate;
  to: IsoDate;
  /** The calendar year when the period is exactly one calendar year, else undefined. */
  year?: number;
}

export const yearOf = (date: IsoDate) => Number(date.slice(0, 4));
export const pad4 = (year: number) => String(year).padStart(4, '0');

export function calendarYear(year: number): Period {
  return { from: `${pad4(year)}-01-01`, to: `${pad4(year)}-12-31`, year };
}

/** Number of days from `from` to `to`, both included. */
export function daysIn(from: IsoDate, to: IsoDate): number {
  const ms = Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`);
  return Math.round(ms / 86_400_000) + 1;
}

/**
 * A yearly target for the period: unchanged for one calendar year, otherwise pro rata by days,
 * year by year (a leap year has 366), rounded to the nearest whole number (.5 rounds up).
 */
export function targetForPeriod(perYear: number, period: Period): number {
  if (period.year !== undefined) return perYear;
  let share = 0;
  for (let y = yearOf(period.from); y <= yearOf(period.to); y++) {
    const start = period.from > `${pad4(y)}-01-01` ? period.from : `${pad4(y)}-01-01`;
    const end = period.to < `${pad4(y)}-12-31` ? period.to : `${pad4(y)}-12-31`;
    share += daysIn(start, end) / daysIn(`${pad4(y)}-01-01`, `${pad4(y)}-12-31`);
  }
  return Math.round(perYear * share + 1e-9);
}
