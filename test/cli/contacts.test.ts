// netzwerk contacts: who is on a list (privacy), and CSV, vCard and e-mail output checked with
// independent parsers (csv-parse, ical.js); the built program: test/system/time-zones.test.ts.
// Golden files: UPDATE_GOLDEN=1 npx vitest run test/cli/contacts.test.ts
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { EXAMPLES, expectGolden, FIXTURES, ROOT, copyExample, run, STACK_TRACE, tempDir } from '../support/helpers.js';

const CANARY = join(FIXTURES, 'contacts', 'canary');
const GOLDEN = join(ROOT, 'test', 'golden', 'contacts');
const TODAY = ['--today', '2026-11-23'];

const contacts = (...args: string[]) => run(['contacts', CANARY, ...TODAY, ...args]);

function csvRecords(text: string, delimiter = ';'): Record<string, string>[] {
  return parseCsv(text, { bom: true, delimiter, columns: true, relax_column_count: false }) as Record<string, string>[];
}

interface Card {
  get(name: string): string | null;
  all(name: string): unknown[];
  param(name: string, parameter: string): unknown;
}

function vcards(text: string): Card[] {
  if (text.trim() === '') return [];
  const parsed = ICAL.parse(text) as unknown[];
  const list = (typeof parsed[0] === 'string' ? [parsed] : parsed) as unknown[][];
  return list.map((jcard) => {
    const c = new ICAL.Component(jcard as never);
    return {
      get: (name) => c.getFirstPropertyValue(name) as string | null,
      all: (name) => c.getAllProperties(name).map((p) => p.getFirstValue()),
      param: (name, parameter) => c.getFirstProperty(name)?.getParameter(parameter),
    };
  });
}

// Every trace of a person that must never reach a wider list than its visibility allows.
const INTERNAL_TRACES = [
  'INTERN-Canary',
  'intern.canary@jugendamt.example',
  '0000 0001',
  '0000 7001',
  'Kora Koordina (intern)',
  'INTERN-DOPPEL-FUNKTION',
  '0000 1111',
  'Koordinator-Intern',
  'KOORD-INTERN-FUNKTION',
  '0000 9999',
  'doppel@beratung.example',
];
const NETWORK_TRACES = [
  'NETZ-Canary',
  'netz.canary@jugendamt.example',
  '0000 0002',
  '0000 7002',
  'Konrad Zweitkoordinator',
  'k.zweit@',
  'Ömer',
  'Ulla',
  '00000000123',
];
/** vCard lines are folded: a trace could straddle a fold, so search the unfolded text. */
const unfold = (text: string) => text.replace(/\r\n[ \t]/g, '');
const INACTIVE_TRACES = ['AUSGETRETEN', 'alt@ausgetreten.example', 'ZUKUNFT', 'zoe@zukunft.example'];

