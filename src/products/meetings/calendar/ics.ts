// The iCalendar (.ics) renderer: writes the VCALENDAR/VEVENT/VALARM content lines itself.
// It used the `ics` package until its per-event validation (yup schemas, cloned for every
// event) cost ~1 ms per event, 60 % of `calendar`'s time, for data our own schema and rules
// have already checked. test/unit/calendar-ics-reference.test.ts still renders the examples with
// `ics` (a devDependency now) and requires the same content lines, so the package remains an
// independent reference for the RFC 5545 formatting. What we write, and why:
// - properties in the order `ics` wrote them; UID, SEQUENCE and DTSTAMP always given;
// - times in UTC only (`…Z`, or VALUE=DATE for all-day events), so the machine's time zone
//   never enters; years always with four digits (`ics` wrote the year 999 as `999` and read
//   the years 0–99 as 1900–1999);
// - lines folded by octets, never inside a UTF-8 character (content-lines.ts);
// - an alarm of whole days as `-P1D` (`ics` wrote the invalid `-P1DT`, which we repaired);
// - TEXT values escaped, the alarm's DESCRIPTION included. X-WR-CALNAME stays unescaped on
//   purpose: as an X- property its value is read raw (ical.js, libical), and a raw comma or
//   semicolon is legal there and shown as it is by every calendar.
// METHOD:PUBLISH (RFC 5546) requires an ORGANIZER; when no coordinator may be named, the file
// is a plain RFC 5545 calendar without METHOD, which every calendar imports as well.
import type { CalendarData, CalendarEvent, EventTime } from './events.js';
import type { Alarm } from './options.js';
import { utcFields } from '../timezone.js';
import { cleanText, escapeText, joinLines } from '../../../formats/content-lines.js';

export const PRODUCT_ID = '-//Netzwerk Kinderschutz NRW//netzwerk//DE';

/** The iTIP method of the file (RFC 5546): PUBLISH when an organiser can be named, else none. The e-mail that carries the file says the same. */
export const icsMethod = (data: CalendarData): 'PUBLISH' | undefined => (data.organizer ? 'PUBLISH' : undefined);

export function renderIcs(data: CalendarData): string {
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'CALSCALE:GREGORIAN', `PRODID:${PRODUCT_ID}`];
  const method = icsMethod(data);
  if (method) lines.push(`METHOD:${method}`);
  const calName = oneLine(data.name);
  if (calName) lines.push(`X-WR-CALNAME:${calName}`);
  lines.push('X-PUBLISHED-TTL:PT1H');
  // A quoted parameter value can hold no `"` and no control character or line break (RFC 5545
  // § 3.1); `ics` left a line break in the name as it was, which split the line.
  const cn = oneLine(data.organizer?.name ?? '').replace(/"/g, "'") || 'Organizer';
  const organizer = data.organizer && `ORGANIZER;CN="${cn}":MAILTO:${data.organizer.email}`;
  for (const e of data.events) lines.push(...eventLines(e, data.stamp, organizer));
  lines.push('END:VCALENDAR');
  return joinLines(lines);
}

function eventLines(e: CalendarEvent, stamp: string, organizer: string | undefined): string[] {
  const lines = ['BEGIN:VEVENT', `UID:${e.uid}`];
  const text = (name: string, value: string | undefined) => {
    const escaped = value === undefined ? '' : escapeText(value);
    if (escaped) lines.push(`${name}:${escaped}`);
  };
  text('SUMMARY', e.summary);
  lines.push(`DTSTAMP:${stamp}`, `DTSTART${timeValue(e.start)}`, `DTEND${timeValue(e.end)}`, `SEQUENCE:${e.sequence}`);
  text('DESCRIPTION', e.description);
  const url = e.url === undefined ? undefined : urlValue(e.url);
  if (url) lines.push(`URL:${url}`);
  text('LOCATION', e.location);
  lines.push(`STATUS:${e.status}`);
  text('CATEGORIES', e.category);
  if (organizer) lines.push(organizer);
  if (e.status === 'CANCELLED') lines.push('TRANSP:TRANSPARENT');
  if (e.alarm) {
    lines.push('BEGIN:VALARM', 'ACTION:DISPLAY');
    text('DESCRIPTION', e.summary);
    lines.push(`TRIGGER:${trigger(e.alarm)}`, 'END:VALARM');
  }
  lines.push('END:VEVENT');
  return lines;
}

/** Plain text on one line, for the values that are not escaped TEXT. */
const oneLine = (text: string) => cleanText(text).replace(/\n/g, ' ');

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** `;VALUE=DATE:20260917` or `:20260917T120000Z` (the part after the property name). */
function timeValue(t: EventTime): string {
  if (t.kind === 'date') {
    const [y, m, d] = t.date.split('-').map(Number) as [number, number, number];
    return `;VALUE=DATE:${pad(y, 4)}${pad(m)}${pad(d)}`;
  }
  const [y, mo, d, h, mi, s] = utcFields(t.instant);
  return `:${pad(y, 4)}${pad(mo)}${pad(d)}T${pad(h)}${pad(mi)}${pad(s)}Z`;
}

/** The reminder as a negative duration: `-P1D`, `-PT2H`, `-P1DT1H30M` (no `T` without a time part). */
function trigger({ days, hours, minutes }: Alarm): string {
  const time = (hours ? `${hours}H` : '') + (minutes ? `${minutes}M` : '');
  return `-P${days ? `${days}D` : ''}${time ? `T${time}` : ''}`;
}

const LABEL = '[a-z0-9](?:[a-z0-9-]*[a-z0-9])?';
const PLAIN_URL = new RegExp(`^https?://${LABEL}(?:\\.${LABEL})*(?::\\d{2,5})?(?:[/?#]\\S*)?$`);

/**
 * The URL as `new URL` writes it (scheme and host in lower case), if it is a plain http(s) URL
 * with a DNS host name, as the `ics` package required; any other URL is left out of URL but
 * stays in the description.
 */
function urlValue(given: string): string | undefined {
  let href: string;
  try {
    href = new URL(given).href;
  } catch {
    return undefined;
  }
  return PLAIN_URL.test(href) ? href : undefined;
}
