// `netzwerk directory`: the rules of the Wegweiser on a fixture network (InsoFa, events,
// coordination, notes), CSV read back by csv-parse, options and errors, golden files for one
// example per format. Every example at both audiences in every format, read back by openpyxl and
// python-jsonschema: test/system/directory-formats.test.ts.
// Golden files: UPDATE_GOLDEN=1 npx vitest run test/cli/directory.test.ts
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { EXAMPLES, expectGolden, FIXTURES, ROOT, run, tempDir } from '../support/helpers.js';

const TODAY = '2026-11-23';
const GOLDEN = join(ROOT, 'test', 'golden', 'directory');
const TESTKREIS = join(FIXTURES, 'directory', 'testkreis');
const AUDIENCES = ['network', 'public'] as const;

interface Entry {
  id: string;
  name: string;
  address: { street: string | null; postal_code: string | null; city: string | null } | null;
  insofa: 'persons' | 'institution' | null;
  contacts: { name: string; insofa: boolean; coordinator: boolean }[];
}
interface DirectoryJson {
  audience: string;
  entries: Entry[];
  insofa: string[];
  coordination: { contacts: { name: string; partner: string }[]; offices: string[] };
  events: { id: string; status: string }[];
}

async function directory(dir: string, ...args: string[]) {
  const r = await run(['directory', dir, '--today', TODAY, ...args]);
  expect(r.code, r.stderr).toBe(0);
  return r;
}

async function json(dir: string, ...args: string[]): Promise<DirectoryJson> {
  return JSON.parse((await directory(dir, '--format', 'json', ...args)).stdout) as DirectoryJson;
}

const csvRows = (text: string): string[][] => parseCsv(text, { delimiter: ';', bom: true, relax_column_count: false }) as string[][];

