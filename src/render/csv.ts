// CSV that opens right in German Excel and LibreOffice, shared by every CSV output:
// `;` by default, UTF-8 with BOM, CRLF, and no cell a spreadsheet could run as a formula.
import { stringify } from 'csv-stringify/sync';

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

/** The records as CSV text; cells must already be neutralised. */
export function spreadsheetCsv(records: readonly (readonly string[])[], options: { delimiter?: string; bom?: boolean } = {}): string {
  const text = stringify(records as string[][], {
    delimiter: options.delimiter ?? ';',
    record_delimiter: '\r\n',
    // Line breaks inside a cell must be quoted whatever the record delimiter; older
    // csv-stringify versions only quoted the record delimiter itself.
    quoted_match: /[\r\n]/,
  });
  return (options.bom ?? true ? '\uFEFF' : '') + text;
}
