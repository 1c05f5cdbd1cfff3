// netzwerk attendance: a typed-up sign-in list (CSV or Excel) into the meeting, through the
// writing path. What is written (exact text: comments kept, entries replaced in place), what is
// read (headers in German or English, a title row above, names in any case, rows added up,
// guests as a row or a column) and what stops it (every row it cannot take, by row and column;
// nothing written, proved by hashes).
import { appendFileSync, cpSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, ROOT, run, tempDir } from '../support/helpers.js';

/** A writable copy of the cycle fixture (schemas beside it, as in the project). */
function copyFixture(): { dir: string; work: string; remove: () => void } {
  const tmp = tempDir();
  const dir = join(tmp.dir, 'test', 'fixtures', 'meetings', 'cycle');
  cpSync(join(FIXTURES, 'meetings', 'cycle'), dir, { recursive: true });
  cpSync(join(ROOT, 'schemas'), join(tmp.dir, 'schemas'), { recursive: true });
  return { dir, work: tmp.dir, remove: tmp.remove };
}

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

const csv = (...rows: string[]) => `\uFEFF${rows.join('\r\n')}\r\n`;

describe('attendance: what it writes', () => {
  it('replaces what a held meeting had: numbers in place, new institutions appended, those no longer listed removed; comments stay', async () => {
    const net = copyFixture();
    try {
      writeFileSync(
        join(net.work, 'liste.csv'),
        csv(
          'Einrichtung;Kennung;Personen',
          'Stadt Kreislaufstadt – Jugendamt;jugendamt-kreislauf;3',
          'Beratungsstelle "Kompass" <Süd> & Co.;beratung-kompass;1',
          'Grundschule Nord;grundschule-nord;',
          'Kita Sonne;kita-sonne;1',
          'Gäste;;',
        ),
      );
      const before = readFileSync(join(net.dir, 'meetings.yaml'), 'utf8');
      const r = await run(['attendance', '2026-03-netzwerktreffen', 'liste.csv', net.dir, '--today', '2026-11-23'], { cwd: net.work });
      expect(r.code, r.stderr).toBe(0);
      expect(r.stdout).toContain(
        'Teilnahme an 2026-03-netzwerktreffen: 5 Personen aus 3 Einrichtungen, 0 Gäste (1 Einrichtung ohne Zahl: nicht teilgenommen).',
      );
      expect(r.stdout).toContain('Die Liste ersetzt die bisher eingetragene Teilnahme (4 Personen aus 3 Einrichtungen, 1 Gast).');
      expect(r.stdout).not.toContain('Status: planned');
      const after = readFileSync(join(net.dir, 'meetings.yaml'), 'utf8');
      expect(after).toBe(
        before.replace(
          [
            '  attendance:',
            '    # vom Jugendamt kamen zwei',
            '    - {partner: jugendamt-kreislauf, persons: 2}',
            '    - {partner: grundschule-nord, persons: 1}   # Schulleitung',
            '    - {partner: kita-sonne, persons: 1}',
            '  # eine Referentin von außen',
            '  guests: 1',
          ].join('\n'),
          [
            '  attendance:',
            '    # vom Jugendamt kamen zwei',
            '    - {partner: jugendamt-kreislauf, persons: 3}',
            '    - {partner: kita-sonne, persons: 1}',
            '    - {partner: beratung-kompass, persons: 1}',
            '  # eine Referentin von außen',
            '  guests: 0',
          ].join('\n'),
        ),
      );
      expect(after).not.toBe(before);
      expect((await run(['validate', net.dir, '--today', '2026-11-23'])).code).toBe(0);
    } finally {
      net.remove();
    }
  });

  it('reads a hand-made Excel list: a title row, other headers, names in any case, a guests column, the same institution twice added up', async () => {
    const net = copyFixture();
    try {
      const { default: ExcelJS } = await import('exceljs');
      const book = new ExcelJS.Workbook();
      const sheet = book.addWorksheet('Tabelle1');
      sheet.addRow(['Teilnahme Fachtag 07.12.2026']);
      sheet.addRow(['Einrichtung', 'Anzahl', 'Gäste']);
      sheet.addRow(['stadt kreislaufstadt – JUGENDAMT', 2, null]);
      sheet.addRow(['Grundschule  Nord', 1, null]);
      sheet.addRow(['Kita-Sonne', 1, null]);
      sheet.addRow([null, null, 4]);
      sheet.addRow(['Grundschule Nord', 2, null]);
      sheet.addRow(['Polizeiwache Kreislaufstadt', null, null]);
      await book.xlsx.writeFile(join(net.work, 'teilnahme.xlsx'));
      const r = await run(['attendance', '2026-12-fachtag', 'teilnahme.xlsx', net.dir, '--today', '2026-12-08'], { cwd: net.work });
      expect(r.code, r.stderr).toBe(0);
      expect(r.stdout).toContain('Gelesen: teilnahme.xlsx (Excel, Blatt „Tabelle1“), 6 Zeilen mit Inhalt.');
      expect(r.stdout).toContain('Teilnahme an 2026-12-fachtag: 6 Personen aus 3 Einrichtungen, 4 Gäste (1 Einrichtung ohne Zahl: nicht teilgenommen).');
      expect(r.stdout).toContain('Grundschule Nord: Zeilen 4, 7 zusammengezählt.');
      expect(r.stdout).toContain('Status: planned → held');
      const listed = await run(['meetings', net.dir, '--format', 'json', '--today', '2026-12-08']);
      const fachtag = (JSON.parse(listed.stdout) as { meetings: { id: string; status: string; attendance: object }[] }).meetings.find(
        (m) => m.id === '2026-12-fachtag',
      )!;
      expect(fachtag.status).toBe('held');
      expect(fachtag.attendance).toEqual({ organisations: 3, persons: 6, guests: 4 });
      expect(readFileSync(join(net.dir, 'meetings.yaml'), 'utf8')).toContain(['  status: held', '  location: Stadthalle Kreislaufstadt'].join('\n'));
      expect(readFileSync(join(net.dir, 'meetings.yaml'), 'utf8')).toContain(
        // written like the neighbours: attendance items as `- {partner: …, persons: …}`
        [
          '  organizers: [jugendamt-kreislauf, beratung-kompass]',
          '  attendance:',
          '    - {partner: jugendamt-kreislauf, persons: 2}',
          '    - {partner: grundschule-nord, persons: 3}',
          '    - {partner: kita-sonne, persons: 1}',
          '  guests: 4',
          '  topics:',
        ].join('\n'),
      );
    } finally {
      net.remove();
    }
  });

  it('in English: the English template read back, English messages', async () => {
    const net = copyFixture();
    try {
      const template = await run(['sheet', '2026-12-fachtag', net.dir, '--format', 'csv', '--lang', 'en', '--out', 'list.csv', '--today', '2026-11-23'], {
        cwd: net.work,
      });
      expect(template.code, template.stderr).toBe(0);
      const filled = readFileSync(join(net.work, 'list.csv'), 'utf8').replace('kita-sonne;', 'kita-sonne;2').replace('Guests;;', 'Guests;;1');
      writeFileSync(join(net.work, 'list.csv'), filled);
      const r = await run(['attendance', '2026-12-fachtag', 'list.csv', net.dir, '--today', '2026-12-07', '--lang', 'en'], { cwd: net.work });
      expect(r.code, r.stderr).toBe(0);
      expect(r.stdout).toContain('Attendance of 2026-12-fachtag: 2 persons from 1 institution, 1 guest (5 institutions without a number: did not take part).');
      expect(r.stdout).toContain('+    - {partner: kita-sonne, persons: 2}');
      expect(r.stdout).toContain('+  guests: 1');
    } finally {
      net.remove();
    }
  });

  it('--dry-run shows the change and writes nothing', async () => {
    const net = copyFixture();
    try {
      writeFileSync(join(net.work, 'liste.csv'), csv('Kennung;Personen', 'kita-sonne;3'));
      const before = hashes(net.dir);
      const r = await run(['attendance', '2026-12-fachtag', 'liste.csv', net.dir, '--dry-run', '--today', '2026-12-08'], { cwd: net.work });
      expect(r.code, r.stderr).toBe(0);
      expect(r.stdout).toContain('+  status: held');
      expect(r.stdout).toContain('+    - {partner: kita-sonne, persons: 3}');
      expect(r.stdout).toContain('Nur angezeigt (--dry-run): Es wurde nichts geändert.');
      expect(hashes(net.dir)).toEqual(before);
    } finally {
      net.remove();
    }
  });
});

