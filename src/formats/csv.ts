// CSV that opens right in German Excel and LibreOffice, shared by every CSV output:
// `;` by default, UTF-8 with BOM, CRLF, and no cell a spreadsheet could run as a formula.
import { stringify } from 'csv-stringify/sync';

export { neutralise, phoneCell } from './csv-cells.js';

/** The records as CSV text; cells must already be neutralised. */
export function spreadsheetCsv(records: readonly (readonly string[])[], options: { delimiter?: string; bom?: boolean } = {}): string {
  const text = stringify(records as string[][], {
    delimiter: options.delimiter ?? ';',
    record_delimiter: '\r\n',
    // Line breaks inside a cell must be quoted whatever the record delimiter; older
    // csv-stringify versions only quoted the record delimiter itself.
    quoted_match: /[\r\n]/,
  });
  return ((options.bom ?? true) ? '\uFEFF' : '') + text;
}
