// The meeting cycle end to end, on a copy of every example: the next planned meeting is invited
// (invite), its sign-in list printed as the CSV template (sheet --format csv), the template filled
// in by the test, read back (attendance), and the next report counts the participants; the
// network's files are compared by their hashes (only the meeting's lines change; a list with
// errors changes nothing). The invitation read by Python's `email` package and python-icalendar,
// and the built program in other time zones: test/system/meeting-invitation.test.ts.
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isMap, isSeq, LineCounter, parseDocument, type YAMLMap } from 'yaml';
import { copyExample, EXAMPLE_NAMES, FIXTURES, run, tempDir } from '../support/helpers.js';
import { addressesIn, hashes, nextPlanned, type MeetingItem } from '../support/meetings.js';

const BEFORE = '2026-11-23';

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
    meeting = await nextPlanned(net, BEFORE);
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

  it("sheet --format csv → filled in → attendance → the report counts the participants; only the meeting's lines change", async () => {
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
});
