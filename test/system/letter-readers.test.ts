// `person --format letter` read back by independent programs: the HTML page passes tidy and
// axe-core in a real Chromium, keeps the address field's width, and prints as a PDF through the
// shared PDF path (poppler reads it). The letter's content: test/cli/letter.test.ts.
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { axeViolations, screenshotPath, withChromium } from '../support/chromium.js';
import { FIXTURES, ROOT, run, tempDir } from '../support/helpers.js';
import { expectTaggedA4, hasTool, readPdf } from '../support/tools.js';

const NET = join(FIXTURES, 'privacy', 'beispielstadt');
const TODAY = ['--today', '2026-11-23'];
const hasChromium = hasTool('chromium');
const hasTidy = hasTool('tidy');
const hasPoppler = hasTool('pdftotext');

describe('person --format letter, read back', () => {
  it.runIf(hasTidy)('--out brief.html is valid for tidy', async () => {
    const tmp = tempDir();
    try {
      const r = await run(['person', 'Anna Müller', NET, '--out', 'brief.html', ...TODAY], { cwd: tmp.dir });
      expect(r.code, r.stderr).toBe(0);
      const tidy = spawnSync('tidy', ['-errors', '-quiet', '-utf8', join(tmp.dir, 'brief.html')], { encoding: 'utf8' });
      expect(tidy.stderr).toBe('');
      expect(tidy.status).toBe(0);
    } finally {
      tmp.remove();
    }
  });

  it.runIf(hasChromium)('the HTML letter has no accessibility violations (axe-core in Chromium)', { timeout: 120_000 }, async () => {
    const html = await htmlOf('Anna Müller');
    const violations = await withChromium((browser) => axeViolations(browser, html, screenshotPath('letter')));
    expect(violations).toEqual([]);
  });

  it.runIf(hasChromium)('the address field keeps its width beside a long sender (printed A4 width)', { timeout: 120_000 }, async () => {
    const tmp = tempDir();
    try {
      // Herne's coordination: a sender line wider than half the page.
      writeFileSync(join(tmp.dir, 'brief.html'), await htmlOf('Anja Krampe', join(ROOT, 'examples', 'herne')));
      const widths = await withChromium(async (browser) => {
        const page = await browser.newPage();
        await page.setViewport({ width: 794, height: 1123 });
        await page.goto(pathToFileURL(join(tmp.dir, 'brief.html')).href, { waitUntil: 'load' });
        const measured = await page.evaluate(() => {
          // the page's own document (the tests are compiled without the DOM library)
          const doc = (globalThis as unknown as { document: { querySelector(s: string): { getBoundingClientRect(): { width: number } } } }).document;
          const width = (selector: string) => doc.querySelector(selector).getBoundingClientRect().width;
          return { head: width('.letterhead'), addressee: width('.addressee') };
        });
        await page.close();
        return measured;
      });
      // A sender line longer than half the page once took all the room it wanted and left the
      // addressee a column one word wide.
      expect(widths.addressee).toBeGreaterThan(widths.head * 0.4);
    } finally {
      tmp.remove();
    }
  });

  it.runIf(hasChromium && hasPoppler)('--out brief.pdf: A4, tagged, with the letter, page numbers and the date', { timeout: 120_000 }, async () => {
    const tmp = tempDir();
    try {
      const r = await run(['person', 'Anna Müller', NET, '--out', 'brief.pdf', ...TODAY], { cwd: tmp.dir, env: { PATH: process.env.PATH ?? '' } });
      expect(r.code, r.stderr).toBe(0);
      const { info, text } = readPdf(join(tmp.dir, 'brief.pdf'));
      expectTaggedA4(info);
      expect(text).toContain('Guten Tag Anna Müller,');
      expect(text).toContain('Kavalleriestraße 2–4, 40213 Düsseldorf');
      expect(text).toMatch(/Auskunft nach Art\. 15 DSGVO · Netzwerk Kinderschutz Beispielstadt · Stand 23\.11\.2026 +Seite 1 von \d/);
    } finally {
      tmp.remove();
    }
  });
});

async function htmlOf(query: string, net = NET): Promise<string> {
  const tmp = tempDir();
  try {
    await run(['person', query, net, '--out', 'brief.html', ...TODAY], { cwd: tmp.dir });
    return readFileSync(join(tmp.dir, 'brief.html'), 'utf8');
  } finally {
    tmp.remove();
  }
}
