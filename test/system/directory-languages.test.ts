// The Wegweiser in every language, in a real headless Chromium (test/support/chromium.ts): for
// every example (at small size Kreis Kleve, see SITES), `directory --audience public --lang de,en,tr,ar,uk,ru,pl --out DIR/` writes a
// page per language, the page in Leichte Sprache and the accessibility statement per language;
// every page has zero axe-core violations (WCAG 2.1 A and AA), no horizontal scroll at 320, 375
// and 1280 px (at small size: the statement in German and Arabic for the others) (the viewport set without phone emulation: scrollWidth against the window), and
// makes no request but for its own file (request interception). Arabic runs right to left; the
// language switcher, the Leichte Sprache and the statement are linked and there; the filter by
// language and age works with JavaScript; the JSON-LD in the head is JSON with the institutions.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import { axeViolations, screenshotPath, withChromium } from '../support/chromium.js';
import { EXAMPLE_NAMES, EXAMPLES, run, tempDir } from '../support/helpers.js';
import { activePartners } from '../support/people.js';
import { expectTaggedA4, hasTool, readPdf } from '../support/tools.js';
import { bySize, FULL } from '../support/budget.js';

const TODAY = '2026-11-23';
const LANGS = ['de', 'en', 'tr', 'ar', 'uk', 'ru', 'pl'];
const hasChromium = hasTool('chromium');
/**
 * At full size (test:ci) every page of every example at every width; at small size (npm test) the
 * example whose partners carry offers, languages and a translation: every page through axe, and
 * the three widths for the German, the Arabic and the Leichte-Sprache page and the Arabic
 * statement (the other languages share their layout per direction).
 */
const measured = (name: string) => FULL || ['index.html', 'ar.html', 'leichte-sprache.html', 'barrierefreiheit-ar.html'].includes(name);
const SITES = bySize<readonly string[]>(['kreis-kleve'], EXAMPLE_NAMES);

async function site(example: string, dir: string): Promise<string[]> {
  const r = await run(['directory', join(EXAMPLES, example), '--audience', 'public', '--lang', LANGS.join(','), '--out', `${dir}/`, '--today', TODAY]);
  expect(r.code, r.stderr).toBe(0);
  return readdirSync(dir).sort();
}

/** Opens a file with every request intercepted: file:// of the page itself goes through, anything else is refused and noted. */
async function open(browser: Browser, file: string, width: number): Promise<{ page: Page; foreign: string[]; errors: string[] }> {
  const page = await browser.newPage();
  const foreign: string[] = [];
  const errors: string[] = [];
  await page.setRequestInterception(true);
  page.on('request', (r) => {
    if (r.url() === pathToFileURL(file).href) void r.continue();
    else {
      foreign.push(r.url());
      void r.abort();
    }
  });
  page.on('console', (m) => void (m.type() === 'error' && errors.push(m.text())));
  page.on('pageerror', (e) => void errors.push(String(e)));
  await page.setViewport({ width, height: 900 });
  await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
  return { page, foreign, errors };
}

