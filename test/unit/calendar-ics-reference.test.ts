// Differential test: src/products/meetings/calendar/ics.ts writes the content lines itself (see its header); here
// the `ics` package (a devDependency) renders the same calendars, with the code and the repairs
// the renderer used before, as an independent reference for RFC 5545 formatting. Both must
// give the same logical content lines.
import { join } from 'node:path';
import * as ics from 'ics';
import { createEvents, type DateArray, type EventAttributes } from 'ics';
import { describe, expect, it } from 'vitest';
import { calendarData, type CalendarData, type CalendarEvent, type EventTime } from '../../src/products/meetings/calendar/events.js';
import type { CalendarOptions } from '../../src/products/meetings/calendar/options.js';
import { parseAlarm } from '../../src/products/meetings/calendar/options.js';
import { utcFields } from '../../src/products/meetings/timezone.js';
import type { Lang } from '../../src/i18n/lang.js';
import { readNetworkFolder } from '../../src/load/read-folder.js';
import { cleanText, escapeText } from '../../src/formats/content-lines.js';
import { unfold } from '../support/calendar-helpers.js';
import { PRODUCT_ID, renderIcs } from '../../src/products/meetings/calendar/ics.js';
import { validateNetwork } from '../../src/validate/validate-network.js';
import { EXAMPLES, EXAMPLE_NAMES, FIXTURES } from '../support/helpers.js';

const TODAY = '2026-11-23';

/** The calendar as `ics` writes it, unfolded into logical lines. */
function referenceLines(data: CalendarData): string[] {
  const { error, value } = createEvents(
    data.events.map((e) => eventAttributes(e, data)),
    { productId: PRODUCT_ID, method: data.organizer ? 'PUBLISH' : undefined, calName: cleanText(data.name).replace(/\n/g, ' ') },
  );
  if (error || value === null) throw new Error(`ics: ${error?.message ?? 'no output'}`);
  // `ics` folds by characters with a TAB (unfolded here) and writes whole days as `-P1DT`.
  return unfold(value).map((line) => line.replace(/^(TRIGGER:-?P(?:\d+W)?(?:\d+D)?)T$/, '$1'));
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
        description: escapeText(e.summary), // `ics` does not escape an alarm's DESCRIPTION
        trigger: { before: true, days: e.alarm.days, hours: e.alarm.hours, minutes: e.alarm.minutes },
      },
    ];
  }
  return attributes;
}

function timeFields(t: EventTime): DateArray {
  if (t.kind === 'date') return t.date.split('-').map(Number) as DateArray;
  return utcFields(t.instant) as unknown as DateArray; // seconds as a sixth field work, untyped
}

/** `ics`'s own test of a URL (exported, not in its types): what it would refuse is left out. */
const isValidURL = (ics as unknown as { isValidURL(url: string): boolean }).isValidURL;

function icsUrl(given: string): string | undefined {
  let href: string;
  try {
    href = new URL(given).href;
  } catch {
    return undefined;
  }
  return isValidURL(href) ? href : undefined;
}

async function dataOf(dir: string, args: { public?: boolean; alarm?: string }, lang: Lang): Promise<CalendarData> {
  const result = validateNetwork(readNetworkFolder(dir), { today: TODAY, lang });
  if (!result.model) throw new Error(`${dir} is not valid`);
  const options: CalendarOptions = { types: [], public: args.public === true, ...(args.alarm ? { alarm: parseAlarm(args.alarm) } : {}) };
  return calendarData(result.model, options, TODAY, lang);
}

const NETWORKS = [
  ...EXAMPLE_NAMES.map((name) => join(EXAMPLES, name)),
  join(FIXTURES, 'calendar', 'basic'),
  join(FIXTURES, 'calendar', 'no-public-coordinator'),
];
const VARIANTS: [string, { public?: boolean; alarm?: string }, Lang][] = [
  ['all', {}, 'de'],
  ['public', { public: true }, 'de'],
  ['alarm 1d', { alarm: '1d' }, 'de'],
  ['alarm 1d2h30m, en', { alarm: '1d2h30m' }, 'en'],
  ['alarm 45m, public', { alarm: '45m', public: true }, 'de'],
];

describe('renderIcs gives the same content lines as the ics package', () => {
  for (const dir of NETWORKS) {
    it.each(VARIANTS)(`${dir.split('/').slice(-2).join('/')}: %s`, async (_name, args, lang) => {
      const data = await dataOf(dir, args, lang);
      expect(data.events.length).toBeGreaterThan(0);
      expect(unfold(renderIcs(data))).toEqual(referenceLines(data));
    });
  }

  it('for text that needs escaping and folding, every kind of time and alarm, and no events', () => {
    const base = { uid: 'a@n.netzwerk', sequence: 3, category: 'Fachtag', status: 'CONFIRMED' as const };
    const at = (iso: string): EventTime => ({ kind: 'utc', instant: Date.parse(iso) });
    const data: CalendarData = {
      name: 'Netzwerk Nord; Süd, West \\ Ost\r\nzweite Zeile',
      stamp: '20261123T000000Z',
      organizer: { name: 'Dr. "Bär", Anna; Ä 😀 mit einem sehr langen Namen, der über die Zeile hinausgeht', email: 'a.baer@example.org' },
      events: [
        {
          ...base,
          start: { kind: 'date', date: '2026-01-01' },
          end: { kind: 'date', date: '2026-01-04' },
          summary: 'Tab\there, 👩‍👩‍👧 🇩🇪 und ein sehr langer Titel, der gefaltet werden muss ÄÖÜ ÄÖÜ ÄÖÜ ÄÖÜ ÄÖÜ ÄÖÜ',
          description: 'Back\\slash; semi, comma\r\n\ttab\rCR\u0007bell\n\nend',
          location: 'Zeile eins\nZeile zwei',
          url: 'https://Example.COM:8443/pfad?q=a,b;c#frag',
          alarm: { days: 2, hours: 3, minutes: 4 },
        },
        {
          ...base,
          uid: 'b@n.netzwerk',
          start: at('2026-02-28T23:59:59Z'),
          end: at('2026-03-01T00:00:01Z'),
          summary: 'x',
          url: 'https://my_host.example/x',
          alarm: { days: 0, hours: 2, minutes: 0 },
        },
        {
          ...base,
          uid: 'c@n.netzwerk',
          start: at('2026-07-01T08:00:00Z'),
          end: at('2026-07-01T10:00:00Z'),
          summary: 'Abgesagt: y',
          status: 'CANCELLED',
          sequence: 2_147_483_647,
        },
        {
          ...base,
          uid: 'd@n.netzwerk',
          start: at('2026-07-02T08:00:00Z'),
          end: at('2026-07-02T10:00:00Z'),
          summary: 'z',
          alarm: { days: 0, hours: 0, minutes: 30 },
        },
        {
          ...base,
          uid: 'e@n.netzwerk',
          start: at('2026-07-03T08:00:00Z'),
          end: at('2026-07-03T10:00:00Z'),
          summary: 'w',
          alarm: { days: 1, hours: 0, minutes: 0 },
        },
      ],
    };
    expect(unfold(renderIcs(data))).toEqual(referenceLines(data));
    const { organizer: _, ...withoutOrganizer } = data;
    expect(unfold(renderIcs(withoutOrganizer))).toEqual(referenceLines(withoutOrganizer));
    const empty = { ...data, events: [] };
    expect(unfold(renderIcs(empty))).toEqual(referenceLines(empty));
  });
});
