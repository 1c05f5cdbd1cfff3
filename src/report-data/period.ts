// The report period and the targets scaled to it (src/products/report/period-options.ts reads it from the command line).
import { addDays, addMonths } from '../model/dates.js';
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

/** The period from `from` to `to`; a whole calendar year is that year. */
export function periodOf(from: IsoDate, to: IsoDate): Period {
  const whole = from.endsWith('-01-01') && to === `${from.slice(0, 4)}-12-31`;
  return whole ? calendarYear(yearOf(from)) : { from, to };
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

/**
 * The period before: the previous calendar year for a calendar year; for whole months (first
 * of a month to last of a month) as many months before; otherwise as many days, ending the day
 * before `from`.
 */
export function previousPeriod(period: Period): Period {
  if (period.year !== undefined) return calendarYear(period.year - 1);
  const to = addDays(period.from, -1);
  if (period.from.endsWith('-01') && addDays(period.to, 1).endsWith('-01')) {
    const months = (yearOf(period.to) - yearOf(period.from)) * 12 + Number(period.to.slice(5, 7)) - Number(period.from.slice(5, 7)) + 1;
    return periodOf(addMonths(period.from, -months), to);
  }
  return periodOf(addDays(to, 1 - daysIn(period.from, period.to)), to);
}
