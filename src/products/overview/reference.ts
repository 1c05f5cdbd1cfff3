// `--reference jugendaemter.csv`: the youth offices that should have sent a file, one per row with
// its name and its official key (a CSV in UTF-8 or Windows-1252, or an Excel sheet; the header
// may say "Name"/"Jugendamt" and "Schlüssel"/"AGS"/"Regionalschlüssel"). A key Excel turned into a
// number has lost its leading 0 ("5154" for "05154"): it is put back.
import { FileError } from '../../errors.js';
import { findColumns, headerKey } from '../../load/table-columns.js';
import { readTable } from '../../load/table-file.js';

const ALIASES = {
  name: ['name', 'jugendamt', 'bezeichnung', 'jugendamtsbezirk', 'youthoffice', 'office'].map(headerKey),
  key: [
    'schluessel',
    'schlüssel',
    'key',
    'ags',
    'regionalschluessel',
    'regionalschlüssel',
    'ars',
    'gemeindeschluessel',
    'kreisschluessel',
    'amtlicherschluessel',
    'kennziffer',
  ].map(headerKey),
};

/** Digits as written, with the leading zero Excel drops put back (5, 8 or 12 digits); anything else as written. */
function officialKey(text: string): string | null {
  const digits = text.replace(/\s/g, '');
  if (digits === '') return null;
  return /^\d{4}$|^\d{7}$|^\d{11}$/.test(digits) ? `0${digits}` : digits;
}

export async function readReference(path: string, shown: string): Promise<{ name: string; key: string | null }[]> {
  const { rows } = await readTable(path, shown);
  const columns = findColumns(rows, ALIASES, { minimum: 2 });
  if (columns?.index.name === undefined || columns.index.key === undefined) throw new FileError('overview.reference-columns', { file: shown });
  const { name, key } = columns.index as { name: number; key: number };
  const offices = rows
    .slice(columns.headerRow + 1)
    .map((row) => ({ name: (row[name] ?? '').trim(), key: officialKey(row[key] ?? '') }))
    .filter((y) => y.name !== '' || y.key !== null);
  if (offices.length === 0) throw new FileError('overview.reference-empty', { file: shown });
  return offices.map((y) => ({ name: y.name || (y.key ?? ''), key: y.key }));
}
