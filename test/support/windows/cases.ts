// The Windows tier's table: each row one command line, run once by Windows's Node.js under Wine on
// the drive P: and once by Linux's on a Linux folder of the same name (test/windows/commands.test.ts),
// each in a folder of its own with a copy of its network. A new command is a new row.
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { EXAMPLES, FIXTURES } from '../helpers.js';

/** Networks a row can start from, copied under names with a space and an umlaut as coordinators name folders. */
const NETWORKS = {
  'Kreis Wesel': join(EXAMPLES, 'kreis-wesel'),
  'Stadt Herne': join(EXAMPLES, 'herne'),
  'Kreis Kleve': join(EXAMPLES, 'kreis-kleve'),
  Beispielstadt: join(FIXTURES, 'privacy', 'beispielstadt'),
  'Treffen Übersicht': join(FIXTURES, 'meetings', 'cycle'),
  /** Saved by Windows editors: CRLF, network.yaml with a UTF-8 BOM. */
  'Aus dem Editor': join(FIXTURES, 'valid', 'bom-crlf'),
} as const;

export interface WindowsCase {
  name: string;
  /** The network the row's folder gets, under this name (none: the command makes one). */
  network?: keyof typeof NETWORKS;
  /** The command line; `at(rel)` is a path in the row's folder as the user types it on that system. */
  args: (at: (rel?: string) => string) => string[];
  /** Files the row needs beside the network (lists to import), by their name in the row's folder. */
  files?: Record<string, () => Buffer | Promise<Buffer>>;
  env?: Record<string, string>;
  /** Where in the row's folder the network is copied (default: its name). */
  place?: string;
  /** Changes the row's copy of the network (the same on both sides) before the command runs. */
  change?: (network: string) => void;
  /** The exit code both runs must give (default 0). */
  code?: number;
}

/** Windows-1252 ("ANSI" in Notepad): Latin-1, and in 0x80–0x9F typographic marks such as „ “ – €. */
const CP1252: Record<string, number> = { '€': 0x80, '„': 0x84, '“': 0x93, '”': 0x94, '–': 0x96, '—': 0x97 };
const cp1252 = (text: string): Buffer => Buffer.from([...text].map((c) => CP1252[c] ?? (c.charCodeAt(0) < 0x100 ? c.charCodeAt(0) : 0x3f)));

/** A list as a coordinator saves it in Notepad: Windows-1252 with CRLF, „ “ – as the bytes 0x84 0x93 0x96. */
const NOTEPAD_CSV = (): Buffer =>
  cp1252(
    [
      'Einrichtung;Bereich;Ansprechpartner/in;Funktion;E-Mail;Telefon',
      'Kita „Sonnenschein“;Kita;Anna Müller;Leitung – Kita;a.mueller@kita-sonnenschein.example;01234 567-100',
      'Polizeiwache Hünxe;Polizei;Dieter Wächter;Opferschutz;d.waechter@polizei.example;01234 999-0',
      '',
    ].join('\r\n'),
  );

/** UTF-16 little-endian with its byte order mark: Notepad's "Unicode", Excel's "Unicode-Text". */
const utf16 = (text: string): Buffer => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);

/** Excel's "Unicode-Text (*.txt)": UTF-16 with tabs and CRLF. */
const UNICODE_TEXT = (): Buffer =>
  utf16(['Einrichtung\tBereich\tAnsprechpartner/in\tE-Mail', 'Familienzentrum „Löwenzahn“\tKita\tJörg Probe\tj.probe@loewenzahn.example', ''].join('\r\n'));

/** The same list as an Excel workbook, written by exceljs (not by netzwerk). */
async function excelList(): Promise<Buffer> {
  const { default: ExcelJS } = await import('exceljs');
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('Partner');
  sheet.addRows([
    ['Einrichtung', 'Bereich', 'Ansprechpartner/in', 'Funktion', 'E-Mail', 'Telefon'],
    ['Kita „Sonnenschein“', 'Kita', 'Anna Müller', 'Leitung – Kita', 'a.mueller@kita-sonnenschein.example', '01234 567-100'],
    ['Polizeiwache Hünxe', 'Polizei', 'Dieter Wächter', 'Opferschutz', 'd.waechter@polizei.example', '01234 999-0'],
  ]);
  return Buffer.from(await book.xlsx.writeBuffer());
}

