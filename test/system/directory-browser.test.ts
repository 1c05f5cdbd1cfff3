// The directory's HTML in a real headless Chromium (test/support/chromium.ts): zero axe-core violations
// (WCAG 2.1 A and AA) for every example at both audiences and in both languages; readable at
// 375 px and 1280 px without horizontal scrolling (screenshots saved, their width checked); no
// request to anything but the file itself; the filter working with JavaScript under the page's
// Content-Security-Policy and the page complete without it; the PDF on A4, tagged, read back by
// poppler (pdfinfo, pdftotext). The widths are always measured; screenshots (their width checked
// too) only with SCREENSHOTS=1 (test/support/chromium-setup.ts says where).
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import { FULL } from '../support/budget.js';
import { axeViolations, screenshotPath, withChromium } from '../support/chromium.js';
import { EXAMPLE_NAMES, EXAMPLES, FIXTURES, run, tempDir } from '../support/helpers.js';
import { activePartners } from '../support/people.js';
import { expectTaggedA4, hasTool, readPdf } from '../support/tools.js';

const TODAY = '2026-11-23';
const hasChromium = hasTool('chromium');
const canPrint = hasTool('pdfinfo') && hasTool('pdftotext');
const TESTKREIS = join(FIXTURES, 'directory', 'testkreis');

async function html(dir: string, ...args: string[]): Promise<string> {
  const r = await run(['directory', dir, '--today', TODAY, ...args]);
  expect(r.code, r.stderr).toBe(0);
  return r.stdout;
}

/** Opens a file as a reader would (JavaScript on, the page's CSP in force), noting every request. */
async function open(
  browser: Browser,
  file: string,
  width: number,
  options: { js?: boolean } = {},
): Promise<{ page: Page; requests: string[]; errors: string[] }> {
  const page = await browser.newPage();
  const requests: string[] = [];
  const errors: string[] = [];
  page.on('request', (r) => void requests.push(r.url()));
  page.on('console', (m) => void (m.type() === 'error' && errors.push(m.text())));
  page.on('pageerror', (e) => void errors.push(String(e)));
  await page.setJavaScriptEnabled(options.js ?? true);
  await page.setViewport({ width, height: 900 });
  await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
  return { page, requests, errors };
}

/** The PNG's width from its IHDR chunk (bytes 16–19). */
const pngWidth = (file: string) => readFileSync(file).readUInt32BE(16);

/** At each width: no horizontal scrolling; when asked for, a screenshot of that width (the whole page, or what the window shows). */
async function checkWidths(browser: Browser, file: string, name: string, fullPage: boolean): Promise<void> {
  for (const width of [375, 1280]) {
    const { page, errors } = await open(browser, file, width);
    try {
      const { scroll, inner } = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, inner: window.innerWidth }));
      expect(scroll, `${name} at ${width} px`).toBeLessThanOrEqual(inner);
      const shot = screenshotPath(`${name}-${width}`);
      if (shot) {
        await page.screenshot({ path: shot, fullPage });
        expect(pngWidth(shot)).toBe(width);
      }
      expect(errors).toEqual([]);
    } finally {
      await page.close();
    }
  }
}

