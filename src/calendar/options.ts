// The calendar's command-line options, checked: dates, meeting types, the reminder duration.
import { dateOption, knownValue } from '../cli/option-values.js';
import { UsageError } from '../errors.js';
import type { Lang } from '../i18n/lang.js';
import type { IsoDate } from '../model/types.js';
import { MEETING_TYPES, type MeetingType } from '../model/vocabulary.js';

/** A reminder before the start, e.g. `1d` or `1h30m`. */
export interface Alarm {
  days: number;
  hours: number;
  minutes: number;
}

export interface CalendarOptions {
  from?: IsoDate;
  to?: IsoDate;
  /** Empty = every type. */
  types: MeetingType[];
  public: boolean;
  meeting?: string;
  alarm?: Alarm;
}

export interface RawCalendarOptions {
  from?: unknown;
  to?: unknown;
  type?: unknown;
  public?: unknown;
  meeting?: unknown;
  alarm?: unknown;
}

export function parseCalendarOptions(raw: RawCalendarOptions, lang: Lang): CalendarOptions {
  const text = (value: unknown) => (value === undefined ? undefined : String(value));
  const from = dateOption('--from', text(raw.from), lang);
  const to = dateOption('--to', text(raw.to), lang);
  if (from !== undefined && to !== undefined && from > to) {
    throw new UsageError(
      lang === 'de' ? `--from ${from} liegt nach --to ${to}. Bitte die beiden Tage tauschen.` : `--from ${from} is after --to ${to}. Please swap the two days.`,
    );
  }
  const types = ((raw.type as string[] | undefined) ?? []).map((t) => knownValue('--type', t, MEETING_TYPES, lang));
  const options: CalendarOptions = { types: [...new Set(types)], public: raw.public === true };
  if (from !== undefined) options.from = from;
  if (to !== undefined) options.to = to;
  if (raw.meeting !== undefined) options.meeting = String(raw.meeting);
  if (raw.alarm !== undefined) options.alarm = parseAlarm(String(raw.alarm), lang);
  return options;
}

/** `1d`, `2h`, `30m`, also combined (`1h30m`); at least one minute, at most four weeks. */
export function parseAlarm(value: string, lang: Lang): Alarm {
  const m = /^(?:(\d{1,3})d)?(?:(\d{1,4})h)?(?:(\d{1,5})m)?$/i.exec(value.trim());
  const alarm: Alarm = { days: Number(m?.[1] ?? 0), hours: Number(m?.[2] ?? 0), minutes: Number(m?.[3] ?? 0) };
  const total = alarm.days * 1440 + alarm.hours * 60 + alarm.minutes;
  if (m && total >= 1 && total <= 28 * 1440) return alarm;
  throw new UsageError(
    lang === 'de'
      ? `--alarm: „${value}“ ist keine Dauer. Schreiben Sie z. B. 1d (ein Tag), 2h (zwei Stunden) oder 30m (30 Minuten) vor Beginn; höchstens 28d.`
      : `--alarm: "${value}" is not a duration. Write e.g. 1d (one day), 2h (two hours) or 30m (30 minutes) before the start; at most 28d.`,
  );
}