/** A typed-up sign-in list (test/fixtures/meetings/lists), as bytes. */
const signInList = (): Buffer => readFileSync(join(FIXTURES, 'meetings', 'lists', 'fachtag-ausgefuellt.csv'));

const TODAY = ['--today', '2026-11-23'];

/** Folders in folders as a Kreisverwaltung's share grows them: with the drive's part, over 300 characters. */
const DEEP = [
  'Jugendamt – Allgemeiner Sozialer Dienst und Frühe Hilfen',
  'Koordinierungsstelle Netzwerk Kinderschutz nach § 9 LKiSchG NRW',
  'Arbeitsunterlagen der Koordination für die Jahre 2026 bis 2028',
  'Netzwerkdateien (bitte nicht umbenennen oder verschieben)',
  'Kreis Wesel',
].join('/');

/**
 * Every command on main, its outputs in every format a Windows user writes with --out, the PDFs
 * too (typeset by Typst's Windows addon: runWindows gives it, setup.ts fetches it).
 */
export const WINDOWS_CASES: WindowsCase[] = [
  { name: 'init', args: (at) => ['init', at('Neues Netzwerk Hünxe'), ...TODAY] },
  { name: 'validate', network: 'Kreis Wesel', args: (at) => ['validate', at('Kreis Wesel'), ...TODAY] },
  { name: 'validate-json-en', network: 'Beispielstadt', args: (at) => ['validate', at('Beispielstadt'), '--format', 'json', '--lang', 'en', ...TODAY] },
  { name: 'report-text', network: 'Kreis Wesel', args: (at) => ['report', at('Kreis Wesel'), '--out', at('Bericht 2026.txt'), ...TODAY] },
  { name: 'report-md', network: 'Stadt Herne', args: (at) => ['report', at('Stadt Herne'), '--out', at('Bericht.md'), ...TODAY] },
  { name: 'report-html', network: 'Kreis Wesel', args: (at) => ['report', at('Kreis Wesel'), '--out', at('Bericht für den Ausschuss.html'), ...TODAY] },
  { name: 'report-pdf', network: 'Kreis Wesel', args: (at) => ['report', at('Kreis Wesel'), '--out', at('Bericht für den Ausschuss.pdf'), ...TODAY] },
  {
    name: 'report-pdf-internal',
    network: 'Stadt Herne',
    args: (at) => ['report', at('Stadt Herne'), '--audience', 'internal', '--out', at('Bericht intern.pdf'), ...TODAY],
  },
  { name: 'report-json', network: 'Kreis Kleve', args: (at) => ['report', at('Kreis Kleve'), '--format', 'json', '--out', at('bericht.json'), ...TODAY] },
  { name: 'report-stdout', network: 'Stadt Herne', args: (at) => ['report', at('Stadt Herne'), '--compare', 'previous', ...TODAY] },
  {
    name: 'contacts-csv',
    network: 'Kreis Wesel',
    args: (at) => ['contacts', at('Kreis Wesel'), '--out', at('Kontakte Schulen.csv'), '--sector', 'schule', ...TODAY],
  },
  { name: 'contacts-xlsx', network: 'Kreis Wesel', args: (at) => ['contacts', at('Kreis Wesel'), '--out', at('Kontakte.xlsx'), ...TODAY] },
  { name: 'contacts-vcf', network: 'Stadt Herne', args: (at) => ['contacts', at('Stadt Herne'), '--format', 'vcf', '--out', at('Kontakte.vcf'), ...TODAY] },
  { name: 'calendar', network: 'Kreis Wesel', args: (at) => ['calendar', at('Kreis Wesel'), '--out', at('Termine.ics'), '--alarm', '1d', ...TODAY] },
  {
    name: 'directory-html',
    network: 'Kreis Wesel',
    args: (at) => ['directory', at('Kreis Wesel'), '--audience', 'public', '--out', at('Wegweiser.html'), ...TODAY],
  },
  {
    name: 'directory-pdf-languages',
    network: 'Kreis Kleve',
    args: (at) => [
      'directory',
      at('Kreis Kleve'),
      '--audience',
      'public',
      '--lang',
      'de,ar',
      '--format',
      'pdf',
      '--out',
      at('Wegweiser zum Drucken'),
      ...TODAY,
    ],
  },
  { name: 'directory-pdf', network: 'Stadt Herne', args: (at) => ['directory', at('Stadt Herne'), '--out', at('Partnerverzeichnis.pdf'), ...TODAY] },
  { name: 'directory-xlsx', network: 'Stadt Herne', args: (at) => ['directory', at('Stadt Herne'), '--out', at('Verzeichnis.xlsx'), ...TODAY] },
  { name: 'meetings', network: 'Stadt Herne', args: (at) => ['meetings', at('Stadt Herne'), ...TODAY] },
  {
    name: 'invite',
    network: 'Kreis Wesel',
    args: (at) => ['invite', '2026-12-netzwerktreffen', at('Kreis Wesel'), '--out-dir', at('Einladung Dezember'), ...TODAY],
  },
  {
    name: 'sheet-html',
    network: 'Stadt Herne',
    args: (at) => ['sheet', '2026-12-netzwerktreffen', at('Stadt Herne'), '--out', at('Teilnahmeliste.html'), ...TODAY],
  },
  {
    name: 'sheet-pdf',
    network: 'Stadt Herne',
    args: (at) => ['sheet', '2026-12-netzwerktreffen', at('Stadt Herne'), '--out', at('Teilnahmeliste.pdf'), ...TODAY],
  },
  {
    name: 'sheet-csv',
    network: 'Stadt Herne',
    args: (at) => ['sheet', '2026-12-netzwerktreffen', at('Stadt Herne'), '--out', at('Liste zum Abtippen.csv'), ...TODAY],
  },
  {
    name: 'attendance',
    network: 'Treffen Übersicht',
    files: { 'Liste Fachtag.csv': signInList },
    args: (at) => ['attendance', '2026-12-fachtag', at('Liste Fachtag.csv'), at('Treffen Übersicht'), '--today', '2026-12-08'],
  },
  {
    name: 'add-partner',
    network: 'Kreis Wesel',
    args: (at) => ['add', 'partner', at('Kreis Wesel'), '--name', 'Familienzentrum Löwenzahn', '--sector', 'kita', '--municipality', 'Hünxe', ...TODAY],
  },
  {
    name: 'add-contact',
    network: 'Beispielstadt',
    args: (at) => [
      'add',
      'contact',
      at('Beispielstadt'),
      '--partner',
      'jugendamt-beispielstadt',
      '--name',
      'Clara Probe',
      '--email',
      'c.probe@beispielstadt.example',
      ...TODAY,
    ],
  },
  { name: 'verified', network: 'Beispielstadt', args: (at) => ['verified', 'Carla Aktuell', at('Beispielstadt'), ...TODAY] },
  {
    name: 'set',
    network: 'Beispielstadt',
    args: (at) => ['set', 'Carla Aktuell', 'visibility=network', 'function=Leitung der Beratungsstelle', at('Beispielstadt'), ...TODAY],
  },
  { name: 'docs', args: () => ['docs', 'import'] },
  {
    name: 'import-csv',
    network: 'Stadt Herne',
    files: { 'Liste aus dem Editor.csv': NOTEPAD_CSV },
    args: (at) => ['import', at('Liste aus dem Editor.csv'), at('Stadt Herne'), ...TODAY],
  },
  {
    name: 'import-xlsx-dry-run',
    network: 'Stadt Herne',
    files: { 'Partnerliste.xlsx': excelList },
    args: (at) => ['import', at('Partnerliste.xlsx'), at('Stadt Herne'), '--dry-run', ...TODAY],
  },
  {
    name: 'import-xlsx',
    network: 'Stadt Herne',
    files: { 'Partnerliste.xlsx': excelList },
    args: (at) => ['import', at('Partnerliste.xlsx'), at('Stadt Herne'), ...TODAY],
  },
  { name: 'person', network: 'Beispielstadt', args: (at) => ['person', 'Anna Müller', at('Beispielstadt'), ...TODAY] },
  {
    name: 'person-letter',
    network: 'Beispielstadt',
    args: (at) => ['person', 'Anna Müller', at('Beispielstadt'), '--out', at('Auskunft Müller.html'), ...TODAY],
  },
  {
    name: 'person-letter-pdf',
    network: 'Beispielstadt',
    args: (at) => ['person', 'Anna Müller', at('Beispielstadt'), '--out', at('Auskunft Müller.pdf'), ...TODAY],
  },
  { name: 'review', network: 'Beispielstadt', args: (at) => ['review', at('Beispielstadt'), ...TODAY] },
  { name: 'review-csv', network: 'Beispielstadt', args: (at) => ['review', at('Beispielstadt'), '--format', 'csv', '--out', at('Überprüfung.csv'), ...TODAY] },
  // files saved by Windows editors: CRLF, a UTF-8 BOM, UTF-16 (Notepad's "Unicode")
  { name: 'editor-crlf-bom-validate', network: 'Aus dem Editor', args: (at) => ['validate', at('Aus dem Editor'), ...TODAY] },
  {
    name: 'editor-crlf-bom-add',
    network: 'Aus dem Editor',
    args: (at) => ['add', 'contact', at('Aus dem Editor'), '--partner', 'jugendamt-musterkreis', '--name', 'Jörg Probe', '--phone', '01234 567-1', ...TODAY],
  },
  {
    name: 'editor-utf16',
    network: 'Aus dem Editor',
    change: (network) => writeFileSync(join(network, 'partners.yaml'), utf16(readFileSync(join(network, 'partners.yaml'), 'utf8'))),
    args: (at) => ['validate', at('Aus dem Editor'), ...TODAY],
    code: 1,
  },
  {
    name: 'import-unicode-text',
    network: 'Stadt Herne',
    files: { 'Liste.txt': UNICODE_TEXT },
    args: (at) => ['import', at('Liste.txt'), at('Stadt Herne'), ...TODAY],
  },
  // a network folder deeper than Windows' old limit of 260 characters (Node.js uses \\?\ paths)
  { name: 'long-path-validate', network: 'Kreis Wesel', place: DEEP, args: (at) => ['validate', at(DEEP), ...TODAY] },
  { name: 'long-path-report', network: 'Kreis Wesel', place: DEEP, args: (at) => ['report', at(DEEP), '--out', at(`${DEEP}/../Bericht.html`), ...TODAY] },
  {
    name: 'long-path-add',
    network: 'Kreis Wesel',
    place: DEEP,
    args: (at) => ['add', 'partner', at(DEEP), '--name', 'Familienzentrum Löwenzahn', '--sector', 'kita', ...TODAY],
  },
  {
    name: 'errors-en',
    code: 2,
    network: 'Kreis Wesel',
    args: (at) => ['contacts', at('Kreis Wesel'), '--out', at('fehlt/kontakte.csv'), '--lang', 'en', ...TODAY],
  },
];

/** The row's folder: its network copied, its files written (the same bytes on both sides). */
export async function prepareCase(row: WindowsCase, folders: string[]): Promise<void> {
  for (const [name, make] of Object.entries(row.files ?? {})) {
    const bytes = await make();
    for (const folder of folders) {
      mkdirSync(folder, { recursive: true });
      writeFileSync(join(folder, name), bytes);
    }
  }
  for (const folder of folders) {
    mkdirSync(folder, { recursive: true });
    const place = join(folder, ...(row.place ?? row.network ?? '').split('/'));
    if (row.network) cpSync(NETWORKS[row.network], place, { recursive: true });
    if (row.network && row.change) row.change(place);
  }
}
