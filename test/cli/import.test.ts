// netzwerk import: a German Excel list (CSV in Windows-1252) becomes partners and contacts; what
// cannot be mapped is reported by row, duplicates are not added; netzwerk's own CSV export goes
// round into a new network. An XLSX written by openpyxl: test/system/import-xlsx.test.ts.
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { parse } from 'yaml';
import { afterEach, describe, expect, it } from 'vitest';
import { readCsv } from '../../src/load/table-file.js';
import { sectorFromName, sectorOf } from '../../src/products/editing/sectors.js';
import { copyNetwork, EXAMPLES, ROOT, run, tempDir } from '../support/helpers.js';

const TODAY = ['--today', '2026-11-23'];

let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

/** A new network from `init`, in a scratch folder. */
async function initNetwork(): Promise<{ root: string; dir: string }> {
  const tmp = tempDir();
  cleanup = tmp.remove;
  const dir = join(tmp.dir, 'netz');
  expect((await run(['init', dir, ...TODAY])).code).toBe(0);
  return { root: tmp.dir, dir };
}

const GERMAN_LIST = [
  'Partnerliste Netzwerk Kinderschutz (Stand Oktober);;;;;;;;;;',
  'Einrichtung;Bereich;Ansprechpartner/in;Funktion;E-Mail;Telefon;Mobil;Straße;PLZ;Ort;Bemerkung',
  'Kita Sonnenschein;Kita;Anna Müller;Leitung;a.mueller@kita-sonnenschein.example;01234 567-100;;Sonnenweg 3;2345;Musterstadt;',
  'Kita Sonnenschein;Kita;Bernd Schäfer;Stellv. Leitung;b.schaefer@kita-sonnenschein.example;01234 567-101;0151 1234567;;;;',
  'Grundschule am Park;Grundschule;Max Mustermann;Schulleitung;schulleitung@grundschule-am-park.example;;;;;;schon im Netzwerk',
  'Hort Regenbogen;Hort;Clara Probe;Leitung;c.probe@hort-regenbogen.example;;;;;;',
  'Polizeiwache Musterstadt;Polizei;Dieter Wächter;Opferschutz;d.waechter@polizei.example;Tel.: 01234 999-0;;;;;',
  'Kita Sonnenschein;Kindertagesstätte;Anna Mueller;Leitung;;;;;;;doppelt',
  ';;;;;;;;;;',
  'Erziehungsberatungsstelle Musterstadt;;Eva Rat;Beratung;e.rat@eb.example;kein Telefon;;;;;',
  'Jugendamt der Stadt Musterstadt;Jugendamt;Jörg Neu;ASD;j.neu@musterstadt.example;;;;;;',
];

