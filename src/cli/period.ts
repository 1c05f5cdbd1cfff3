// The report period from the command line: `--year YYYY`, or `--from DATE` / `--to DATE`;
// `--from` alone runs to the end of its year, `--to` alone starts at the beginning of its year;
// nothing given: the calendar year of --today.
import { UsageError } from '../errors.js';
import type { IsoDate } from '../model/types.js';
import { calendarYear, pad4, yearOf, type Period } from '../report/period.js';

export function periodFrom(options: { year?: number | undefined; from?: IsoDate | undefined; to?: IsoDate | undefined }, today: IsoDate): Period {
  const { year, from, to } = options;
  if (year !== undefined && (from !== undefined || to !== undefined)) throw new UsageError('usage.year-and-range');
  if (year !== undefined) return calendarYear(year);
  if (from === undefined && to === undefined) return calendarYear(yearOf(today));
  const start = from ?? `${pad4(yearOf(to!))}-01-01`;
  const end = to ?? `${pad4(yearOf(from!))}-12-31`;
  if (start > end) throw new UsageError('usage.period-reversed', { start, end });
  const whole = start.endsWith('-01-01') && end === `${start.slice(0, 4)}-12-31`;
  return whole ? calendarYear(yearOf(start)) : { from: start, to: end };
}
