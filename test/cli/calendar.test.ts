// netzwerk calendar: what a subscriber's calendar sees, read back with ical.js.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expectGolden, FIXTURES, ROOT, STACK_TRACE, run, tempDir } from '../support/helpers.js';
import { lineProblems, parseIcs, type ParsedEvent } from '../support/calendar-helpers.js';

const BASIC = join(FIXTURES, 'calendar', 'basic');
const NO_PUBLIC = join(FIXTURES, 'calendar', 'no-public-coordinator');
const GOLDEN = join(ROOT, 'test', 'golden', 'calendar');
const TODAY = '2025-12-01';

async function calendar(args: string[], dir = BASIC) {
  const result = await run(['calendar', dir, '--today', TODAY, ...args]);
  expect(result.stderr).not.toMatch(STACK_TRACE);
  return result;
}

async function events(args: string[] = [], dir = BASIC): Promise<ParsedEvent[]> {
  const result = await calendar(args, dir);
  expect(result.code, result.stderr).toBe(0);
  expect(lineProblems(Buffer.from(result.stdout, 'utf8'))).toEqual([]);
  return parseIcs(result.stdout).events;
}

const byUid = (list: ParsedEvent[], id: string) => {
  const e = list.find((x) => x.uid === `${id}@musterstadt.netzwerk`);
  if (!e) throw new Error(`no event ${id}`);
  return e;
};

describe('netzwerk calendar: times', () => {
  it('converts Berlin wall-clock times to the right UTC instants on both sides of the 2025 DST changes', async () => {
    const list = await events();
    expect([byUid(list, 'vor-sommerzeit').start, byUid(list, 'vor-sommerzeit').end]).toEqual(['2025-03-29T09:00:00Z', '2025-03-29T11:00:00Z']);
    expect(byUid(list, 'nach-sommerzeit').start).toBe('2025-03-31T08:00:00Z');
    expect(byUid(list, 'vor-winterzeit').start).toBe('2025-10-24T08:00:00Z');
    expect(byUid(list, 'nach-winterzeit').start).toBe('2025-10-27T09:00:00Z');
  });

  it('reads the skipped spring hour with the offset before the gap and the doubled autumn hour as its first occurrence', async () => {
    const list = await events();
    expect(byUid(list, 'in-der-luecke').start).toBe('2025-03-30T01:30:00Z'); // 02:30 CET = 03:30 CEST
    expect(byUid(list, 'doppelte-stunde').start).toBe('2025-10-26T00:30:00Z'); // 02:30 CEST, the first one
    expect(byUid(list, 'doppelte-stunde').end).toBe('2025-10-26T02:30:00Z'); // 03:30 CET
  });

  it('gives a meeting without end two hours', async () => {
    const e = byUid(await events(), 'in-der-luecke');
    expect(e.end).toBe('2025-03-30T03:30:00Z');
  });

  it('writes only UTC times: no floating times, no TZID', async () => {
    const { stdout } = await calendar([]);
    const times = stdout.split('\r\n').filter((l) => /^DT(START|END)/.test(l));
    expect(times.length).toBeGreaterThan(0);
    for (const line of times) expect(line).toMatch(/^DT(START|END)(:\d{8}T\d{6}Z|;VALUE=DATE:\d{8})$/);
    expect(stdout).not.toContain('TZID');
  });

  it('writes all-day events as dates with the day after the inclusive end as DTEND', async () => {
    const list = await events();
    const fachtag = byUid(list, 'fachtag-mehrtaegig');
    expect([fachtag.allDay, fachtag.start, fachtag.end]).toEqual([true, '2025-06-02', '2025-06-05']);
    const single = byUid(list, 'eintaegig');
    expect([single.allDay, single.start, single.end]).toEqual([true, '2025-06-02', '2025-06-03']);
  });

  it('sorts the events by start, then id', async () => {
    const ids = (await events()).map((e) => e.uid.split('@')[0]);
    expect(ids).toEqual([
      'vor-sommerzeit',
      'in-der-luecke',
      'nach-sommerzeit',
      'fallkonferenz-1',
      'sonderzeichen',
      'eintaegig',
      'fachtag-mehrtaegig',
      'umlaute',
      'vor-winterzeit',
      'doppelte-stunde',
      'nach-winterzeit',
      'abgesagt',
    ]);
  });
});

