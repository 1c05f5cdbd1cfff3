// netzwerk review: exactly the stale, never-verified and departed contacts of a fixture with
// known dates, in every format (CSV read back with csv-parse), and the same rules as validate;
// the built program: test/system/time-zones.test.ts.
// Golden files: UPDATE_GOLDEN=1 npx vitest run test/cli/review.test.ts
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { expectGolden, EXAMPLE_NAMES, EXAMPLES, FIXTURES, ROOT, run, tempDir } from '../support/helpers.js';

const NET = join(FIXTURES, 'privacy', 'beispielstadt');
const TODAY = ['--today', '2026-11-23'];
const GOLDEN = join(ROOT, 'test', 'golden', 'privacy');

// Worked out by hand from the fixture's dates (review after 12 months, deletion 6 months after leaving):
const TO_CONFIRM = [
  // partner, name, reason, verified, due since
  ['Beratungsstelle am Markt', 'Dieter Grenzfall', 'Bestätigung zu alt', '23.11.2025', '23.11.2026'], // exactly 12 months: due
  ['Jugendamt Beispielstadt', 'Anna Müller', 'Bestätigung zu alt', '01.10.2025', '01.10.2026'], // the coordinator entry
  ['Jugendamt Beispielstadt', 'Bernd Niemals', 'nie bestätigt', '', ''],
  ['Schule Zukunft', 'Ida Zukunft', 'nie bestätigt', '', ''], // joins in 2027, but already stored
];
const TO_DELETE = [
  ['Alte Beratung', 'Frieda Fort', 'Partner ausgetreten am 31.03.2026', '', '30.09.2026'],
  ['Alte Beratung', 'Gustav Gegangen', 'Partner ausgetreten am 31.03.2026', '', '30.09.2026'],
];
// Never listed: Anna Müller's own contact entry (verified 2026-05-01), Jens Jetzt, Carla Aktuell,
// Emil Knapp (one day short of 12 months), Hanna Halt (partner left, deletion only from 2027-02-01).
const NEVER = ['Jens Jetzt', 'Carla Aktuell', 'Emil Knapp', 'Hanna Halt', 'Sachgebietsleitung ASD'];

function readCsv(text: string): Record<string, string>[] {
  return parse(text, { bom: true, delimiter: ';', columns: true, record_delimiter: '\r\n' }) as Record<string, string>[];
}

