// `report --out bericht.pdf`: printed by the Chromium on the machine through the shared PDF path
// (src/write/pdf.ts) and read back by poppler (pdfinfo, pdftotext): A4, tagged, page numbers and
// the "Stand" date in every page's footer, the report's content, table headers repeated on a new
// page. Without a browser, and finding one: test/cli/report-pdf-errors.test.ts.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXAMPLES, run, tempDir } from '../support/helpers.js';
import { expectTaggedA4, hasTool, readPdf } from '../support/tools.js';

const TODAY = ['--today', '2026-11-23'];
const canPrint = hasTool('chromium') && hasTool('pdfinfo') && hasTool('pdftotext');
const ENV = { PATH: process.env.PATH ?? '' };

describe.runIf(canPrint)('report as PDF', () => {
  it('A4, tagged, page numbers and the Stand date on every page, the same bytes on a second run', { timeout: 180_000 }, async () => {
    const tmp = tempDir();
    try {
      const r = await run(['report', join(EXAMPLES, 'kreis-kleve'), '--out', 'bericht.pdf', ...TODAY], { cwd: tmp.dir, env: ENV });
      expect(r.code, r.stderr).toBe(0);
      const file = join(tmp.dir, 'bericht.pdf');
      const { info, pages, text } = readPdf(file);
      expectTaggedA4(info);
      expect(pages).toBeGreaterThan(1);
      // the one line on stderr says what was written, with the pages poppler counts
      expect(r.stderr).toBe(`✔ bericht.pdf geschrieben (${pages} Seiten)\n`);
      expect(info).toMatch(/CreationDate: +Mon Nov 23 00:00:00 2026/);
      const perPage = text.split('\f').filter((p) => p.trim() !== '');
      expect(perPage).toHaveLength(pages);
      perPage.forEach((page, i) =>
        expect(page).toMatch(new RegExp(`Netzwerkbericht 2026 · Netzwerk Kinderschutz Kreis Kleve · Stand 23\\.11\\.2026 +Seite ${i + 1} von ${pages}`)),
      );
      expect(text).toContain('Netzwerk Kinderschutz Kreis Kleve');
      expect(text).toContain('Abdeckung');
      // The table of gaps runs over a page: its header row is printed again on the next page.
      const gapsHeader = perPage.filter((p) => /Kommune +Fehlende Kategorien/.test(p)).length;
      expect(gapsHeader).toBeGreaterThan(1);
      const again = await run(['report', join(EXAMPLES, 'kreis-kleve'), '--out', 'zwei.pdf', ...TODAY], { cwd: tmp.dir, env: ENV });
      expect(again.code).toBe(0);
      expect(readFileSync(join(tmp.dir, 'zwei.pdf'))).toEqual(readFileSync(file));
    } finally {
      tmp.remove();
    }
  });

  it('with --compare: the task matrix, participation and the comparison printed on A4', { timeout: 180_000 }, async () => {
    const tmp = tempDir();
    try {
      const r = await run(['report', join(EXAMPLES, 'kreis-kleve'), '--compare', 'previous', '--out', 'vergleich.pdf', ...TODAY], { cwd: tmp.dir, env: ENV });
      expect(r.code, r.stderr).toBe(0);
      const file = join(tmp.dir, 'vergleich.pdf');
      const { info, text } = readPdf(file);
      expectTaggedA4(info);
      for (const heading of [
        'Vergleich mit 2025',
        'Aufgaben nach § 9 LKiSchG NRW',
        'Teilnahme nach Kategorien des § 9 Abs. 4 LKiSchG NRW',
        'Auswertung der Qualifizierungsangebote',
      ]) {
        expect(text).toContain(heading);
      }
      expect(text).toMatch(/Teilnehmende +130 +93 +\+37/);
      expect(text).toMatch(/§ 9 Abs\. 2 Nr\. 3 +die bedarfsgerechte Organisation .*kein Beleg/);
    } finally {
      tmp.remove();
    }
  });
});
