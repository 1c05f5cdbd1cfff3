// Calendar dates and local times as plain strings: `YYYY-MM-DD` and `YYYY-MM-DDTHH:MM:SS`.
// ISO strings compare correctly as strings, so no Date objects (and no machine time zone) here.
import type { IsoDate, LocalDateTime } from './types.js';
import { DEFAULT_TIMEZONE } from './vocabulary.js';

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATETIME = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2}))?$/;

/** A UTC date and time; unlike Date.UTC, years 0–99 stay years 0–99 (not 1900–1999). */
export function utcDate(year: number, monthIndex: number, day: number, hours = 0, minutes = 0, seconds = 0): Date {
  const date = new Date(0);
  date.setUTCFullYear(year, monthIndex, day);
  date.setUTCHours(hours, minutes, seconds, 0);
  return date;
}

function daysInMonth(year: number, month: number): number {
  return utcDate(year, month, 0).getUTCDate();
}

/** True for a `YYYY-MM-DD` that is a day in the calendar (not 2025-02-30). */
export function isRealDate(text: string): boolean {
  const m = DATE.exec(text);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return mo >= 1 && mo <= 12 && d >= 1 && d <= daysInMonth(y, mo);
}

/**
 * The years a date in the data may have. Earlier or later ones are typing mistakes (0000, 9999,
 * 20224 cut to 2022?), and calendars cannot read them (python-icalendar, for one, fails on year 0).
 */
export const MIN_YEAR = 1900;
export const MAX_YEAR = 2199;

/** True when the year of a date or date-time lies in MIN_YEAR … MAX_YEAR. */
export function yearInRange(text: string): boolean {
  const year = Number(text.slice(0, 4));
  return year >= MIN_YEAR && year <= MAX_YEAR;
}

export type DateCheck = 'ok' | 'bad-date' | 'bad-time';

/** Checks a date or date-time value that already matched the schema's pattern. */
export function checkDateOrDateTime(text: string): DateCheck {
  const m = DATETIME.exec(text);
  if (!m) return isRealDate(text) ? 'ok' : 'bad-date';
  if (!isRealDate(`${m[1]}-${m[2]}-${m[3]}`)) return 'bad-date';
  const [h, min, s] = [Number(m[4]), Number(m[5]), Number(m[6] ?? 0)];
  return h <= 23 && min <= 59 && s <= 59 ? 'ok' : 'bad-time';
}

export const isDateOnly = (text: string) => DATE.test(text);

/** `2024-03-13 14:00` → `2024-03-13T14:00:00`; a plain date stays as it is. */
export function normalizeDateTime(text: string): IsoDate | LocalDateTime {
  const m = DATETIME.exec(text);
  if (!m) return text;
  return `${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6] ?? '00'}`;
}

/** The calendar day of a date or local date-time. */
export const dayOf = (value: IsoDate | LocalDateTime): IsoDate => value.slice(0, 10);

export function addDays(date: IsoDate, days: number): IsoDate {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const t = utcDate(y, m - 1, d + days);
  return isoDate(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate());
}

const isoDate = (y: number, m: number, d: number): IsoDate => `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;

/** Adds calendar months, clamping to the month's last day (2024-01-31 + 1 month = 2024-02-29). */
export function addMonths(date: IsoDate, months: number): IsoDate {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const total = y * 12 + (m - 1) + months;
  const ny = Math.floor(total / 12);
  const nm = (total % 12) + 1;
  return isoDate(ny, nm, Math.min(d, daysInMonth(ny, nm)));
}

/**
 * Today's date in a time zone (default Europe/Berlin, where the users are). Berlin's date is
 * worked out from the EU's summer-time rule, without ICU: loading its time-zone data took a
 * tenth of `validate`'s start-up, only to learn the date (test/unit/dates.test.ts compares the two).
 */
export function todayIn(timeZone = DEFAULT_TIMEZONE, now = new Date()): IsoDate {
  const offset = ruleOffsetMs(timeZone, now.getTime());
  if (offset !== undefined) {
    const day = new Date(now.getTime() + offset);
    return isoDate(day.getUTCFullYear(), day.getUTCMonth() + 1, day.getUTCDate());
  }
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

const HOUR_MS = 3_600_000;

/**
 * A zone's offset from UTC at an instant, where it follows a rule known here: Berlin's, summer
 * time (UTC+2) from 01:00 UTC on the last Sunday of March to 01:00 UTC on the last Sunday of
 * October, else UTC+1, as in the EU since 1996. Undefined for other zones and outside 1996–2099,
 * where the caller asks ICU instead.
 */
export function ruleOffsetMs(timeZone: string, instant: number): number | undefined {
  if (timeZone !== 'Europe/Berlin') return undefined;
  const year = new Date(instant).getUTCFullYear();
  if (year < 1996 || year > 2099) return undefined;
  const summerFrom = lastSundayUtc(year, 2) + HOUR_MS;
  const summerUntil = lastSundayUtc(year, 9) + HOUR_MS;
  return instant >= summerFrom && instant < summerUntil ? 2 * HOUR_MS : HOUR_MS;
}

/** Midnight UTC of the last Sunday of a month (0-based) in a year. */
function lastSundayUtc(year: number, monthIndex: number): number {
  const last = new Date(Date.UTC(year, monthIndex + 1, 0));
  return last.getTime() - last.getUTCDay() * 86_400_000;
}

/**
 * True when the name is an IANA time zone this Node.js knows. The zone of every NRW network is
 * answered without asking ICU: its time-zone data costs a tenth of `validate`'s start-up.
 */
export function isTimeZone(name: string): boolean {
  if (name === 'Europe/Berlin' || name === 'UTC') return true;
  try {
    new Intl.DateTimeFormat('en', { timeZone: name });
    return name.includes('/'); // ICU also knows abbreviations such as "CET", which are not IANA names
  } catch {
    return false;
  }
}

/** `2026-03-13`, `13.03.2026` or `13.3.26` as an ISO date, if it is a real day. */
export function dateFrom(value: string): IsoDate | undefined {
  const v = value.trim();
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(v);
  const de = /^(\d{1,2})\.(\d{1,2})\.(\d{2}|\d{4})$/.exec(v);
  const date = iso ? v : de ? `${de[3]!.length === 2 ? `20${de[3]}` : de[3]}-${de[2]!.padStart(2, '0')}-${de[1]!.padStart(2, '0')}` : undefined;
  return date !== undefined && isRealDate(date) ? date : undefined;
}

/**
 * A day, or a day and a time, as the format writes it (`2027-02-10 14:00`): from `10.02.2027 14:00`,
 * `10.02.2027, 14:00 Uhr`, `2027-02-10T14:00`, `10.2.27 9.30` …; undefined if it is none.
 */
export function dateTimeFrom(value: string): string | undefined {
  const m = /^(\S+?),?(?:\s+|T)(?:um\s+)?(\d{1,2})[:.](\d{2})(?::(\d{2}))?(?:\s*uhr)?$/i.exec(value.trim());
  if (!m) return dateFrom(value);
  const day = dateFrom(m[1]!);
  const [h, min, s] = [Number(m[2]), Number(m[3]), Number(m[4] ?? 0)];
  if (day === undefined || h > 23 || min > 59 || s > 59) return undefined;
  return `${day} ${String(h).padStart(2, '0')}:${m[3]}${m[4] ? `:${m[4]}` : ''}`;
}
