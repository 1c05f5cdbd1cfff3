// The overview as CSV for German Excel and LibreOffice: the shared table (table.ts) with the CSV
// conventions of formats/csv.ts (`;`, UTF-8 with BOM, CRLF, no cell a spreadsheet could run as a
// formula). Numbers as digits (a staff share with the decimal comma in German), dates as written.
import { neutralise, spreadsheetCsv } from '../../../formats/csv.js';
import { formatShare } from '../../../i18n/format.js';
import type { Lang } from '../../../i18n/lang.js';
import { dateText, overviewTable } from '../table.js';
import type { Overview } from '../types.js';

export function renderOverviewCsv(overview: Overview, options: { lang: Lang }): string {
  const { columns, rows } = overviewTable(overview, options.lang);
  const cell = (value: string | number | undefined, i: number) => {
    if (value === undefined) return '';
    const kind = columns[i]!.kind;
    if (kind === 'number') return Number.isInteger(value) ? String(value) : formatShare(Number(value), options.lang);
    return neutralise(kind === 'date' ? dateText(String(value), options.lang) : String(value));
  };
  return spreadsheetCsv([columns.map((c) => neutralise(c.header)), ...rows.map((row) => row.map(cell))]);
}
