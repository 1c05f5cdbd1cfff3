// Sheets of rows as an Excel workbook (.xlsx): the generic writer behind every table that goes
// to Excel (the contact list, the directory, the overview). Column definitions say what a cell is: text
// stays text (phone numbers keep their leading zero and "+", nothing becomes a formula), dates
// are real dates with a date format, numbers are numbers. The header row is bold and frozen and
// carries an autofilter that Excel and LibreOffice both show; columns have widths; printed, a
// sheet is A4 landscape, as wide as the page, with the header row on every page. exceljs is
// loaded only here, only when a workbook is asked for. The bytes are reproducible: the workbook's
// dates come from --today and the zip entries' times are fixed, so the same data give the same
// file in any time zone.
import type { IsoDate } from '../model/types.js';

type XlsxCellKind = 'text' | 'date' | 'number';

export interface XlsxColumn<R> {
  header: string;
  /** Width in characters. */
  width: number;
  kind: XlsxCellKind;
  /** The cell's value: text, a date `YYYY-MM-DD` (kind date), a number; undefined = empty. */
  value: (row: R) => string | number | undefined;
}

export interface XlsxSheet<R> {
  /** The sheet's tab (at most 31 characters; `[]:*?/\` are replaced). */
  name: string;
  columns: readonly XlsxColumn<R>[];
  rows: readonly R[];
}

export interface XlsxOptions {
  /** The day the workbook is dated (created, modified): --today, for reproducible bytes. */
  date: IsoDate;
  /** Excel's number format for dates, e.g. `DD.MM.YYYY`. */
  dateFormat: string;
  title?: string;
}

export function renderXlsx<R>(sheet: XlsxSheet<R>, options: XlsxOptions): Promise<Uint8Array> {
  return renderXlsxSheets([sheet], options);
}

/** Several sheets in one workbook, in this order (the overview: its table, the categories, the notes). */
export async function renderXlsxSheets<R>(sheets: readonly XlsxSheet<R>[], options: XlsxOptions): Promise<Uint8Array> {
  const { default: ExcelJS } = await import('exceljs');
  const stamp = new Date(`${options.date}T00:00:00Z`);
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'netzwerk';
  workbook.lastModifiedBy = 'netzwerk';
  workbook.created = stamp;
  workbook.modified = stamp;
  if (options.title !== undefined) workbook.title = options.title;

  const formats: Record<XlsxCellKind, string | undefined> = { text: '@', date: options.dateFormat, number: undefined };
  const filters = sheets.map((sheet) => addSheet(workbook, sheet, formats));
  filterDatabase(workbook, filters);

  const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
  return fixZipDates(bytes, stamp);
}

type Workbook = InstanceType<(typeof import('exceljs'))['Workbook']>;

/** Adds a sheet; returns its name and the range of its filter. */
function addSheet<R>(workbook: Workbook, sheet: XlsxSheet<R>, formats: Record<XlsxCellKind, string | undefined>): { sheet: string; range: string } {
  const worksheet = workbook.addWorksheet(sheetName(sheet.name), { views: [{ state: 'frozen', xSplit: 0, ySplit: 1, topLeftCell: 'A2', activeCell: 'A2' }] });
  worksheet.columns = sheet.columns.map((c) => ({ header: c.header, width: c.width }));
  const header = worksheet.getRow(1);
  header.font = { bold: true };
  header.eachCell((cell) => (cell.numFmt = '@'));

  sheet.rows.forEach((row, r) => {
    const line = worksheet.getRow(r + 2);
    sheet.columns.forEach((column, c) => {
      const value = column.value(row);
      if (value === undefined || value === '') return;
      const cell = line.getCell(c + 1);
      cell.value = column.kind === 'date' ? dayToDate(String(value)) : column.kind === 'number' ? Number(value) : String(value);
      const format = formats[column.kind];
      if (format !== undefined) cell.numFmt = format;
      if (column.kind === 'text' && String(value).includes('\n')) cell.alignment = { wrapText: true, vertical: 'top' };
    });
  });
  const lastRow = Math.max(1, sheet.rows.length + 1);
  worksheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: lastRow, column: sheet.columns.length } };
  // A4 (paper size 9) landscape, one page wide, the header row repeated on every printed page
  // (exceljs writes the name _xlnm.Print_Titles for it).
  worksheet.pageSetup = { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '1:1' };
  return { sheet: worksheet.name, range: `$A$1:$${columnLetter(sheet.columns.length)}$${lastRow}` };
}

/**
 * Each sheet's filter range under the name Excel itself gives it, _xlnm._FilterDatabase (local to
 * its sheet): LibreOffice shows the filter's buttons only with it, and exceljs does not write it
 * (exceljs issue 2778). exceljs writes a workbook's names from its `definedNames` model at the
 * time of writing; these names are put there, beside none other.
 */
function filterDatabase(workbook: Workbook, filters: readonly { sheet: string; range: string }[]): void {
  const names = filters.map((f, i) => ({ name: '_xlnm._FilterDatabase', ranges: [`'${f.sheet.replace(/'/g, "''")}'!${f.range}`], localSheetId: i }));
  Object.defineProperty(workbook, '_definedNames', { value: { model: names } });
}

/** 1 → A, 27 → AA. */
function columnLetter(n: number): string {
  let out = '';
  for (let i = n; i > 0; i = Math.floor((i - 1) / 26)) out = String.fromCharCode(65 + ((i - 1) % 26)) + out;
  return out;
}

/** A date `YYYY-MM-DD` as midnight UTC, which Excel stores as the whole day's serial number. */
const dayToDate = (day: string) => new Date(Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10))));

/** Excel's rules for a sheet's name. */
function sheetName(name: string): string {
  const clean = name
    .replace(/[[\]:*?/\\]/g, ' ')
    .trim()
    .slice(0, 31);
  return clean === '' ? 'Tabelle1' : clean;
}

/**
 * Sets the modification time of every zip entry (local header and central directory) to `date`:
 * the zip library stamps each entry with the moment of writing, which would make every run differ.
 */
function fixZipDates(zip: Uint8Array, date: Date): Uint8Array {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const dosTime = (date.getUTCHours() << 11) | (date.getUTCMinutes() << 5) | Math.floor(date.getUTCSeconds() / 2);
  const dosDate = ((date.getUTCFullYear() - 1980) << 9) | ((date.getUTCMonth() + 1) << 5) | date.getUTCDate();
  let end = zip.length - 22;
  while (end >= 0 && view.getUint32(end, true) !== 0x06054b50) end--;
  if (end < 0) throw new Error('xlsx: no zip directory');
  const entries = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  for (let i = 0; i < entries; i++) {
    if (view.getUint32(at, true) !== 0x02014b50) throw new Error('xlsx: broken zip directory');
    view.setUint16(at + 12, dosTime, true);
    view.setUint16(at + 14, dosDate, true);
    const local = view.getUint32(at + 42, true);
    if (view.getUint32(local, true) !== 0x04034b50) throw new Error('xlsx: broken zip entry');
    view.setUint16(local + 10, dosTime, true);
    view.setUint16(local + 12, dosDate, true);
    at += 46 + view.getUint16(at + 28, true) + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return zip;
}
