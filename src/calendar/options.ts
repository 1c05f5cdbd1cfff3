// What the calendar stage is asked for: checked values (src/cli/ checks the command line).
import type { IsoDate } from '../model/types.js';
import type { MeetingType } from '../model/vocabulary.js';

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
