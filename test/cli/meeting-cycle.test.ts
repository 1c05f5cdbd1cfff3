// The meeting cycle end to end, on a copy of every example: the next planned meeting is invited
// (invite), its sign-in list printed as the CSV template (sheet --format csv), the template filled
// in by the test, read back (attendance), and the next report counts the participants. The files
// of the invitation are read by independent programs: Python's `email` package (the draft with
// its attachment), ical.js and python-icalendar (the event); the network's files are compared by
// their hashes (only the meeting's lines change; a list with errors changes nothing).
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isMap, isSeq, LineCounter, parseDocument, type YAMLMap } from 'yaml';
import { parseIcs } from '../support/calendar-helpers.js';
import { copyExample, EXAMPLE_NAMES, FIXTURES, run, runBin, tempDir } from '../support/helpers.js';

const BEFORE = '2026-11-23';
const PYTHON = '/usr/bin/python3';
/** Debian's python3 with python-icalendar (pyenv's python3 may come first in PATH and lack it); in CI a must. */
function debianPython(): boolean {
  const found = existsSync(PYTHON) && spawnSync(PYTHON, ['-c', 'import email.policy, icalendar']).status === 0;
  if (!found && process.env.CI) throw new Error('python3-icalendar is missing: add it to .ci/apt-packages');
  return found;
}
const canParse = debianPython();

/** sha256 of every file below `dir`, by its path relative to it. */
function hashes(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const path = join(d, name);
      if (statSync(path).isDirectory()) walk(path);
      else out[relative(dir, path)] = createHash('sha256').update(readFileSync(path)).digest('hex');
    }
  };
  walk(dir);
  return out;
}

interface MeetingItem {
  id: string;
  start: string;
  status: string;
  attendance: { organisations: number; persons: number; guests: number };
}

async function nextPlanned(dir: string): Promise<MeetingItem> {
  const r = await run(['meetings', dir, '--upcoming', '--format', 'json', '--today', BEFORE]);
  expect(r.code, r.stderr).toBe(0);
  const planned = (JSON.parse(r.stdout) as { meetings: MeetingItem[] }).meetings.filter((m) => m.status === 'planned');
  expect(planned.length, `${dir} has a planned meeting after ${BEFORE}`).toBeGreaterThan(0);
  return planned[0]!;
}

interface ReportMeetings {
  participants: number;
  list: { id: string; status: string; persons: number; guests: number; participants: number | null }[];
}

async function reportMeetings(dir: string, today: string): Promise<ReportMeetings> {
  const r = await run(['report', dir, '--format', 'json', '--today', today]);
  expect(r.code, r.stderr).toBe(0);
  return (JSON.parse(r.stdout) as { meetings: ReportMeetings }).meetings;
}

/** The template filled in as a coordinator would: a number at two of three institutions, some guests. */
function fillIn(csv: string, guests: number): { text: string; persons: number; institutions: number } {
  const lines = csv.split('\r\n');
  let persons = 0;
  let institutions = 0;
  const filled = lines.map((line, i) => {
    if (i === 0 || line === '') return line;
    if (line.startsWith('Gäste;')) return `Gäste;;${guests}`;
    const n = [2, 0, 1][i % 3]!;
    if (n === 0) return line;
    persons += n;
    institutions++;
    return `${line}${n}`;
  });
  return { text: filled.join('\r\n'), persons, institutions };
}

/** The lines of the meeting `id` in a meetings file (1-based, inclusive), found by yaml's own parser. */
function meetingLines(text: string, id: string): [number, number] {
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter });
  const items = isSeq(doc.contents) ? (doc.contents.items as YAMLMap[]) : [doc.contents as YAMLMap];
  const item = items.find((m) => isMap(m) && m.get('id') === id)!;
  return [counter.linePos(item.range![0]).line, counter.linePos(item.range![1] - 1).line];
}

/** The lines that differ: [first changed line of `before`, last changed line of `before`] (1-based). */
function changedRegion(before: string, after: string): [number, number] {
  const a = before.split('\n');
  const b = after.split('\n');
  let start = 0;
  while (start < a.length && a[start] === b[start]) start++;
  let end = 0;
  while (end < a.length - start && a[a.length - 1 - end] === b[b.length - 1 - end]) end++;
  return [start + 1, a.length - end];
}

/** Every address in angle brackets, in order. */
const addressesIn = (text: string) => [...text.matchAll(/<([^<>\s]+@[^<>\s]+)>/g)].map((m) => m[1]!);

