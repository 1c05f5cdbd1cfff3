// The report period: `--year YYYY`, or `--from DATE` / `--to DATE`, default the calendar year of today.
import { dateOption } from '../cli/option-values.js';
import { UsageError } from '../errors.js';
import type { Lang } from '../i18n/lang.js';
import type { IsoDate } from '../model/types.js';

export interface Period {
  from: IsoDate;
  to: IsoDate;
  /** The calendar year when the period is exactly one calendar year, else undefined. */
  year?: number;
}

export interface PeriodOptions {
  year?: string;
  from?: string;
  to?: string;
}

const yearOf = (date: IsoDate) => Number(date.slice(0, 4));
const pad4 = (year: number) => String(year).padStart(4, '0');

export function calendarYear(year: number): Period {
  return { from: `${pad4(year)}-01-01`, to: `${pad4(year)}-12-31`, year };
}

/**
 * `--from` alone runs to the end of that year, `--to` alone starts at the beginning of its year.
 * Throws UsageError (exit 2) for anything that is not a clear period.
 */
export function parsePeriod(options: PeriodOptions, today: IsoDate, lang: Lang): Period {
  const de = lang === 'de';
  const { year } = options;
  if (year !== undefined && (options.from !== undefined || options.to !== undefined)) {
    throw new UsageError(
      de
        ? '--year und --from/--to schließen sich aus: bitte entweder ein Berichtsjahr oder einen Zeitraum angeben.'
        : '--year cannot be combined with --from/--to: give either a year or a period.',
    );
  }
  if (year !== undefined) {
    if (!/^\d{4}$/.test(year) || Number(year) < 1900) {
      throw new UsageError(de ? `--year: „${year}“ ist kein Jahr; Beispiel: --year 2026.` : `--year: "${year}" is not a year; example: --year 2026.`);
    }
    return calendarYear(Number(year));
  }
  const from = dateOption('--from', options.from, lang);
  const to = dateOption('--to', options.to, lang);
  if (from === undefined && to === undefined) return calendarYear(yearOf(today));
  const start = from ?? `${pad4(yearOf(to!))}-01-01`;
  const end = to ?? `${pad4(yearOf(from!))}-12-31`;
  if (start > end) {
    throw new UsageError(
      de ? `Der Zeitraum endet (${end}) vor seinem Beginn (${start}). Bitte --from und --to prüfen.` : `The period ends (${end}) before it starts (${start}). Please check --from and --to.`,
    );
  }
  const whole = start.endsWith('-01-01') && end === `${start.slice(0, 4)}-12-31`;
  return whole ? calendarYear(yearOf(start)) : { from: start, to: end };
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