describe('netzwerk calendar: updates', () => {
  it('has stable UIDs, SEQUENCE from revision and DTSTAMP from --today', async () => {
    const list = await events();
    expect(byUid(list, 'nach-sommerzeit').sequence).toBe(2);
    expect(byUid(list, 'abgesagt').sequence).toBe(1);
    expect(byUid(list, 'vor-sommerzeit').sequence).toBe(0);
    for (const e of list) {
      expect(e.uid).toMatch(/^[a-z0-9-]+@musterstadt\.netzwerk$/);
      expect(e.dtstamp).toBe('2025-12-01T00:00:00Z');
    }
  });

  it('gives the same bytes for the same data and day, and a new DTSTAMP on another day', async () => {
    const a = await calendar([]);
    const b = await calendar([]);
    expect(a.stdout).toBe(b.stdout);
    const later = await run(['calendar', BASIC, '--today', '2025-12-02']);
    expect(later.stdout).not.toBe(a.stdout);
    expect(later.stdout.replaceAll('DTSTAMP:20251202T000000Z', 'DTSTAMP:20251201T000000Z')).toBe(a.stdout);
  });

  it('keeps cancelled meetings as CANCELLED, marked in the title, free time, no reminder', async () => {
    const e = byUid(await events(['--alarm', '1d']), 'abgesagt');
    expect(e.status).toBe('CANCELLED');
    expect(e.summary).toBe('Abgesagt: Abgesagtes Netzwerktreffen');
    expect(e.alarmTriggers).toEqual([]);
    const { stdout } = await calendar([]);
    expect(stdout).toMatch(/UID:abgesagt@musterstadt\.netzwerk\r\n(?:.*\r\n)*?TRANSP:TRANSPARENT\r\n/);
  });

  it('marks planned and held meetings CONFIRMED', async () => {
    const list = await events();
    expect(byUid(list, 'vor-sommerzeit').status).toBe('CONFIRMED'); // held
    expect(byUid(list, 'nach-sommerzeit').status).toBe('CONFIRMED'); // planned
  });
});

describe('netzwerk calendar: content', () => {
  it('has the calendar properties of a published calendar', async () => {
    const { props } = parseIcs((await calendar([])).stdout);
    expect(props.version).toBe('2.0');
    expect(props.prodid).toBe('-//Netzwerk Kinderschutz NRW//netzwerk//DE');
    expect(props.method).toBe('PUBLISH');
    expect(props['x-wr-calname']).toBe('Netzwerk Kinderschutz Musterstadt, Ortsteile Nord; Süd \\ West');
  });

  it('escapes , ; \\ and newlines so that they come back unchanged', async () => {
    const e = byUid(await events(), 'sonderzeichen');
    expect(e.summary).toBe('Treffen; Teil 1, Raum \\ 2');
    expect(e.location).toBe('Rathaus, Raum 1; Eingang B \\ Hof');
    expect(e.description).toBe(
      'Erste Zeile mit Backslash \\ und Komma, sowie Semikolon;\nzweite Zeile.\n\nThemen:\n- Punkt eins, mit Komma\n- Punkt zwei; mit Semikolon',
    );
    const { stdout } = await calendar([]);
    expect(stdout).toContain('SUMMARY:Treffen\\; Teil 1\\, Raum \\\\ 2\r\n');
  });

  it('folds long lines with umlauts by octets and they unfold to the original text', async () => {
    const { stdout } = await calendar([]);
    expect(lineProblems(Buffer.from(stdout, 'utf8'))).toEqual([]);
    const e = byUid(parseIcs(stdout).events, 'umlaute');
    expect(e.summary).toBe('Überörtliche Fortbildung für Fachkräfte über Gefährdungseinschätzung äöüÄÖÜß äöüÄÖÜß äöüÄÖÜß');
    expect(e.description).toBe(`Grüße, Übungen und Äußerungen – „Kinderschutz“ € 😀${' ÄÖÜäöüß'.repeat(11)}`);
    expect(stdout).toMatch(/\r\n [^\r\n]/); // it really was folded
  });

  it('has URL and online link for online meetings, the type as category, the coordination as ORGANIZER, no ATTENDEE', async () => {
    const list = await events();
    const online = byUid(list, 'nach-sommerzeit');
    expect(online.url).toBe('https://konferenz.musterstadt.example/netzwerk?raum=1&pin=42');
    expect(online.location).toBe('Online');
    expect(online.description).toContain('Online-Teilnahme: https://konferenz.musterstadt.example/netzwerk?raum=1&pin=42');
    expect(online.description).toContain('Veranstaltet von: Stadt Musterstadt – Jugendamt');
    expect(online.description).toContain('Eingeladen: Schule, Grundschule Musterstadt-Nord');
    expect(online.categories).toEqual(['Netzwerktreffen']);
    expect(byUid(list, 'fachtag-mehrtaegig').categories).toEqual(['Fachtag']);
    for (const e of list) {
      // the first coordinator who may be named in the network (visibility network or public)
      expect([e.organizerCn, e.organizer?.toLowerCase()]).toEqual(['Björn Netzberg', 'mailto:b.netzberg@musterstadt.example']);
      expect(e.hasAttendee).toBe(false);
    }
  });

  it('never writes attendance', async () => {
    const { stdout } = await calendar([]);
    expect(stdout).not.toMatch(/ATTENDEE|persons|Teilnehm/);
  });

  it('speaks English with --lang en', async () => {
    const list = await events(['--lang', 'en']);
    expect(byUid(list, 'abgesagt').summary).toBe('Cancelled: Abgesagtes Netzwerktreffen');
    expect(byUid(list, 'fachtag-mehrtaegig').categories).toEqual(['Professional conference']);
  });
});