describe.runIf(hasChromium)('directory in Chromium', () => {
  it(
    'done when: the public Wegweiser of Kreis Kleve opens with zero axe violations, no horizontal scroll at 375 px, every active partner with its address',
    { timeout: 180_000 },
    async () => {
      const tmp = tempDir();
      try {
        const r = await run(['directory', join(EXAMPLES, 'kreis-kleve'), '--audience', 'public', '--out', 'wegweiser.html', '--today', TODAY], {
          cwd: tmp.dir,
        });
        expect(r.code, r.stderr).toBe(0);
        const file = join(tmp.dir, 'wegweiser.html');
        await withChromium(async (browser) => {
          expect(await axeViolations(browser, readFileSync(file, 'utf8'))).toEqual([]);
          const { page, requests, errors } = await open(browser, file, 375);
          expect(requests).toEqual([pathToFileURL(file).href]);
          expect(errors).toEqual([]);
          const seen = await page.evaluate(() => ({
            scroll: document.documentElement.scrollWidth,
            inner: window.innerWidth,
            text: document.body.innerText.replace(/\s+/g, ' '),
            filterShown: !document.getElementById('filter')!.hidden,
          }));
          expect(seen.scroll).toBeLessThanOrEqual(seen.inner);
          // The script ran under the page's CSP.
          expect(seen.filterShown).toBe(true);
          const active = activePartners(join(EXAMPLES, 'kreis-kleve'), TODAY);
          expect(active.length).toBe(22);
          for (const p of active) {
            expect(seen.text, p.name).toContain(p.name);
            const a = p.address;
            if (a?.street) expect(seen.text, `${p.name}: street`).toContain(a.street);
            if (a?.postal_code || a?.city) expect(seen.text, `${p.name}: city`).toContain([a.postal_code, a.city].filter(Boolean).join(' '));
          }
          const shot = screenshotPath('done-when-kreis-kleve-public-375');
          if (shot) await page.screenshot({ path: shot, fullPage: true });
          await page.close();
        });
      } finally {
        tmp.remove();
      }
    },
  );

  // axe for every kind of page (both audiences and languages, the largest network, a city of one
  // municipality, the fixture with every rule); the widths for every example at full size (npm
  // test: the pages axe checks). One test a page, several at a time (pages of the one browser).
  const AXE = new Set([
    'kreis-kleve-network',
    'kreis-kleve-public',
    'kreis-kleve-network-en',
    'kreis-kleve-public-en',
    'kreis-wesel-network',
    'kreis-wesel-public',
    'herne-public',
    'testkreis-public-en',
  ]);
  const all: [string, string[]][] = [
    ...EXAMPLE_NAMES.flatMap((example) =>
      (['network', 'public'] as const).map((audience): [string, string[]] => [`${example}-${audience}`, [join(EXAMPLES, example), '--audience', audience]]),
    ),
    ['kreis-kleve-public-en', [join(EXAMPLES, 'kreis-kleve'), '--audience', 'public', '--lang', 'en']],
    ['kreis-kleve-network-en', [join(EXAMPLES, 'kreis-kleve'), '--audience', 'network', '--lang', 'en']],
    ['testkreis-public-en', [TESTKREIS, '--audience', 'public', '--lang', 'en']],
  ];
  const pages = all.filter(([name]) => FULL || AXE.has(name));
  it.concurrent.for(pages)(
    'no horizontal scroll at 375 and 1280 px, and zero axe violations for every kind of page: %s',
    { timeout: 120_000 },
    async ([name, args], { expect }) => {
      const tmp = tempDir();
      try {
        await withChromium(async (browser) => {
          const page = await html(args[0]!, ...args.slice(1));
          if (AXE.has(name)) expect(await axeViolations(browser, page), name).toEqual([]);
          const file = join(tmp.dir, `${name}.html`);
          writeFileSync(file, page);
          // The whole page photographed for Kreis Kleve (the example of the issue); the window for the others.
          await checkWidths(browser, file, name, name.startsWith('kreis-kleve'));
        });
      } finally {
        tmp.remove();
      }
    },
  );

  it(
    'the filter: by municipality (whole-region partners stay), by theme, both; how many are left is said; without JavaScript the page is complete',
    { timeout: 120_000 },
    async () => {
      const tmp = tempDir();
      try {
        const file = join(tmp.dir, 'wegweiser.html');
        writeFileSync(file, await html(TESTKREIS, '--audience', 'public'));
        await withChromium(async (browser) => {
          const { page, errors } = await open(browser, file, 1280);
          const state = () =>
            page.evaluate(() => ({
              entries: [...document.querySelectorAll('#einrichtungen .entry')].filter((e) => e.offsetParent !== null).map((e) => e.id),
              groups: [...document.querySelectorAll('.group')].filter((e) => e.offsetParent !== null).map((e) => e.id),
              towns: [...document.querySelectorAll('section.town')].filter((e) => e.offsetParent !== null).map((e) => e.id),
              insofa: [...document.querySelectorAll('#insofa .card')].filter((e) => e.offsetParent !== null).map((e) => e.id),
              count: document.getElementById('filter-count')!.textContent,
            }));
          const choose = async (m: string, t: string) => {
            await page.select('#filter-m', m);
            await page.select('#filter-t', t);
          };
          const all = ['p-jugendamt', 'p-beratung-sued', 'p-familienhilfe-nord', 'p-kinderhaus-west', 'p-schule-am-teich', 'p-polizeiwache'];
          expect((await state()).entries).toEqual(all);
          expect((await state()).count).toBe('');
          await choose('boehlen', '');
          expect(await state()).toEqual({
            entries: ['p-jugendamt', 'p-beratung-sued', 'p-kinderhaus-west', 'p-polizeiwache'],
            groups: ['gruppe-jugendamt', 'gruppe-familienberatung', 'gruppe-polizei'],
            towns: ['kommune-boehlen', 'ganze-region'],
            insofa: ['insofa-jugendamt'],
            count: '4 Einrichtungen passen zur Auswahl.',
          });
          await choose('', 'schule');
          expect((await state()).entries).toEqual(['p-schule-am-teich']);
          expect((await state()).count).toBe('1 Einrichtung passt zur Auswahl.');
          await choose('zedorf', 'schule');
          expect(await state()).toMatchObject({ entries: [], groups: [], count: 'Keine Einrichtung passt zur Auswahl.' });
          await choose('', '');
          expect((await state()).entries).toEqual(all);
          expect(errors).toEqual([]);
          await page.close();

          // Without JavaScript: no form that does nothing, every entry there, every in-page link has its target.
          const off = await open(browser, file, 375, { js: false });
          const plain = await off.page.evaluate(() => ({
            form: document.getElementById('filter')!.offsetParent !== null,
            entries: document.querySelectorAll('#einrichtungen .entry').length,
            broken: [...document.querySelectorAll('a[href^="#"]')].map((a) => a.getAttribute('href')!.slice(1)).filter((id) => !document.getElementById(id)),
          }));
          expect(plain).toEqual({ form: false, entries: 6, broken: [] });
          await off.page.close();

          // On paper: no filter, no table of contents.
          const print = await open(browser, file, 1280);
          await print.page.emulateMediaType('print');
          expect(
            await print.page.evaluate(() => [
              getComputedStyle(document.getElementById('filter')!).display,
              getComputedStyle(document.querySelector('nav.toc')!).display,
            ]),
          ).toEqual(['none', 'none']);
          await print.page.close();
        });
      } finally {
        tmp.remove();
      }
    },
  );
});

