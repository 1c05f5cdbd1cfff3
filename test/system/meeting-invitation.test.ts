// The invitation of the meeting cycle outside the test process: the draft read by Python's mail
// parser and python-icalendar (and ical.js) on every example, and the built program writing the
// same bytes in any machine time zone. The cycle itself: test/cli/meeting-cycle.test.ts.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseIcs } from '../support/calendar-helpers.js';
import { copyExample, EXAMPLE_NAMES, FIXTURES, run, runBin, tempDir } from '../support/helpers.js';
import { addressesIn, hashes, hasMailReaders, mailLineProblems, nextPlanned, readEml, sha256, type MeetingItem } from '../support/meetings.js';

const BEFORE = '2026-11-23';

describe.runIf(hasMailReaders())('the invitation read by Python', () => {
  describe.each(EXAMPLE_NAMES)('the invitation of the next meeting of %s', (name) => {
    let copy: { dir: string; remove: () => void };
    let work: { dir: string; remove: () => void };
    let meeting: MeetingItem;
    let day: string;
    beforeAll(async () => {
      copy = copyExample(name);
      work = tempDir('netzwerk-invitation-');
      meeting = await nextPlanned(copy.dir, BEFORE);
      day = meeting.start.slice(0, 10);
      const r = await run(['invite', meeting.id, copy.dir, '--today', BEFORE], { cwd: work.dir });
      expect(r.code, r.stderr).toBe(0);
    });
    afterAll(() => {
      copy.remove();
      work.remove();
    });

    it('the draft opens as an unsent message with Bcc, To = the coordination, the text and the .ics attached (Python email, python-icalendar, ical.js)', () => {
      const folder = join(work.dir, meeting.id);
      const emlBytes = readFileSync(join(folder, 'einladung.eml'));
      expect(mailLineProblems(emlBytes)).toEqual([]);
      const eml = readEml(join(folder, 'einladung.eml'));
      expect(eml.defects).toEqual([]);
      expect(eml.x_unsent).toBe('1');
      expect(eml.content_type).toBe('multipart/mixed');
      const [subjectLine, , ...body] = readFileSync(join(folder, 'einladung.txt'), 'utf8').split('\n');
      expect(`Betreff: ${eml.subject}`).toBe(subjectLine);
      expect(eml.subject).toContain(`am ${day.slice(8, 10)}.${day.slice(5, 7)}.${day.slice(0, 4)}`);
      expect(eml.bcc).toEqual(addressesIn(readFileSync(join(folder, 'empfaenger.txt'), 'utf8')));
      expect(eml.bcc.length).toBeGreaterThan(0);
      expect(eml.to).toHaveLength(1);
      expect(eml.from).toEqual(eml.to);
      expect(eml.date).toBe('Mon, 23 Nov 2026 00:00:00 +0100');
      const uid = parseIcs(readFileSync(join(folder, 'termin.ics'), 'utf8')).events[0]!.uid;
      const hash = createHash('sha256').update(uid).digest('hex').slice(0, 16);
      expect(eml.message_id.trim()).toMatch(new RegExp(`^<einladung\\.20261123\\.r\\d+\\.${hash}@${uid.split('@')[1]!.replace(/\./g, '\\.')}>$`));
      const [text, ics] = eml.parts;
      expect(text!.content_type).toBe('text/plain');
      expect(text!.text!.replace(/\r\n/g, '\n')).toBe(body.join('\n'));
      expect(ics!.content_type).toBe('text/calendar');
      expect(ics!.disposition).toBe('attachment');
      expect(ics!.filename).toBe('termin.ics');
      expect(ics!.params.method).toBe('PUBLISH');
      expect(ics!.sha256).toBe(sha256(readFileSync(join(folder, 'termin.ics'))));
      expect(ics!.method).toBe('PUBLISH');
      const event = parseIcs(readFileSync(join(folder, 'termin.ics'), 'utf8')).events[0]!;
      expect(ics!.events).toEqual([{ uid: event.uid, sequence: event.sequence, attendees: 0 }]);
      expect(event.hasAttendee).toBe(false);
      expect(eml.parts.flatMap((p) => p.defects)).toEqual([]);
    });
  });
});

describe.runIf(hasMailReaders())('invite: the fixture with a coordinator the partners may not see, read by Python', () => {
  const NET = join(FIXTURES, 'meetings', 'cycle');

  it('the draft comes from the office, with only the partners reached in Bcc', async () => {
    const tmp = tempDir();
    try {
      const r = await run(['invite', '2026-12-fachtag', NET, '--out-dir', 'einladung', '--today', BEFORE], { cwd: tmp.dir });
      expect(r.code, r.stderr).toBe(0);
      const parsed = readEml(join(tmp.dir, 'einladung', 'einladung.eml'));
      expect(parsed.from).toEqual(['jugendamt@kreislauf.example']);
      expect(parsed.bcc.sort()).toEqual(['m.markt@markt.example', 'n.netz@kreislauf.example', 'o.celik@kompass.example']);
      expect(parsed.subject).toBe('Einladung: Fachtag: Kinderschutz & Schule am 07.12.2026');
      expect(parsed.defects).toEqual([]);
    } finally {
      tmp.remove();
    }
  });

  it('more addresses than --batch: each draft holds its block of addresses, each its own Message-ID', async () => {
    const tmp = tempDir();
    try {
      const first = await run(['invite', '2026-12-fachtag', NET, '--out-dir', 'e', '--batch', '2', '--today', BEFORE], { cwd: tmp.dir });
      expect(first.code, first.stderr).toBe(0);
      const one = readEml(join(tmp.dir, 'e', 'einladung-1.eml'));
      const two = readEml(join(tmp.dir, 'e', 'einladung-2.eml'));
      expect(one.bcc).toHaveLength(2);
      expect(two.bcc).toHaveLength(1);
      expect([...one.bcc, ...two.bcc]).toEqual(addressesIn(readFileSync(join(tmp.dir, 'e', 'empfaenger.txt'), 'utf8')));
      expect(one.message_id).not.toBe(two.message_id);
    } finally {
      tmp.remove();
    }
  });
});

describe('invite: the built program', () => {
  const NET = join(FIXTURES, 'meetings', 'cycle');

  it('is byte-identical for the same data and --today, in any machine time zone (the built program)', async () => {
    const tmp = tempDir();
    try {
      const runIn = (out: string, TZ: string) => runBin(['invite', '2026-12-fachtag', NET, '--out-dir', out, '--today', BEFORE], { cwd: tmp.dir, env: { TZ } });
      const codes = await Promise.all([runIn('eins', 'America/Los_Angeles'), runIn('zwei', 'Asia/Tokyo')]);
      expect(codes.map((r) => r.code)).toEqual([0, 0]);
      expect(hashes(join(tmp.dir, 'zwei'))).toEqual(hashes(join(tmp.dir, 'eins')));
    } finally {
      tmp.remove();
    }
  });
});
