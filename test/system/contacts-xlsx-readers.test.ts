// `contacts --out liste.xlsx`: a real Excel workbook, read back by independent readers: openpyxl
// (python3-openpyxl) for values, types, formats, bold header, frozen pane, autofilter and widths,
// and LibreOffice (soffice, converted to CSV) for what a user sees. The bytes are the same in
// every time zone (the built bin). The format's choice: test/cli/contacts-xlsx.test.ts.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { FIXTURES, ROOT, run, runBin, tempDir } from '../support/helpers.js';
import { hasPythonModule, hasTool, PYTHON } from '../support/tools.js';

/** The header of the German contact list: the directory's table names the same things the same way. */
const HEADER = ['Einrichtung', 'Bereich', 'Zuständig für', 'Ansprechperson', 'Funktion', 'E-Mail', 'Telefon', 'Mobil', 'InsoFa', 'Sichtbarkeit', 'Geprüft am'];

const NET = join(FIXTURES, 'contacts', 'canary');
const TODAY = ['--today', '2026-11-23'];
const hasOpenpyxl = hasPythonModule('openpyxl');
const hasSoffice = hasTool('soffice');

interface Read {
  sheets: string[];
  names: Record<string, string>;
  print_titles: string | null;
  paper: string | number | null;
  orientation: string | null;
  fit_width: string | number | null;
  fit: boolean | null;
  freeze: string;
  filter: string;
  widths: Record<string, number>;
  created: string;
  cells: { ref: string; value: string | number; type: string; date: boolean; format: string; bold: boolean }[];
}

async function workbook(dir: string, ...extra: string[]): Promise<string> {
  const r = await run(['contacts', NET, '--audience', 'internal', '--out', 'liste.xlsx', ...TODAY, ...extra], { cwd: dir });
  expect(r.code, r.stderr).toBe(0);
  return join(dir, 'liste.xlsx');
}

