// The report period from the command line: `--year YYYY`, or `--from DATE` / `--to DATE`;
// `--from` alone runs to the end of its year, `--to` alone starts at the beginning of its year;
// nothing given: the calendar year of --today.
import { UsageError } from '../../errors.js';
import type { IsoDate } from '../../model/types.js';
import { calendarYear, pad4, periodOf, previousPeriod, yearOf, type Period } from '../../report-data/period.js';

/** `--compare`: the period before this one, or a calendar year other than the report's. */
export function comparePeriod(option: 'previous' | number, period: Period): Period {
  if (option === 'previous') return previousPeriod(period);
  if (period.year === option) throw new UsageError('usage.compare-same', { value: option });
  return calendarYear(option);
}

export function periodFrom(options: { year?: number | undefined; from?: IsoDate | undefined; to?: IsoDate | undefined }, today: IsoDate): Period {
  const { year, from, to } = options;
  if (year !== undefined && (from !== undefined || to !== undefined)) throw new UsageError('usage.year-and-range');
  if (year !== undefined) return calendarYear(year);
  if (from === undefined && to === undefined) return calendarYear(yearOf(today));
  const start = from ?? `${pad4(yearOf(to!))}-01-01`;
  const end = to ?? `${pad4(yearOf(from!))}-12-31`;
  if (start > end) throw new UsageError('usage.period-reversed', { start, end });
  return periodOf(start, end);
}