// Python's standard mail parser (email.policy.default) and python-icalendar read the draft; the
// answer is JSON. Header defects, part defects and the calendar's events are reported as found.
const READ_EML = String.raw`
import sys, json, email, email.policy, hashlib, icalendar
raw = open(sys.argv[1], 'rb').read()
msg = email.message_from_bytes(raw, policy=email.policy.default)
def addrs(name):
    h = msg[name]
    return [] if h is None else [a.addr_spec for a in h.addresses]
out = {
  'x_unsent': msg['X-Unsent'], 'subject': str(msg['Subject']), 'date': str(msg['Date']), 'message_id': str(msg['Message-ID']),
  'from': addrs('From'), 'to': addrs('To'), 'bcc': addrs('Bcc'), 'content_type': msg.get_content_type(),
  'defects': [repr(d) for d in msg.defects] + [repr(d) for k in msg.keys() for d in msg[k].defects],
  'parts': [],
}
for part in msg.iter_parts():
    info = {'content_type': part.get_content_type(), 'filename': part.get_filename(), 'params': dict(part['content-type'].params),
            'disposition': part.get_content_disposition(), 'defects': [repr(d) for d in part.defects]}
    payload = part.get_payload(decode=True)
    info['sha256'] = hashlib.sha256(payload).hexdigest()
    if part.get_content_type() == 'text/plain':
        info['text'] = part.get_content()
    if part.get_content_type() == 'text/calendar':
        cal = icalendar.Calendar.from_ical(payload)
        info['method'] = str(cal.get('METHOD')) if cal.get('METHOD') else None
        info['events'] = [{'uid': str(e.get('UID')), 'sequence': int(e.get('SEQUENCE')), 'attendees': len(e.get('ATTENDEE', []) if isinstance(e.get('ATTENDEE'), list) else ([e.get('ATTENDEE')] if e.get('ATTENDEE') else []))} for e in cal.walk('VEVENT')]
    out['parts'].append(info)
print(json.dumps(out))
`;

interface ParsedEml {
  x_unsent: string;
  subject: string;
  date: string;
  message_id: string;
  from: string[];
  to: string[];
  bcc: string[];
  content_type: string;
  defects: string[];
  parts: { content_type: string; filename: string | null; params: Record<string, string>; disposition: string | null; defects: string[]; sha256: string; text?: string; method?: string | null; events?: { uid: string; sequence: number; attendees: number }[] }[];
}

function readEml(path: string): ParsedEml {
  const r = spawnSync(PYTHON, ['-c', READ_EML, path], { encoding: 'utf8' });
  expect(r.stderr).toBe('');
  return JSON.parse(r.stdout) as ParsedEml;
}

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

/** Lines of a mail file: CRLF only, ASCII only, at most 78 characters (RFC 5322: SHOULD 78, MUST 998). */
function mailLineProblems(bytes: Buffer): string[] {
  const problems: string[] = [];
  const text = bytes.toString('latin1');
  if (/[^\r]\n/.test(text) || /\r(?!\n)/.test(text)) problems.push('a line end that is not CRLF');
  if (/[^\x09\x0a\x0d\x20-\x7e]/.test(text)) problems.push('a character outside ASCII');
  text.split('\r\n').forEach((line, i) => {
    if (line.length > 78) problems.push(`line ${i + 1} has ${line.length} characters`);
  });
  return problems;
}

