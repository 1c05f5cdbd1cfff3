// Every generated calendar, from the fixtures and all example networks: RFC 5545 line rules on
// the bytes and ical.js. The real bin under other time zones and the strict parsers (python3-vobject,
// python3-icalendar, libical): test/system/calendar-readers.test.ts.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../support/helpers.js';
import { CALENDAR_NETWORKS as NETWORKS, CALENDAR_VARIANTS as VARIANTS, lineProblems, parseIcs, writeCalendars } from '../support/calendar-helpers.js';

describe('netzwerk calendar: every generated file', () => {
  const tmp = tempDir('netzwerk-ics-');
  const files: string[] = [];
  afterAll(() => tmp.remove());

  beforeAll(async () => {
    files.push(...(await writeCalendars(tmp.dir)));
  });

  it('covers the fixtures and every example network that exists', () => {
    expect(NETWORKS.length).toBeGreaterThanOrEqual(5);
    expect(files.length).toBe(NETWORKS.length * VARIANTS.length);
  });

  it('CRLF only, at most 75 octets a line, no fold inside a UTF-8 character', async () => {
    const { readFileSync } = await import('node:fs');
    for (const file of files) expect(lineProblems(readFileSync(file)), file).toEqual([]);
  });

  it('ical.js reads every file; every event has UID, DTSTAMP, DTSTART, DTEND, SEQUENCE and no ATTENDEE', async () => {
    const { readFileSync } = await import('node:fs');
    for (const file of files) {
      const parsed = parseIcs(readFileSync(file, 'utf8'));
      expect(parsed.props.version, file).toBe('2.0');
      for (const e of parsed.events) {
        expect(e.uid, file).toMatch(/^[a-z0-9-]+@[a-z0-9-]+\.netzwerk$/);
        expect(e.dtstamp, file).toBe('2026-11-23T00:00:00Z');
        expect(e.start < e.end, `${file} ${e.uid}`).toBe(true);
        expect(Number.isInteger(e.sequence)).toBe(true);
        expect(e.hasAttendee).toBe(false);
      }
      const uids = parsed.events.map((e) => e.uid);
      expect(new Set(uids).size, file).toBe(uids.length);
    }
  });
});