describe('directory: the rules, on a fixture network', () => {
  it('lists every active partner, also without any contact person; not those who left or join later', async () => {
    for (const audience of AUDIENCES) {
      const j = await json(TESTKREIS, '--audience', audience);
      expect(j.entries.map((e) => e.id)).toEqual(['beratung-sued', 'familienhilfe-nord', 'jugendamt', 'kinderhaus-west', 'polizeiwache', 'schule-am-teich']);
      expect(j.entries.find((e) => e.id === 'beratung-sued')!.contacts).toEqual([]);
      const rows = csvRows((await directory(TESTKREIS, '--audience', audience, '--format', 'csv')).stdout);
      expect(rows).toHaveLength(7);
      expect(
        rows
          .find((r) => r[0] === 'Beratung <Süd> & "Co"')!
          .slice(11)
          .every((c) => c === ''),
      ).toBe(true);
    }
  });

  it('public: only public persons; an InsoFa released to the network only appears as the institution, an internal one not at all', async () => {
    const r = await directory(TESTKREIS, '--audience', 'public', '--format', 'json');
    for (const name of ['INTERN', 'NETZ']) expect(r.stdout).not.toContain(name);
    const j = JSON.parse(r.stdout) as DirectoryJson;
    const byId = (id: string) => j.entries.find((e) => e.id === id)!;
    expect(byId('jugendamt').contacts.map((c) => c.name)).toEqual(['Pia PUBLIK-Canary']);
    expect(byId('jugendamt').insofa).toBe('persons');
    expect(byId('familienhilfe-nord')).toMatchObject({ insofa: 'institution', contacts: [] });
    expect(byId('kinderhaus-west').insofa).toBeNull();
    expect(j.insofa).toEqual(['familienhilfe-nord', 'jugendamt']);
    const html = (await directory(TESTKREIS, '--audience', 'public')).stdout;
    const card = /<li class="card" id="insofa-familienhilfe-nord"[\s\S]*?<\/li>/.exec(html)![0];
    expect(card).toContain('Die insoweit erfahrenen Fachkräfte erreichen Sie über die Einrichtung.');
    expect(card).toContain('<a href="tel:00003000" dir="ltr">0000 3000</a>');
    expect(html).not.toContain('id="insofa-kinderhaus-west"');
  });

  it('network: the persons released to the network, with InsoFa marked; still never an internal one', async () => {
    const r = await directory(TESTKREIS, '--format', 'json');
    expect(r.stdout).not.toContain('INTERN');
    const j = JSON.parse(r.stdout) as DirectoryJson;
    expect(j.audience).toBe('network');
    const byId = (id: string) => j.entries.find((e) => e.id === id)!;
    expect(byId('jugendamt').contacts.map((c) => [c.name, c.insofa, c.coordinator])).toEqual([
      ['Kai NETZ-Koordinator', false, true],
      ['Nico NETZ-Canary', false, false],
      ['Pia PUBLIK-Canary', true, false],
    ]);
    expect(byId('familienhilfe-nord')).toMatchObject({ insofa: 'persons', contacts: [{ name: 'Nele NETZ-InsoFa', insofa: true }] });
    expect(byId('kinderhaus-west').insofa).toBeNull();
    expect(j.coordination).toEqual({ contacts: [expect.objectContaining({ name: 'Kai NETZ-Koordinator', partner: 'jugendamt' })], offices: [] });
    const html = (await directory(TESTKREIS)).stdout;
    expect(html).toMatch(
      /<span class="person-name">Pia PUBLIK-Canary<\/span><span class="badge">InsoFa<span class="visually-hidden"> \(insoweit erfahrene Fachkraft\)<\/span><\/span>/,
    );
  });

  it('the coordination: its public persons, or else the youth offices, with a note', async () => {
    const r = await directory(TESTKREIS, '--audience', 'public', '--format', 'json');
    expect((JSON.parse(r.stdout) as DirectoryJson).coordination).toEqual({ contacts: [], offices: ['jugendamt'] });
    expect(r.stderr).toContain('Hinweis: Keine Person der Koordinierungsstelle ist für --audience public freigegeben');
    const kleve = await json(join(EXAMPLES, 'kreis-kleve'), '--audience', 'public');
    expect(kleve.coordination.contacts.map((c) => c.name)).toEqual(['Miriam Tebest', 'Lukas Verhülsdonk', 'Sebastian Kleinhans', 'Mehmet Yılmaz']);
  });

  it('events: public meetings from today on, cancelled ones marked; never internal, past or a case conference', async () => {
    for (const audience of AUDIENCES) {
      const j = await json(TESTKREIS, '--audience', audience);
      expect(j.events.map((m) => [m.id, m.status])).toEqual([
        ['2026-12-infoabend', 'planned'],
        ['2027-01-fachtag', 'cancelled'],
        ['2027-02-tage', 'planned'],
      ]);
    }
    const html = (await directory(TESTKREIS, '--audience', 'public')).stdout;
    expect(html).toContain('<time datetime="2026-12-10T18:00:00">Donnerstag, 10. Dezember 2026, 18:00–20:00 Uhr</time>');
    expect(html).toContain('<span class="cancelled">Abgesagt:</span> <time datetime="2027-01-15">Freitag, 15. Januar 2027</time>');
    expect(html).toContain('Montag, 1. Februar 2027 – Dienstag, 2. Februar 2027');
    for (const hidden of ['Fallkonferenz Dezember', 'Internes Netzwerktreffen', 'Vergangener Infoabend']) expect(html).not.toContain(hidden);
    const en = (await directory(TESTKREIS, '--audience', 'public', '--lang', 'en')).stdout;
    expect(en).toContain('Thursday, 10 December 2026, 18:00–20:00');
    expect(en).toContain('<span class="cancelled">Cancelled:</span>');
  });

  it('says on stderr what the files lack: addresses for letters, a way to reach an institution', async () => {
    const r = await directory(TESTKREIS, '--format', 'csv');
    expect(r.stderr).toBe(
      'Hinweis: 5 von 6 Einrichtungen ohne vollständige Anschrift (Straße, PLZ, Ort) – für Briefe per Post bitte in partners ergänzen (address): Beratung <Süd> & "Co", Familienhilfe Nord, Kinderhaus West, Polizeiwache Testkreis, Schule am Teich\n' +
        'Hinweis: Bei 1 Einrichtung nennt das Verzeichnis keinen Weg, sie zu erreichen (keine Anschrift, kein Telefon, keine E-Mail, keine Internetseite und keine Ansprechperson, die dieser Leserkreis sehen darf); dort steht ein Verweis auf die Koordinierungsstelle: Schule am Teich\n',
    );
    const html = (await directory(TESTKREIS)).stdout;
    const card = /<li class="entry" id="p-schule-am-teich"[\s\S]*?<\/li>/.exec(html)![0];
    expect(card).toContain('<a href="#koordination">Kontakt über die Koordinierungsstelle (siehe unten).</a>');
    const en = await directory(TESTKREIS, '--format', 'csv', '--lang', 'en');
    expect(en.stderr).toContain('Note: 5 of 6 institutions without a complete address');
  });

  it('CSV for the mail merge: German Excel conventions, address in three columns, persons in numbered groups', async () => {
    const text = (await directory(TESTKREIS, '--format', 'csv')).stdout;
    expect(text.startsWith('\uFEFF')).toBe(true);
    expect(text.split('\r\n').length).toBe(8);
    const rows = csvRows(text);
    expect(rows[0]).toEqual([
      'Einrichtung', 'Bereich', 'Thema', 'Zuständig für', 'Straße', 'PLZ', 'Ort', 'Telefon', 'E-Mail', 'Internet', 'InsoFa-Beratung',
      'Ansprechperson 1', 'Funktion 1', 'E-Mail 1', 'Telefon 1', 'InsoFa 1',
      'Ansprechperson 2', 'Funktion 2', 'E-Mail 2', 'Telefon 2', 'InsoFa 2',
      'Ansprechperson 3', 'Funktion 3', 'E-Mail 3', 'Telefon 3', 'InsoFa 3',
    ]); // prettier-ignore
    const amt = rows.find((r) => r[0] === 'Jugendamt Testkreis')!;
    expect(amt.slice(0, 11)).toEqual([
      'Jugendamt Testkreis',
      'Jugendamt',
      'Jugendamt',
      'ganze Region (Testkreis)',
      'Amtsweg 1',
      '00001',
      'Aheim',
      '0000 1000',
      'jugendamt@testkreis.example',
      'https://www.jugendamt-testkreis.example',
      'ja, mit Ansprechperson',
    ]);
    // A phone starting with + would be a formula in a spreadsheet: kept as text.
    expect(amt.slice(21)).toEqual(['Pia PUBLIK-Canary', 'Insoweit erfahrene Fachkraft', 'pia@jugendamt-testkreis.example', "'+49 0000 1003", 'ja']);
    expect(rows.find((r) => r[0] === 'Familienhilfe Nord')!.slice(10, 12)).toEqual(['ja, mit Ansprechperson', 'Nele NETZ-InsoFa']);
    const pub = csvRows((await directory(TESTKREIS, '--format', 'csv', '--audience', 'public')).stdout);
    expect(pub[0]).toHaveLength(16);
    expect(pub.find((r) => r[0] === 'Familienhilfe Nord')!.slice(1, 12)).toEqual([
      'Hilfen für Kinder, Jugendliche und Familien',
      'Beratung und Hilfe für Familien',
      'Zedorf',
      '',
      '',
      '',
      '0000 3000',
      '',
      '',
      'ja, über die Einrichtung',
      '',
    ]);
    const en = csvRows((await directory(TESTKREIS, '--format', 'csv', '--lang', 'en')).stdout);
    expect(en[0]!.slice(0, 7)).toEqual(['Institution', 'Sector', 'Topic', 'Serves', 'Street', 'Postal code', 'City']);
  });

  it('HTML: names with <, & and quotes escaped; the filter hidden until the script shows it; a CSP that allows exactly the page’s style and script', async () => {
    const html = (await directory(TESTKREIS, '--audience', 'public')).stdout;
    expect(html).toContain('Beratung &lt;Süd&gt; &amp; &quot;Co&quot;');
    expect(html).toContain('Infoabend &lt;Kinderschutz&gt; &amp; Familie');
    expect(html).not.toMatch(/<Süd>|<Kinderschutz>/);
    expect(html).toMatch(/<form id="filter" class="filter" role="search" aria-label="Auswahl" hidden>/);
    expect(html).toContain('<option value="sankt-oed">Sankt Öd</option>');
    expect(html).toContain('<li class="entry" id="p-schule-am-teich" data-m="aheim sankt-oed" data-t="schule" data-l="" data-a="">');
    expect(html).toContain('<li class="entry" id="p-jugendamt" data-m="*" data-t="jugendamt" data-l="" data-a="">');
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)![1]!;
    expect(csp).toMatch(
      /^default-src 'none'; style-src 'sha256-[A-Za-z0-9+/=]+'; script-src 'sha256-[A-Za-z0-9+/=]+'; connect-src 'self'; base-uri 'none'; form-action 'none'$/,
    );
    expect((html.match(/<script>/g) ?? []).length).toBe(1);
    expect(html).not.toMatch(/<script[^>]*\bsrc=|<link\b|<img\b|<iframe\b|@import|url\(/i);
    // Only links a reader follows: in-page anchors, tel:, mailto: and the partners' web sites.
    for (const m of html.matchAll(/\bhref="([^"]*)"/g)) expect(m[1]).toMatch(/^(#|tel:|mailto:|https?:\/\/)/);
    expect(html).toContain('<a href="tel:+4900001003" dir="ltr">+49 0000 1003</a>');
    expect(html).toContain('<p class="emergency"><strong>In akuter Gefahr:</strong> Polizei <a href="tel:110">110</a>');
    expect((await directory(TESTKREIS, '--lang', 'en')).stdout).toMatch(/^<!DOCTYPE html>\n<html lang="en">/);
  });

  it('HTML of a city of one municipality: nothing to choose by municipality, the theme filter stays', async () => {
    const html = (await directory(join(EXAMPLES, 'herne'), '--audience', 'public')).stdout;
    expect(html).not.toContain('id="filter-m"');
    expect(html).not.toContain('id="kommunen"');
    expect(html).not.toContain('href="#kommune-');
    expect(html).toContain('<select id="filter-t">');
  });

  it('the same files and --today give the same bytes (xlsx too)', async () => {
    const tmp = tempDir();
    try {
      for (const name of ['a.xlsx', 'b.xlsx']) expect((await run(['directory', TESTKREIS, '--today', TODAY, '--out', name], { cwd: tmp.dir })).code).toBe(0);
      expect(readFileSync(join(tmp.dir, 'a.xlsx'))).toEqual(readFileSync(join(tmp.dir, 'b.xlsx')));
      expect((await directory(TESTKREIS)).stdout).toBe((await directory(TESTKREIS)).stdout);
    } finally {
      tmp.remove();
    }
  });
});

