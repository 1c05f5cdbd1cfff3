// netzwerk calendar: meetings as an iCalendar file (.ics) for import or subscription.
import type { Context } from '../cli/context.js';
import { resolveDir } from '../cli/context.js';
import { loadValidModel } from '../cli/load.js';
import { writeOutput } from '../cli/output.js';
import { calendarData } from '../calendar/events.js';
import { parseCalendarOptions, type RawCalendarOptions } from '../calendar/options.js';
import { renderIcs } from '../render/ics.js';

export async function calendarCommand(ctx: Context, dir: string | undefined, options: Record<string, unknown>): Promise<number> {
  const parsed = parseCalendarOptions(options as RawCalendarOptions, ctx.lang);
  const { model } = loadValidModel(ctx, dir);
  const data = calendarData(model, parsed, ctx.today, ctx.lang);
  const ics = renderIcs(data);
  await writeOutput(ctx, options.out as string | undefined, ics, resolveDir(ctx, dir));
  if (data.events.length === 0) {
    ctx.io.stderr.write(
      ctx.lang === 'de'
        ? 'netzwerk: Hinweis: Kein Termin passt zu den Angaben; der Kalender ist leer.\n'
        : 'netzwerk: note: no meeting matches; the calendar is empty.\n',
    );
  }
  return 0;
}
