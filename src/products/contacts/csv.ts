// Contact list as CSV for German Excel and LibreOffice: `;`, UTF-8 with BOM, CRLF, and no cell
// that a spreadsheet could run as a formula (OWASP "CSV injection").
import type { ContactRow } from '../../model/contact-rows.js';
import { label, SECTOR_LABELS, VISIBILITY_LABELS } from '../../i18n/labels.js';
import type { Lang } from '../../i18n/lang.js';
import { CONTACTS_WORDS } from './words.js';
import { formatDate } from '../../i18n/format.js';
import { neutralise, phoneCell, spreadsheetCsv } from '../../formats/csv.js';

export interface CsvOptions {
  lang: Lang;
  delimiter: string;
  bom: boolean;
}

export function renderContactsCsv(rows: readonly ContactRow[], options: CsvOptions): string {
  const w = CONTACTS_WORDS[options.lang];
  const records = rows.map((r) => [
    text(r.organisation),
    text(label(SECTOR_LABELS, r.sector, options.lang)),
    text(r.municipalities ? r.municipalities.join(', ') : w.all),
    text(r.name),
    text(r.function ?? ''),
    text(r.email ?? ''),
    r.phone === undefined ? '' : phoneCell(oneLineBreakKind(r.phone)),
    r.mobile === undefined ? '' : phoneCell(oneLineBreakKind(r.mobile)),
    r.insofa ? w.yes : w.no,
    text(label(VISIBILITY_LABELS, r.visibility, options.lang)),
    r.verified === undefined ? '' : formatDate(r.verified, options.lang),
  ]);
  return spreadsheetCsv([w.header, ...records], options);
}

/** Line breaks inside a cell as LF, which both Excel and LibreOffice show as a break in the cell. */
const oneLineBreakKind = (text: string) => text.replace(/\r\n?/g, '\n');

const text = (cell: string) => neutralise(oneLineBreakKind(cell));
