// The contact CSV opened in real LibreOffice (Debian package libreoffice-calc-nogui or
// libreoffice-calc): converted headless to xlsx, the sheet must hold no formula and the phone
// numbers as text. Runs only where `soffice` is installed.
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { inflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { FIXTURES, run, tempDir } from '../support/helpers.js';
import { hasTool } from '../support/tools.js';

const hasSoffice = hasTool('soffice');

/** The files of a zip archive (enough of the format for an xlsx: stored or deflated entries). */
function unzip(zip: Buffer): Map<string, string> {
  const files = new Map<string, string>();
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  let at = zip.readUInt32LE(end + 16);
  for (let i = 0; i < zip.readUInt16LE(end + 10); i++) {
    const method = zip.readUInt16LE(at + 10);
    const size = zip.readUInt32LE(at + 20);
    const nameLength = zip.readUInt16LE(at + 28);
    const name = zip.toString('utf8', at + 46, at + 46 + nameLength);
    const local = zip.readUInt32LE(at + 42);
    const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    const data = zip.subarray(start, start + size);
    files.set(name, (method === 8 ? inflateRawSync(data) : data).toString('utf8'));
    at += 46 + nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
  }
  return files;
}

const decode = (xml: string) =>
  xml.replace(/&(#\d+|quot|apos|lt|gt|amp);/g, (_, e: string) =>
    e.startsWith('#') ? String.fromCharCode(Number(e.slice(1))) : ({ quot: '"', apos: "'", lt: '<', gt: '>', amp: '&' } as Record<string, string>)[e]!,
  );

interface Cell {
  ref: string;
  type: string;
  formula: boolean;
  text: string;
}

/** Opens a CSV the way a user's LibreOffice does (`;`, `"`, UTF-8) and reads the first sheet back. */
function openInLibreOffice(dir: string, csv: string): Cell[] {
  const file = join(dir, 'liste.csv');
  writeFileSync(file, csv);
  const result = spawnSync(
    'soffice',
    [`-env:UserInstallation=file://${join(dir, 'profile')}`, '--headless', '--infilter=CSV:59,34,76,1', '--convert-to', 'xlsx', '--outdir', dir, file],
    { encoding: 'utf8', timeout: 120_000 },
  );
  expect(result.status, result.stderr).toBe(0);
  const files = unzip(readFileSync(join(dir, 'liste.xlsx')));
  const shared = [...(files.get('xl/sharedStrings.xml') ?? '').matchAll(/<si>(.*?)<\/si>/gs)].map((m) =>
    decode([...m[1]!.matchAll(/<t[^>]*>(.*?)<\/t>/gs)].map((t) => t[1]).join('')),
  );
  const sheet = files.get('xl/worksheets/sheet1.xml')!;
  return [...sheet.matchAll(/<c r="([A-Z]+\d+)"([^>]*?)(?:\/>|>(.*?)<\/c>)/gs)].map((m) => {
    const body = m[3] ?? '';
    const value = decode(/<v>(.*?)<\/v>/s.exec(body)?.[1] ?? '');
    const type = / t="(\w+)"/.exec(m[2]!)?.[1] ?? 'n';
    return { ref: m[1]!, type, formula: body.includes('<f'), text: type === 's' ? shared[Number(value)]! : value };
  });
}

describe.runIf(hasSoffice)('LibreOffice opens the contact CSV safely', () => {
  it('no formula, and every phone number (+49 …, 0…) stays text', { timeout: 180_000 }, async () => {
    const tmp = tempDir();
    try {
      const r = await run(['contacts', join(FIXTURES, 'contacts', 'canary'), '--today', '2026-11-23', '--audience', 'internal']);
      expect(r.code).toBe(0);
      const cells = openInLibreOffice(tmp.dir, r.stdout);
      expect(cells.filter((c) => c.formula)).toEqual([]);
      const phones = cells.filter((c) => c.ref.startsWith('G') && c.ref !== 'G1' && c.text !== '');
      expect(phones.length).toBeGreaterThan(5);
      for (const p of phones) expect(p.type, p.ref).toBe('s');
      expect(phones.map((p) => p.text)).toContain("'+49 0000 0004");
      expect(phones.map((p) => p.text)).toContain("'00000000123");
      expect(cells.map((c) => c.text)).toContain('Psychologe\nund Familientherapeut');
      expect(cells.map((c) => c.text)).toContain('Ärztliche Beratungsstelle "Kompass"; Süd');
    } finally {
      tmp.remove();
    }
  });

  it('control: the same check does see a formula and a lost leading zero in a raw CSV', { timeout: 180_000 }, () => {
    const tmp = tempDir();
    try {
      const cells = openInLibreOffice(tmp.dir, '\uFEFFA;B\r\n=1+2;02541123456\r\n');
      expect(cells.find((c) => c.ref === 'A2')!.formula).toBe(true);
      expect(cells.find((c) => c.ref === 'B2')).toMatchObject({ type: 'n', text: '2541123456' });
    } finally {
      tmp.remove();
    }
  });
});
