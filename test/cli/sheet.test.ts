// netzwerk sheet: the sign-in sheet as HTML and as the CSV template (csv-parse). Only
// institutions are printed, never a person. The page in tidy and a real Chromium, and the PDF:
// test/system/sheet-readers.test.ts.
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { FIXTURES, run, tempDir } from '../support/helpers.js';
import { sheet, TODAY } from '../support/sheet.js';

const NET = join(FIXTURES, 'meetings', 'cycle');

describe('sheet: the page', () => {
  it('one block per invited active institution with its empty lines, then the guests; the meeting in the header', async () => {
    const page = await sheet('2026-12-fachtag', NET, '--lines', '3', '--guest-lines', '5');
    expect(page).toMatch(/^<!DOCTYPE html>\n<html lang="de">/);
    expect(page).toContain('<h1>Fachtag: Kinderschutz &amp; Schule</h1>');
    expect(page).toContain('<dt>Termin</dt><dd>Montag, 7. Dezember 2026 bis Dienstag, 8. Dezember 2026</dd>');
    expect(page).toContain('<dt>Ort</dt><dd>Stadthalle Kreislaufstadt</dd>');
    const captions = [...page.matchAll(/<section class="block">\n<table class="sign">\n<caption>([^<]*)<\/caption>/g)].map((m) => m[1]);
    expect(captions).toEqual([
      '-Beratung am Markt',
      'Beratungsstelle &quot;Kompass&quot; &lt;Süd&gt; &amp; Co.',
      'Grundschule Nord',
      'Kita Sonne',
      'Polizeiwache Kreislaufstadt',
      'Stadt Kreislaufstadt – Jugendamt',
    ]);
    const bodies = [...page.matchAll(/<tbody>\n([\s\S]*?)\n<\/tbody>/g)].map((m) => m[1]!.split('\n'));
    expect(bodies.slice(0, -1).every((rows) => rows.length === 3 && rows.every((r) => r === '<tr><td></td><td></td></tr>'))).toBe(true);
    expect(bodies.at(-1)).toEqual(Array(5).fill('<tr><td></td><td></td><td></td></tr>'));
    expect(page).toContain('<h2>Gäste</h2>');
    expect(page).toContain('break-inside: avoid');
    expect(page).not.toContain('Ehemaliger Verein');
    expect(await sheet('2026-12-fachtag', NET, '--guest-lines', '0')).not.toContain('Gäste</h2>');
  });

  it('prints no person: no contact or coordinator of the network appears', async () => {
    const page = await sheet('2026-12-fachtag', NET);
    for (const person of ['Ida Intern', 'Nils Netz', 'Özlem', 'Greta Geheim', 'Paul Telefon', 'Mara Markt', '0000 1']) expect(page).not.toContain(person);
    expect(page).not.toMatch(/[\w.-]+@[\w-]+\.example/);
  });

  it('in English with --lang en', async () => {
    const page = await sheet('2026-12-fachtag', NET, '--lang', 'en');
    expect(page).toContain('<html lang="en">');
    expect(page).toContain('<dt>Date</dt><dd>Monday, 7 December 2026 to Tuesday, 8 December 2026</dd>');
    expect(page).toContain('<th scope="col" class="signature">Signature</th>');
  });
});

describe('sheet --format csv: the template for attendance', () => {
  it('a header, one row per invited active institution (name, id, empty count), a row for guests; ; UTF-8 BOM CRLF', async () => {
    const csv = await sheet('2026-12-fachtag', NET, '--format', 'csv');
    expect(csv.startsWith('\uFEFFEinrichtung;Kennung;Personen\r\n')).toBe(true);
    expect(csv.endsWith('Gäste;;\r\n')).toBe(true);
    const rows = parse(csv, { bom: true, delimiter: ';' }) as string[][];
    expect(rows).toEqual([
      ['Einrichtung', 'Kennung', 'Personen'],
      ["'-Beratung am Markt", 'minus-beratung', ''],
      ['Beratungsstelle "Kompass" <Süd> & Co.', 'beratung-kompass', ''],
      ['Grundschule Nord', 'grundschule-nord', ''],
      ['Kita Sonne', 'kita-sonne', ''],
      ['Polizeiwache Kreislaufstadt', 'polizei-kreislauf', ''],
      ['Stadt Kreislaufstadt – Jugendamt', 'jugendamt-kreislauf', ''],
      ['Gäste', '', ''],
    ]);
    expect((parse(await sheet('2026-12-fachtag', NET, '--format', 'csv', '--lang', 'en'), { bom: true, delimiter: ';' }) as string[][])[0]).toEqual([
      'Institution',
      'Id',
      'Persons',
    ]);
  });

  it('usage errors: a cancelled meeting, an ending it cannot write, a number of lines out of range (exit 2, nothing written)', async () => {
    const tmp = tempDir();
    try {
      const cases: [string[], RegExp][] = [
        [['2026-12-abgesagt', NET], /ist abgesagt \(status: cancelled\); eine Teilnahmeliste gibt es dafür nicht/],
        [['2026-12-fachtag', NET, '--out', 'liste.docx'], /\.docx/],
        [['2026-12-fachtag', NET, '--lines', '0'], /--lines: „0“ ist keine Zahl von 1 bis 20/],
      ];
      for (const [args, message] of cases) {
        const r = await run(['sheet', ...args, ...TODAY], { cwd: tmp.dir });
        expect(r.code, args.join(' ')).toBe(2);
        expect(r.stderr).toMatch(message);
      }
    } finally {
      tmp.remove();
    }
  });
});