describe('import of a German Excel list (CSV, Windows-1252)', () => {
  it('makes partners and contacts, reports what it could not map, adds no duplicates', async () => {
    const { root, dir } = await initNetwork();
    const file = join(root, 'liste.csv');
    writeFileSync(file, Buffer.from(`${GERMAN_LIST.join('\r\n')}\r\n`, 'latin1')); // ä ö ü ß are the same bytes in Windows-1252
    expect(readFileSync(file).includes(Buffer.from('ü', 'utf8'))).toBe(false);
    const r = await run(['import', file, dir, ...TODAY]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Gelesen: ');
    expect(r.stdout).toContain('(CSV, Windows-1252, Trennzeichen ;), 8 Zeilen mit Inhalt.');
    expect(r.stdout).toContain('Bemerkung → Bemerkung (nur auf InsoFa geprüft)');
    expect(r.stdout).toContain('Neu: 3 Partner mit 4 Kontaktpersonen; 1 weitere Kontaktperson bei');
    // Max Mustermann (row 5) is already in the network with the same data: counted, not listed.
    expect(r.stdout).toContain('Schon im Netzwerk und unverändert: 1 Zeile (alle zeigen: --verbose).');
    // The list says nothing about who may see the persons: they stay internal, and the summary says so.
    expect(r.stdout).toContain('Wer die neuen Personen erreicht: 5 Personen nur für die Koordinierungsstelle (internal)');
    expect(r.stdout).toContain('--visibility network --update');
    const notes = r.stdout.split('\n').filter((l) => l.startsWith('  Zeile '));
    expect(notes).toEqual([
      // the list names two samples of init: what goes there reaches no output, and the summary says so
      '  Zeile 5: „Grundschule am Park“ ist noch ein Beispiel von „netzwerk init“ (sample: true in partners.yaml): Der Partner und seine Personen erscheinen in keiner Ausgabe, bis dort die Beispielangaben ersetzt sind und die Zeile „sample: true“ gelöscht ist.',
      '  Zeile 6: Bereich „Hort“ ist nicht bekannt. „Hort Regenbogen“ wurde nicht übernommen; bitte den Bereich in der Tabelle ändern und noch einmal importieren.',
      '  Zeile 8: „Anna Mueller“ steht schon in Zeile 3 – nicht doppelt übernommen.',
      '  Zeile 10: „kein Telefon“ ist als Telefon nicht zu gebrauchen (Form prüfen) – weggelassen.',
      '  Zeile 11: „Jugendamt der Stadt Musterstadt“ ist noch ein Beispiel von „netzwerk init“ (sample: true in partners.yaml): Der Partner und seine Personen erscheinen in keiner Ausgabe, bis dort die Beispielangaben ersetzt sind und die Zeile „sample: true“ gelöscht ist.',
    ]);
    // No date of confirmation in the list: none is invented; the new persons count as never confirmed (at most three named, the rest counted).
    expect(r.stderr).toContain('wurden nie bestätigt');
    expect(r.stderr).toContain('… und 2 weitere Warnungen dieser Art');

    const partners = parse(readFileSync(join(dir, 'partners.yaml'), 'utf8')) as {
      id: string;
      name: string;
      sector: string;
      address?: unknown;
      contacts?: { name: string; email?: string; phone?: string; mobile?: string; visibility?: string; verified?: string }[];
    }[];
    const kita = partners.find((p) => p.id === 'kita-sonnenschein')!;
    expect(kita).toMatchObject({ name: 'Kita Sonnenschein', sector: 'kita', address: { street: 'Sonnenweg 3', postal_code: '02345', city: 'Musterstadt' } });
    expect(kita.contacts!.map((c) => [c.name, c.email, c.phone, c.mobile, c.visibility, c.verified])).toEqual([
      ['Anna Müller', 'a.mueller@kita-sonnenschein.example', '01234 567-100', undefined, undefined, undefined],
      ['Bernd Schäfer', 'b.schaefer@kita-sonnenschein.example', '01234 567-101', '0151 1234567', undefined, undefined],
    ]);
    expect(partners.find((p) => p.id === 'polizeiwache-musterstadt')!.contacts![0]!.phone).toBe('01234 999-0');
    // no sector column value: the sector from the name
    expect(partners.find((p) => p.name === 'Erziehungsberatungsstelle Musterstadt')!.sector).toBe('beratungsstelle');
    expect(partners.filter((p) => p.name === 'Grundschule am Park')).toHaveLength(1);
    expect(partners.find((p) => p.name === 'Grundschule am Park')!.contacts).toHaveLength(1);
    expect(partners.find((p) => p.id === 'jugendamt-musterstadt')!.contacts!.map((c) => c.name)).toEqual(['Erika Musterfrau', 'Jörg Neu']);
    expect(partners.some((p) => p.name === 'Hort Regenbogen')).toBe(false);
    expect(JSON.parse((await run(['validate', dir, ...TODAY, '--format', 'json'])).stdout).errors).toEqual([]);

    // The same list again: everything is there already, nothing is added twice.
    const again = await run(['import', file, dir, ...TODAY]);
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('Neu: 0 Partner mit 0 Kontaktpersonen; 0 weitere Kontaktpersonen');
    expect(again.stdout).toContain('Schon im Netzwerk und unverändert: 6 Zeilen');
    expect(again.stdout).toContain('Es gibt nichts zu ändern.');
  });

  it('--dry-run shows what it would add and writes nothing; a table without an institution column is refused (exit 2)', async () => {
    const { root, dir } = await initNetwork();
    const before = readFileSync(join(dir, 'partners.yaml'));
    writeFileSync(join(root, 'liste.csv'), `\uFEFF${GERMAN_LIST.slice(1).join('\n')}\n`);
    const r = await run(['import', join(root, 'liste.csv'), dir, '--dry-run', ...TODAY]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('(CSV, UTF-8, Trennzeichen ;)');
    expect(r.stdout).toContain('+- id: kita-sonnenschein');
    expect(r.stdout).toContain('Nur angezeigt (--dry-run): Es wurde nichts geändert.');
    expect(readFileSync(join(dir, 'partners.yaml'))).toEqual(before);
    writeFileSync(join(root, 'namen.csv'), 'Vorname,Nachname,Telefon\nAnna,Beispiel,0123\n');
    const bad = await run(['import', join(root, 'namen.csv'), dir, ...TODAY]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('keine Spalte für die Einrichtung');
    const missing = await run(['import', join(root, 'fehlt.xlsx'), dir, ...TODAY]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('wurde nicht gefunden');
  });

  it('reads , as separator, quoted cells with separators and line breaks, English headers, and a folder network (one file per partner)', async () => {
    const root = tempDir();
    cleanup = root.remove;
    // beside a copy of schemas/, so that the schema line of the new files resolves as in the example
    cpSync(join(ROOT, 'schemas'), join(root.dir, 'schemas'), { recursive: true });
    const tmp = { dir: join(root.dir, 'examples', 'kreis-wesel') };
    copyNetwork(join(EXAMPLES, 'kreis-wesel'), tmp.dir);
    writeFileSync(
      join(tmp.dir, 'list.csv'),
      'Institution,Sector,Name,E-mail,Municipalities\n"Kita ""Pusteblume"", Moers",kita,Lena Kurz,l.kurz@pusteblume.example,"Moers, Xanten"\nStadtbibliothek Wesel,,Tom Buch,t.buch@wesel.example,alle Kommunen\n',
    );
    const r = await run(['import', join(tmp.dir, 'list.csv'), tmp.dir, '--lang', 'en', ...TODAY]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('(CSV, UTF-8, separator ,)');
    expect(r.stdout).toContain('row 3: no sector is given for "Stadtbibliothek Wesel"');
    const created = readFileSync(join(tmp.dir, 'partners', 'kita-pusteblume-moers.yaml'), 'utf8');
    expect(created.split('\n')[0]).toBe('# yaml-language-server: $schema=../../../schemas/partners.schema.json');
    expect(parse(created)).toMatchObject({
      name: 'Kita "Pusteblume", Moers',
      sector: 'kita',
      municipalities: ['Moers', 'Xanten'],
      contacts: [{ name: 'Lena Kurz' }],
    });
  });
});

describe('export → import round trip', () => {
  it("the contacts of an example's internal CSV export arrive in a new network with the same names, e-mails, phones, functions and organisations", async () => {
    const { root, dir } = await initNetwork();
    const csv = join(root, 'kontakte.csv');
    const exported = await run(['contacts', join(EXAMPLES, 'kreis-kleve'), '--audience', 'internal', '--out', csv, ...TODAY]);
    expect(exported.code).toBe(0);
    const r = await run(['import', csv, dir, ...TODAY]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    // The municipalities of Kreis Kleve are not in the new network's region: reported, left out.
    expect(r.stdout).toContain('gehört nicht zur Region des Netzwerks');
    const back = join(root, 'zurueck.csv');
    expect((await run(['contacts', dir, '--audience', 'internal', '--out', back, ...TODAY])).code).toBe(0);
    const rows = (file: string) =>
      (parseCsv(readFileSync(file, 'utf8'), { bom: true, delimiter: ';', columns: true }) as Record<string, string>[])
        .filter((row) => !['Jugendamt der Stadt Musterstadt', 'Grundschule am Park'].includes(row['Einrichtung']!))
        .map((row) =>
          [row['Einrichtung'], row['Bereich'], row['Ansprechperson'], row['Funktion'], row['E-Mail'], row['Telefon'], row['Mobil'], row['InsoFa']].join(' | '),
        )
        .sort();
    const original = rows(csv);
    expect(original.length).toBeGreaterThan(20);
    expect(rows(back)).toEqual(original);
  });
});

describe('the table reader and the sector words', () => {
  it('finds the separator and the encoding', () => {
    expect(readCsv(Buffer.from('a;b\n1;2\n'), 'x.csv')).toMatchObject({
      delimiter: ';',
      encoding: 'UTF-8',
      rows: [
        ['a', 'b'],
        ['1', '2'],
      ],
    });
    expect(readCsv(Buffer.from('a,"b;c"\n'), 'x.csv')).toMatchObject({ delimiter: ',', rows: [['a', 'b;c']] });
    expect(readCsv(Buffer.from('a\tb\n'), 'x.csv').delimiter).toBe('\t');
    expect(readCsv(Buffer.from([0x53, 0x74, 0x72, 0x61, 0xdf, 0x65, 0x3b, 0x80]), 'x.csv')).toMatchObject({
      encoding: 'Windows-1252',
      rows: [['Straße', '€']],
    });
    expect(readCsv(Buffer.from('\uFEFFOrt;PLZ\r\n', 'utf8'), 'x.csv').rows).toEqual([['Ort', 'PLZ']]);
  });

  it('maps the words of the lists to sectors, and the names of institutions', () => {
    expect(['Kita', 'Kindertagesstätte', 'Kindertagesbetreuung', 'kita', 'Familienzentrum'].map(sectorOf)).toEqual(['kita', 'kita', 'kita', 'kita', 'kita']);
    expect(
      ['Grundschule', 'Gymnasium', 'Schule', 'Polizei', 'Jugendamt', 'Beratungsstelle', 'Frühe Hilfen', 'Sozialpädiatrie / Frühförderung', 'fruehe_hilfen'].map(
        sectorOf,
      ),
    ).toEqual(['schule', 'schule', 'schule', 'polizei', 'jugendamt', 'beratungsstelle', 'fruehe_hilfen', 'sozialpaediatrie', 'fruehe_hilfen']);
    expect(sectorOf('Hort')).toBeUndefined();
    expect(sectorFromName('Städtische Grundschule am Park')).toBe('schule');
    expect(sectorFromName('Kreispolizeibehörde Wesel')).toBe('polizei');
    expect(sectorFromName('Psychologische Beratungsstelle Ratingen')).toBe('beratungsstelle');
    expect(sectorFromName('Stadtbibliothek')).toBeUndefined();
  });
});
