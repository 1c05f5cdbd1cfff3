// A table a coordinator brings along (an Excel sheet, a CSV export): file → rows of text cells.
// Shared by `import` (partners and contacts) and `attendance` (sign-in lists).
// CSV: `;`, `,` or tab, whichever the first line uses most; UTF-8 with or without BOM, UTF-16
// with its BOM (Excel's "Unicode-Text", Notepad's "Unicode"), else Windows-1252 (what German
// Excel writes as "CSV"). XLSX: the first sheet with data, read by
// exceljs, loaded only here. Cells come back as the text a person sees: dates as YYYY-MM-DD.
import { readFile, stat } from 'node:fs/promises';
import { extname } from 'node:path';
import { parse } from 'csv-parse/sync';
import { FileError } from '../errors.js';
import { firstInvalidUtf8, isUtf16 } from './parse-yaml.js';
import { zipProblem } from './zip-limits.js';

export interface Table {
  /** Every row, cells trimmed of nothing; row i is line or sheet row i + 1. */
  rows: string[][];
  /** How the file was read, for the report: `UTF-8`, `UTF-16`, `Windows-1252` or `XLSX`. */
  encoding: 'UTF-8' | 'UTF-16' | 'Windows-1252' | 'XLSX';
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
  const table = ending === '.xlsx' ? await readXlsx(bytes, shown) : readCsv(bytes, shown);
  // Names composed (NFC): a "Müller" written decomposed (u + combining diaeresis, as macOS writes
  // names) matches and slugs like the one typed on Windows, instead of making a second partner.
  return { ...table, rows: table.rows.map((row) => row.map((cell) => cell.normalize('NFC'))) };
}

export function readCsv(bytes: Buffer, shown: string): Table {
  if (isUtf16(bytes)) return parseCsv(decodeUtf16(bytes), 'UTF-16', shown);
  const invalid = firstInvalidUtf8(bytes);
  const utf8 = invalid < 0;
  // Mostly UTF-8, but one byte that is not (a name typed in Windows-1252 into a UTF-8 file): read
  // as Windows-1252, every umlaut of the file would turn into mojibake ("JÃ¼rgen"); said instead.
  if (!utf8 && hasUtf8Sequence(bytes)) throw new FileError('table.mixed-encoding', { file: shown, line: lineAt(bytes, invalid) });
  return parseCsv(utf8 ? bytes.toString('utf8') : decodeWindows1252(bytes), utf8 ? 'UTF-8' : 'Windows-1252', shown);
}

/** UTF-16 after its byte order mark, little- or big-endian. */
function decodeUtf16(bytes: Buffer): string {
  const body = Buffer.from(bytes.subarray(2, bytes.length - (bytes.length % 2)));
  if (bytes[0] === 0xfe) body.swap16();
  return body.toString('utf16le');
}

function parseCsv(decoded: string, encoding: Table['encoding'], shown: string): Table {
  const text = decoded.startsWith('\uFEFF') ? decoded.slice(1) : decoded;
  const delimiter = detectDelimiter(text);
  try {
    const rows = parse(text, { delimiter, relax_column_count: true, relax_quotes: true, skip_empty_lines: false, bom: false }) as string[][];
    return { rows, encoding, delimiter };
  } catch (e) {
    throw new FileError('table.csv', { file: shown, detail: (e as Error).message.split('\n')[0] ?? '' });
  }
}

/** Whether the bytes hold a well-formed UTF-8 sequence of two or more bytes (ü, €, „ as UTF-8). */
function hasUtf8Sequence(bytes: Uint8Array): boolean {
  for (let i = 0; i + 1 < bytes.length; i++) {
    const b = bytes[i]!;
    const need = b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : 0;
    if (need === 0 || i + need >= bytes.length) continue;
    let ok = true;
    for (let k = 1; k <= need; k++) if ((bytes[i + k]! & 0xc0) !== 0x80) ok = false;
    if (ok) return true;
  }
  return false;
}

/** The line (from 1) of a byte offset. */
function lineAt(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (bytes[i] === 0x0a) line++;
  return line;
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
  const problem = zipProblem(bytes);
  if (problem?.kind === 'not-zip') throw new FileError('table.xlsx', { file: shown });
  if (problem) throw new FileError(`table.xlsx-${problem.kind}`, { file: shown, limit: problem.kind === 'inflated' ? problem.limit / 1048576 : problem.limit });
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