describe.runIf(canPrint)('directory as PDF', () => {
  it('--out wegweiser.pdf: A4, tagged, every active partner, the Stand date and page numbers on every page', { timeout: 180_000 }, async () => {
    const tmp = tempDir();
    try {
      const r = await run(['directory', join(EXAMPLES, 'kreis-kleve'), '--audience', 'public', '--out', 'wegweiser.pdf', '--today', TODAY], {
        cwd: tmp.dir,
        env: { PATH: process.env.PATH ?? '' },
      });
      expect(r.code, r.stderr).toBe(0);
      const file = join(tmp.dir, 'wegweiser.pdf');
      const { info, pages, text } = readPdf(file);
      expectTaggedA4(info);
      expect(pages).toBeGreaterThan(1);
      const perPage = text.split('\f').filter((p) => p.trim() !== '');
      expect(perPage).toHaveLength(pages);
      perPage.forEach((page, i) =>
        expect(page).toMatch(new RegExp(`Wegweiser Kinderschutz · Netzwerk Kinderschutz Kreis Kleve · Stand 23\\.11\\.2026 +Seite ${i + 1} von ${pages}`)),
      );
      const flat = spawnSync('pdftotext', [file, '-'], { encoding: 'utf8' }).stdout.replace(/\s+/g, ' ');
      // (a name may break over two lines in its column)
      for (const p of activePartners(join(EXAMPLES, 'kreis-kleve'), TODAY)) expect(flat.replace(/\s+/g, ''), p.name).toContain(p.name.replace(/\s+/g, ''));
      expect(flat).toContain('Beratung bei Verdacht auf Kindeswohlgefährdung');
      // Printed with JavaScript off: the filter's lists are not on paper.
      expect(flat).not.toContain('alle Kommunen');
    } finally {
      tmp.remove();
    }
  });
});
