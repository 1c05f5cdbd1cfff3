// netzwerk sheet read back by independent programs: the HTML page passes tidy and axe-core in a
// real Chromium (photographed with SCREENSHOTS=1), the PDF is A4, tagged, with no block split
// across pages (pdfinfo, pdftotext). The page and the CSV template: test/cli/sheet.test.ts.
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { axeViolations, screenshotPath, withChromium } from '../support/chromium.js';
import { EXAMPLES, EXAMPLE_NAMES, FIXTURES, run, tempDir } from '../support/helpers.js';
import { institutions, nextPlanned, sheet, TODAY } from '../support/sheet.js';
import { expectTaggedA4, hasTool, readPdf } from '../support/tools.js';

const NET = join(FIXTURES, 'meetings', 'cycle');
const hasTidy = hasTool('tidy');
const hasChromium = hasTool('chromium');
const canPrint = hasTool('pdfinfo') && hasTool('pdftotext');

describe('sheet: the page, read back', () => {
  it.runIf(hasTidy).each(EXAMPLE_NAMES)('passes tidy without errors or warnings: %s', async (name) => {
    const tmp = tempDir();
    try {
      const dir = join(EXAMPLES, name);
      const file = join(tmp.dir, 'sheet.html');
      writeFileSync(file, await sheet(await nextPlanned(dir), dir));
      const r = spawnSync('tidy', ['-errors', '-quiet', '-utf8', file], { encoding: 'utf8' });
      expect(r.stderr).toBe('');
      expect(r.status).toBe(0);
    } finally {
      tmp.remove();
    }
  });

  it.runIf(hasChromium)('has no accessibility violations in a real Chromium (axe-core)', { timeout: 180_000 }, async () => {
    await withChromium(async (browser) => {
      for (const [dir, id] of [
        [NET, '2026-12-fachtag'],
        [join(EXAMPLES, 'kreis-wesel'), await nextPlanned(join(EXAMPLES, 'kreis-wesel'))],
      ] as const) {
        const shot = screenshotPath(`sheet-${id}`);
        expect(await axeViolations(browser, await sheet(id, dir), shot)).toEqual([]);
      }
    });
  });
});

describe.runIf(canPrint)('sheet as PDF', () => {
  it('A4, tagged, the footer on every page, every institution once, no block split across pages, the same bytes again', { timeout: 180_000 }, async () => {
    const tmp = tempDir();
    const dir = join(EXAMPLES, 'kreis-wesel');
    try {
      const id = await nextPlanned(dir);
      const r = await run(['sheet', id, dir, '--out', 'liste.pdf', ...TODAY], { cwd: tmp.dir });
      expect(r.code, r.stderr).toBe(0);
      const file = join(tmp.dir, 'liste.pdf');
      const { info, pages, text } = readPdf(file);
      expectTaggedA4(info);
      expect(pages).toBeGreaterThan(1);
      const perPage = text.split('\f').filter((p) => p.trim() !== '');
      expect(perPage).toHaveLength(pages);
      const title = (
        JSON.parse((await run(['meetings', dir, '--format', 'json', ...TODAY])).stdout) as { meetings: { id: string; title: string }[] }
      ).meetings.find((m) => m.id === id)!.title;
      perPage.forEach((page, i) => {
        expect(page).toMatch(
          new RegExp(`Teilnahmeliste · ${title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} · \\d\\d\\.\\d\\d\\.\\d{4} +Seite ${i + 1} von ${pages}`),
        );
      });
      // No block split across pages, read from the words' positions (pdftotext -bbox-layout): each
      // table header "Unterschrift" has its caption just above it on the same page, and room
      // below it for its two empty lines (9 mm each) before the bottom margin (18 mm).
      const bbox = spawnSync('pdftotext', ['-bbox-layout', file, '-'], { encoding: 'utf8' }).stdout;
      const mm = 72 / 25.4;
      const pageBoxes = bbox.split('<page ').slice(1);
      expect(pageBoxes).toHaveLength(pages);
      let headers = 0;
      for (const [i, box] of pageBoxes.entries()) {
        const height = Number(/height="([\d.]+)"/.exec(box)![1]);
        const words = [...box.matchAll(/<word xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)<\/word>/g)].map((m) => ({
          top: Number(m[1]),
          bottom: Number(m[2]),
          text: m[3]!,
        }));
        for (const h of words.filter((w) => w.text === 'Unterschrift')) {
          headers++;
          expect(
            words.some((w) => w.bottom <= h.top && w.bottom > h.top - 30),
            `caption above the header at ${h.top} on page ${i + 1}`,
          ).toBe(true);
          expect(h.bottom + 2 * 9 * mm, `room for the lines below the header at ${h.top} on page ${i + 1}`).toBeLessThanOrEqual(height - 18 * mm + 1);
        }
      }
      const invited = await institutions(dir, id);
      expect(invited.length).toBeGreaterThan(10);
      expect(headers).toBe(invited.length + 1); // and the guests' table
      const all = perPage.join(' ').replace(/\s+/g, ' ');
      for (const p of invited) expect(all.split(p.name.replace(/\s+/g, ' ')).length - 1, p.name).toBeGreaterThanOrEqual(1);
      const again = await run(['sheet', id, dir, '--out', 'zwei.pdf', ...TODAY], { cwd: tmp.dir });
      expect(again.code).toBe(0);
      expect(readFileSync(join(tmp.dir, 'zwei.pdf'))).toEqual(readFileSync(file));
    } finally {
      tmp.remove();
    }
  });
});