describe.runIf(hasChromium)('the Wegweiser in every language, in Chromium', () => {
  it.concurrent.for(SITES)(
    '%s: every page of every language: zero axe violations, no horizontal scroll at 320/375/1280 px, no request to anywhere',
    { timeout: 300_000 },
    async (example, { expect }) => {
      const tmp = tempDir();
      try {
        const dir = join(tmp.dir, 'wegweiser');
        const files = await site(example, dir);
        expect(files).toEqual(
          [
            'index.html',
            ...LANGS.filter((l) => l !== 'de').map((l) => `${l}.html`),
            'barrierefreiheit.html',
            ...LANGS.filter((l) => l !== 'de').map((l) => `barrierefreiheit-${l}.html`),
            'leichte-sprache.html',
          ].sort(),
        );
        await withChromium(async (browser) => {
          for (const name of files) {
            const file = join(dir, name);
            expect(await axeViolations(browser, readFileSync(file, 'utf8')), `${example}/${name}`).toEqual([]);
            for (const width of measured(name) ? [320, 375, 1280] : []) {
              const { page, foreign, errors } = await open(browser, file, width);
              try {
                const { scroll, inner } = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, inner: window.innerWidth }));
                expect(scroll, `${example}/${name} at ${width} px`).toBeLessThanOrEqual(inner);
                expect(foreign, `${example}/${name}`).toEqual([]);
                expect(errors, `${example}/${name}`).toEqual([]);
                const shot = screenshotPath(`${example}-${name.replace('.html', '')}-${width}`);
                if (shot) await page.screenshot({ path: shot, fullPage: width === 375 });
              } finally {
                await page.close();
              }
            }
          }
        });
      } finally {
        tmp.remove();
      }
    },
  );

  it(
    'Kreis Kleve in Arabic: right to left, the switcher in each language’s own name, German names and phone numbers left to right, the Leichte Sprache and the statement linked',
    { timeout: 120_000 },
    async () => {
      const tmp = tempDir();
      try {
        const dir = join(tmp.dir, 'wegweiser');
        await site('kreis-kleve', dir);
        await withChromium(async (browser) => {
          const { page } = await open(browser, join(dir, 'ar.html'), 375);
          const seen = await page.evaluate(() => ({
            lang: document.documentElement.lang,
            dir: document.documentElement.dir,
            direction: getComputedStyle(document.querySelector('main')!).direction,
            switcher: [...document.querySelectorAll('nav.access a[lang]')].map((a) => [a.getAttribute('lang'), a.getAttribute('href'), a.textContent]),
            current: document.querySelector('nav.access a[aria-current="page"]')!.getAttribute('href'),
            easy: document.querySelector('nav.access a[href="leichte-sprache.html"]')!.getAttribute('hreflang'),
            sign: document.querySelector('nav.access a[href^="https://"]')!.getAttribute('href'),
            statement: document.querySelector('footer a')!.getAttribute('href'),
            machineNote: document.querySelector('.machine-note')!.textContent,
            name: [
              document.querySelector('#p-diakonie-kleve-beratung-h span[lang="de"]')!.getAttribute('dir'),
              document.querySelector('#p-diakonie-kleve-beratung-h .gloss')!.textContent,
            ],
            phoneDirection: getComputedStyle(document.querySelector('#p-diakonie-kleve-beratung a[href^="tel:"]')!).direction,
            ldOrganizations: (JSON.parse(document.querySelector('script[type="application/ld+json"]')!.textContent!) as { '@graph': { '@type': string }[] })[
              '@graph'
            ].filter((n) => n['@type'] === 'Organization').length,
            alternates: [...document.querySelectorAll('link[rel="alternate"]')].map((l) => l.getAttribute('hreflang')),
            text: document.body.innerText.replace(/\s+/g, ' '),
          }));
          expect(seen).toMatchObject({
            lang: 'ar',
            dir: 'rtl',
            direction: 'rtl',
            current: 'ar.html',
            easy: 'de',
            sign: 'https://www.kreis-kleve.example/wegweiser-gebaerdensprache',
            statement: 'barrierefreiheit-ar.html',
            phoneDirection: 'ltr',
          });
          expect(seen.switcher).toEqual([
            ['de', 'index.html', 'Deutsch'],
            ['en', 'en.html', 'English'],
            ['tr', 'tr.html', 'Türkçe'],
            ['ar', 'ar.html', 'العربية'],
            ['uk', 'uk.html', 'Українська'],
            ['ru', 'ru.html', 'Русский'],
            ['pl', 'pl.html', 'Polski'],
          ]);
          expect(seen.alternates).toEqual([...LANGS, 'x-default']);
          expect(seen.machineNote).toContain('آليًا');
          expect(seen.name).toEqual(['ltr', '(مركز استشارات التربية والأسرة)']);
          expect(seen.ldOrganizations).toBe(activePartners(join(EXAMPLES, 'kreis-kleve'), TODAY).length);
          for (const p of activePartners(join(EXAMPLES, 'kreis-kleve'), TODAY)) expect(seen.text, p.name).toContain(p.name);
          await page.close();
        });
      } finally {
        tmp.remove();
      }
    },
  );

  it('the filter by language and by age, its count in the page’s plural forms (Russian: few and many)', { timeout: 120_000 }, async () => {
    const tmp = tempDir();
    try {
      const dir = join(tmp.dir, 'wegweiser');
      await site('kreis-kleve', dir);
      await withChromium(async (browser) => {
        const { page, errors } = await open(browser, join(dir, 'ru.html'), 1280);
        const visible = () =>
          page.evaluate(() => ({
            entries: [...document.querySelectorAll('#einrichtungen .entry')].filter((e) => e.offsetParent !== null).map((e) => e.id),
            languages: [...document.querySelectorAll('#sprachen section')].filter((e) => e.offsetParent !== null).map((e) => e.id),
            count: document.getElementById('filter-count')!.textContent,
          }));
        const all = (await visible()).entries;
        expect(all.length).toBe(22);
        await page.select('#filter-l', 'tr');
        expect(await visible()).toEqual({ entries: ['p-diakonie-kleve-beratung'], languages: ['sprache-tr'], count: 'Выбору соответствует 1 учреждение.' });
        await page.select('#filter-l', '');
        await page.type('#filter-a', '4');
        const four = await visible();
        // An institution whose offers name ages only where one fits; the others (no ages known) stay.
        expect(four.entries).toContain('p-diakonie-kleve-beratung');
        expect(four.entries).toContain('p-lebenshilfe-gelderland');
        expect(four.entries).not.toContain('p-fruehe-hilfen-kreis-kleve');
        // Russian plural forms (CLDR): one for 1, 21, 31 …; few for 2–4, 22–24 …; many otherwise.
        const n = four.entries.length;
        const form = n % 10 === 1 && n % 100 !== 11 ? 'one' : n % 10 >= 2 && n % 10 <= 4 && (n % 100 < 12 || n % 100 > 14) ? 'few' : 'many';
        expect(four.count).toBe(
          { one: `Выбору соответствует ${n} учреждение.`, few: `Выбору соответствуют ${n} учреждения.`, many: `Выбору соответствуют ${n} учреждений.` }[form],
        );
        await page.select('#filter-l', 'ru');
        expect((await visible()).entries).toEqual(['p-lebenshilfe-gelderland']);
        expect(errors).toEqual([]);
        await page.close();
      });
    } finally {
      tmp.remove();
    }
  });
});

