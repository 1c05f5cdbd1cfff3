// netzwerk calendar [DIR] [--from DATE] [--to DATE] [--type T]… [--public] [--meeting ID] [--alarm DURATION] [--out FILE]
import { custom, date, flag, manyOf, value } from '../../../cli/options.js';
import type { OutputKind } from '../../../cli/output-format.js';
import { DIR, OUT, type CommandSpec } from '../../../cli/spec.js';
import { MEETING_TYPES } from '../../../model/vocabulary.js';
import { parseAlarm } from './options.js';

/** Only iCalendar: --out's ending must fit it. */
export const CALENDAR_OUTPUTS = [{ format: 'ics', option: 'ics', endings: ['.ics', '.ical', '.icalendar'] }] as const satisfies readonly OutputKind[];

export const CALENDAR = {
  name: 'calendar',
  args: [DIR],
  options: [
    date('from'),
    date('to'),
    manyOf('type', MEETING_TYPES, 'type'),
    flag('public'),
    value('meeting', 'id'),
    custom('alarm', 'duration', parseAlarm),
    OUT,
  ],
} as const satisfies CommandSpec;