describe('who is on a list (privacy)', () => {
  for (const format of ['csv', 'vcf', 'emails'] as const) {
    it(`${format}: internal contacts never reach a network list`, async () => {
      const r = await contacts('--format', format, '--audience', 'network');
      expect(r.code).toBe(0);
      for (const trace of [...INTERNAL_TRACES, ...INACTIVE_TRACES]) expect(unfold(r.stdout), trace).not.toContain(trace);
      expect(r.stdout).toContain('netz.canary@jugendamt.example');
    });

    it(`${format}: internal and network contacts never reach a public list`, async () => {
      const r = await contacts('--format', format, '--audience', 'public');
      expect(r.code).toBe(0);
      for (const trace of [...INTERNAL_TRACES, ...NETWORK_TRACES, ...INACTIVE_TRACES]) expect(unfold(r.stdout), trace).not.toContain(trace);
      expect(r.stdout).toContain('publik.canary@jugendamt.example');
    });

    it(`${format}: the default audience is network`, async () => {
      const [byDefault, network] = [await contacts('--format', format), await contacts('--format', format, '--audience', 'network')];
      expect(byDefault.stdout).toBe(network.stdout);
    });

    it(`${format}: internal lists everyone of the active partners, but nobody of inactive ones`, async () => {
      const r = await contacts('--format', format, '--audience', 'internal');
      expect(r.stdout).toContain('intern.canary@jugendamt.example');
      for (const trace of INACTIVE_TRACES) expect(unfold(r.stdout), trace).not.toContain(trace);
    });
  }

  it('lists the public people, with visibility, in a public CSV', async () => {
    const rows = csvRecords((await contacts('--audience', 'public')).stdout);
    expect(rows.map((r) => [r['Einrichtung'], r['Ansprechperson'], r['Sichtbarkeit']])).toEqual([
      ['Ärztliche Beratungsstelle "Kompass"; Süd', 'Doppel Öffentlich', 'öffentlich'],
      ['Grundschule Aheim', 'anna von der Ahe', 'öffentlich'],
      ['Jugendamt Testkreis', 'Kora Koordina', 'öffentlich'],
      ['Jugendamt Testkreis', 'Paul PUBLIK-Canary', 'öffentlich'],
    ]);
  });

  it('shows a coordinator once, merged with the partner contact of the same e-mail (any case)', async () => {
    const network = csvRecords((await contacts()).stdout).filter((r) => r['Ansprechperson']!.startsWith('Kora'));
    expect(network).toEqual([
      expect.objectContaining({
        Ansprechperson: 'Kora Koordina',
        Funktion: 'Netzwerkkoordinatorin',
        'E-Mail': 'K.Koordina@jugendamt.example',
        Telefon: "'+49 0000 1000",
        InsoFa: 'nein',
        Sichtbarkeit: 'öffentlich',
        'Geprüft am': '10.01.2026',
      }),
    ]);
    // internal: both entries count; the row may travel only as far as its narrowest entry,
    // and it was checked as long ago as its oldest entry
    const internal = csvRecords((await contacts('--audience', 'internal')).stdout).filter((r) => r['Ansprechperson']!.startsWith('Kora'));
    expect(internal).toEqual([
      expect.objectContaining({
        Ansprechperson: 'Kora Koordina',
        Funktion: 'Netzwerkkoordinatorin',
        InsoFa: 'ja',
        Sichtbarkeit: 'intern',
        'Geprüft am': '01.12.2025',
      }),
    ]);
  });

  it('an internal coordinator entry adds nothing to the public contact it duplicates', async () => {
    const rows = csvRecords((await contacts('--audience', 'public')).stdout).filter((r) => r['Einrichtung']!.startsWith('Ärztliche'));
    expect(rows).toEqual([expect.objectContaining({ Ansprechperson: 'Doppel Öffentlich', 'E-Mail': 'DOPPEL@beratung.example', Telefon: '' })]);
  });
});

describe('filters', () => {
  const names = async (...args: string[]) => {
    const r = await contacts('--audience', 'internal', ...args);
    expect(r.stderr).not.toMatch(STACK_TRACE);
    return csvRecords(r.stdout).map((row) => row['Ansprechperson']);
  };

  it('--sector, repeated = either sector', async () => {
    expect(await names('--sector', 'schule')).toEqual(['anna von der Ahe', 'Ulla Übermorgen']);
    expect(await names('--sector', 'schule', '--sector', 'beratungsstelle')).toHaveLength(5);
  });

  it('--municipality: partners for that municipality and partners without municipalities', async () => {
    const aheim = await names('--municipality', 'Aheim');
    expect(aheim).toContain('Ulla Übermorgen');
    expect(aheim).toContain('Kora Koordina'); // the Jugendamt serves the whole region
    expect(aheim).not.toContain('Müller-Lüdenscheidt, Dr. Ömer'); // Böhlen only
    expect(await names('--municipality', 'Aheim', '--municipality', 'Böhlen')).toContain('Müller-Lüdenscheidt, Dr. Ömer');
  });

  it('--insofa: only insoweit erfahrene Fachkräfte', async () => {
    expect(await names('--insofa')).toEqual(['Kora Koordina', 'Paul PUBLIK-Canary']);
    expect(csvRecords((await contacts('--insofa')).stdout).map((r) => r['Ansprechperson'])).toEqual(['Paul PUBLIK-Canary']);
  });

  it('--meeting: contacts of the partners the meeting invites (sectors and partners together)', async () => {
    const ak = await names('--meeting', 'ak-schule');
    expect(new Set(ak)).toEqual(new Set(['anna von der Ahe', 'Ulla Übermorgen', 'Canary Koordinator-Intern', 'Müller-Lüdenscheidt, Dr. Ömer', 'Ohne Mail']));
    expect(await names('--meeting', 'treffen-alle')).toEqual(await names());
  });

  it('filters combine: sector AND municipality AND insofa', async () => {
    expect(await names('--sector', 'jugendamt', '--municipality', 'Zedorf', '--insofa')).toEqual(['Kora Koordina', 'Paul PUBLIK-Canary']);
    expect(await names('--sector', 'schule', '--municipality', 'Zedorf')).toEqual([]);
  });

  it('sorts by organisation, then name, umlaut- and case-insensitive', async () => {
    const rows = csvRecords((await contacts('--audience', 'internal')).stdout);
    expect(rows.map((r) => r['Einrichtung'])).toEqual([
      ...Array(3).fill('\'=HYPERLINK("http://evil.example";"klick")'),
      ...Array(3).fill('Ärztliche Beratungsstelle "Kompass"; Süd'),
      'Grundschule Aheim',
      'Grundschule Aheim',
      ...Array(5).fill('Jugendamt Testkreis'),
    ]);
    expect(rows.filter((r) => r['Einrichtung'] === 'Grundschule Aheim').map((r) => r['Ansprechperson'])).toEqual(['anna von der Ahe', 'Ulla Übermorgen']);
  });
});

