// Checks of generated iCalendar files that do not use the code that wrote them:
// ical.js parses, and the RFC 5545 line rules are checked on the raw bytes.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ICAL from 'ical.js';
import { EXAMPLES, EXAMPLE_NAMES, FIXTURES, run } from './helpers.js';

/** The networks whose calendars are checked: every example that exists and two fixtures. */
export const CALENDAR_NETWORKS = [
  ...EXAMPLE_NAMES.filter((name) => existsSync(join(EXAMPLES, name, 'network.yaml'))).map((name) => ({ name, dir: join(EXAMPLES, name) })),
  { name: 'fixture-basic', dir: join(FIXTURES, 'calendar', 'basic') },
  { name: 'fixture-no-public-coordinator', dir: join(FIXTURES, 'calendar', 'no-public-coordinator') },
];
export const CALENDAR_VARIANTS: [string, string[]][] = [
  ['all', []],
  ['public', ['--public']],
  ['alarm', ['--alarm', '1d2h']],
  ['en', ['--lang', 'en']],
];

/** Writes every network's calendar in every variant (in-process) into `dir`; returns the files. */
export async function writeCalendars(dir: string): Promise<string[]> {
  mkdirSync(dir, { recursive: true });
  const files: string[] = [];
  for (const { name, dir: network } of CALENDAR_NETWORKS) {
    for (const [variant, args] of CALENDAR_VARIANTS) {
      const result = await run(['calendar', network, '--today', '2026-11-23', ...args]);
      if (result.code !== 0) throw new Error(`${name} ${variant}: exit ${result.code}\n${result.stderr}`);
      const file = join(dir, `${name}-${variant}.ics`);
      writeFileSync(file, result.stdout);
      files.push(file);
    }
  }
  return files;
}

export interface ParsedEvent {
  uid: string;
  sequence: number;
  summary: string;
  description: string | null;
  location: string | null;
  url: string | null;
  status: string | null;
  categories: string[];
  organizer: string | null;
  organizerCn: string | null;
  /** UTC ISO instant for timed events, `YYYY-MM-DD` for all-day events. */
  start: string;
  end: string;
  allDay: boolean;
  dtstamp: string;
  alarmTriggers: string[];
  hasAttendee: boolean;
}

export interface ParsedCalendar {
  props: Record<string, string | null>;
  events: ParsedEvent[];
}

const when = (t: ICAL.Time): string => (t.isDate ? t.toString() : t.toJSDate().toISOString().replace('.000', ''));

export function parseIcs(text: string): ParsedCalendar {
  const root = new ICAL.Component(ICAL.parse(text));
  const props: Record<string, string | null> = {};
  for (const name of ['version', 'prodid', 'method', 'x-wr-calname', 'calscale']) {
    const v = root.getFirstPropertyValue(name);
    props[name] = v === null ? null : String(v);
  }
  const events = root.getAllSubcomponents('vevent').map((vevent): ParsedEvent => {
    const e = new ICAL.Event(vevent);
    const organizer = vevent.getFirstProperty('organizer');
    const text = (name: string) => {
      const v = vevent.getFirstPropertyValue(name);
      return v === null ? null : String(v);
    };
    return {
      uid: e.uid,
      sequence: e.sequence,
      summary: e.summary,
      description: text('description'),
      location: text('location'),
      url: text('url'),
      status: text('status'),
      categories: vevent.getAllProperties('categories').flatMap((p) => p.getValues().map(String)),
      organizer: organizer ? String(organizer.getFirstValue()) : null,
      organizerCn: organizer ? ((organizer.getParameter('cn') as string | undefined) ?? null) : null,
      start: when(e.startDate),
      end: when(e.endDate),
      allDay: e.startDate.isDate,
      dtstamp: String(vevent.getFirstPropertyValue('dtstamp')),
      alarmTriggers: vevent.getAllSubcomponents('valarm').map((a) => String(a.getFirstPropertyValue('trigger'))),
      hasAttendee: vevent.hasProperty('attendee'),
    };
  });
  return { props, events };
}

/**
 * RFC 5545 § 3.1 on the bytes: every line ends with CRLF (no bare LF or CR), is at most 75
 * octets, and is valid UTF-8 on its own (so no fold splits a character). Returns the problems.
 */
export function lineProblems(bytes: Uint8Array): string[] {
  const problems: string[] = [];
  const buffer = Buffer.from(bytes);
  if (buffer.length === 0 || !buffer.subarray(-2).equals(Buffer.from('\r\n'))) problems.push('file does not end with CRLF');
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let start = 0;
  let lineNo = 1;
  while (start < buffer.length) {
    let end = buffer.indexOf(0x0a, start);
    if (end === -1) end = buffer.length;
    const line = buffer.subarray(start, end);
    if (end < buffer.length && line.at(-1) !== 0x0d) problems.push(`line ${lineNo}: LF without CR`);
    const content = line.at(-1) === 0x0d ? line.subarray(0, -1) : line;
    if (content.includes(0x0d)) problems.push(`line ${lineNo}: CR without LF`);
    if (content.length > 75) problems.push(`line ${lineNo}: ${content.length} octets`);
    try {
      decoder.decode(content);
    } catch {
      problems.push(`line ${lineNo}: not valid UTF-8 on its own (a fold splits a character)`);
    }
    start = end + 1;
    lineNo++;
  }
  return problems;
}

/** Unfolds a whole iCalendar text (any folding) into its logical lines. */
export function unfold(text: string): string[] {
  const lines = text.replace(/\r?\n[ \t]/g, '').split(/\r?\n/);
  if (lines.at(-1) === '') lines.pop();
  return lines;
}