describe('directory: options and errors', () => {
  it('the format follows the ending of --out; html without one', async () => {
    const tmp = tempDir();
    try {
      for (const [file, start] of [
        ['v.csv', '\uFEFFEinrichtung;'],
        ['v.json', '{\n  "version": 1,'],
        ['v.html', '<!DOCTYPE html>'],
      ] as const) {
        expect((await run(['directory', TESTKREIS, '--today', TODAY, '--out', file], { cwd: tmp.dir })).code).toBe(0);
        expect(readFileSync(join(tmp.dir, file), 'utf8').startsWith(start), file).toBe(true);
      }
      expect((await directory(TESTKREIS)).stdout.startsWith('<!DOCTYPE html>')).toBe(true);
    } finally {
      tmp.remove();
    }
  });

  it('--audience internal is a usage error: the directory is for the partners or the public', async () => {
    const r = await run(['directory', TESTKREIS, '--audience', 'internal', '--today', TODAY]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('network, public');
  });

  it('an ending it cannot write, Excel to a terminal, invalid data: nothing written', async () => {
    const tmp = tempDir();
    try {
      const docx = await run(['directory', TESTKREIS, '--today', TODAY, '--out', 'verzeichnis.docx'], { cwd: tmp.dir });
      expect(docx.code).toBe(2);
      expect(docx.stderr).toContain('.docx');
      const tty = await run(['directory', TESTKREIS, '--today', TODAY, '--format', 'xlsx'], { tty: true });
      expect(tty.code).toBe(2);
      expect(tty.stdout).toBe('');
      const bad = await run(['directory', join(FIXTURES, 'bad', 'unknown-sector'), '--today', TODAY, '--out', 'verzeichnis.csv'], { cwd: tmp.dir });
      expect(bad.code).toBe(1);
      expect(readdirSync(tmp.dir)).toEqual([]);
      expect(existsSync(join(tmp.dir, 'verzeichnis.csv'))).toBe(false);
    } finally {
      tmp.remove();
    }
  });
});

describe('directory: golden files', () => {
  it('kreis-kleve public HTML (the Wegweiser)', async () => {
    expectGolden(join(GOLDEN, 'kreis-kleve-public.html'), (await directory(join(EXAMPLES, 'kreis-kleve'), '--audience', 'public')).stdout);
  });
  it('kreis-kleve network CSV', async () => {
    expectGolden(join(GOLDEN, 'kreis-kleve-network.csv'), (await directory(join(EXAMPLES, 'kreis-kleve'), '--format', 'csv')).stdout);
  });
  it('siegen-wittgenstein public JSON in English', async () => {
    expectGolden(
      join(GOLDEN, 'siegen-wittgenstein-public-en.json'),
      (await directory(join(EXAMPLES, 'siegen-wittgenstein'), '--audience', 'public', '--format', 'json', '--lang', 'en')).stdout,
    );
  });
});
