// Issue 26, the lists a coordinator brings: a workbook that unpacks to gigabytes, a UTF-8 file with
// one Windows-1252 byte, a name written decomposed (NFD, as macOS writes it), and the row a note
// about a repeated name points at.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { fingerprint } from '../support/disk.js';
import { copyNetwork, EXAMPLES, run, STACK_TRACE, tempDir } from '../support/helpers.js';
import { workbook } from '../support/zip.js';

const TODAY = ['--today', '2026-11-23'];
let cleanup: (() => void)[] = [];
afterEach(() => {
  for (const f of cleanup) f();
  cleanup = [];
});

function network(): { net: string; dir: string } {
  const tmp = tempDir();
  cleanup.push(tmp.remove);
  const net = join(tmp.dir, 'netz');
  copyNetwork(join(EXAMPLES, 'herne'), net);
  return { net, dir: tmp.dir };
}

const sheet = (rows: string) =>
  Buffer.from(
    `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${rows}</sheetData></worksheet>`,
  );

describe('workbooks that would cost too much are refused before a cell is built', () => {
  it('a workbook that unpacks to more than 64 MB: a clear message, exit 2, nothing changed', async () => {
    const { net, dir } = network();
    const file = join(dir, 'bombe.xlsx');
    // 80 MB of spaces inside the sheet pack to some 80 KB.
    writeFileSync(file, workbook(Buffer.concat([sheet(''), Buffer.alloc(80 * 1024 * 1024, 0x20)])));
    const before = fingerprint(net);
    const r = await run(['import', file, net, ...TODAY]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('entpackt sich zu mehr als 64 MB');
    expect(r.stderr).not.toMatch(STACK_TRACE);
    expect(fingerprint(net)).toBe(before);
  });

  it('a workbook of more than 100,000 rows is refused the same way (also for attendance)', async () => {
    const { net, dir } = network();
    const file = join(dir, 'zeilen.xlsx');
    writeFileSync(file, workbook(sheet('<row r="1"/>'.repeat(100_001))));
    const r = await run(['import', file, net, ...TODAY]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('mehr als 100000 Zeilen');
    const a = await run(['attendance', '2024-03-netzwerktreffen', file, net, ...TODAY]);
    expect(a.code).toBe(2);
    expect(a.stderr).toContain('mehr als 100000 Zeilen');
  });
});

describe('a CSV file that is UTF-8 but for one byte', () => {
  it('is named with the line of that byte instead of being imported as mojibake ("JÃ¼rgen")', async () => {
    const { net, dir } = network();
    const file = join(dir, 'liste.csv');
    const utf8 = Buffer.from('Einrichtung;Bereich;Name\nKita Sonnenhügel;Kita;Jürgen Müller\n', 'utf8');
    const stray = Buffer.from('Kita Regenbogen;Kita;Bärbel Beispiel\n', 'latin1'); // ä as the single byte 0xE4
    writeFileSync(file, Buffer.concat([utf8, stray]));
    const before = fingerprint(net);
    const r = await run(['import', file, net, ...TODAY]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Zeile 3 enthält ein Zeichen in einer anderen Kodierung');
    expect(fingerprint(net)).toBe(before);
  });

  it('a file wholly in Windows-1252 is still read as such', async () => {
    const { net, dir } = network();
    const file = join(dir, 'liste.csv');
    writeFileSync(file, Buffer.from('Einrichtung;Bereich;Name\nKita Regenbogen;Kita;Bärbel Beispiel\n', 'latin1'));
    const r = await run(['import', file, net, '--dry-run', ...TODAY]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('Windows-1252');
    expect(r.stdout).toContain('Bärbel Beispiel');
  });
});

describe('names as they come', () => {
  it('a decomposed "Müller" (NFD) matches the partner written composed instead of making a second one', async () => {
    const { net, dir } = network();
    const first = join(dir, 'eins.csv');
    writeFileSync(first, 'Einrichtung;Bereich;Name\nGrundschule Müllerstraße;Schule;Ida Lehrer\n');
    expect((await run(['import', first, net, ...TODAY])).code).toBe(0);
    const second = join(dir, 'zwei.csv');
    writeFileSync(second, 'Einrichtung;Bereich;Name\nGrundschule Mu\u0308llerstraße;Schule;Uwe Lehrer\n'.normalize('NFD'));
    const r = await run(['import', second, net, ...TODAY]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('0 Partner');
    const partners = readFileSync(join(net, 'partners.yaml'), 'utf8');
    expect(partners).not.toContain('grundschule-mullerstrasse');
    expect(partners).toContain('name: Uwe Lehrer');
  });

  it('a note about a repeated name points at the row that has it first', async () => {
    const { net, dir } = network();
    const file = join(dir, 'liste.csv');
    // Row 2 is skipped (its address is already in the network), row 3 adds Berta, row 4 repeats her.
    const known = readFileSync(join(net, 'partners.yaml'), 'utf8').match(/email: (\S+@\S+)/)![1]!;
    writeFileSync(
      file,
      `Einrichtung;Bereich;Name;E-Mail\nKita Kleeblatt;Kita;Anna Andere;${known}\nKita Kleeblatt;Kita;Berta Beispiel;\nKita Kleeblatt;Kita;Berta Beispiel;\n`,
    );
    const r = await run(['import', file, net, '--dry-run', ...TODAY]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/Zeile 4: .*Berta Beispiel.*Zeile 3/);
  });
});
