// The two archive formats of the portable program, written by hand so that `npm run dist` needs no
// zip or tar on the machine (Windows has neither for sure) and gives the same bytes every time:
// ZIP (stored or deflated, names in UTF-8, one fixed time) for Windows, whose Explorer unpacks it
// without extra software; tar.gz (ustar, with the executable bit) for Linux and macOS. Both at
// zlib's default level: level 9 takes more than twice as long for 0.2 % less. And the reader of
// the tar.gz that npm packs (the Node.js builds come as npm packages).
import { crc32, deflateRawSync, gunzipSync, gzipSync } from 'node:zlib';

/** @typedef {{ name: string, data: Buffer, executable?: boolean }} Entry */

/** 1 January 2026, 00:00, as MS-DOS writes a time: the archive's bytes do not depend on when it was made. */
const DOS_TIME = 0;
const DOS_DATE = ((2026 - 1980) << 9) | (1 << 5) | 1;
const UTF8_NAMES = 1 << 11;

/** A ZIP archive of `entries` (files only; folders follow from the names). */
export function zip(entries) {
  const locals = [];
  const central = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name, 'utf8');
    const deflated = deflateRawSync(entry.data);
    const stored = deflated.length >= entry.data.length;
    const packed = stored ? entry.data : deflated;
    const crc = crc32(entry.data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(UTF8_NAMES, 6);
    local.writeUInt16LE(stored ? 0 : 8, 8);
    local.writeUInt16LE(DOS_TIME, 10);
    local.writeUInt16LE(DOS_DATE, 12);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(entry.data.length, 22);
    local.writeUInt16LE(name.length, 26);
    const head = Buffer.alloc(46);
    head.writeUInt32LE(0x02014b50, 0);
    head.writeUInt16LE(20, 4);
    head.writeUInt16LE(20, 6);
    head.writeUInt16LE(UTF8_NAMES, 8);
    head.writeUInt16LE(stored ? 0 : 8, 10);
    head.writeUInt16LE(DOS_TIME, 12);
    head.writeUInt16LE(DOS_DATE, 14);
    head.writeUInt32LE(crc, 16);
    head.writeUInt32LE(packed.length, 20);
    head.writeUInt32LE(entry.data.length, 24);
    head.writeUInt16LE(name.length, 28);
    head.writeUInt32LE(offset, 42);
    locals.push(local, name, packed);
    central.push(head, name);
    offset += local.length + name.length + packed.length;
  }
  const directory = Buffer.concat(central);
  if (offset + directory.length > 0xffffffff || entries.length > 0xffff) throw new Error('zip: too large for a ZIP without ZIP64');
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

/** A gzipped ustar archive of `entries`; the executable ones get mode 755, the others 644. */
export function tarGz(entries) {
  const blocks = [];
  for (const entry of entries) {
    blocks.push(tarHeader(entry.name, entry.data.length, entry.executable ? 0o755 : 0o644), entry.data);
    const rest = entry.data.length % 512;
    if (rest > 0) blocks.push(Buffer.alloc(512 - rest));
  }
  blocks.push(Buffer.alloc(1024));
  return gzipSync(Buffer.concat(blocks));
}

/** One ustar header: a name longer than 100 bytes is split at a `/` into prefix (155) and name (100). */
function tarHeader(path, size, mode) {
  const bytes = Buffer.from(path, 'utf8');
  let prefix = Buffer.alloc(0);
  let name = bytes;
  if (bytes.length > 100) {
    const at = [...bytes.keys()].reverse().find((i) => bytes[i] === 0x2f && i <= 155 && bytes.length - i - 1 <= 100);
    if (at === undefined) throw new Error(`tar: the name is too long for ustar: ${path}`);
    prefix = bytes.subarray(0, at);
    name = bytes.subarray(at + 1);
  }
  const header = Buffer.alloc(512);
  name.copy(header, 0);
  header.write(`${mode.toString(8).padStart(7, '0')}\0`, 100, 'ascii');
  header.write('0000000\0', 108, 'ascii'); // uid
  header.write('0000000\0', 116, 'ascii'); // gid
  header.write(`${size.toString(8).padStart(11, '0')}\0`, 124, 'ascii');
  header.write(`${Math.floor(Date.UTC(2026, 0, 1) / 1000).toString(8).padStart(11, '0')}\0`, 136, 'ascii');
  header.write('        ', 148, 'ascii'); // the checksum counts itself as spaces
  header.write('0', 156, 'ascii');
  header.write('ustar\0', 257, 'ascii');
  header.write('00', 263, 'ascii');
  prefix.copy(header, 345);
  let sum = 0;
  for (const b of header) sum += b;
  header.write(`${sum.toString(8).padStart(6, '0')}\0 `, 148, 'ascii');
  return header;
}

/** The files of a .tgz as npm packs it: `{ name, data, mode }` (pax and GNU extension headers skipped, their long names not needed here). */
export function untarGz(archive) {
  const tar = gunzipSync(archive);
  const files = [];
  for (let at = 0; at + 512 <= tar.length; ) {
    const header = tar.subarray(at, at + 512);
    if (header.every((b) => b === 0)) break;
    const field = (from, length) => header.subarray(from, from + length).toString('utf8').replace(/\0.*$/s, '');
    const size = parseInt(field(124, 12).trim() || '0', 8);
    const type = field(156, 1) || '0';
    const prefix = field(345, 155);
    const name = prefix ? `${prefix}/${field(0, 100)}` : field(0, 100);
    if (type === '0') files.push({ name, data: Buffer.from(tar.subarray(at + 512, at + 512 + size)), mode: parseInt(field(100, 8).trim() || '644', 8) });
    at += 512 + Math.ceil(size / 512) * 512;
  }
  return files;
}