describe('usage errors (exit 2, German message, suggestion)', () => {
  const cases: [string[], RegExp][] = [
    [['--sector', 'polzei'], /--sector: „polzei“ ist nicht möglich\. Meinten Sie „polizei“\?/],
    [['--municipality', 'Bohlen'], /--municipality: „Bohlen“ ist nicht möglich\. Meinten Sie „Böhlen“\?/],
    [['--meeting', 'ak-schul'], /--meeting: Eine Veranstaltung „ak-schul“ gibt es nicht\. Meinten Sie „ak-schule“\?/],
    [['--audience', 'öffentlich'], /--audience: „öffentlich“ ist nicht möglich; erlaubt sind: internal, network, public/],
    [['--format', 'xls'], /--format: „xls“ ist nicht möglich; erlaubt sind: csv, vcf, emails, xlsx/],
    [['--batch', '0', '--format', 'emails'], /--batch: „0“ ist keine Anzahl/],
    [['--batch', '50'], /--batch teilt nur E-Mail-Verteiler in Blöcke/],
    [['--delimiter', 'ab'], /--delimiter: „ab“ ist als Trennzeichen nicht möglich/],
  ];
  for (const [args, message] of cases) {
    it(args.join(' '), async () => {
      const r = await contacts(...args);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(message);
      expect(r.stdout).toBe('');
      expect(r.stderr).not.toMatch(STACK_TRACE);
    });
  }

  it('accepts a municipality written in other case', async () => {
    expect((await contacts('--municipality', 'böhlen')).code).toBe(0);
  });

  it('invalid data: exit 1, errors on stderr, nothing written', async () => {
    const tmp = copyExample('kreis-kleve');
    try {
      const file = join(tmp.dir, 'partners.yaml');
      writeFileSync(file, readFileSync(file, 'utf8').replace('sector: polizei', 'sector: polzei'));
      const out = join(tmp.dir, 'liste.csv');
      const r = await run(['contacts', tmp.dir, ...TODAY, '--out', out]);
      expect(r.code).toBe(1);
      expect(r.stderr).toContain('polzei');
      expect(existsSync(out)).toBe(false);
    } finally {
      tmp.remove();
    }
  });
});

