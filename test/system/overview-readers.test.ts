// netzwerk overview's files read back by programs that did not write them: the JSON against its
// own schema (python3-jsonschema, schemas/output/overview.schema.json), the Excel workbook by
// openpyxl (numbers as numbers, dates as dates, three sheets, no person), the CSV by csv-parse
// (one row per network and per youth office), the HTML by tidy and by axe-core in Chromium,
// without horizontal scrolling of the page at 375 and 1280 px (photographed with SCREENSHOTS=1).
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parse as parseCsv } from 'csv-parse/sync';
import { afterAll, describe, expect, it } from 'vitest';
import { axeViolations, screenshotPath, withChromium } from '../support/chromium.js';
import { EXAMPLES, FIXTURES, ROOT, run, tempDir } from '../support/helpers.js';
import { hasPythonModule, hasTool, PYTHON } from '../support/tools.js';

// What the page's script below touches in Chromium (the tests have no DOM types).
declare const document: { documentElement: { scrollWidth: number } };
declare const window: { innerWidth: number };

const F = join(FIXTURES, 'overview');
const SOURCES = [join(F, 'berichte'), join(F, 'netzwerke', 'fh-ahlheim'), join(EXAMPLES, 'kreis-kleve'), '--reference', join(F, 'jugendaemter.csv')];
const TODAY = ['--today', '2026-11-23'];
const PERSONS = ['Nora Nordlicht', 'Arne Ahlers', 'Ina Insofa', 'Sina Süd', 'Alma Alt', 'Frida Früh', 'Miriam Tebest', 'Mehmet Yılmaz'];
const tmp = tempDir('netzwerk-overview-readers-');
afterAll(() => tmp.remove());

async function write(format: string, ...extra: string[]): Promise<string> {
  const file = join(tmp.dir, `uebersicht-${extra.join('')}.${format}`);
  const r = await run(['overview', ...SOURCES, ...extra, '--out', file, ...TODAY]);
  expect(r.code, r.stderr).toBe(0);
  return file;
}

