// netzwerk calendar: meetings as an iCalendar file (.ics) for import or subscription.
import { calendarData, inCalendar } from './events.js';
import type { Invocation } from '../../../cli/spec.js';
import { CALENDAR, CALENDAR_OUTPUTS } from './spec.js';
import { resolveDir, type Context } from '../../../cli/context.js';
import { loadValidModel } from '../../../network/open.js';
import { knownMeeting } from '../../../cli/option-values.js';
import { chooseOutput } from '../../../cli/output-format.js';
import { UsageError } from '../../../errors.js';
import { renderIcs } from './ics.js';
import { writeOutput } from '../../../write/output.js';

export async function run(ctx: Context, { args, options }: Invocation<typeof CALENDAR>): Promise<number> {
  chooseOutput(CALENDAR_OUTPUTS, { format: undefined, out: options.out, fallback: 'ics' });
  if (options.from !== undefined && options.to !== undefined && options.from > options.to) {
    throw new UsageError('usage.from-after-to', { from: options.from, to: options.to });
  }
  const { model } = loadValidModel(ctx, args.dir);
  if (options.meeting !== undefined) {
    const id = knownMeeting(model, options.meeting);
    if (!inCalendar(model.meetingById.get(id)!, options)) throw new UsageError('usage.meeting-not-public', { id });
  }
  const data = calendarData(model, { ...options, types: options.type }, ctx.today, ctx.lang);
  await writeOutput(ctx, options.out, renderIcs(data), resolveDir(ctx, args.dir));
  if (data.events.length === 0) ctx.note('note.calendar-empty');
  return 0;
}