describe('netzwerk review', () => {
  it('CSV: exactly the contacts to confirm and to delete, with reasons and dates', async () => {
    const r = await run(['review', NET, '--format', 'csv', ...TODAY]);
    expect(r.code).toBe(0);
    expect(r.stdout.startsWith('\uFEFFAufgabe;Organisation;Name;')).toBe(true);
    expect(r.stdout.replace(/\r\n/g, '')).not.toContain('\n');
    const rows = readCsv(r.stdout);
    const pick = (row: Record<string, string>) => [row.Organisation, row.Name, row.Grund, row['Zuletzt bestätigt'], row['Fällig seit']];
    expect(rows.filter((x) => x.Aufgabe === 'bestätigen').map(pick)).toEqual(TO_CONFIRM);
    expect(rows.filter((x) => x.Aufgabe === 'löschen').map(pick)).toEqual(TO_DELETE);
    expect(rows).toHaveLength(TO_CONFIRM.length + TO_DELETE.length);
    // the coordinator is marked, and its place in the files given
    expect(rows[1]).toMatchObject({ Rolle: 'Koordination', Datei: 'network.yaml', Zeile: '11' });
  });

  it('CSV: formulas neutralised, phone numbers stay text', async () => {
    const rows = readCsv((await run(['review', NET, '--format', 'csv', ...TODAY])).stdout);
    const dieter = rows.find((x) => x.Name === 'Dieter Grenzfall')!;
    expect(dieter.Funktion).toBe(`'=HYPERLINK("http://x.example")`);
    expect(rows.find((x) => x.Name === 'Bernd Niemals')!.Telefon).toBe("'+49 0000 11-0002");
    for (const row of rows) for (const cell of Object.values(row)) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
  });

  it('text: grouped by partner, with reasons, dates and places', async () => {
    const r = await run(['review', NET, ...TODAY]);
    expect(r.code).toBe(0);
    const text = r.stdout;
    for (const [, name] of [...TO_CONFIRM, ...TO_DELETE]) expect(text).toContain(name);
    for (const name of NEVER) expect(text).not.toContain(name);
    expect(text).toContain('Zu bestätigen: 4 Personen bei 3 Partnern');
    expect(text).toContain('Zu löschen: 2 Personen bei 1 Partner');
    expect(text).toContain('Alte Beratung – ausgetreten am 31.03.2026, zu löschen seit 30.09.2026');
    expect(text).toContain('zuletzt bestätigt am 01.10.2025, fällig seit 01.10.2026 – network.yaml, Zeile 11');
    expect(text).toContain('nie bestätigt – partners.yaml, Zeile 12');
    // groups in partner order, each name under its partner
    const order = ['Beratungsstelle am Markt', 'Dieter Grenzfall', 'Jugendamt Beispielstadt', 'Anna Müller', 'Bernd Niemals', 'Schule Zukunft', 'Ida Zukunft'];
    const positions = order.map((s) => text.indexOf(s));
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
  });

  it('emails: the addresses due for confirmation only, "; "-separated', async () => {
    const r = await run(['review', NET, '--format', 'emails', ...TODAY]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(
      'Dieter Grenzfall <d.grenzfall@beratung-markt.example>; Anna Müller <a.mueller@jugendamt-beispielstadt.example>; ' +
        'Bernd Niemals <b.niemals@jugendamt-beispielstadt.example>; Ida Zukunft <i.zukunft@schule-zukunft.example>\n',
    );
    expect(r.stderr).toBe('');
  });

  it('uses the same rules as validate: the same people, at the same places', async () => {
    const v = await run(['validate', NET, '--format', 'json', ...TODAY]);
    const warnings = (JSON.parse(v.stdout) as { warnings: { code: string; file: string; message: string }[] }).warnings;
    const named = (codes: string[]) =>
      warnings
        .filter((w) => codes.includes(w.code))
        .map((w) => /„([^“]+)“/.exec(w.message.replace(/^„[^“]+“ hat/, ''))![1])
        .sort();
    const rows = readCsv((await run(['review', NET, '--format', 'csv', ...TODAY])).stdout);
    expect(
      rows
        .filter((x) => x.Aufgabe === 'bestätigen')
        .map((x) => x.Name)
        .sort(),
    ).toEqual(named(['contact-not-verified', 'contact-review-due']));
    expect(
      rows
        .filter((x) => x.Aufgabe === 'löschen')
        .map((x) => x.Name)
        .sort(),
    ).toEqual(named(['contact-retention']));
  });

  it('moves with --today: a year later everyone is due, and Kita Kürzlich is to be deleted', async () => {
    const rows = readCsv((await run(['review', NET, '--format', 'csv', '--today', '2027-11-23'])).stdout);
    expect(rows.filter((x) => x.Aufgabe === 'löschen').map((x) => x.Name)).toEqual(['Frieda Fort', 'Gustav Gegangen', 'Hanna Halt']);
    expect(rows.filter((x) => x.Aufgabe === 'bestätigen').map((x) => x.Name)).toEqual([
      'Carla Aktuell',
      'Dieter Grenzfall',
      'Emil Knapp',
      'Anna Müller',
      'Jens Jetzt',
      'Anna Müller',
      'Bernd Niemals',
      'Dr. Olga Ohm',
      'Ida Zukunft',
    ]);
  });

  it('--out: the extension picks the format, the file is written whole', async () => {
    const tmp = tempDir();
    try {
      const csv = join(tmp.dir, 'pruefen.csv');
      expect((await run(['review', NET, '--out', csv, ...TODAY])).code).toBe(0);
      expect(readCsv(readFileSync(csv, 'utf8'))).toHaveLength(6);
      const txt = join(tmp.dir, 'pruefen.txt');
      expect((await run(['review', NET, '--out', txt, ...TODAY])).code).toBe(0);
      expect(readFileSync(txt, 'utf8')).toContain('Zu bestätigen: 4 Personen');
      const mails = join(tmp.dir, 'verteiler.txt');
      expect((await run(['review', NET, '--out', mails, '--format', 'emails', ...TODAY])).code).toBe(0);
      expect(readFileSync(mails, 'utf8')).toContain('; Anna Müller <a.mueller@');
      expect((await run(['review', NET, '--format', 'pdf', ...TODAY])).code).toBe(2);
    } finally {
      tmp.remove();
    }
  });

  it('with nothing to do says so, and every example runs', async () => {
    const r = await run(['review', NET, '--today', '2026-01-01']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Zu löschen: nichts.');
    // before anyone left: only the never-verified; Gustav Gegangen has no address, so a note says so
    const early = await run(['review', NET, '--format', 'emails', '--today', '2020-01-01']);
    expect(early.stdout).toBe(
      'Bernd Niemals <b.niemals@jugendamt-beispielstadt.example>; Hanna Halt <h.halt@kita-kuerzlich.example>; Ida Zukunft <i.zukunft@schule-zukunft.example>\n',
    );
    expect(early.stderr).toBe('Hinweis: ohne E-Mail-Adresse, bitte anders erreichen: Gustav Gegangen\n');
    for (const name of EXAMPLE_NAMES) {
      const e = await run(['review', join(EXAMPLES, name), ...TODAY]);
      expect(e.code, `${name}: ${e.stderr}`).toBe(0);
    }
  });

  it.each([
    ['review.txt', []],
    ['review-en.txt', ['--lang', 'en']],
    ['review.csv', ['--format', 'csv']],
    ['review-emails.txt', ['--format', 'emails']],
  ])('golden file %s (byte for byte; UPDATE_GOLDEN=1 to regenerate)', async (name, args) => {
    const r = await run(['review', NET, ...TODAY, ...args]);
    expect(r.code).toBe(0);
    expectGolden(join(GOLDEN, name), r.stdout);
  });
});
