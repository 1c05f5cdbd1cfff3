// Wall-clock time in an IANA time zone → the UTC instant, with Intl only (never the machine's
// own time zone). The two daylight-saving edge cases follow RFC 5545 § 3.3.5:
// - a time in the spring-forward gap (02:30 on the last Sunday of March in Berlin) does not
//   exist; it is read with the offset in force BEFORE the gap (02:30 CET = 01:30Z = 03:30 CEST);
// - a time in the autumn hour that occurs twice (02:30 on the last Sunday of October) means its
//   FIRST occurrence, i.e. summer time (02:30 CEST = 00:30Z).
import { ruleOffsetMs, utcDate } from '../../model/dates.js';
import type { LocalDateTime } from '../../model/types.js';

const DAY_MS = 86_400_000;
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/** Milliseconds since the epoch of the given fields read as UTC (years below 100 included). */
const utcMs = (y: number, mo: number, d: number, h: number, mi: number, s: number) => utcDate(y, mo - 1, d, h, mi, s).getTime();

/** The wall-clock fields shown in `timeZone` at `instant`, encoded as if they were UTC. */
function wallClockAt(instant: number, timeZone: string): number {
  const parts: Record<string, number> = {};
  for (const p of formatterFor(timeZone).formatToParts(new Date(instant))) {
    if (p.type !== 'literal') parts[p.type] = Number(p.value);
  }
  return utcMs(parts.year!, parts.month!, parts.day!, parts.hour!, parts.minute!, parts.second!);
}

/** The zone's offset from UTC at an instant; Berlin's by the EU rule, without loading ICU's zone data. */
function offsetAt(instant: number, timeZone: string): number {
  return ruleOffsetMs(timeZone, instant) ?? wallClockAt(instant, timeZone) - instant;
}

/** `2025-03-29T10:00:00` in Europe/Berlin → the instant 2025-03-29T09:00:00Z (epoch ms). */
export function zonedToUtc(local: LocalDateTime, timeZone: string): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})$/.exec(local);
  if (!m) throw new Error(`not a local date-time: ${local}`);
  const wall = utcMs(Number(m[1]), Number(m[2]), Number(m[3]), Number(m[4]), Number(m[5]), Number(m[6]));
  // The offsets a day before and a day after cover any single transition near this time.
  const before = offsetAt(wall - DAY_MS, timeZone);
  const after = offsetAt(wall + DAY_MS, timeZone);
  const matches = [...new Set([before, after])]
    .map((offset) => wall - offset)
    .filter((instant) => instant + offsetAt(instant, timeZone) === wall)
    .sort((a, b) => a - b);
  return matches[0] ?? wall - before;
}

/** An instant as iCalendar UTC date-time fields [year, month, day, hour, minute, second]. */
export function utcFields(instant: number): [number, number, number, number, number, number] {
  const d = new Date(instant);
  return [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate(), d.getUTCHours(), d.getUTCMinutes(), d.getUTCSeconds()];
}

/** The offset from UTC in minutes of a wall-clock time in `timeZone` (Berlin in winter: 60). */
export function offsetMinutes(local: LocalDateTime, timeZone: string): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})$/.exec(local);
  if (!m) throw new Error(`not a local date-time: ${local}`);
  const wall = utcMs(Number(m[1]), Number(m[2]), Number(m[3]), Number(m[4]), Number(m[5]), Number(m[6]));
  return Math.round((wall - zonedToUtc(local, timeZone)) / 60_000);
}
