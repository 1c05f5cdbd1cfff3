// Contact list as CSV for German Excel and LibreOffice: `;`, UTF-8 with BOM, CRLF, and no cell
// that a spreadsheet could run as a formula (OWASP "CSV injection").
import type { ContactRow } from '../contacts/select.js';
import { label, SECTOR_LABELS, VISIBILITY_LABELS } from '../i18n/labels.js';
import type { Lang } from '../i18n/lang.js';
import { formatDate } from '../model/dates.js';
import { neutralise, phoneCell, spreadsheetCsv } from './csv.js';

export interface CsvOptions {
  lang: Lang;
  delimiter: string;
  bom: boolean;
}

const HEADER: Record<Lang, string[]> = {
  de: ['Organisation', 'Sektor', 'Kommunen', 'Name', 'Funktion', 'E-Mail', 'Telefon', 'InsoFa', 'Sichtbarkeit', 'Geprüft am'],
  en: ['Organisation', 'Sector', 'Municipalities', 'Name', 'Function', 'E-mail', 'Phone', 'InsoFa', 'Visibility', 'Verified on'],
};

const WORDS = {
  de: { yes: 'ja', no: 'nein', all: 'alle Kommunen' },
  en: { yes: 'yes', no: 'no', all: 'all municipalities' },
} as const;

export function renderContactsCsv(rows: readonly ContactRow[], options: CsvOptions): string {
  const w = WORDS[options.lang];
  const records = rows.map((r) => [
    text(r.organisation),
    text(label(SECTOR_LABELS, r.sector, options.lang)),
    text(r.municipalities ? r.municipalities.join(', ') : w.all),
    text(r.name),
    text(r.function ?? ''),
    text(r.email ?? ''),
    r.phone === undefined ? '' : phoneCell(oneLineBreakKind(r.phone)),
    r.insofa ? w.yes : w.no,
    text(label(VISIBILITY_LABELS, r.visibility, options.lang)),
    r.verified === undefined ? '' : formatDate(r.verified, options.lang),
  ]);
  return spreadsheetCsv([HEADER[options.lang], ...records], options);
}

/** Line breaks inside a cell as LF, which both Excel and LibreOffice show as a break in the cell. */
const oneLineBreakKind = (text: string) => text.replace(/\r\n?/g, '\n');

const text = (cell: string) => neutralise(oneLineBreakKind(cell));
