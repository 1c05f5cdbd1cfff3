// The pages reflow (WCAG 1.4.10): the report, the Art. 15 letter, the directory, the Wegweiser and
// the sign-in sheet of every example (at full size; npm test takes one) have no horizontal scroll at 320, 375 and 768 px, measured
// in Debian's Chromium with the viewport set and no phone emulation (documentElement.scrollWidth
// against the viewport's width); the report's key-figure tiles never cut their words, at any width;
// the charts' bars stand out from the page and from the bar they lie on by at least 3:1 (WCAG
// 1.4.11); German names inside an English page are marked lang="de".
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'puppeteer-core';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { bySize } from '../support/budget.js';
import { screenshotPath, withChromium } from '../support/chromium.js';
import { EXAMPLE_NAMES, EXAMPLES, run, tempDir } from '../support/helpers.js';
import { nextPlanned, TODAY } from '../support/sheet.js';
import { hasTool } from '../support/tools.js';

// The page's own globals, used inside page.evaluate (the tests are compiled without the DOM library).
interface Box {
  right: number;
}
interface PageElement {
  scrollWidth: number;
  clientWidth: number;
  textContent: string | null;
  getBoundingClientRect(): Box;
  querySelectorAll(selector: string): Iterable<PageElement>;
  getAttribute(name: string): string | null;
  previousElementSibling: PageElement | null;
}
declare const document: {
  documentElement: { scrollWidth: number };
  querySelectorAll(selector: string): Iterable<PageElement>;
};
declare function getComputedStyle(element: PageElement): { fill: string; stroke: string };

const hasChromium = hasTool('chromium');
const WIDTHS = [320, 375, 768];

/** The pages of an example: the report (two audiences, English), the letter, directory, Wegweiser, sign-in sheet. */
async function pagesOf(example: string): Promise<[string, string][]> {
  const dir = join(EXAMPLES, example);
  const coordinator = (parse(readFileSync(join(dir, 'network.yaml'), 'utf8')) as { coordinators: { name: string }[] }).coordinators[0]!.name;
  const outputs: [string, string[]][] = [
    ['report', ['report', dir, '--format', 'html']],
    ['report-internal-compare', ['report', dir, '--format', 'html', '--audience', 'internal', '--compare', 'previous']],
    ['report-en', ['report', dir, '--format', 'html', '--lang', 'en']],
    ['letter', ['person', coordinator, dir, '--out', 'brief.html']],
    ['directory', ['directory', dir]],
    ['wegweiser', ['directory', dir, '--audience', 'public']],
    ['sheet', ['sheet', await nextPlanned(dir), dir]],
  ];
  const pages: [string, string][] = [];
  const tmp = tempDir();
  try {
    for (const [name, args] of outputs) {
      const r = await run([...args, ...TODAY], { cwd: tmp.dir });
      expect(r.code, `${example} ${name}: ${r.stderr}`).toBe(0);
      pages.push([name, args.includes('--out') ? readFileSync(join(tmp.dir, args.at(-1)!), 'utf8') : r.stdout]);
    }
  } finally {
    tmp.remove();
  }
  return pages;
}