describe('attendance: what stops it (nothing written)', () => {
  it('lists every row it cannot take, with row and column and the suggestion; exit 1; every file byte for byte', async () => {
    const net = copyFixture();
    try {
      appendFileSync(join(net.dir, 'partners.yaml'), '\n- id: kita-sonne-zwei\n  name: Kita Sonne\n  sector: kita\n');
      writeFileSync(
        join(net.work, 'liste.csv'),
        csv(
          'Einrichtung;Kennung;Personen',
          'Grundschule Nrod;;2',
          ';kita-sone;1',
          'Grundschule Nord;polizei-kreislauf;1',
          'Polizeiwache Kreislaufstadt;;zwei',
          ';;5',
          'Kita Sonne;;1',
          'Stadt Kreislaufstadt – Jugendamt;jugendamt-kreislauf;2',
          'Gäste;;-1',
        ),
      );
      const before = hashes(net.dir);
      const r = await run(['attendance', '2026-03-netzwerktreffen', 'liste.csv', net.dir, '--today', '2026-11-23'], { cwd: net.work });
      expect(r.code).toBe(1);
      expect(r.stderr).toBe(
        [
          'liste.csv:2:1  Fehler   „Grundschule Nrod“ ist keine Einrichtung des Netzwerks. Meinten Sie „Grundschule Nord“?',
          'liste.csv:3:2  Fehler   Eine Einrichtung mit der Kennung „kita-sone“ gibt es nicht. Meinten Sie „kita-sonne“?',
          'liste.csv:4:2  Fehler   Kennung „polizei-kreislauf“ (Polizeiwache Kreislaufstadt) und Name „Grundschule Nord“ (Kennung grundschule-nord) passen nicht zusammen; welche Einrichtung ist gemeint?',
          'liste.csv:5:3  Fehler   „zwei“ ist keine Anzahl; bitte eine ganze Zahl eintragen (oder das Feld leer lassen).',
          'liste.csv:6:3  Fehler   Die Zahl „5“ steht ohne Einrichtung; bitte die Einrichtung eintragen (oder „Gäste“).',
          'liste.csv:7:1  Fehler   „Kita Sonne“ passt auf mehrere Einrichtungen (kita-sonne, kita-sonne-zwei); bitte die Kennung in die Spalte „Kennung“ eintragen.',
          'liste.csv:9:3  Fehler   „-1“ ist keine Anzahl; bitte eine ganze Zahl eintragen (oder das Feld leer lassen).',
          '',
          '✖ 7 Fehler.',
          'Es wurde nichts geändert. Bitte die genannten Zeilen der Liste berichtigen (die Schreibweise der Einrichtung oder ihre Kennung aus der Vorlage) und den Befehl noch einmal ausführen.',
          '',
        ].join('\n'),
      );
      expect(hashes(net.dir)).toEqual(before);
    } finally {
      net.remove();
    }
  });

  it('usage errors (exit 2, nothing written): a meeting still to come, a cancelled one, no header, no count column, the template not filled in, a missing file', async () => {
    const net = copyFixture();
    try {
      writeFileSync(join(net.work, 'ok.csv'), csv('Kennung;Personen', 'kita-sonne;3'));
      writeFileSync(join(net.work, 'kopf.csv'), csv('a;b', '1;2'));
      writeFileSync(join(net.work, 'ohne-zahl.csv'), csv('Einrichtung;Kennung', 'Kita Sonne;kita-sonne'));
      const template = await run(['sheet', '2026-12-fachtag', net.dir, '--format', 'csv', '--out', 'leer.csv', '--today', '2026-11-23'], { cwd: net.work });
      expect(template.code).toBe(0);
      const before = hashes(net.dir);
      const cases: [string[], string, RegExp][] = [
        [['2026-12-fachtag', 'ok.csv'], '2026-11-23', /„2026-12-fachtag“ ist erst am 07\.12\.2026 \(Stichtag 23\.11\.2026\)/],
        [['2026-12-abgesagt', 'ok.csv'], '2026-12-20', /ist abgesagt \(status: cancelled\); eine Teilnahme wird nicht eingetragen/],
        [['2026-12-fachtag', 'kopf.csv'], '2026-12-08', /In „kopf\.csv“ ist keine Spalte für die Einrichtung zu erkennen/],
        [['2026-12-fachtag', 'ohne-zahl.csv'], '2026-12-08', /In „ohne-zahl\.csv“ fehlt die Spalte mit der Zahl der Personen/],
        [['2026-12-fachtag', 'leer.csv'], '2026-12-08', /In „leer\.csv“ ist keine Zahl eingetragen/],
        [['2026-12-fachtag', 'gibt-es-nicht.csv'], '2026-12-08', /Die Datei „gibt-es-nicht\.csv“ wurde nicht gefunden/],
        [['2026-12-fachtg', 'ok.csv'], '2026-12-08', /Eine Veranstaltung „2026-12-fachtg“ gibt es nicht\. Meinten Sie „2026-12-fachtag“\?/],
      ];
      for (const [args, today, message] of cases) {
        const r = await run(['attendance', ...args, net.dir, '--today', today], { cwd: net.work });
        expect(r.code, args.join(' ')).toBe(2);
        expect(r.stderr).toMatch(message);
      }
      expect(hashes(net.dir)).toEqual(before);
    } finally {
      net.remove();
    }
  });
});