describe('contacts as an Excel workbook', () => {
  it.runIf(hasOpenpyxl)('openpyxl reads the cells: text phones, real dates, bold frozen header, autofilter, widths', async () => {
    const tmp = tempDir();
    try {
      const file = await workbook(tmp.dir);
      const r = spawnSync(PYTHON, [join(ROOT, 'test', 'independent', 'read_xlsx.py'), file], { encoding: 'utf8' });
      expect(r.status, r.stderr).toBe(0);
      const book = JSON.parse(r.stdout) as Read;
      expect(book.sheets).toEqual(['Kontakte intern']); // whom the list is for
      expect(book.freeze).toBe('A2');
      const rows = new Set(book.cells.map((c) => Number(c.ref.replace(/^[A-Z]+/, '')))).size;
      expect(book.filter).toBe(`A1:K${rows}`);
      // the filter's range under Excel's own name (LibreOffice shows the filter with it), A4 landscape, the header row on every page
      expect(book.names['_xlnm._FilterDatabase']).toBe(`'Kontakte intern'!$A$1:$K$${rows}`);
      expect(book.print_titles).toBe('1:1');
      expect([Number(book.paper), book.orientation, Number(book.fit_width), book.fit]).toEqual([9, 'landscape', 1, true]);
      expect(book.created).toBe('2026-11-23T00:00:00');
      expect(Object.keys(book.widths).sort()).toEqual(['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'I', 'J', 'K']);
      const header = book.cells.filter((c) => c.ref.endsWith('1') && c.ref.length === 2);
      expect(header.map((c) => c.value)).toEqual(HEADER);
      expect(header.every((c) => c.bold)).toBe(true);
      const phones = book.cells.filter((c) => c.ref.startsWith('G') && c.ref !== 'G1');
      expect(phones.length).toBeGreaterThan(5);
      for (const p of phones) expect([p.ref, p.type, p.format]).toEqual([p.ref, 's', '@']);
      // As written, without the apostrophe the CSV needs: a cell here is never a formula.
      expect(phones.map((p) => p.value)).toContain('+49 0000 0004');
      expect(phones.map((p) => p.value)).toContain('00000000123');
      const dates = book.cells.filter((c) => c.ref.startsWith('K') && c.ref !== 'K1');
      expect(dates.length).toBeGreaterThan(3);
      for (const d of dates) expect([d.date, d.format]).toEqual([true, 'DD.MM.YYYY']);
      expect(dates.map((d) => d.value)).toContain('2026-03-01T00:00:00');
      expect(book.cells.some((c) => c.value === 'Psychologe\nund Familientherapeut')).toBe(true);
      expect(book.cells.some((c) => typeof c.value === 'string' && c.value.startsWith('='))).toBe(true); // stored as text, not run
      expect(book.cells.filter((c) => c.type === 'f')).toEqual([]);
    } finally {
      tmp.remove();
    }
  });

  it.runIf(hasSoffice)('LibreOffice shows the filter buttons and repeats the header row when printing', { timeout: 180_000 }, async () => {
    const tmp = tempDir();
    try {
      const file = await workbook(tmp.dir);
      const r = spawnSync(
        'soffice',
        [`-env:UserInstallation=file://${join(tmp.dir, 'profile')}`, '--headless', '--convert-to', 'ods', '--outdir', join(tmp.dir, 'ods'), file],
        {
          encoding: 'utf8',
          timeout: 150_000,
        },
      );
      expect(r.status, r.stderr).toBe(0);
      const content = spawnSync('unzip', ['-p', join(tmp.dir, 'ods', 'liste.ods'), 'content.xml'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }).stdout;
      // a database range over the table with its filter buttons shown: what LibreOffice makes of an autofilter it recognises
      expect(content).toMatch(
        /<table:database-range [^>]*table:target-range-address="&apos;Kontakte intern&apos;\.A1:&apos;Kontakte intern&apos;\.K\d+"[^>]*table:display-filter-buttons="true"/,
      );
      expect(content).toContain('<table:table-header-rows>');
    } finally {
      tmp.remove();
    }
  });

  it.runIf(hasSoffice)('LibreOffice opens it with the right cells', { timeout: 180_000 }, async () => {
    const tmp = tempDir();
    try {
      const file = await workbook(tmp.dir);
      const r = spawnSync(
        'soffice',
        [
          `-env:UserInstallation=file://${join(tmp.dir, 'profile')}`,
          '--headless',
          '--convert-to',
          'csv:Text - txt - csv (StarCalc):59,34,76,1',
          '--outdir',
          join(tmp.dir, 'csv'),
          file,
        ],
        { encoding: 'utf8', timeout: 150_000 },
      );
      expect(r.status, r.stderr).toBe(0);
      const rows = parse(readFileSync(join(tmp.dir, 'csv', 'liste.csv'), 'utf8'), { delimiter: ';', relax_column_count: true }) as string[][];
      expect(rows[0]).toEqual(HEADER);
      const phones = rows.slice(1).map((r) => r[6]);
      expect(phones).toContain('+49 0000 0004');
      expect(phones).toContain('00000000123');
      expect(rows.slice(1).map((r) => r[10])).toContain('01.03.2026');
      expect(rows.flat()).toContain('Psychologe\nund Familientherapeut');
    } finally {
      tmp.remove();
    }
  });

  it('the same data and --today give the same bytes in any time zone (built bin)', async () => {
    const tmp = tempDir();
    try {
      const zones = ['UTC', 'Pacific/Kiritimati', 'America/Los_Angeles'];
      const results = await Promise.all(
        zones.map((tz) => runBin(['contacts', NET, '--out', `liste-${tz.replace('/', '-')}.xlsx`, ...TODAY], { cwd: tmp.dir, env: { TZ: tz } })),
      );
      for (const r of results) expect(r.code, r.stderr).toBe(0);
      const [a, b, c] = ['UTC', 'Pacific-Kiritimati', 'America-Los_Angeles'].map((n) => readFileSync(join(tmp.dir, `liste-${n}.xlsx`)));
      expect(b).toEqual(a);
      expect(c).toEqual(a);
    } finally {
      tmp.remove();
    }
  });
});
