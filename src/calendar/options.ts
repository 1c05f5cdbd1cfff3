// The calendar's command-line options, checked: dates, meeting types, the reminder duration.
import { UsageError } from '../errors.js';
import type { Lang } from '../i18n/lang.js';
import { isRealDate } from '../model/dates.js';
import type { IsoDate } from '../model/types.js';
import { MEETING_TYPES, type MeetingType } from '../model/vocabulary.js';
import { suggest } from '../suggest.js';

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
  const de = lang === 'de';
  const date = (option: string, value: unknown): IsoDate | undefined => {
    if (value === undefined) return undefined;
    const text = String(value);
    if (isRealDate(text)) return text;
    throw new UsageError(
      de
        ? `${option}: „${text}“ ist kein Datum in der Form JJJJ-MM-TT, z. B. 2025-03-31.`
        : `${option}: "${text}" is not a date of the form YYYY-MM-DD, e.g. 2025-03-31.`,
    );
  };
  const from = date('--from', raw.from);
  const to = date('--to', raw.to);
  if (from !== undefined && to !== undefined && from > to) {
    throw new UsageError(
      de ? `--from ${from} liegt nach --to ${to}. Bitte die beiden Tage tauschen.` : `--from ${from} is after --to ${to}. Please swap the two days.`,
    );
  }
  const types = ((raw.type as string[] | undefined) ?? []).map((t) => meetingType(t, lang));
  const options: CalendarOptions = { types: [...new Set(types)], public: raw.public === true };
  if (from !== undefined) options.from = from;
  if (to !== undefined) options.to = to;
  if (raw.meeting !== undefined) options.meeting = String(raw.meeting);
  if (raw.alarm !== undefined) options.alarm = parseAlarm(String(raw.alarm), lang);
  return options;
}

function meetingType(value: string, lang: Lang): MeetingType {
  if ((MEETING_TYPES as readonly string[]).includes(value)) return value as MeetingType;
  const hint = suggest(value, MEETING_TYPES);
  throw new UsageError(
    lang === 'de'
      ? `--type: „${value}“ ist keine Art von Veranstaltung.${hint ? ` Meinten Sie „${hint}“?` : ''} Möglich sind: ${MEETING_TYPES.join(', ')}.`
      : `--type: "${value}" is not a meeting type.${hint ? ` Did you mean "${hint}"?` : ''} Choose one of: ${MEETING_TYPES.join(', ')}.`,
  );
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
