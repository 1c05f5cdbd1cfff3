// Dates as each language writes them: German DIN 5008 (13.03.2024), English ISO (2024-03-13).
import type { Lang } from './lang.js';

type Day = { y: string; m: string; d: string };

const DATE: Record<Lang, { full: (x: Day) => string; short: (x: Day) => string }> = {
  de: { full: (x) => `${x.d}.${x.m}.${x.y}`, short: (x) => `${x.d}.${x.m}.` },
  en: { full: (x) => `${x.y}-${x.m}-${x.d}`, short: (x) => `${x.m}-${x.d}` },
};

const parts = (value: string): Day => ({ y: value.slice(0, 4), m: value.slice(5, 7), d: value.slice(8, 10) });

/** `2024-03-13` → `13.03.2024` (de) or `2024-03-13` (en); a date-time gets `, 14:00`. */
export function formatDate(value: string, lang: Lang): string {
  const time = value.length > 10 ? value.slice(11, 16) : '';
  const shown = DATE[lang].full(parts(value));
  return time ? `${shown}, ${time}` : shown;
}

/** Day and month only, for a chart within one year: `13.03.` (de) or `03-13` (en). */
export const formatDayMonth = (value: string, lang: Lang): string => DATE[lang].short(parts(value));

const WEEKDAYS: Record<Lang, readonly string[]> = {
  de: ['Sonntag', 'Montag', 'Dienstag', 'Mittwoch', 'Donnerstag', 'Freitag', 'Samstag'],
  en: ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'],
};
const MONTHS: Record<Lang, readonly string[]> = {
  de: ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
};

/** Day of the week of a `YYYY-MM-DD` (0 = Sunday), from the calendar alone (no time zone involved). */
function weekday(value: string): number {
  const d = new Date(0);
  d.setUTCFullYear(Number(value.slice(0, 4)), Number(value.slice(5, 7)) - 1, Number(value.slice(8, 10)));
  return d.getUTCDay();
}

/** `Mi 11.03.2026` (de) or `Wed 2026-03-11` (en): a date with its short weekday, for lists. */
export const formatDateWithWeekday = (value: string, lang: Lang): string =>
  `${WEEKDAYS[lang][weekday(value)]!.slice(0, lang === 'de' ? 2 : 3)} ${DATE[lang].full(parts(value))}`;

/** `Mittwoch, 11. März 2026` (de) or `Wednesday, 11 March 2026` (en): a date written out, for letters and invitations. */
export function formatLongDate(value: string, lang: Lang): string {
  const day = parts(value);
  const name = WEEKDAYS[lang][weekday(value)]!;
  const month = MONTHS[lang][Number(day.m) - 1]!;
  return lang === 'de' ? `${name}, ${Number(day.d)}. ${month} ${day.y}` : `${name}, ${Number(day.d)} ${month} ${day.y}`;
}

/** Days and times of a meeting as `formatWhen` reads them (src/products/meetings/meeting-header.ts, MeetingWhen). */
export interface WhenParts {
  allDay: boolean;
  startDay: string;
  endDay: string;
  startTime?: string;
  endTime?: string;
}

/**
 * A meeting's time written out, for invitations and sign-in sheets: `Mittwoch, 11. März 2026,
 * 14:00–16:30 Uhr`, `…, 14:00 Uhr` without an end, `Montag, 14. September 2026 bis Dienstag,
 * 15. September 2026` for days, `…, 18:00 Uhr bis Donnerstag, …, 12:00 Uhr` over midnight;
 * English `Wednesday, 11 March 2026, 14:00–16:30`.
 */
export function formatWhen(when: WhenParts, lang: Lang): string {
  const start = formatLongDate(when.startDay, lang);
  const clock = (time: string) => (lang === 'de' ? `${time} Uhr` : time);
  const until = lang === 'de' ? 'bis' : 'to';
  if (when.allDay) return when.endDay === when.startDay ? start : `${start} ${until} ${formatLongDate(when.endDay, lang)}`;
  if (when.endTime === undefined) return `${start}, ${clock(when.startTime ?? '')}`;
  if (when.endDay === when.startDay) return `${start}, ${clock(`${when.startTime}–${when.endTime}`)}`;
  return `${start}, ${clock(when.startTime ?? '')} ${until} ${formatLongDate(when.endDay, lang)}, ${clock(when.endTime)}`;
}

/** A number with decimals as each language writes it: 4,25 (de) or 4.25 (en). */
export const formatDecimal = (n: number, lang: Lang, digits = 2): string => {
  const text = (Math.round(n * 10 ** digits) / 10 ** digits).toFixed(digits);
  return lang === 'de' ? text.replace('.', ',') : text;
};

/** A staff share or another decimal as written: 0,5 and 1,75, not 0,50 or 1,00 (de); 0.5 (en). */
export const formatShare = (n: number, lang: Lang): string =>
  formatDecimal(n, lang)
    .replace(/([.,]\d*?)0+$/, '$1')
    .replace(/[.,]$/, '');

/** A share as a whole percentage: 76 % (de) or 76% (en). */
export const formatPercent = (part: number, whole: number, lang: Lang): string => {
  const n = Math.round((part / whole) * 100);
  return lang === 'de' ? `${n} %` : `${n}%`;
};
