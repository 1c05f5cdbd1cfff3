// The directory as an Excel workbook: the same table as the CSV (directory-table.ts) through the
// generic sheet writer (xlsx.ts); every cell is text, so phone numbers and postal codes keep
// their leading zero and nothing becomes a formula.
import type { Directory } from './build-directory.js';
import { DIRECTORY_TABLE_WORDS, directoryWords } from './words.js';
import type { PageLocale } from './page-locale.js';
import { directoryTable, type DirectoryCellKind } from './table.js';
import { renderXlsx, type XlsxColumn } from '../../formats/xlsx.js';

const WIDTH: Record<DirectoryCellKind, number> = { name: 44, text: 26, short: 9, phone: 18, email: 32, url: 34 };

export function renderDirectoryXlsx(directory: Directory, options: { locale: PageLocale }): Promise<Uint8Array> {
  const loc = options.locale;
  const table = directoryTable(directory, loc);
  const words = directoryWords(loc.t, loc.lang);
  const sheet = DIRECTORY_TABLE_WORDS[loc.lang];
  const columns: XlsxColumn<string[]>[] = table.header.map((header, i) => ({ header, width: WIDTH[table.kinds[i]!], kind: 'text', value: (row) => row[i] }));
  const title = `${words.title[directory.audience]} – ${directory.network.name} (${words.asOf} ${loc.date(directory.today)})`;
  // The sheet named after what it is: "Partnerverzeichnis" or "Wegweiser Kinderschutz".
  return renderXlsx({ name: words.title[directory.audience], columns, rows: table.rows }, { date: directory.today, dateFormat: sheet.dateFormat, title });
}
