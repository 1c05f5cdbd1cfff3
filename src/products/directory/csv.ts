// The directory as CSV for German Excel, LibreOffice and Word's mail merge (Serienbrief): the
// shared table (directory-table.ts) with the CSV conventions of formats/csv.ts (`;`, UTF-8 with
// BOM, CRLF, no cell a spreadsheet could run as a formula, phone numbers kept as text).
import type { Directory } from './build-directory.js';
import type { PageLocale } from './page-locale.js';
import { neutralise, phoneCell, spreadsheetCsv } from '../../formats/csv.js';
import { directoryTable } from './table.js';

export function renderDirectoryCsv(directory: Directory, options: { locale: PageLocale }): string {
  const table = directoryTable(directory, options.locale);
  const cell = (text: string, i: number) => (text === '' ? '' : table.kinds[i] === 'phone' ? phoneCell(oneLine(text)) : neutralise(oneLine(text)));
  return spreadsheetCsv([table.header.map(neutralise), ...table.rows.map((r) => r.map(cell))]);
}

/** Line breaks inside a cell as LF, which Excel and LibreOffice show as a break in the cell. */
const oneLine = (text: string) => text.replace(/\r\n?/g, '\n');
