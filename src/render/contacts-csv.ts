// Contact list as CSV for German Excel and LibreOffice: `;`, UTF-8 with BOM, CRLF, and no cell
// that a spreadsheet could run as a formula (OWASP "CSV injection").
import { stringify } from 'csv-stringify/sync';
import type { ContactRow } from '../contacts/select.js';
import { label, SECTOR_LABELS, VISIBILITY_LABELS } from '../i18n/labels.js';
import type { Lang } from '../i18n/lang.js';
import { formatDate } from '../model/dates.js';

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

/**
 * A cell a spreadsheet would read as a formula gets a leading apostrophe: one starting with
 * = + - @ (also their full-width forms, which some programs normalise), TAB, CR or LF, also
 * after leading spaces. A phone number `+49 …` thus stays visible text: `'+49 …`.
 */
export function neutralise(cell: string): string {
  return /^[\t\r\n]|^ *[=+\-@\uFF1D\uFF0B\uFF0D\uFF20]/.test(cell) ? `'${cell}` : cell;
}

/**
 * A phone number of digits only (`02541123456`) would become the number 2541123456 in a
 * spreadsheet, losing its leading zero: it gets the apostrophe too, so every phone stays text.
 */
export function phoneCell(phone: string): string {
  return /^\s*\d+([.,]\d+)?\s*$/.test(phone) ? `'${phone}` : neutralise(phone);
}

export function renderContactsCsv(rows: readonly ContactRow[], options: CsvOptions): string {
  const w = WORDS[options.lang];
  const records = rows.map((r) => [
    r.organisation,
    label(SECTOR_LABELS, r.sector, options.lang),
    r.municipalities ? r.municipalities.join(', ') : w.all,
    r.name,
    r.function ?? '',
    r.email ?? '',
    r.phone === undefined ? '' : phoneCell(oneLineBreakKind(r.phone)),
    r.insofa ? w.yes : w.no,
    label(VISIBILITY_LABELS, r.visibility, options.lang),
    r.verified === undefined ? '' : formatDate(r.verified, options.lang),
  ]);
  const cells = [HEADER[options.lang], ...records].map((record, i) =>
    i === 0 ? record : record.map((cell, column) => (column === 6 ? cell : neutralise(oneLineBreakKind(cell)))),
  );
  const text = stringify(cells, {
    delimiter: options.delimiter,
    record_delimiter: '\r\n',
    // Line breaks inside a cell must be quoted whatever the record delimiter; older
    // csv-stringify versions only quoted the record delimiter itself.
    quoted_match: /[\r\n]/,
  });
  return (options.bom ? '\uFEFF' : '') + text;
}

/** Line breaks inside a cell as LF, which both Excel and LibreOffice show as a break in the cell. */
const oneLineBreakKind = (text: string) => text.replace(/\r\n?/g, '\n');
