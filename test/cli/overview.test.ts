// netzwerk overview on the fictional networks of test/fixtures/overview (README there): the
// figures computed by hand from their YAML, the sources a user may give, what is not counted and
// why, the refusals, --reference, --group-by, --year, and no person in any output.
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { FIXTURES, STACK_TRACE, run, tempDir } from '../support/helpers.js';

const F = join(FIXTURES, 'overview');
const TODAY = ['--today', '2026-11-23'];
// The overview is walked as plain JSON.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = Record<string, any>;
/** Every person named in the fixtures' files (coordinators, contacts), including the v1 file made for the network. */
const PERSONS = ['Nora Nordlicht', 'Arne Ahlers', 'Ina Insofa', 'Sina Süd', 'Alma Alt', 'Frida Früh', 'nordlicht', 'ahlers', 'a.alt@'];

async function overview(...args: string[]): Promise<Json> {
  const r = await run(['overview', ...args, '--format', 'json', ...TODAY]);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout) as Json;
}
const ALL = [join(F, 'berichte'), join(F, 'netzwerke', 'fh-ahlheim'), '--reference', join(F, 'jugendaemter.csv')];
const row = (o: Json, id: string, counted = true) => o.networks.find((n: Json) => n.id === id && (n.left_out === null) === counted);

const scratch = tempDir('netzwerk-overview-');
afterAll(() => scratch.remove());

