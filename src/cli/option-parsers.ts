// Values of single options that need more than a list of choices: a year, a CSV delimiter, a
// number of lines. Each throws UsageError (exit 2) with its catalogue code.
import { UsageError } from '../errors.js';
import { dateTimeFrom } from '../model/dates.js';

/** `--year 2026`: four digits, from 1900. */
export function parseYear(value: string): number {
  if (/^\d{4}$/.test(value) && Number(value) >= 1900) return Number(value);
  throw new UsageError('usage.year', { value });
}

/** `--compare previous` or `--compare 2025`: the period before, or a calendar year. */
export function parseCompare(value: string): 'previous' | number {
  if (value === 'previous') return 'previous';
  if (/^\d{4}$/.test(value) && Number(value) >= 1900) return Number(value);
  throw new UsageError('usage.compare', { value });
}

/** One character that cannot be part of the data's quoting or line structure; `tab` for a tab. */
export function parseDelimiter(value: string): string {
  const d = value === 'tab' || value === '\\t' ? '\t' : value;
  if ([...d].length === 1 && !/["'\r\n\p{L}\p{N} ]/u.test(d)) return d;
  throw new UsageError('usage.delimiter', { value });
}

/** `--lines 3`: a whole number from `min` to `max` (the empty lines of a sign-in sheet). */
export function parseLines(option: string, min: number, max: number): (value: string) => number {
  return (value) => {
    if (/^\d{1,3}$/.test(value.trim()) && Number(value) >= min && Number(value) <= max) return Number(value);
    throw new UsageError('usage.lines', { option, value, min, max });
  };
}

/** `--batch 500`: a whole number of addresses per block, from 1. */
export function parseBatch(value: string): number {
  if (/^\d{1,6}$/.test(value.trim()) && Number(value) >= 1) return Number(value);
  throw new UsageError('usage.batch', { value });
}

/**
 * A day or a day and a time as the format writes it (`2027-02-10 14:00`), also typed the German way
 * (`10.02.2027 14:00`, `10.2.27, 9.30 Uhr`): a real day and a real time.
 */
export function parseDateOrDateTime(value: string): string {
  const written = dateTimeFrom(value);
  if (written !== undefined) return written;
  throw new UsageError('usage.datetime', { value });
}

/** A whole number from 0 (`--count 12`). */
/** An age in whole years, 0 to 99 (an offer's ages). */
export function parseAge(value: string): number {
  const n = parseCount(value);
  if (n > 99) throw new UsageError('usage.count', { value });
  return n;
}

export function parseCount(value: string): number {
  if (/^\d{1,9}$/.test(value.trim())) return Number(value.trim());
  throw new UsageError('usage.count', { value });
}
