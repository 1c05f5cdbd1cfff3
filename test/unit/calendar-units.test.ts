// The calendar's building blocks: time-zone conversion, RFC 5545 folding and escaping, --alarm.
import { describe, expect, it } from 'vitest';
import { parseAlarm } from '../../src/products/meetings/calendar/options.js';
import { UsageError } from '../../src/errors.js';
import { zonedToUtc } from '../../src/products/meetings/timezone.js';
import { escapeText, foldLine } from '../../src/formats/content-lines.js';
import { unfold } from '../support/calendar-helpers.js';

const utc = (local: string, zone: string) => new Date(zonedToUtc(local, zone)).toISOString();

describe('zonedToUtc', () => {
  it.each([
    ['2025-03-29T10:00:00', '2025-03-29T09:00:00.000Z'],
    ['2025-03-30T01:59:59', '2025-03-30T00:59:59.000Z'],
    ['2025-03-30T02:00:00', '2025-03-30T01:00:00.000Z'], // gap: offset before the gap
    ['2025-03-30T02:30:00', '2025-03-30T01:30:00.000Z'],
    ['2025-03-30T03:00:00', '2025-03-30T01:00:00.000Z'],
    ['2025-03-31T10:00:00', '2025-03-31T08:00:00.000Z'],
    ['2025-10-24T10:00:00', '2025-10-24T08:00:00.000Z'],
    ['2025-10-26T01:59:00', '2025-10-25T23:59:00.000Z'],
    ['2025-10-26T02:00:00', '2025-10-26T00:00:00.000Z'], // twice: the first (summer time)
    ['2025-10-26T02:30:00', '2025-10-26T00:30:00.000Z'],
    ['2025-10-26T03:00:00', '2025-10-26T02:00:00.000Z'],
    ['2025-10-27T10:00:00', '2025-10-27T09:00:00.000Z'],
    ['2025-12-31T23:30:00', '2025-12-31T22:30:00.000Z'],
    ['2024-02-29T12:00:00', '2024-02-29T11:00:00.000Z'],
  ])('Europe/Berlin %s → %s', (local, expected) => {
    expect(utc(local, 'Europe/Berlin')).toBe(expected);
  });

  it("gives for Berlin (by the EU rule) what ICU gives for Zurich, whose clocks have matched Berlin's since 1996", () => {
    const wrong: string[] = [];
    for (let year = 1996; year <= 2099; year++) {
      for (const [month, day] of [
        [3, 24],
        [10, 24],
        [7, 1],
        [1, 1],
      ] as const) {
        for (let d = 0; d < 8; d++) {
          for (const time of ['00:00:00', '01:59:59', '02:00:00', '02:30:00', '03:00:00', '23:30:00']) {
            const local = `${year}-${String(month).padStart(2, '0')}-${String(day + d).padStart(2, '0')}T${time}`;
            if (zonedToUtc(local, 'Europe/Berlin') !== zonedToUtc(local, 'Europe/Zurich')) wrong.push(local);
          }
        }
      }
    }
    expect(wrong).toEqual([]);
  });

  it('works for other zones and hemispheres', () => {
    expect(utc('2025-07-01T12:00:00', 'America/New_York')).toBe('2025-07-01T16:00:00.000Z');
    expect(utc('2025-03-09T02:30:00', 'America/New_York')).toBe('2025-03-09T07:30:00.000Z'); // gap, EST before
    expect(utc('2025-11-02T01:30:00', 'America/New_York')).toBe('2025-11-02T05:30:00.000Z'); // twice, EDT first
    expect(utc('2025-01-15T09:00:00', 'Australia/Sydney')).toBe('2025-01-14T22:00:00.000Z');
    expect(utc('2025-06-15T09:00:00', 'Australia/Sydney')).toBe('2025-06-14T23:00:00.000Z');
    expect(utc('2025-06-15T09:00:00', 'UTC')).toBe('2025-06-15T09:00:00.000Z');
    expect(utc('2025-06-15T09:00:00', 'Asia/Kolkata')).toBe('2025-06-15T03:30:00.000Z');
  });
});

describe('RFC 5545 lines', () => {
  const octets = (s: string) => Buffer.byteLength(s, 'utf8');

  it('leaves short lines alone and folds at 75 octets, continuation lines at 74 + space', () => {
    expect(foldLine('SUMMARY:kurz')).toBe('SUMMARY:kurz');
    const line = 'DESCRIPTION:' + 'x'.repeat(200);
    const parts = foldLine(line).split('\r\n');
    expect(parts.map(octets)).toEqual([75, 75, 64]); // 212 = 75 + 74 + 63
    expect(parts.slice(1).every((p) => p.startsWith(' '))).toBe(true);
  });

  it('never splits a UTF-8 character (umlauts, €, emoji)', () => {
    for (const filler of ['ä', '€', '😀', 'aä€😀']) {
      for (let pad = 0; pad < 4; pad++) {
        const line = 'SUMMARY:' + 'a'.repeat(pad) + filler.repeat(60);
        const parts = foldLine(line).split('\r\n');
        for (const p of parts) {
          expect(octets(p)).toBeLessThanOrEqual(75);
          expect(() => new TextDecoder('utf-8', { fatal: true }).decode(Buffer.from(p, 'utf8'))).not.toThrow();
          expect(p).not.toMatch(/[\uD800-\uDBFF]$|^ ?[\uDC00-\uDFFF]/); // no half surrogate pair
        }
        expect(unfold(foldLine(line) + '\r\n')).toEqual([line]);
      }
    }
  });

  it('escapes backslash, semicolon, comma and newlines, and drops control characters', () => {
    expect(escapeText('a\\b;c,d\ne\r\nf\rg\u0007h')).toBe('a\\\\b\\;c\\,d\\ne\\nf\\ngh');
  });
});

describe('parseAlarm', () => {
  it.each([
    ['1d', { days: 1, hours: 0, minutes: 0 }],
    ['2h', { days: 0, hours: 2, minutes: 0 }],
    ['30m', { days: 0, hours: 0, minutes: 30 }],
    ['1H30M', { days: 0, hours: 1, minutes: 30 }],
  ])('%s', (given, expected) => {
    expect(parseAlarm(given)).toEqual(expected);
  });

  it.each(['', 'd', '1', '1 d', '30s', '0d', '29d', '1m1d'])('refuses "%s"', (given) => {
    expect(() => parseAlarm(given)).toThrow(UsageError);
    expect(() => parseAlarm(given)).toThrow('usage.alarm');
  });
});

describe('renderIcs with URLs the ics package would refuse', () => {
  it('writes a lower-case host and leaves an unusual URL out instead of failing', async () => {
    const { renderIcs } = await import('../../src/products/meetings/calendar/ics.js');
    const event = (uid: string, url: string) => ({
      uid,
      sequence: 0,
      start: { kind: 'date' as const, date: '2026-01-05' },
      end: { kind: 'date' as const, date: '2026-01-06' },
      summary: 'Online',
      category: 'Sonstige',
      status: 'CONFIRMED' as const,
      url,
    });
    const text = renderIcs({
      name: 'N',
      stamp: '20260101T000000Z',
      events: [event('a@n.netzwerk', 'https://Zoom.US/j/1'), event('b@n.netzwerk', 'https://my_host.example/x')],
    });
    expect(text).toContain('URL:https://zoom.us/j/1\r\n');
    expect(text).not.toContain('my_host');
  });
});
