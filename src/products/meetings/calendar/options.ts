// What the calendar stage is asked for: checked values (src/cli/ checks the command line).
import { UsageError } from '../../../errors.js';
import type { IsoDate } from '../../../model/types.js';
import type { MeetingType } from '../../../model/vocabulary.js';

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
  types: readonly MeetingType[];
  public: boolean;
  /** Only this meeting (an id of the network: the command has checked it). */
  meeting?: string;
  alarm?: Alarm;
}

/** `1d`, `2h`, `30m`, also combined (`1h30m`); at least one minute, at most four weeks. */
export function parseAlarm(value: string): Alarm {
  const m = /^(?:(\d{1,3})d)?(?:(\d{1,4})h)?(?:(\d{1,5})m)?$/i.exec(value.trim());
  const alarm: Alarm = { days: Number(m?.[1] ?? 0), hours: Number(m?.[2] ?? 0), minutes: Number(m?.[3] ?? 0) };
  const total = alarm.days * 1440 + alarm.hours * 60 + alarm.minutes;
  if (m && total >= 1 && total <= 28 * 1440) return alarm;
  throw new UsageError('usage.alarm', { value });
}
