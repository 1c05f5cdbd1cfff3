// The iCalendar (.ics) renderer: built with the `ics` package, whose defaults we override or
// repair where they break RFC 5545 or reproducibility:
// - UID, SEQUENCE and DTSTAMP are always given (its defaults are random / "now");
// - times are handed over as UTC fields with input and output type `utc`, so the machine's
//   time zone never enters;
// - it folds lines by characters with a TAB: we unfold and fold again by octets (ical-lines.ts);
// - it writes an alarm of whole days as `-P1DT` (invalid): the stray `T` is removed;
// - it does not escape an alarm's DESCRIPTION (TEXT): we pass it escaped. X-WR-CALNAME stays
//   unescaped on purpose: as an X- property its value is read raw (ical.js, libical), and a raw
//   comma or semicolon is legal there and shown as it is by every calendar.
// METHOD:PUBLISH (RFC 5546) requires an ORGANIZER; when no coordinator may be named, the file
// is a plain RFC 5545 calendar without METHOD, which every calendar imports as well.
import { createEvents, type DateArray, type EventAttributes } from 'ics';
import type { CalendarData, CalendarEvent, EventTime } from '../calendar/events.js';
import { utcFields } from '../calendar/timezone.js';
import { cleanText, escapeText, joinLines, unfold } from './ical-lines.js';

export const PRODUCT_ID = '-//Netzwerk Kinderschutz NRW//netzwerk//DE';

export function renderIcs(data: CalendarData): string {
  const events = data.events.map((e) => eventAttributes(e, data));
  const { error, value } = createEvents(events, {
    productId: PRODUCT_ID,
    method: data.organizer ? 'PUBLISH' : undefined,
    calName: cleanText(data.name).replace(/\n/g, ' '),
  });
  if (error || value === null) throw new Error(`iCalendar: ${error?.message ?? 'no output'}`);
  return joinLines(unfold(value).map(repairTrigger));
}

function eventAttributes(e: CalendarEvent, data: CalendarData): EventAttributes {
  const attributes: EventAttributes & { timestamp: string } = {
    uid: e.uid,
    sequence: e.sequence,
    timestamp: data.stamp,
    start: timeFields(e.start),
    startInputType: 'utc',
    startOutputType: 'utc',
    end: timeFields(e.end),
    endInputType: 'utc',
    endOutputType: 'utc',
    title: cleanText(e.summary),
    status: e.status,
    categories: [e.category],
  };
  if (e.description) attributes.description = cleanText(e.description);
  if (e.location) attributes.location = cleanText(e.location);
  const url = e.url === undefined ? undefined : icsUrl(e.url);
  if (url) attributes.url = url;
  if (e.status === 'CANCELLED') attributes.transp = 'TRANSPARENT';
  if (data.organizer) attributes.organizer = { name: data.organizer.name.replace(/"/g, "'"), email: data.organizer.email };
  if (e.alarm) {
    attributes.alarms = [
      {
        action: 'display',
        description: escapeText(e.summary),
        trigger: { before: true, days: e.alarm.days, hours: e.alarm.hours, minutes: e.alarm.minutes },
      },
    ];
  }
  return attributes;
}

function timeFields(t: EventTime): DateArray {
  if (t.kind === 'date') {
    const [y, m, d] = t.date.split('-').map(Number) as [number, number, number];
    return [y, m, d];
  }
  // ics accepts seconds as a sixth field, although its type stops at minutes.
  return utcFields(t.instant) as unknown as DateArray;
}

/**
 * The URL in the form the `ics` package accepts (scheme and host in lower case, as `new URL`
 * writes them); a URL it would refuse is left out of URL but stays in the description.
 */
function icsUrl(given: string): string | undefined {
  let href: string;
  try {
    href = new URL(given).href;
  } catch {
    return undefined;
  }
  const label = '[a-z0-9](?:[a-z0-9-]*[a-z0-9])?';
  return new RegExp(`^https?://${label}(?:\\.${label})*(?::\\d{2,5})?(?:[/?#]\\S*)?$`).test(href) ? href : undefined;
}

/** `TRIGGER:-P1DT` (nothing after T) is not a valid duration; `-P1D` is. */
function repairTrigger(line: string): string {
  return line.replace(/^(TRIGGER:-?P(?:\d+W)?(?:\d+D)?)T$/, '$1');
}