describe.each(EXAMPLE_NAMES)('the meeting cycle on a copy of %s', (name) => {
  // Made when the tests run (not when a filtered run only collects them), removed afterwards.
  let copy: { dir: string; remove: () => void };
  let work: { dir: string; remove: () => void };
  let net: string;
  beforeAll(() => {
    copy = copyExample(name);
    work = tempDir('netzwerk-cycle-');
    net = copy.dir;
  });
  afterAll(() => {
    copy.remove();
    work.remove();
  });
  const inWork = (args: string[], today: string) => run([...args, '--today', today], { cwd: work.dir });
  let meeting: MeetingItem;
  let day: string;

  it('invite writes the four files; the calendar file is the one `calendar --meeting` writes; partners not reached are named', async () => {
    meeting = await nextPlanned(net);
    day = meeting.start.slice(0, 10);
    const r = await inWork(['invite', meeting.id, net], BEFORE);
    expect(r.code, r.stderr).toBe(0);
    const folder = join(work.dir, meeting.id);
    expect(readdirSync(folder).sort()).toEqual(['einladung.eml', 'einladung.txt', 'empfaenger.txt', 'termin.ics']);
    const calendar = await run(['calendar', net, '--meeting', meeting.id, '--today', BEFORE]);
    expect(readFileSync(join(folder, 'termin.ics'), 'utf8')).toBe(calendar.stdout);
    // The partners `contacts --meeting` names as not reached (with e-mail as the list's form) are those invite names.
    const contacts = await run(['contacts', net, '--meeting', meeting.id, '--format', 'emails', '--today', BEFORE]);
    const missed = (text: string) => [...text.matchAll(/^ {2}– (.+?): /gm)].map((m) => m[1]);
    expect(missed(r.stderr)).toEqual(missed(contacts.stderr));
    expect(addressesIn(readFileSync(join(folder, 'empfaenger.txt'), 'utf8'))).toEqual(addressesIn(contacts.stdout));
    expect(r.stderr).toMatch(missed(contacts.stderr).length > 0 ? /^Hinweis: Die Einladung erreicht \d+ von \d+ Partnern/ : /^Die Einladung erreicht alle/);
  });

  it.runIf(canParse)('the draft opens as an unsent message with Bcc, To = the coordination, the text and the .ics attached (Python email, python-icalendar, ical.js)', () => {
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

  it('sheet --format csv → filled in → attendance → the report counts the participants; only the meeting\'s lines change', async () => {
    const sheet = await inWork(['sheet', meeting.id, net, '--format', 'csv', '--out', 'liste.csv'], BEFORE);
    expect(sheet.code, sheet.stderr).toBe(0);
    const filled = fillIn(readFileSync(join(work.dir, 'liste.csv'), 'utf8'), 3);
    expect(filled.persons).toBeGreaterThan(0);
    writeFileSync(join(work.dir, 'ausgefuellt.csv'), filled.text);

    const reportBefore = await reportMeetings(net, day);
    const before = hashes(net);
    const texts = Object.fromEntries(Object.keys(before).map((f) => [f, readFileSync(join(net, f), 'utf8')]));
    const r = await inWork(['attendance', meeting.id, 'ausgefuellt.csv', net], day);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain(`Teilnahme an ${meeting.id}: ${filled.persons} Personen aus ${filled.institutions} Einrichtungen, 3 Gäste`);
    expect(r.stdout).toContain('-  status: planned\n+  status: held');
    const after = hashes(net);
    const changed = Object.keys(before).filter((f) => before[f] !== after[f]);
    expect(changed).toHaveLength(1);
    expect(Object.keys(after)).toEqual(Object.keys(before));
    const file = changed[0]!;
    const newText = readFileSync(join(net, file), 'utf8');
    const [first, last] = meetingLines(texts[file]!, meeting.id);
    const [from, to] = changedRegion(texts[file]!, newText);
    expect(from).toBeGreaterThanOrEqual(first);
    expect(to).toBeLessThanOrEqual(last);
    // every comment line stays, in its order
    const comments = (t: string) => t.split('\n').filter((l) => l.trim().startsWith('#'));
    expect(comments(newText)).toEqual(comments(texts[file]!));

    const reportAfter = await reportMeetings(net, day);
    const entry = reportAfter.list.find((m) => m.id === meeting.id)!;
    expect(entry).toMatchObject({ status: 'held', persons: filled.persons, guests: 3, participants: filled.persons + 3 });
    expect(reportAfter.participants).toBe(reportBefore.participants + filled.persons + 3);
    expect((await run(['validate', net, '--today', day])).code).toBe(0);
  });

  it('the same list again changes nothing; a list with an unknown institution changes nothing either (exit 1, every file byte for byte)', async () => {
    const before = hashes(net);
    const again = await inWork(['attendance', meeting.id, 'ausgefuellt.csv', net], day);
    expect(again.code, again.stderr).toBe(0);
    expect(again.stdout).toContain('Es gibt nichts zu ändern.');
    const lines = readFileSync(join(work.dir, 'ausgefuellt.csv'), 'utf8').split('\r\n');
    lines.splice(2, 0, 'Einrichtung, die es nicht gibt;;4');
    writeFileSync(join(work.dir, 'falsch.csv'), lines.join('\r\n'));
    const r = await inWork(['attendance', meeting.id, 'falsch.csv', net], day);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^falsch\.csv:3:1 {2}Fehler {3}„Einrichtung, die es nicht gibt“ ist keine Einrichtung des Netzwerks\.\n/);
    expect(r.stderr).toContain('Es wurde nichts geändert.');
    expect(hashes(net)).toEqual(before);
  });
});

describe('invite: the fixture with a coordinator the partners may not see', () => {
  const NET = join(FIXTURES, 'meetings', 'cycle');

  it('signs with the office, sends from its general address, names each partner not reached and why', async () => {
    const tmp = tempDir();
    try {
      const r = await run(['invite', '2026-12-fachtag', NET, '--out-dir', 'einladung', '--today', BEFORE], { cwd: tmp.dir });
      expect(r.code, r.stderr).toBe(0);
      const letter = readFileSync(join(tmp.dir, 'einladung', 'einladung.txt'), 'utf8');
      expect(letter).not.toContain('Ida Intern');
      expect(letter).not.toContain('i.intern@');
      expect(letter).toContain('Montag, 7. Dezember 2026 bis Dienstag, 8. Dezember 2026');
      expect(letter).toContain('per E-Mail an jugendamt@kreislauf.example.');
      expect(letter).toContain('Stadt Kreislaufstadt – Jugendamt\nTelefon 0000 100-0 · jugendamt@kreislauf.example\n');
      expect(r.stderr).toContain('  – Grundschule Nord: nur Kontaktpersonen, die nicht für die Netzwerkpartner freigegeben sind');
      expect(r.stderr).toContain('  – Kita Sonne: keine Kontaktperson eingetragen');
      expect(r.stderr).toContain('  – Polizeiwache Kreislaufstadt: keine E-Mail-Adresse bei den Kontaktpersonen');
      expect(r.stderr).not.toContain('Ehemaliger Verein');
      const eml = readFileSync(join(tmp.dir, 'einladung', 'einladung.eml'), 'latin1');
      expect(eml).not.toContain('g.geheim@');
      expect(eml).not.toContain('i.intern@');
      if (canParse) {
        const parsed = readEml(join(tmp.dir, 'einladung', 'einladung.eml'));
        expect(parsed.from).toEqual(['jugendamt@kreislauf.example']);
        expect(parsed.bcc.sort()).toEqual(['m.markt@markt.example', 'n.netz@kreislauf.example', 'o.celik@kompass.example']);
        expect(parsed.subject).toBe('Einladung: Fachtag: Kinderschutz & Schule am 07.12.2026');
        expect(parsed.defects).toEqual([]);
      }
    } finally {
      tmp.remove();
    }
  });

  it('more addresses than --batch: one draft per block; a second run into the folder replaces its own files, removes drafts it no longer writes, keeps the rest', async () => {
    const tmp = tempDir();
    try {
      const first = await run(['invite', '2026-12-fachtag', NET, '--out-dir', 'e', '--batch', '2', '--today', BEFORE], { cwd: tmp.dir });
      expect(first.code, first.stderr).toBe(0);
      expect(readdirSync(join(tmp.dir, 'e')).sort()).toEqual(['einladung-1.eml', 'einladung-2.eml', 'einladung.txt', 'empfaenger.txt', 'termin.ics']);
      expect(first.stdout).toContain('3 Adressen in 2 Entwürfen zu höchstens 2');
      if (canParse) {
        const one = readEml(join(tmp.dir, 'e', 'einladung-1.eml'));
        const two = readEml(join(tmp.dir, 'e', 'einladung-2.eml'));
        expect(one.bcc).toHaveLength(2);
        expect(two.bcc).toHaveLength(1);
        expect([...one.bcc, ...two.bcc]).toEqual(addressesIn(readFileSync(join(tmp.dir, 'e', 'empfaenger.txt'), 'utf8')));
        expect(one.message_id).not.toBe(two.message_id);
      }
      expect(readFileSync(join(tmp.dir, 'e', 'empfaenger.txt'), 'utf8')).toMatch(/^Block 1 von 2 \(2 Adressen\):\n.*\n\nBlock 2 von 2 \(1 Adresse\):\n/);
      writeFileSync(join(tmp.dir, 'e', 'notizen.txt'), 'meine Notizen');
      const second = await run(['invite', '2026-12-fachtag', NET, '--out-dir', 'e', '--today', BEFORE], { cwd: tmp.dir });
      expect(second.code, second.stderr).toBe(0);
      expect(second.stdout).toContain('Entfernt (von einer früheren Einladung): einladung-1.eml, einladung-2.eml.');
      expect(readdirSync(join(tmp.dir, 'e')).sort()).toEqual(['einladung.eml', 'einladung.txt', 'empfaenger.txt', 'notizen.txt', 'termin.ics']);
      expect(readFileSync(join(tmp.dir, 'e', 'notizen.txt'), 'utf8')).toBe('meine Notizen');
      // no temporary file or folder is left anywhere
      expect(readdirSync(tmp.dir)).toEqual(['e']);
    } finally {
      tmp.remove();
    }
  });

  it('replaces nothing in a folder where one file cannot be written: the others stay as they were, no temporary file is left', async () => {
    const tmp = tempDir();
    try {
      const first = await run(['invite', '2026-12-fachtag', NET, '--out-dir', 'e', '--today', BEFORE], { cwd: tmp.dir });
      expect(first.code).toBe(0);
      const before = hashes(join(tmp.dir, 'e'));
      // empfaenger.txt is now a folder: it cannot be replaced, so nothing is
      rmSync(join(tmp.dir, 'e', 'empfaenger.txt'));
      mkdirSync(join(tmp.dir, 'e', 'empfaenger.txt'));
      delete before['empfaenger.txt'];
      const r = await run(['invite', '2026-12-fachtag', NET, '--out-dir', 'e', '--reply-by', '2026-12-01', '--today', BEFORE], { cwd: tmp.dir });
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/empfaenger\.txt/);
      expect(hashes(join(tmp.dir, 'e'))).toEqual(before);
      expect(readdirSync(join(tmp.dir, 'e')).sort()).toEqual(['einladung.eml', 'einladung.txt', 'empfaenger.txt', 'termin.ics']);
    } finally {
      tmp.remove();
    }
  });

  it('never writes into the network folder or its collection folders; refuses cancelled, held and past meetings', async () => {
    const copy = copyExample('kreis-wesel');
    try {
      const before = hashes(copy.dir);
      for (const outDir of [join(copy.dir, 'meetings', 'einladung'), join(copy.dir, 'meetings'), copy.dir]) {
        const r = await run(['invite', '2026-12-netzwerktreffen', copy.dir, '--out-dir', outDir, '--today', BEFORE]);
        expect(r.code).toBe(2);
        expect(r.stderr).toMatch(/^netzwerk: --out-dir: .* ist der Ordner des Netzwerks oder liegt in einem seiner Ordner/);
      }
      expect(hashes(copy.dir)).toEqual(before);
    } finally {
      copy.remove();
    }
    const tmp = tempDir();
    try {
      const cases: [string, string, RegExp][] = [
        ['2026-12-abgesagt', BEFORE, /ist abgesagt/],
        ['2026-03-netzwerktreffen', BEFORE, /hat schon stattgefunden/],
        ['2026-12-fachtag', '2026-12-09', /lag am 07\.12\.2026, vor dem Stichtag 09\.12\.2026/],
        ['2026-12-fachtg', BEFORE, /Eine Veranstaltung „2026-12-fachtg“ gibt es nicht\. Meinten Sie „2026-12-fachtag“\?/],
        ['fachtag', BEFORE, /Eine Veranstaltung „fachtag“ gibt es nicht\. Meinten Sie „2026-12-fachtag“\?/],
      ];
      for (const [id, today, message] of cases) {
        const r = await run(['invite', id, NET, '--today', today], { cwd: tmp.dir });
        expect(r.code, id).toBe(2);
        expect(r.stderr).toMatch(message);
      }
      const late = await run(['invite', '2026-12-fachtag', NET, '--reply-by', '2026-12-10', '--today', BEFORE], { cwd: tmp.dir });
      expect(late.code).toBe(2);
      expect(readdirSync(tmp.dir)).toEqual([]);
    } finally {
      tmp.remove();
    }
  });

  it('is byte-identical for the same data and --today, in any machine time zone (the built program)', () => {
    const tmp = tempDir();
    try {
      const runIn = (out: string, TZ: string) => runBin(['invite', '2026-12-fachtag', NET, '--out-dir', out, '--today', BEFORE], { cwd: tmp.dir, env: { TZ } });
      expect(runIn('eins', 'America/Los_Angeles').code).toBe(0);
      expect(runIn('zwei', 'Asia/Tokyo').code).toBe(0);
      expect(hashes(join(tmp.dir, 'zwei'))).toEqual(hashes(join(tmp.dir, 'eins')));
    } finally {
      tmp.remove();
    }
  });
});
