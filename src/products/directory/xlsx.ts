// The directory as an Excel workbook: the same table as the CSV (directory-table.ts) through the
// generic sheet writer (xlsx.ts); every cell is text, so phone numbers and postal codes keep
// their leading zero and nothing becomes a formula.
import type { Directory } from './build-directory.js';
import { DIRECTORY_TABLE_WORDS, DIRECTORY_WORDS } from './words.js';
import type { Lang } from '../../i18n/lang.js';
import { formatDate } from '../../i18n/format.js';
import { directoryTable, type DirectoryCellKind } from './table.js';
import { renderXlsx, type XlsxColumn } from '../../formats/xlsx.js';

const WIDTH: Record<DirectoryCellKind, number> = { name: 44, text: 26, short: 9, phone: 18, email: 32, url: 34 };

export function renderDirectoryXlsx(directory: Directory, options: { lang: Lang }): Promise<Uint8Array> {
  const { lang } = options;
  const table = directoryTable(directory, lang);
  const words = DIRECTORY_WORDS[lang];
  const sheet = DIRECTORY_TABLE_WORDS[lang];
  const columns: XlsxColumn<string[]>[] = table.header.map((header, i) => ({ header, width: WIDTH[table.kinds[i]!], kind: 'text', value: (row) => row[i] }));
  const title = `${words.title[directory.audience]} – ${directory.network.name} (${words.asOf} ${formatDate(directory.today, lang)})`;
  // The sheet named after what it is: "Partnerverzeichnis" or "Wegweiser Kinderschutz".
  return renderXlsx({ name: words.title[directory.audience], columns, rows: table.rows }, { date: directory.today, dateFormat: sheet.dateFormat, title });
}