describe('overview of the fixture networks (2026)', () => {
  it('reads the files of a folder and a network folder; the period is the one most files have', async () => {
    const o = await overview(...ALL);
    expect(o.period).toEqual({ from: '2026-01-01', to: '2026-12-31', year: 2026 });
    expect(o.sources.map((s: Json) => [s.source.split(/[\\/]/).pop(), s.kind, s.format_version, s.left_out])).toEqual([
      ['altstadt-2026-v1.json', 'file', 1, null],
      ['fh-ahlheim-2026-v2.json', 'file', 2, null],
      ['nordkreis-2026.json', 'file', 3, null],
      ['suedstadt-2025.json', 'file', 3, 'other_period'],
      ['suedstadt-2026.json', 'file', 3, null],
      // the same network as the v2 file, for the same period: the first source counts
      ['fh-ahlheim', 'folder', 4, 'duplicate'],
    ]);
  });

  it('gives a network its figures, as its YAML says', async () => {
    const n = row(await overview(...ALL), 'nordkreis');
    expect(n).toMatchObject({
      name: 'Netzwerk Kinderschutz Nordkreis',
      kind: ['kinderschutz'],
      youth_offices: [
        { name: 'Kreisjugendamt Nordkreis', key: '05199' },
        { name: 'Stadt Ahlheim – Jugendamt', key: '05199004' },
      ],
      municipalities: 3,
      founded: '2024-01-15',
      coordinators: 2,
      coordination_fte: 0.75,
      active_partners: 5,
      // Jugendamt, InsoFa (Ahlheim), Schule (and so Geheimnisträger), Polizei, Familiengericht
      categories_covered: 6,
      categories_missing: ['traeger_8a', 'gesundheitsamt', 'staatsanwaltschaft', 'verfahrensbeistand', 'eingliederungshilfe', 'fruehe_hilfen'],
      // Netzwerktreffen, Fachtag, two kinds of body at the table, the InsoFa released to the network
      tasks: {
        abs2_nr1: 'kein_beleg',
        abs2_nr2: 'belegt',
        abs2_nr3: 'belegt',
        abs2_nr4: 'kein_beleg',
        abs3_nr1: 'belegt',
        abs3_nr2: 'kein_beleg',
        abs3_nr3: 'belegt',
      },
      tasks_evidenced: 4,
      network_meetings: { held: 2, target: 2 },
      qualification_offers: { held: 1, target: 1 },
      // 2 + 1 + 1, 2 + 1, 20 guests
      participants: 27,
      // the Kooperationsvereinbarung; the Verfahrensabsprache is still in signature
      agreements_in_force: 1,
      as_of: '2026-11-23',
    });
  });

  it('shows what an older format does not say as null', async () => {
    const o = await overview(...ALL);
    expect(row(o, 'altstadt')).toMatchObject({
      format_version: 1,
      kind: null,
      coordination_fte: null,
      tasks: null,
      tasks_evidenced: null,
      youth_offices: [{ name: 'Stadt Altstadt – Jugendamt', key: null }],
    });
    expect(row(o, 'fh-ahlheim')).toMatchObject({ format_version: 2, kind: null, coordination_fte: null, tasks_evidenced: 2 });
  });

  it('gives each youth office the categories covered in every one of its municipalities', async () => {
    const offices = (await overview(...ALL)).youth_offices.filter((y: Json) => y.network === 'nordkreis');
    expect(offices.map((y: Json) => [y.name, y.municipalities, y.categories_covered])).toEqual([
      // Bergdorf has the school, Celldorf not: Jugendamt, Polizei, Familiengericht in both
      ['Kreisjugendamt Nordkreis', ['Bergdorf', 'Celldorf'], 3],
      // Ahlheim: Jugendamt, its InsoFa, Polizei, Familiengericht
      ['Stadt Ahlheim – Jugendamt', ['Ahlheim'], 4],
    ]);
  });

  it('sums and shares over the networks counted only', async () => {
    const o = await overview(...ALL);
    // altstadt, fh-ahlheim (v2), nordkreis, suedstadt 2026: 4 + 2 + 5 + 4 partners, 5 + 2 + 27 + 5 participants
    expect(o.totals).toEqual({ networks: 4, youth_offices: 5, active_partners: 15, participants: 39, network_meetings: 5, qualification_offers: 1 });
    const cat = (id: string) => o.categories.find((c: Json) => c.id === id);
    expect(cat('jugendamt')).toEqual({ id: 'jugendamt', covered: 4, networks: 4, attended: 3, networks_with_attendance: 3 });
    // a secrecy holder in all four; attended in Nordkreis (the school) and Ahlheim (the midwife), not in Südstadt
    expect(cat('geheimnistraeger')).toEqual({ id: 'geheimnistraeger', covered: 4, networks: 4, attended: 2, networks_with_attendance: 3 });
    expect(o.tasks.find((t: Json) => t.id === 'abs2_nr2')).toEqual({ id: 'abs2_nr2', belegt: 3, networks: 3 });
  });

  it('finds the youth office in two networks (one report without keys: by its name) and those of the reference without a file', async () => {
    const o = await overview(...ALL);
    expect(o.shared_youth_offices).toEqual([{ name: 'Stadt Ahlheim – Jugendamt', key: '05199004', networks: ['fh-ahlheim', 'nordkreis'] }]);
    // "5599000" in the list lost its 0 in Excel: it is Südstadt's 05599000; Altstadt is matched by its name
    expect(o.without_file).toEqual([
      { name: 'Jugendamt Irgendwo', key: null },
      { name: 'Kreisjugendamt Ohnedatei', key: '05399' },
      { name: 'Stadt Fehlstadt – Jugendamt', key: '05999000' },
    ]);
  });

  it('names what it left out, older formats, files not made for the public, offices without a key', async () => {
    const codes = Object.fromEntries((await overview(...ALL)).notes.map((n: Json) => [n.code, n.about.map((a: string) => a.split(/[\\/]/).pop())]));
    expect(codes).toEqual({
      'other-period': ['suedstadt-2025.json'],
      duplicate: ['fh-ahlheim'],
      'older-format': ['altstadt-2026-v1.json', 'fh-ahlheim-2026-v2.json'],
      'not-public': ['altstadt-2026-v1.json'],
      'no-key': ['Stadt Ahlheim – Jugendamt', 'Stadt Altstadt – Jugendamt'],
      'reference-without-key': ['Jugendamt Irgendwo'],
    });
  });

  it('groups by Kreis and by Landesjugendamt from the keys', async () => {
    const kreis = await overview(...ALL, '--group-by', 'kreis');
    expect(kreis.groups.map((g: Json) => [g.id, g.name, g.networks])).toEqual([
      ['05199', '05199 Nordkreis', ['nordkreis']],
      ['05599', '05599 Stadt Südstadt', ['suedstadt']],
      ['region:Stadt Ahlheim', 'Stadt Ahlheim', ['fh-ahlheim']],
      ['region:Stadt Altstadt', 'Stadt Altstadt', ['altstadt']],
    ]);
    const lja = await overview(...ALL, '--group-by', 'landesjugendamt');
    // 051… Regierungsbezirk Düsseldorf: LVR; 055… Münster: LWL
    expect(Object.fromEntries(lja.groups.map((g: Json) => [g.id, g.networks]))).toEqual({
      lvr: ['nordkreis'],
      lwl: ['suedstadt'],
      unbekannt: ['fh-ahlheim', 'altstadt'],
    });
    const md = await run(['overview', ...ALL, '--group-by', 'landesjugendamt', '--format', 'md', ...TODAY]);
    expect(md.stdout).toContain('| LVR-Landesjugendamt Rheinland | 1 | 2 | 5 | 27 |');
  });

  it('with --year, reads the folders for that year and counts the files of that year only', async () => {
    const o = await overview(join(F, 'berichte'), join(F, 'netzwerke', 'nordkreis'), '--year', '2025');
    expect(o.period.year).toBe(2025);
    const counted = o.sources.filter((s: Json) => s.left_out === null).map((s: Json) => s.source.split(/[\\/]/).pop());
    expect(counted).toEqual(['suedstadt-2025.json', 'nordkreis']);
    // Nordkreis in 2025: no meeting held yet
    expect(row(o, 'nordkreis')).toMatchObject({ period: { from: '2025-01-01', to: '2025-12-31', year: 2025 }, participants: 0 });
  });

  it('takes a pattern, as Windows passes it on', async () => {
    const o = await overview(join(F, 'berichte', '*-2026*.JSON'));
    expect(o.sources.map((s: Json) => s.network_id)).toEqual(['altstadt', 'fh-ahlheim', 'nordkreis', 'suedstadt']);
  });
});