describe('overview files read back', () => {
  it.runIf(hasPythonModule('jsonschema'))('JSON: valid for its schema (python3-jsonschema), grouped or not; a key it does not know is not', async () => {
    const files = [await write('json'), await write('json', '--group-by', 'kreis'), await write('json', '--group-by', 'landesjugendamt')];
    const bad = join(tmp.dir, 'bad.json');
    const sample = JSON.parse(readFileSync(files[0]!, 'utf8'));
    writeFileSync(bad, JSON.stringify({ ...sample, networks: [{ ...sample.networks[0], coordinator_names: ['x'] }] }));
    const check = (list: string[]) =>
      spawnSync(PYTHON, [join(ROOT, 'test', 'independent', 'validate_report_json.py'), join(ROOT, 'schemas', 'output', 'overview.schema.json'), ...list], {
        encoding: 'utf8',
      });
    const good = check(files);
    expect(good.stdout).toContain('3 files checked, 0 failed');
    expect(check([bad]).stdout).toMatch(/FAIL .*bad\.json: networks\/0: Additional properties are not allowed \('coordinator_names'/);
  });

  it.runIf(hasPythonModule('openpyxl'))(
    'Excel: three sheets, a row per network and per youth office, numbers and dates typed, no person (openpyxl)',
    async () => {
      const file = await write('xlsx', '--group-by', 'landesjugendamt');
      const r = spawnSync(
        PYTHON,
        [
          '-c',
          `import json, sys, openpyxl
book = openpyxl.load_workbook(sys.argv[1])
out = {"sheets": book.sheetnames, "rows": [[(c.value.isoformat() if hasattr(c.value, "isoformat") else c.value, c.data_type, c.is_date) for c in row] for row in book.worksheets[0].iter_rows()], "categories": [[c.value for c in row] for row in book["Kategorien"].iter_rows()]}
print(json.dumps(out, ensure_ascii=False))`,
          file,
        ],
        { encoding: 'utf8' },
      );
      expect(r.status, r.stderr).toBe(0);
      const book = JSON.parse(r.stdout) as { sheets: string[]; rows: [string | number | null, string, boolean][][]; categories: (string | number | null)[][] };
      expect(book.sheets).toEqual(['Übersicht', 'Kategorien', 'Hinweise']);
      const header = book.rows[0]!.map((c) => c[0]);
      const at = (name: string) => header.indexOf(name);
      const nordkreis = book.rows.find((row) => row[at('Netzwerk')]![0] === 'Netzwerk Kinderschutz Nordkreis' && row[at('Ebene')]![0] === 'Netzwerk')!;
      expect(nordkreis[at('Gruppe')]![0]).toBe('LVR-Landesjugendamt Rheinland');
      expect(nordkreis[at('Teilnehmende')]).toEqual([27, 'n', false]);
      expect(nordkreis[at('Stellenanteil')]).toEqual([0.75, 'n', false]);
      expect(nordkreis[at('Gegründet')]).toEqual(['2024-01-15T00:00:00', 'd', true]);
      const levels = book.rows.slice(1).map((row) => row[at('Ebene')]![0]);
      // 7 sources (kreis-kleve as a folder) and 1 + 1 + 2 + 1 + 1 + 1 + 6 youth offices
      expect(levels.filter((l) => l === 'Netzwerk')).toHaveLength(7);
      expect(levels.filter((l) => l === 'Jugendamt')).toHaveLength(13);
      expect(book.categories[1]).toEqual(['Jugendamt (ASD)', 5, 5, '100 %', 4, 4, '100 %']);
      for (const person of PERSONS) expect(r.stdout, person).not.toContain(person);
    },
  );

  it('CSV: the same table, one row per network and per youth office, for German Excel (csv-parse)', async () => {
    const text = readFileSync(await write('csv'), 'utf8');
    expect(text.startsWith('\uFEFF')).toBe(true);
    expect(text).toContain('\r\n');
    const rows = parseCsv(text, { delimiter: ';', bom: true, relax_column_count: false }) as string[][];
    const header = rows[0]!;
    const nordkreis = rows.find((row) => row[header.indexOf('Netzwerk')] === 'Netzwerk Kinderschutz Nordkreis' && row[0] === 'Netzwerk')!;
    expect(nordkreis[header.indexOf('Stellenanteil')]).toBe('0,75');
    expect(nordkreis[header.indexOf('Gegründet')]).toBe('15.01.2024');
    expect(nordkreis[header.indexOf('Aufgabe Abs. 2 Nr. 1')]).toBe('kein Beleg');
    expect(rows.filter((row) => row[0] === 'Jugendamt')).toHaveLength(13);
    for (const person of PERSONS) expect(text, person).not.toContain(person);
  });

  it.runIf(hasTool('tidy'))('HTML: no errors or warnings for tidy', async () => {
    for (const extra of [[], ['--group-by', 'kreis']]) {
      const r = spawnSync('tidy', ['-errors', '-quiet', '-utf8', await write('html', ...extra)], { encoding: 'utf8' });
      expect(r.stderr).toBe('');
      expect(r.status).toBe(0);
    }
  });

  it.runIf(hasTool('chromium'))(
    'HTML: no accessibility violations (axe-core) and no horizontal scrolling at 375 and 1280 px in Chromium',
    { timeout: 120_000 },
    async () => {
      const file = await write('html', '--group-by', 'landesjugendamt');
      const html = readFileSync(file, 'utf8');
      expect(html).toContain('<svg class="chart bars"');
      await withChromium(async (browser) => {
        expect(await axeViolations(browser, html, screenshotPath('overview'))).toEqual([]);
        for (const width of [375, 1280]) {
          const page = await browser.newPage();
          try {
            await page.setViewport({ width, height: 900 });
            await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
            const { scroll, inner } = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, inner: window.innerWidth }));
            expect(scroll, `at ${width} px`).toBeLessThanOrEqual(inner);
            const shot = screenshotPath(`overview-${width}`);
            if (shot) await page.screenshot({ path: shot, fullPage: true });
          } finally {
            await page.close();
          }
        }
      });
    },
  );
});