/** Opens HTML at a width (a plain viewport, no phone emulation) and runs `check` in it. */
async function at<T>(browser: Browser, html: string, width: number, check: () => T, shot?: string): Promise<T> {
  const dir = mkdtempSync(join(tmpdir(), 'netzwerk-reflow-'));
  const page = await browser.newPage();
  try {
    const file = join(dir, 'page.html');
    writeFileSync(file, html);
    await page.setViewport({ width, height: 900, isMobile: false, hasTouch: false, deviceScaleFactor: 1 });
    await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
    if (shot) await page.screenshot({ path: shot as `${string}.png`, fullPage: true });
    return (await page.evaluate(check)) as T;
  } finally {
    await page.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

describe.runIf(hasChromium)('the pages on a narrow screen', () => {
  it.each(bySize(['kreis-kleve'], [...EXAMPLE_NAMES]))('never scroll sideways at 320, 375 and 768 px: %s', { timeout: 240_000 }, async (example) => {
    const pages = await pagesOf(example);
    await withChromium(async (browser) => {
      for (const [name, html] of pages)
        for (const width of WIDTHS) {
          const scroll = await at(browser, html, width, () => document.documentElement.scrollWidth, screenshotPath(`reflow-${example}-${name}-${width}`));
          expect(scroll, `${example} ${name} at ${width} px`).toBeLessThanOrEqual(width);
        }
    });
  });

  it('keeps every word of a key-figure tile inside the tile, from 320 to 1280 px', { timeout: 120_000 }, async () => {
    const html = (await run(['report', join(EXAMPLES, 'kreis-kleve'), '--format', 'html', ...TODAY])).stdout;
    await withChromium(async (browser) => {
      for (const width of [320, 375, 768, 1024, 1280]) {
        const cut = await at(browser, html, width, () =>
          [...document.querySelectorAll('ul.figures li')].flatMap((tile) => {
            const box = tile.getBoundingClientRect();
            const inside = [...tile.querySelectorAll('span')].every((s) => s.getBoundingClientRect().right <= box.right + 0.5);
            return tile.scrollWidth > tile.clientWidth || !inside ? [tile.textContent ?? ''] : [];
          }),
        );
        expect(cut, `at ${width} px`).toEqual([]);
      }
    });
  });
});

/** WCAG's contrast ratio of two colours given as `rgb(r, g, b)`. */
function contrast(a: string, b: string): number {
  const lum = (c: string) => {
    const [r, g, bl] = (c.match(/\d+(\.\d+)?/g) ?? []).slice(0, 3).map((v) => {
      const x = Number(v) / 255;
      return x <= 0.03928 ? x / 12.92 : ((x + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * bl!;
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

describe.runIf(hasChromium)('the charts', () => {
  it('draw every bar at 3:1 against the page (fill or outline) and every part at 3:1 against the bar it lies on', { timeout: 120_000 }, async () => {
    const html = (await run(['report', join(EXAMPLES, 'kreis-kleve'), '--format', 'html', '--compare', 'previous', ...TODAY])).stdout;
    const bars = await withChromium((browser) =>
      at(browser, html, 1280, () =>
        [...document.querySelectorAll('svg rect.bar')].map((rect) => {
          const style = getComputedStyle(rect);
          const under = rect.previousElementSibling;
          const lies = under !== null && (under.getAttribute('class') ?? '').includes('members') && under.getAttribute('y') === rect.getAttribute('y');
          return { cls: rect.getAttribute('class'), fill: style.fill, stroke: style.stroke, under: lies ? getComputedStyle(under).fill : null };
        }),
      ),
    );
    expect(new Set(bars.map((b) => b.cls)).size).toBeGreaterThanOrEqual(5); // this period, the other, members of both, meeting types
    for (const bar of bars) {
      const outline = bar.stroke === 'none' ? 0 : contrast(bar.stroke, 'rgb(255, 255, 255)');
      expect(Math.max(contrast(bar.fill, 'rgb(255, 255, 255)'), outline), `${bar.cls} ${bar.fill} ${bar.stroke}`).toBeGreaterThanOrEqual(3);
      if (bar.under) expect(contrast(bar.fill, bar.under), `${bar.cls} on ${bar.under}`).toBeGreaterThanOrEqual(3);
    }
    expect(bars.some((b) => b.under !== null)).toBe(true);
  });
});

describe('German names on an English page', () => {
  it('are marked lang="de": the network, partners, municipalities, titles', async () => {
    const dir = join(EXAMPLES, 'kreis-kleve');
    const report = (await run(['report', dir, '--format', 'html', '--lang', 'en', ...TODAY])).stdout;
    // (a test of the pattern, so that a failure does not print the whole page)
    const has = (page: string, pattern: RegExp) => pattern.test(page);
    expect(has(report, /^<html lang="en">$/m)).toBe(true);
    expect(has(report, /<h1 lang="de">Netzwerk Kinderschutz Kreis Kleve<\/h1>/)).toBe(true);
    expect(has(report, /<td[^>]*\blang="de"[^>]*>Stadt Emmerich am Rhein – Jugendamt<\/td>/)).toBe(true);
    expect(has(report, /<th scope="row"[^>]*\blang="de"[^>]*>Bedburg-Hau<\/th>/)).toBe(true);
    expect(has(report, /<td[^>]*\blang="de"[^>]*>5\. Netzwerkkonferenz Kinderschutz im Kreis Kleve<\/td>/)).toBe(true);
    const german = (await run(['report', dir, '--format', 'html', ...TODAY])).stdout;
    expect(has(german, /<(?!html\b)[a-z0-9]+\b[^>]* lang="de"/)).toBe(false); // a German page needs no marks
    const wegweiser = (await run(['directory', dir, '--audience', 'public', '--lang', 'en', ...TODAY])).stdout;
    // the Wegweiser marks German words inside the heading (a heading may add a translation beside them)
    expect(has(wegweiser, /<h[34] id="p-jugendamt-goch-h"><span lang="de">Stadt Goch – Jugendamt<\/span><\/h[34]>/)).toBe(true);
    expect(has(wegweiser, /<h3 id="kommune-goch-h"><span lang="de">Goch<\/span><\/h3>/)).toBe(true);
  });
});
