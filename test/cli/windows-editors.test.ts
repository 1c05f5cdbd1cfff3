// Files as Windows editors save them. A YAML file in UTF-16 (Notepad's "Unicode", which YAML
// allows) is named as such, with the way to save it as UTF-8 (an edit could not write it back
// the same way); a list in UTF-16 (Excel's "Unicode-Text", tab-separated) is read. CRLF and a
// UTF-8 BOM: test/cli/edit.test.ts; the same under Windows's Node.js: test/windows/.
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { fingerprint } from '../support/disk.js';
import { EXAMPLES, FIXTURES, run, tempDir } from '../support/helpers.js';

const TODAY = ['--today', '2026-11-23'];
let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

function copy(from: string): string {
  const tmp = tempDir();
  cleanup = tmp.remove;
  const dir = join(tmp.dir, 'netz');
  cpSync(from, dir, { recursive: true });
  return dir;
}

const utf16le = (text: string) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
const utf16be = (text: string) => Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, 'utf16le').swap16()]);

describe('files saved by Windows editors', () => {
  it.each([
    ['little-endian', utf16le],
    ['big-endian', utf16be],
  ])('a YAML file in UTF-16 (%s) is named, with the way to UTF-8; exit 1', async (_, encode) => {
    const dir = copy(join(FIXTURES, 'valid', 'bom-crlf'));
    writeFileSync(join(dir, 'partners.yaml'), encode(readFileSync(join(dir, 'partners.yaml'), 'utf8')));
    const r = await run(['validate', dir, ...TODAY]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(
      'partners.yaml:1:1  Fehler   Die Datei ist in UTF-16 gespeichert (im Windows-Editor „Unicode“ oder „UTF-16 LE“), netzwerk liest YAML-Dateien in UTF-8. Bitte im Editor „Datei → Speichern unter…“ wählen, unten bei „Codierung“ „UTF-8“ einstellen und speichern.',
    );
    const en = await run(['validate', dir, '--lang', 'en', ...TODAY]);
    expect(en.stdout).toContain('The file is saved as UTF-16 (in Windows Notepad "Unicode" or "UTF-16 LE")');
  });

  it('an edit of a network with a UTF-16 file changes nothing (exit 1, hashes)', async () => {
    const dir = copy(join(FIXTURES, 'valid', 'bom-crlf'));
    writeFileSync(join(dir, 'network.yaml'), utf16le(readFileSync(join(dir, 'network.yaml'), 'utf8')));
    const before = fingerprint(dir);
    const r = await run(['add', 'partner', dir, '--name', 'Kita Sonne', '--sector', 'kita', ...TODAY]);
    expect(r.code).toBe(1);
    expect(fingerprint(dir)).toBe(before);
  });

  it("a list in Excel's Unicode-Text (UTF-16, tabs, CRLF) is imported with its umlauts and quotes", async () => {
    const dir = copy(join(EXAMPLES, 'herne'));
    const list = join(dir, '..', 'liste.txt');
    writeFileSync(
      list,
      utf16le(
        ['Einrichtung\tBereich\tAnsprechpartner/in\tE-Mail', 'Familienzentrum „Löwenzahn“\tKita\tJörg Probe\tj.probe@loewenzahn.example', ''].join('\r\n'),
      ),
    );
    const r = await run(['import', list, dir, ...TODAY]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('(CSV, UTF-16, Trennzeichen Tab), 1 Zeile mit Inhalt.');
    const partners = readFileSync(join(dir, 'partners.yaml'), 'utf8');
    expect(partners).toContain('Familienzentrum „Löwenzahn“');
    expect(partners).toContain('name: Jörg Probe');
  });
});
