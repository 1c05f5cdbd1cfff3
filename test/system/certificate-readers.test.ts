// netzwerk certificate (issue 32, item 5): one A4 PDF per person of a list (poppler reads each:
// the person's name, the meeting, its length and content), or N certificates to fill in by hand;
// the names go nowhere else: not into the network's files, not into the other files of the
// output folder, not into the messages, not into the files' names.
import { spawnSync } from 'node:child_process';
import { cpSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fingerprint } from '../support/disk.js';
import { EXAMPLES, run, tempDir } from '../support/helpers.js';
import { expectTaggedA4, hasPythonModule, PYTHON, readPdf } from '../support/tools.js';

const tmp = tempDir();
afterAll(() => tmp.remove());
const ENV = { env: { PATH: process.env.PATH ?? '' } };
const MEETING = '2024-06-fortbildung-kinderschutz-basis';
const NAMES = ['Erika Quellbach', 'Ömer Testfall-Şahin', 'Zoë Nordlicht'];

/** Every file below `dir` (but `except`) that holds one of the names, in UTF-8 or as a PDF's text would not show: the raw bytes. */
function filesWithNames(dir: string, except: (name: string) => boolean = () => false): string[] {
  const hits: string[] = [];
  const walk = (d: string) => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const path = join(d, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (!except(entry.name)) {
        const bytes = readFileSync(path);
        if (NAMES.some((n) => bytes.includes(Buffer.from(n)) || bytes.includes(Buffer.from(n.split(' ').at(-1)!)) || entry.name.includes(n.split(' ')[0]!)))
          hits.push(path);
      }
    }
  };
  walk(dir);
  return hits;
}

describe('netzwerk certificate', () => {
  it.runIf(hasPythonModule('openpyxl'))(
    '--names from an Excel list: one PDF per person, each with only their name; the names stored nowhere else',
    async () => {
      const net = join(tmp.dir, 'kreis-kleve');
      cpSync(join(EXAMPLES, 'kreis-kleve'), net, { recursive: true });
      const list = join(tmp.dir, 'liste.xlsx');
      const write = spawnSync(
        PYTHON,
        [
          '-c',
          'import sys, openpyxl\nwb = openpyxl.Workbook(); ws = wb.active\nws.append(["Vorname", "Nachname"])\nfor n in sys.argv[2:]: ws.append(n.split(" ", 1))\nwb.save(sys.argv[1])',
          list,
          ...NAMES,
        ],
        { encoding: 'utf8' },
      );
      expect(write.stderr).toBe('');
      const before = fingerprint(net);
      const out = join(tmp.dir, 'bescheinigungen');
      const r = await run(['certificate', MEETING, net, '--names', list, '--out', out, '--today', '2026-11-23'], ENV);
      expect(r.code).toBe(0);
      expect(readdirSync(out).sort()).toEqual(['bescheinigung-1.pdf', 'bescheinigung-2.pdf', 'bescheinigung-3.pdf']);
      NAMES.forEach((name, i) => {
        const pdf = readPdf(join(out, `bescheinigung-${i + 1}.pdf`));
        expectTaggedA4(pdf.info);
        expect(pdf.pages).toBe(1);
        const text = pdf.text.replace(/\s+/g, ' ');
        expect(text).toContain('Teilnahmebescheinigung');
        expect(text).toContain(name);
        for (const other of NAMES.filter((n) => n !== name)) expect(text).not.toContain(other);
        expect(text).toContain('Basisfortbildung Kinderschutz');
        expect(text).toContain('Mittwoch, 12. Juni 2024, 09:00–15:30 Uhr');
        expect(text).toContain('8 Unterrichtseinheiten zu je 45 Minuten');
        expect(text).toContain('Gewichtige Anhaltspunkte erkennen und dokumentieren');
      });
      // nowhere else: the network's files unchanged, no name in a message or another file
      expect(fingerprint(net)).toBe(before);
      expect(filesWithNames(net)).toEqual([]);
      expect(filesWithNames(out, (f) => /^bescheinigung-\d\.pdf$/.test(f))).toEqual([]);
      for (const name of NAMES) expect(r.stdout + r.stderr).not.toContain(name.split(' ').at(-1));
    },
  );

  it('--names from a CSV as German Excel writes it (Windows-1252); --blank N: one PDF of N pages to fill in', async () => {
    const list = join(tmp.dir, 'liste.csv');
    writeFileSync(list, Buffer.from('Name\r\nErika Quellbach\r\nZo\xeb Nordlicht\r\n', 'latin1'));
    const out = join(tmp.dir, 'csv');
    const r = await run(['certificate', MEETING, join(EXAMPLES, 'kreis-kleve'), '--names', list, '--out', out, '--today', '2026-11-23'], ENV);
    expect(r.code).toBe(0);
    expect(readPdf(join(out, 'bescheinigung-2.pdf')).text).toContain('Zoë Nordlicht');

    const blank = join(tmp.dir, 'blanko');
    const b = await run(['certificate', MEETING, join(EXAMPLES, 'kreis-kleve'), '--blank', '3', '--out', blank, '--lang', 'en', '--today', '2026-11-23'], ENV);
    expect(b.code).toBe(0);
    expect(readdirSync(blank)).toEqual(['bescheinigungen-blanko.pdf']);
    const pdf = readPdf(join(blank, 'bescheinigungen-blanko.pdf'));
    expectTaggedA4(pdf.info);
    expect(pdf.pages).toBe(3);
    expect(pdf.text.match(/Certificate of attendance\n/g)?.length).toBe(3);
    expect(pdf.text).toContain('First and last name');
  });
});