describe('CSV for German Excel and LibreOffice', () => {
  it('is UTF-8 with BOM, CRLF, semicolons, German header', async () => {
    const { stdout } = await contacts();
    expect(stdout.startsWith('\uFEFFEinrichtung;Bereich;Zuständig für;Ansprechperson;Funktion;E-Mail;Telefon;Mobil;InsoFa;Sichtbarkeit;Geprüft am\r\n')).toBe(
      true,
    );
    expect(stdout.replace(/"[^"]*"/g, '')).not.toMatch(/[^\r]\n/); // outside quoted cells, every line ends in CRLF
  });

  it('reads back with umlauts, quotes, semicolons and line breaks intact', async () => {
    const rows = csvRecords((await contacts('--audience', 'internal')).stdout);
    const oemer = rows.find((r) => r['E-Mail'] === 'oemer@beratung.example')!;
    expect(oemer).toEqual({
      Einrichtung: 'Ärztliche Beratungsstelle "Kompass"; Süd',
      Bereich: 'Beratungsstelle',
      'Zuständig für': 'Böhlen',
      Ansprechperson: 'Müller-Lüdenscheidt, Dr. Ömer',
      Funktion: 'Psychologe\nund Familientherapeut',
      'E-Mail': 'oemer@beratung.example',
      Telefon: "'00000000123", // digits only: kept as text so the leading zeros survive
      Mobil: '',
      InsoFa: 'nein',
      Sichtbarkeit: 'Netzwerk',
      'Geprüft am': '01.01.2026',
    });
    const pub = csvRecords((await contacts('--audience', 'public')).stdout);
    expect(pub.find((r) => r['Ansprechperson'] === 'Doppel Öffentlich')!['Funktion']).toBe('Leitung; Beratung, "Kinderschutz"');
    expect(rows.find((r) => r['Ansprechperson'] === 'Ulla Übermorgen')!['Zuständig für']).toBe('Aheim');
    expect(rows.find((r) => r['Ansprechperson'] === 'Paul PUBLIK-Canary')!['Zuständig für']).toBe('ganze Region');
  });

  it('neutralises every cell a spreadsheet would run as a formula (OWASP), phone numbers included', async () => {
    const { stdout } = await contacts('--audience', 'internal');
    const cells = (parseCsv(stdout, { bom: true, delimiter: ';' }) as string[][]).flat();
    for (const cell of cells) expect(cell, JSON.stringify(cell)).not.toMatch(/^[=+\-@\t\r\n]/);
    const rows = csvRecords(stdout);
    const attack = rows.filter((r) => r['Einrichtung']!.includes('HYPERLINK'));
    expect(attack.map((r) => [r['Einrichtung'], r['Ansprechperson'], r['Funktion'], r['Telefon']])).toEqual([
      [`'=HYPERLINK("http://evil.example";"klick")`, "'\tTab Start", "'\n=cmd|' /C calc'!A0", ''],
      [`'=HYPERLINK("http://evil.example";"klick")`, "'=1+2", "'+SUM(A1:A2)", "'+49 0000 0004"],
      [`'=HYPERLINK("http://evil.example";"klick")`, "'@SUM(1,2)", "'-2+3", ''],
    ]);
    // a phone number with spaces and no sign is text anyway and stays as it is
    expect(rows.find((r) => r['Ansprechperson'] === 'Ohne Mail')!['Telefon']).toBe('0000 0005');
    expect(rows.find((r) => r['Ansprechperson'] === 'Nora NETZ-Canary')!['Mobil']).toBe('0000 7002');
  });

  it('--delimiter , and --no-bom for other tools', async () => {
    const { stdout } = await contacts('--delimiter', ',', '--no-bom');
    expect(stdout.startsWith('Einrichtung,Bereich,')).toBe(true);
    const rows = csvRecords(stdout, ',');
    expect(csvRecords((await contacts('--delimiter', 'tab')).stdout, '\t')).toHaveLength(rows.length);
    expect(rows.find((r) => r['Ansprechperson'] === 'Müller-Lüdenscheidt, Dr. Ömer')!['Einrichtung']).toBe('Ärztliche Beratungsstelle "Kompass"; Süd');
  });

  it('--lang en: English header and labels', async () => {
    const rows = csvRecords((await contacts('--lang', 'en', '--audience', 'public')).stdout);
    expect(rows[0]).toEqual({
      Institution: 'Ärztliche Beratungsstelle "Kompass"; Süd',
      Sector: 'Counselling service',
      Serves: 'Böhlen',
      'Contact person': 'Doppel Öffentlich',
      Function: 'Leitung; Beratung, "Kinderschutz"',
      'E-mail': 'DOPPEL@beratung.example',
      Phone: '',
      Mobile: '',
      InsoFa: 'no',
      Visibility: 'public',
      'Verified on': '2026-01-01',
    });
  });
});

describe('vCard 3.0', () => {
  it('one card per person, every field intact for ical.js', async () => {
    const r = await contacts('--format', 'vcf', '--audience', 'internal');
    const cards = vcards(r.stdout);
    expect(cards).toHaveLength(csvRecords((await contacts('--audience', 'internal')).stdout).length);
    const oemer = cards.find((c) => c.get('email') === 'oemer@beratung.example')!;
    expect(oemer.get('version')).toBe('3.0');
    expect(oemer.get('fn')).toBe('Müller-Lüdenscheidt, Dr. Ömer');
    expect(oemer.get('org')).toBe('Ärztliche Beratungsstelle "Kompass"; Süd');
    expect(oemer.get('title')).toBe('Psychologe\nund Familientherapeut');
    expect(oemer.get('tel')).toBe('00000000123');
    expect(oemer.get('note')).toBe('Bereich: Beratungsstelle');
    expect(oemer.get('categories')).toBe('Netzwerk Kinderschutz Testkreis');
    expect(oemer.param('email', 'type')).toEqual(['INTERNET', 'WORK']);
    expect(oemer.param('tel', 'type')).toEqual(['WORK', 'VOICE']);

    const paul = cards.find((c) => c.get('fn') === 'Paul PUBLIK-Canary')!;
    expect(paul.get('n')).toEqual(['PUBLIK-Canary', 'Paul', '', '', '']);
    expect(paul.get('tel')).toBe('+49 0000 0003');
    expect(paul.get('note')).toBe('Bereich: Jugendamt\nInsoweit erfahrene Fachkraft (InsoFa)');
    const kora = cards.find((c) => c.get('fn') === 'Kora Koordina')!;
    expect(kora.get('note')).toBe('Bereich: Jugendamt\nInsoweit erfahrene Fachkraft (InsoFa)\nNetzwerkkoordination');
    expect(cards.find((c) => c.get('fn') === 'anna von der Ahe')!.get('n')).toEqual(['von der Ahe', 'anna', '', '', '']);
    const doppel = vcards((await contacts('--format', 'vcf', '--audience', 'public')).stdout).find((c) => c.get('fn') === 'Doppel Öffentlich')!;
    expect(doppel.get('title')).toBe('Leitung; Beratung, "Kinderschutz"');
    expect(doppel.get('email')).toBe('DOPPEL@beratung.example');
    expect(doppel.get('tel')).toBeNull();
    // a mobile number is a second TEL, marked CELL
    const nora = cards.find((c) => c.get('fn') === 'Nora NETZ-Canary')!;
    expect(nora.all('tel')).toEqual(['0000 0002', '0000 7002']);
    expect(r.stdout).toContain('TEL;TYPE=WORK,CELL:0000 7002\r\n');
    const attack = cards.find((c) => c.get('email') === 'formel@angriff.example')!;
    expect([attack.get('fn'), attack.get('title'), attack.get('org')]).toEqual(['=1+2', '+SUM(A1:A2)', '=HYPERLINK("http://evil.example";"klick")']);
  });

  it('CRLF, no line longer than 75 octets, UTF-8 never split, stable UIDs', async () => {
    const a = (await contacts('--format', 'vcf', '--audience', 'internal')).stdout;
    expect(a.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const line of a.split('\r\n')) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
    expect(a).not.toContain('\uFFFD');
    const uids = vcards(a).map((c) => c.get('uid'));
    expect(new Set(uids).size).toBe(uids.length);
    for (const uid of uids) expect(uid).toMatch(/^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    // the same person keeps its UID in a narrower list
    const pub = vcards((await contacts('--format', 'vcf', '--audience', 'public')).stdout);
    for (const c of pub) expect(uids).toContain(c.get('uid'));
  });

  it('folds long lines with umlauts and reads them back whole', async () => {
    const tmp = tempDir();
    try {
      const dir = join(tmp.dir, 'netz');
      const { cpSync } = await import('node:fs');
      cpSync(CANARY, dir, { recursive: true });
      const long = 'Ärztliche Leitung für Kinderschutz, Frühe Hilfen; Fortbildung — üöäß '.repeat(4).trim();
      writeFileSync(join(dir, 'partners.yaml'), readFileSync(join(dir, 'partners.yaml'), 'utf8').replace('function: Schulsozialarbeit', `function: "${long}"`));
      const r = await run(['contacts', dir, ...TODAY, '--format', 'vcf']);
      expect(r.code).toBe(0);
      for (const line of r.stdout.split('\r\n')) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
      expect(
        vcards(r.stdout)
          .find((c) => c.get('fn') === 'Ulla Übermorgen')!
          .get('title'),
      ).toBe(long);
    } finally {
      tmp.remove();
    }
  });
});

describe('e-mail list for Outlook', () => {
  it('`; `-separated, names quoted where needed, people without e-mail left out (note on stderr)', async () => {
    const r = await contacts('--format', 'emails', '--audience', 'internal');
    expect(r.stdout).toBe(
      [
        '=1+2 <formel@angriff.example>',
        'Canary Koordinator-Intern <doppel@beratung.example>',
        '"Müller-Lüdenscheidt, Dr. Ömer" <oemer@beratung.example>',
        'anna von der Ahe <anna@schule-aheim.example>',
        'Ulla Übermorgen <ulla@schule-aheim.example>',
        'Ina INTERN-Canary <intern.canary@jugendamt.example>',
        'Konrad Zweitkoordinator <k.zweit@jugendamt.example>',
        'Kora Koordina <K.Koordina@jugendamt.example>',
        'Nora NETZ-Canary <netz.canary@jugendamt.example>',
        'Paul PUBLIK-Canary <publik.canary@jugendamt.example>',
      ].join('; ') + '\n',
    );
    expect(r.stderr).toContain('3 Personen ohne E-Mail-Adresse fehlen im Verteiler');
  });
});

describe('output', () => {
  it('--out picks the format from the extension and writes the file', async () => {
    const tmp = tempDir();
    try {
      for (const [file, start] of [
        ['liste.csv', '\uFEFFEinrichtung;'],
        ['karten.vcf', 'BEGIN:VCARD\r\n'],
        ['verteiler.txt', '=1+2 <formel@angriff.example>; Doppel'],
      ] as const) {
        const r = await contacts('--out', join(tmp.dir, file));
        expect(r.code).toBe(0);
        expect(r.stdout).toBe('');
        expect(readFileSync(join(tmp.dir, file), 'utf8').startsWith(start)).toBe(true);
      }
    } finally {
      tmp.remove();
    }
  });

  it('an empty selection gives the header only, and says so on stderr', async () => {
    const r = await contacts('--sector', 'polizei');
    expect(r.code).toBe(0);
    expect(r.stdout.split('\r\n')).toHaveLength(2);
    expect(r.stderr).toContain('Keine Kontakte');
  });

  it('works for every example network', async () => {
    for (const name of ['kreis-kleve', 'kreis-wesel', 'ratingen', 'siegen-wittgenstein', 'herne']) {
      if (!existsSync(join(EXAMPLES, name, 'network.yaml'))) continue;
      for (const format of ['csv', 'vcf', 'emails']) {
        const r = await run(['contacts', join(EXAMPLES, name), ...TODAY, '--format', format]);
        expect(r.code, `${name} ${format}: ${r.stderr}`).toBe(0);
      }
    }
  });
});

describe('golden files (byte for byte; UPDATE_GOLDEN=1 to regenerate)', () => {
  const cases: [string, string, string[]][] = [
    ['canary-internal.csv', CANARY, ['--audience', 'internal']],
    ['canary-public.csv', CANARY, ['--audience', 'public']],
    ['canary-internal.vcf', CANARY, ['--audience', 'internal', '--format', 'vcf']],
    ['canary-network.txt', CANARY, ['--format', 'emails']],
    ['kreis-kleve-network.csv', join(EXAMPLES, 'kreis-kleve'), []],
    ['kreis-kleve-public.vcf', join(EXAMPLES, 'kreis-kleve'), ['--audience', 'public', '--format', 'vcf']],
    ['kreis-kleve-insofa-en.csv', join(EXAMPLES, 'kreis-kleve'), ['--insofa', '--lang', 'en']],
  ];
  for (const [file, dir, args] of cases) {
    it(file, async () => {
      const r = await run(['contacts', dir, ...TODAY, ...args]);
      expect(r.code).toBe(0);
      expectGolden(join(GOLDEN, file), r.stdout);
    });
  }
});