describe.runIf(hasTool('pdftotext'))('the Wegweiser as PDF per language, typeset by Typst', () => {
  it(
    '--format pdf --lang de,ar,uk --out DIR/: wegweiser.pdf, wegweiser-ar.pdf, wegweiser-uk.pdf on A4, tagged, each in its language',
    { timeout: 180_000 },
    async () => {
      const tmp = tempDir();
      try {
        const dir = join(tmp.dir, 'pdf');
        const r = await run([
          'directory',
          join(EXAMPLES, 'kreis-kleve'),
          '--audience',
          'public',
          '--lang',
          'de,ar,uk',
          '--format',
          'pdf',
          '--out',
          `${dir}/`,
          '--today',
          TODAY,
        ]);
        expect(r.code, r.stderr).toBe(0);
        expect(readdirSync(dir).sort()).toEqual(['wegweiser-ar.pdf', 'wegweiser-uk.pdf', 'wegweiser.pdf']);
        const expected: Record<string, string> = {
          'wegweiser.pdf': 'Wegweiser Kinderschutz',
          'wegweiser-ar.pdf': 'حماية الطفل',
          'wegweiser-uk.pdf': 'Путівник із захисту дітей',
        };
        for (const [file, title] of Object.entries(expected)) {
          const { info, pages, text } = readPdf(join(dir, file));
          expectTaggedA4(info);
          expect(pages, file).toBeGreaterThan(1);
          expect(text, file).toContain(title);
          const flat = spawnSync('pdftotext', [join(dir, file), '-'], { encoding: 'utf8' }).stdout.replace(/\s+/g, ' ');
          // A long name wraps in its card's column, and right to left poppler breaks a German name
          // among Arabic words into pieces: every word of every name is there.
          for (const p of activePartners(join(EXAMPLES, 'kreis-kleve'), TODAY))
            for (const word of p.name.split(/[\s/–-]+/).filter((w) => w.length > 1)) expect(flat, `${file}: ${p.name}`).toContain(word);
        }
      } finally {
        tmp.remove();
      }
    },
  );
});
