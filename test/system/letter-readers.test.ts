// `person --format letter` read back by independent programs: the HTML page passes tidy and
// axe-core in a real Chromium, keeps the address field's width, and prints as a PDF through the
// shared PDF path (poppler reads it). The letter's content: test/cli/letter.test.ts.
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { axeViolations, screenshotPath, withChromium } from '../support/chromium.js';
import { EXAMPLES, FIXTURES, ROOT, run, tempDir } from '../support/helpers.js';
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

  it.runIf(hasPoppler)('--out brief.pdf: A4, tagged, with the letter, page numbers and the date', { timeout: 120_000 }, async () => {
    const tmp = tempDir();
    try {
      const r = await run(['person', 'Anna Müller', NET, '--out', 'brief.pdf', ...TODAY], { cwd: tmp.dir });
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

/** The lines of the first page as pdftotext -bbox-layout places them, in millimetres from the top left corner. */
function linesOf(file: string): { x: number; right: number; top: number; bottom: number; text: string }[] {
  const box = spawnSync('pdftotext', ['-bbox-layout', '-f', '1', '-l', '1', file, '-'], { encoding: 'utf8' }).stdout;
  const mm = (pt: string) => (Number(pt) * 25.4) / 72;
  return [...box.matchAll(/<line xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([\s\S]*?)<\/line>/g)].map((m) => ({
    x: mm(m[1]!),
    top: mm(m[2]!),
    right: mm(m[3]!),
    bottom: mm(m[4]!),
    text: [...m[5]!.matchAll(/>([^<]*)<\/word>/g)].map((w) => w[1]).join(' '),
  }));
}

/** Whether the first page has a dark mark on its left edge (4–10 mm) at `y` mm from the top (pdftoppm, 100 dpi, grey). */
function markAt(file: string, y: number, dir: string): boolean {
  spawnSync('pdftoppm', ['-gray', '-r', '100', '-f', '1', '-l', '1', file, join(dir, 'seite')]);
  const pgm = readFileSync(join(dir, 'seite-1.pgm'));
  const [, w, , max] = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(pgm.subarray(0, 40).toString('latin1'))!;
  const width = Number(w);
  const offset = pgm.indexOf(`${max}\n`) + `${max}\n`.length;
  const px = (mm: number) => Math.round((mm / 25.4) * 100);
  for (let row = px(y) - 2; row <= px(y) + 2; row++) for (let col = px(4); col <= px(10); col++) if (pgm[offset + row * width + col]! < 180) return true;
  return false;
}

describe.runIf(hasPoppler)('the letter in a window envelope (DIN 5008)', () => {
  const zone = (lines: ReturnType<typeof linesOf>, from: number, to: number) => lines.filter((l) => l.x < 105 && l.top >= from - 0.05 && l.bottom <= to + 0.05);

  it(
    'form B: return address and address in the field 45 mm from the top and 20 mm from the left, the sender beside it, "Sehr geehrte Frau …", fold marks',
    { timeout: 120_000 },
    async () => {
      const tmp = tempDir();
      try {
        const r = await run(['person', 'Wiebke Hendricks', join(EXAMPLES, 'kreis-kleve'), '--out', 'brief.pdf', ...TODAY], { cwd: tmp.dir });
        expect(r.code, r.stderr).toBe(0);
        const file = join(tmp.dir, 'brief.pdf');
        const lines = linesOf(file);
        // the field: 85 × 45 mm from (20, 45); its upper 17.7 mm hold the return address, the lower 27.3 mm the address
        const notes = zone(lines, 45, 62.7);
        expect(notes.map((l) => l.text).join(' ')).toBe('Stadt Emmerich am Rhein – Jugendamt · Geistmarkt 1 · 46446 Emmerich am Rhein');
        const address = zone(lines, 62.7, 90);
        expect(address.map((l) => l.text)).toEqual(['Frau Wiebke Hendricks', 'Stadt Emmerich am Rhein – Jugendamt', 'Geistmarkt 1', '46446 Emmerich am Rhein']);
        for (const l of [...notes, ...address]) {
          expect(l.x, l.text).toBeCloseTo(20, 1);
          expect(l.right, l.text).toBeLessThanOrEqual(105);
        }
        // the sender's block beside it, from 125 mm, with the date
        const sender = lines.filter((l) => l.x >= 124.9 && l.top < 98);
        expect(sender[0]!.text).toBe('Koordinierungsstelle Netzwerk Kinderschutz');
        expect(sender[0]!.top).toBeGreaterThanOrEqual(49.9);
        expect(sender.map((l) => l.text)).toContain('Emmerich am Rhein, 23.11.2026');
        // the subject below the field, then the greeting by salutation and surname
        const text = spawnSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).stdout;
        expect(text).toContain('Sehr geehrte Frau Hendricks,');
        expect(lines.find((l) => l.text.startsWith('Ihre Anfrage nach Art. 15 DSGVO'))!.top).toBeGreaterThan(90);
        // fold marks at 105 and 210 mm, the hole mark at 148.5 mm, nothing in between
        for (const y of [105, 148.5, 210]) expect(markAt(file, y, tmp.dir), `${y} mm`).toBe(true);
        for (const y of [87, 120, 192]) expect(markAt(file, y, tmp.dir), `${y} mm`).toBe(false);
      } finally {
        tmp.remove();
      }
    },
  );

  it(
    'form A when network.yaml says letter_form: A: the field 27 mm from the top, fold marks at 87 and 192 mm; "Herr …" and "Guten Tag …" in English too',
    { timeout: 120_000 },
    async () => {
      const tmp = tempDir();
      try {
        const r = await run(['person', 'Agnieszka Nowicka', join(EXAMPLES, 'ratingen'), '--out', 'brief.pdf', ...TODAY], { cwd: tmp.dir });
        expect(r.code, r.stderr).toBe(0);
        const file = join(tmp.dir, 'brief.pdf');
        const lines = linesOf(file);
        expect(
          zone(lines, 27, 44.7)
            .map((l) => l.text)
            .join(' '),
        ).toContain('Minoritenstraße 2-6 · 40878 Ratingen');
        expect(zone(lines, 44.7, 72).map((l) => l.text)[0]).toBe('Agnieszka Nowicka');
        expect(lines.find((l) => l.x >= 124.9)!.top).toBeGreaterThanOrEqual(31.9);
        for (const y of [87, 148.5, 192]) expect(markAt(file, y, tmp.dir), `${y} mm`).toBe(true);
        for (const y of [105, 210]) expect(markAt(file, y, tmp.dir), `${y} mm`).toBe(false);
        expect(spawnSync('pdftotext', [file, '-'], { encoding: 'utf8' }).stdout).toContain('Guten Tag Agnieszka Nowicka,');

        const en = await run(['person', 'Lukas Verhülsdonk', join(EXAMPLES, 'kreis-kleve'), '--lang', 'en', '--out', 'letter.pdf', ...TODAY], { cwd: tmp.dir });
        expect(en.code, en.stderr).toBe(0);
        const english = spawnSync('pdftotext', [join(tmp.dir, 'letter.pdf'), '-'], { encoding: 'utf8' }).stdout;
        expect(english).toContain('Dear Mr Verhülsdonk,');
        expect(english).toContain('Mr Lukas Verhülsdonk');
      } finally {
        tmp.remove();
      }
    },
  );
});
