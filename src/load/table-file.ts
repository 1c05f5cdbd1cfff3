// A table a coordinator brings along (an Excel sheet, a CSV export): file → rows of text cells.
// Shared by `import` (partners and contacts) and `attendance` (sign-in lists).
// CSV: `;`, `,` or tab, whichever the first line uses most; UTF-8 with or without BOM, else
// Windows-1252 (what German Excel writes as "CSV"). XLSX: the first sheet with data, read by
// exceljs, loaded only here. Cells come back as the text a person sees: dates as YYYY-MM-DD.
import { readFile, stat } from 'node:fs/promises';
import { extname } from 'node:path';
import { parse } from 'csv-parse/sync';
import { FileError } from '../errors.js';
import { firstInvalidUtf8 } from './parse-yaml.js';

export interface Table {
  /** Every row, cells trimmed of nothing; row i is line or sheet row i + 1. */
  rows: string[][];
  /** How the file was read, for the report: `UTF-8`, `Windows-1252` or `XLSX`. */
  encoding: 'UTF-8' | 'Windows-1252' | 'XLSX';
  /** The separator of a CSV file. */
  delimiter?: string;
  /** The name of the sheet read from an XLSX file. */
  sheet?: string;
}

/** Larger lists are not a partner list: refused before reading. */
const MAX_TABLE_BYTES = 16 * 1024 * 1024;

export async function readTable(path: string, shown: string): Promise<Table> {
  const ending = extname(path).toLowerCase();
  if (!['.xlsx', '.csv', '.txt', '.tsv'].includes(ending)) throw new FileError('table.format', { file: shown });
  const info = await stat(path).catch(() => undefined);
  if (!info?.isFile()) throw new FileError('table.missing', { file: shown });
  if (info.size > MAX_TABLE_BYTES)
    throw new FileError('table.too-large', { file: shown, size: Math.ceil(info.size / 1048576), limit: MAX_TABLE_BYTES / 1048576 });
  const bytes = await readFile(path).catch((e: NodeJS.ErrnoException) => {
    throw new FileError('file.unreadable', { file: shown, reason: e.code ?? String(e) });
  });
  return ending === '.xlsx' ? readXlsx(bytes, shown) : readCsv(bytes, shown);
}

export function readCsv(bytes: Buffer, shown: string): Table {
  const utf8 = firstInvalidUtf8(bytes) < 0;
  let text = utf8 ? bytes.toString('utf8') : decodeWindows1252(bytes);
  if (text.startsWith('\uFEFF')) text = text.slice(1);
  const delimiter = detectDelimiter(text);
  try {
    const rows = parse(text, { delimiter, relax_column_count: true, relax_quotes: true, skip_empty_lines: false, bom: false }) as string[][];
    return { rows, encoding: utf8 ? 'UTF-8' : 'Windows-1252', delimiter };
  } catch (e) {
    throw new FileError('table.csv', { file: shown, detail: (e as Error).message.split('\n')[0] ?? '' });
  }
}

/**
 * Windows-1252 (German Excel's "CSV"): Latin-1 plus the printable characters at 0x80–0x9F
 * („ “ – € …). Written out because Node 20's TextDecoder reads 'windows-1252' as plain Latin-1.
 */
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';

function decodeWindows1252(bytes: Uint8Array): string {
  let out = '';
  for (const b of bytes) out += b >= 0x80 && b <= 0x9f ? CP1252_HIGH[b - 0x80] : String.fromCharCode(b);
  return out;
}

/** The separator the first line with content uses most, outside quotes. */
function detectDelimiter(text: string): string {
  const line = text.split(/\r?\n/).find((l) => l.trim() !== '') ?? '';
  const outside = line.replace(/"[^"]*"/g, '');
  const counts = [';', ',', '\t'].map((d) => [d, outside.split(d).length - 1] as const);
  const best = counts.reduce((a, b) => (b[1] > a[1] ? b : a));
  return best[1] > 0 ? best[0] : ';';
}

async function readXlsx(bytes: Buffer, shown: string): Promise<Table> {
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    throw new FileError('table.xlsx', { file: shown });
  }
  const sheet = workbook.worksheets.find((s) => s.actualRowCount > 0) ?? workbook.worksheets[0];
  if (!sheet) return { rows: [], encoding: 'XLSX' };
  const rows: string[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row, number) => {
    const cells: string[] = [];
    row.eachCell({ includeEmpty: true }, (cell, column) => {
      cells[column - 1] = cellText(cell.value);
    });
    rows[number - 1] = Array.from(cells, (c) => c ?? '');
  });
  return { rows: Array.from(rows, (r) => r ?? []), encoding: 'XLSX', sheet: sheet.name };
}

/** What a cell shows, as text: dates as YYYY-MM-DD, formulas by their result, links by their text. */
function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (typeof value === 'object') {
    const v = value as { richText?: { text: string }[]; text?: unknown; result?: unknown; hyperlink?: string; error?: string };
    if (v.richText) return v.richText.map((r) => r.text).join('');
    if (v.text !== undefined) return cellText(v.text);
    if ('result' in v) return cellText(v.result);
    if (v.hyperlink) return v.hyperlink;
    return '';
  }
  return String(value);
}
