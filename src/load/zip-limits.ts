// An Excel file is a ZIP archive, and a small one can unpack to gigabytes (a "zip bomb": the
// review's 1.5 MB workbook inflated for three minutes to 2.5 GB, then Node died). Before exceljs
// builds a single cell, the archive is checked here: its directory read, every entry inflated
// with a ceiling on the output (declared sizes can lie), the sheets' rows and cells counted.
import { inflateRawSync } from 'node:zlib';

/** What one list may unpack to, and hold: far above any partner or sign-in list. */
const ZIP_LIMITS = { inflatedBytes: 64 * 1024 * 1024, entries: 5_000, rows: 100_000, cells: 1_000_000 };

export type ZipProblem =
  | { kind: 'not-zip' }
  | { kind: 'inflated'; limit: number }
  | { kind: 'entries'; limit: number }
  | { kind: 'rows'; limit: number }
  | { kind: 'cells'; limit: number };

interface Entry {
  name: string;
  method: number;
  compressed: number;
  offset: number;
}

/** The entries of the central directory, or undefined when the bytes are no ZIP archive this reads. */
function entries(zip: Buffer): Entry[] | undefined {
  // End of central directory: 22 bytes plus a comment of up to 64 KB, at the end.
  let eocd = -1;
  for (let i = zip.length - 22; i >= Math.max(0, zip.length - 22 - 0xffff); i--) {
    if (zip.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return undefined;
  const count = zip.readUInt16LE(eocd + 10);
  let at = zip.readUInt32LE(eocd + 16);
  const out: Entry[] = [];
  for (let n = 0; n < count; n++) {
    if (at + 46 > zip.length || zip.readUInt32LE(at) !== 0x02014b50) return undefined;
    const method = zip.readUInt16LE(at + 10);
    const compressed = zip.readUInt32LE(at + 20);
    const nameLength = zip.readUInt16LE(at + 28);
    const extra = zip.readUInt16LE(at + 30);
    const comment = zip.readUInt16LE(at + 32);
    const offset = zip.readUInt32LE(at + 42);
    out.push({ name: zip.toString('utf8', at + 46, at + 46 + nameLength), method, compressed, offset });
    at += 46 + nameLength + extra + comment;
  }
  return out;
}

/** The entry's bytes, inflated to at most `room` bytes; undefined when it would be more. */
function inflate(zip: Buffer, e: Entry, room: number): Buffer | undefined {
  if (e.offset + 30 > zip.length || zip.readUInt32LE(e.offset) !== 0x04034b50) return Buffer.alloc(0);
  const start = e.offset + 30 + zip.readUInt16LE(e.offset + 26) + zip.readUInt16LE(e.offset + 28);
  const data = zip.subarray(start, start + e.compressed);
  if (e.method === 0) return data.length > room ? undefined : data;
  try {
    return inflateRawSync(data, { maxOutputLength: Math.max(1, room) });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE' || err instanceof RangeError) return undefined;
    return Buffer.alloc(0); // damaged: exceljs will say the file cannot be read
  }
}

const count = (xml: Buffer, tag: string) => {
  let n = 0;
  for (let i = xml.indexOf(tag); i >= 0; i = xml.indexOf(tag, i + tag.length)) n++;
  return n;
};

/** What is wrong with a workbook's archive against `limits`, or undefined when exceljs may read it. */
export function zipProblem(zip: Buffer, limits = ZIP_LIMITS): ZipProblem | undefined {
  const list = entries(zip);
  if (!list) return { kind: 'not-zip' };
  if (list.length > limits.entries) return { kind: 'entries', limit: limits.entries };
  let room = limits.inflatedBytes;
  let rows = 0;
  let cells = 0;
  for (const e of list) {
    const bytes = inflate(zip, e, room + 1);
    if (bytes === undefined || bytes.length > room) return { kind: 'inflated', limit: limits.inflatedBytes };
    room -= bytes.length;
    if (/^xl\/worksheets\/[^/]+\.xml$/.test(e.name)) {
      rows += count(bytes, '<row');
      cells += count(bytes, '<c ') + count(bytes, '<c>');
      if (rows > limits.rows) return { kind: 'rows', limit: limits.rows };
      if (cells > limits.cells) return { kind: 'cells', limit: limits.cells };
    }
  }
  return undefined;
}