describe('netzwerk calendar: --alarm', () => {
  it.each([
    ['1d', '-P1D'],
    ['2h', '-PT2H'],
    ['30m', '-PT30M'],
    ['1h30m', '-PT1H30M'],
    ['1d2h', '-P1DT2H'],
  ])('--alarm %s adds a display reminder %s', async (given, trigger) => {
    const list = await events(['--alarm', given]);
    expect(byUid(list, 'vor-sommerzeit').alarmTriggers).toEqual([trigger]);
    const { stdout } = await calendar(['--alarm', given]);
    expect(stdout).toContain(`BEGIN:VALARM\r\nACTION:DISPLAY\r\nDESCRIPTION:Steuerungsgruppe vor der Sommerzeit\r\nTRIGGER:${trigger}\r\nEND:VALARM`);
  });

  it('adds no reminder without --alarm', async () => {
    expect((await calendar([])).stdout).not.toContain('VALARM');
  });

  it.each(['1x', 'morgen', '0m', '-1d', '29d', ''])('refuses --alarm "%s" with exit 2 and a German message', async (given) => {
    const result = await calendar(['--alarm', given]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--alarm:');
    expect(result.stderr).toContain('z. B. 1d');
    expect(result.stdout).toBe('');
  });
});

describe('netzwerk calendar: choosing meetings', () => {
  it('--public keeps only public meetings, without invitations, and never a Fallkonferenz', async () => {
    const list = await events(['--public']);
    expect(list.map((e) => e.uid.split('@')[0])).toEqual(['nach-sommerzeit', 'fachtag-mehrtaegig', 'nach-winterzeit', 'abgesagt']);
    const { stdout } = await calendar(['--public']);
    expect(stdout).not.toContain('Eingeladen');
    expect(stdout).not.toContain('Fallkonferenz');
    // only a coordinator who agreed to publication is named
    for (const e of list) expect(e.organizerCn).toBe('Sören Öffentlich');
  });

  it('--public without a public coordinator writes no ORGANIZER and therefore no METHOD', async () => {
    const result = await calendar(['--public'], NO_PUBLIC);
    expect(result.code).toBe(0);
    const parsed = parseIcs(result.stdout);
    expect(parsed.props.method).toBeNull();
    expect(parsed.events.map((e) => e.organizer)).toEqual([null]);
    expect(result.stdout).not.toContain('Lea Leise');
  });

  it('--meeting writes that one event', async () => {
    const list = await events(['--meeting', 'nach-winterzeit']);
    expect(list.map((e) => e.uid)).toEqual(['nach-winterzeit@musterstadt.netzwerk']);
  });

  it('--meeting with an unknown id: exit 2 with a suggestion', async () => {
    const result = await calendar(['--meeting', 'nach-winterzeiz']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('„nach-winterzeiz“ gibt es nicht. Meinten Sie „nach-winterzeit“?');
    expect(result.stdout).toBe('');
  });

  it('--meeting of an internal meeting with --public: exit 2', async () => {
    const result = await calendar(['--meeting', 'fallkonferenz-1', '--public']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('nicht öffentlich');
  });

  it('--from/--to keep the meetings that touch those days (inclusive)', async () => {
    const list = await events(['--from', '2025-06-03', '--to', '2025-09-10']);
    expect(list.map((e) => e.uid.split('@')[0])).toEqual(['fachtag-mehrtaegig', 'umlaute']);
    const one = await events(['--from', '2025-03-31', '--to', '2025-03-31']);
    expect(one.map((e) => e.uid.split('@')[0])).toEqual(['nach-sommerzeit']);
  });

  it('--type is repeatable', async () => {
    const list = await events(['--type', 'fachtag', '--type', 'fortbildung']);
    expect(list.map((e) => e.uid.split('@')[0])).toEqual(['fachtag-mehrtaegig', 'umlaute', 'nach-winterzeit']);
  });

  it('an empty selection still gives a valid calendar, with a note on stderr', async () => {
    const result = await calendar(['--from', '2030-01-01']);
    expect(result.code).toBe(0);
    expect(parseIcs(result.stdout).events).toEqual([]);
    expect(result.stderr).toContain('Kein Termin');
  });

  it.each([
    [['--from', '2025-02-30'], '--from: „2025-02-30“ ist kein Datum'],
    [['--to', '31.13.2025'], '--to: „31.13.2025“ ist kein Datum'],
    [['--from', '2025-12-01', '--to', '2025-01-01'], 'liegt nach --to'],
    [['--type', 'fachtg'], '--type: „fachtg“ ist nicht möglich. Meinten Sie „fachtag“?'],
  ])('refuses %j with exit 2', async (args, message) => {
    const result = await calendar(args);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(message);
    expect(result.stdout).toBe('');
  });
});

describe('netzwerk calendar: files', () => {
  it('--out writes the file atomically with the same bytes', async () => {
    const tmp = tempDir();
    try {
      const out = join(tmp.dir, 'termine.ics');
      const result = await calendar(['--out', out]);
      expect(result.code).toBe(0);
      expect(result.stdout).toBe('');
      const bytes = readFileSync(out);
      expect(lineProblems(bytes)).toEqual([]);
      expect(bytes.toString('utf8')).toBe((await calendar([])).stdout);
    } finally {
      tmp.remove();
    }
  });

  it('invalid data: errors, exit 1, nothing written', async () => {
    const tmp = tempDir();
    try {
      writeFileSync(join(tmp.dir, 'network.yaml'), readFileSync(join(BASIC, 'network.yaml')));
      writeFileSync(join(tmp.dir, 'partners.yaml'), readFileSync(join(BASIC, 'partners.yaml')));
      writeFileSync(join(tmp.dir, 'meetings.yaml'), '- id: x\n  title: X\n  type: fachtg\n  start: 2025-01-01\n  status: planned\n');
      const out = join(tmp.dir, 'termine.ics');
      const result = await run(['calendar', tmp.dir, '--today', TODAY, '--out', out]);
      expect(result.code).toBe(1);
      expect(result.stderr).toContain('meetings.yaml');
      expect(existsSync(out)).toBe(false);
    } finally {
      tmp.remove();
    }
  });
});

describe('netzwerk calendar: golden files', () => {
  it.each([
    ['basic.ics', [] as string[], BASIC],
    ['basic-alarm.ics', ['--alarm', '1d'], BASIC],
    ['basic-public.ics', ['--public'], BASIC],
    ['basic-en.ics', ['--lang', 'en', '--type', 'netzwerktreffen'], BASIC],
    ['no-public-coordinator-public.ics', ['--public'], NO_PUBLIC],
  ])('%s', async (name, args, dir) => {
    const { code, stdout } = await calendar(args, dir);
    expect(code).toBe(0);
    expectGolden(join(GOLDEN, name), stdout);
  });
});