describe('overview: no person in any output', () => {
  it.each(['text', 'md', 'html', 'csv', 'json'])('%s', async (format) => {
    const r = await run(['overview', ...ALL, '--group-by', 'kreis', '--format', format, ...TODAY]);
    expect(r.code).toBe(0);
    for (const person of PERSONS) expect(r.stdout, person).not.toContain(person);
    // the v1 file was made for the network: it names Alma Alt, the overview does not read her
    expect(readFileSync(join(F, 'berichte', 'altstadt-2026-v1.json'), 'utf8')).toContain('Alma Alt');
  });
});

describe('overview: the table in the language asked', () => {
  it('heads the CSV columns in English with --lang en, in German without', async () => {
    const header = async (...lang: string[]) => (await run(['overview', ...ALL, '--format', 'csv', ...lang, ...TODAY])).stdout.split('\r\n')[0]!;
    const en = await header('--lang', 'en');
    expect(en).toContain('Network meetings (target)');
    expect(en).toContain('Qualification offers (target)');
    expect(en).not.toMatch(/Soll|Netzwerk|Jugendamt/);
    expect(await header()).toContain('Netzwerktreffen (Soll)');
  });
});

describe('overview: sources it cannot read', () => {
  it('names every bad file, then ends with exit 2 and writes nothing', async () => {
    const out = join(scratch.dir, 'nie.json');
    const r = await run(['overview', join(F, 'berichte'), join(F, 'abgelehnt'), '--out', out, ...TODAY]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/falsche-form\.json“: „partners\.active“ fehlt oder hat nicht die Form, die Format 3 des Berichts vorsieht/);
    expect(r.stderr).toMatch(/kaputt\.json“ ist keine gültige JSON-Datei \(Fehler in Zeile 4\)/);
    expect(r.stderr).toMatch(/kein-bericht\.json“ ist kein Bericht von netzwerk/);
    expect(r.stderr).toMatch(
      /neu-v5\.json“ ist im Format 5 geschrieben, von einer neueren Fassung von netzwerk; diese Fassung liest die Formate 1 bis 4\. Bitte netzwerk aktualisieren\./,
    );
    expect(r.stderr).toContain('netzwerk: 4 von 9 Quellen sind nicht lesbar (oben); es wurde nichts geschrieben.');
    expect(r.stderr).not.toMatch(STACK_TRACE);
    const en = await run(['overview', join(F, 'abgelehnt', 'neu-v5.json'), '--lang', 'en', ...TODAY]);
    expect(en.stderr).toMatch(/is written in format 5, by a newer version of netzwerk; this version reads formats 1 to 4\. Please update netzwerk\./);
  });

  it('shows a network folder with invalid data as validate does, its files named within it (exit 1)', async () => {
    const bad = join(scratch.dir, 'kaputtes-netz');
    mkdirSync(bad);
    for (const f of ['network.yaml', 'partners.yaml']) copyFileSync(join(F, 'netzwerke', 'suedstadt', f), join(bad, f));
    writeFileSync(join(bad, 'partners.yaml'), readFileSync(join(bad, 'partners.yaml'), 'utf8').replace('sector: gesundheitsamt', 'sector: gesundheitsamtt'));
    const r = await run(['overview', bad, join(F, 'berichte', 'nordkreis-2026.json'), ...TODAY]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/kaputtes-netz\/partners\.yaml:\d+:\d+ +Fehler +sector: „gesundheitsamtt“ ist kein Sektor – meinten Sie „gesundheitsamt“\?/);
    expect(r.stderr).toContain('1 von 2 Quellen ist nicht lesbar');
  });

  it('says so for a source that is not there, a folder without reports, a pattern matching nothing', async () => {
    const empty = join(scratch.dir, 'leer');
    mkdirSync(empty);
    for (const [source, message] of [
      [join(F, 'gibt-es-nicht'), /gibt es nicht: Bitte einen Netzwerk-Ordner, eine Berichtsdatei \(\.json\) oder einen Ordner mit Berichtsdateien angeben/],
      [empty, /ist weder ein Netzwerk-Ordner \(ohne network\.yaml\) noch enthält er Berichtsdateien/],
      [join(F, 'berichte', '*.xlsx'), /Zu „.*\*\.xlsx“ passt keine Datei\./],
    ] as const) {
      const r = await run(['overview', source, ...TODAY]);
      expect(r.code, source).toBe(2);
      expect(r.stderr, source).toMatch(message);
    }
  });

  it('never writes --out over a source', async () => {
    const copy = join(scratch.dir, 'quelle.json');
    copyFileSync(join(F, 'berichte', 'nordkreis-2026.json'), copy);
    const before = readFileSync(copy);
    const r = await run(['overview', copy, '--format', 'json', '--out', copy, ...TODAY]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/ist eine der gelesenen Quellen und wird nicht überschrieben/);
    expect(readFileSync(copy)).toEqual(before);
  });

  it('refuses a reference list without the columns it needs', async () => {
    const list = join(scratch.dir, 'liste.csv');
    writeFileSync(list, 'Ort;Telefon\nAhlheim;0123\n');
    const r = await run(['overview', join(F, 'berichte'), '--reference', list, ...TODAY]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/Die Spalten „Name“ und „Schlüssel“ .* wurden in den ersten zehn Zeilen nicht gefunden/);
  });
});

describe('overview: the same bytes for the same files and --today', () => {
  it.each(['text', 'html', 'csv', 'json'])('%s', async (format) => {
    const a = await run(['overview', ...ALL, '--group-by', 'kreis', '--format', format, ...TODAY]);
    const b = await run(['overview', ...ALL, '--group-by', 'kreis', '--format', format, ...TODAY], { env: { TZ: 'Pacific/Kiritimati' } });
    expect(a.stdout).toBe(b.stdout);
  });
});
