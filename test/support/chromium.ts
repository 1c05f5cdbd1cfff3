// A real headless Chromium for the tests (Debian's /usr/bin/chromium, driven by puppeteer-core):
// pages are checked for accessibility with axe-core and measured, and photographed when asked
// (SCREENSHOTS=1). The browser is the run's one (test/support/chromium-setup.ts): each test file
// connects to it once, each check opens and closes its own pages.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { connect, launch, type Browser } from 'puppeteer-core';
import { afterAll, inject } from 'vitest';
import { CHROMIUM, CHROMIUM_ARGS } from './chromium-args.js';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

let shared: Promise<Browser> | undefined;
let own: string | undefined; // the profile of a browser of this file's own, when there is no shared one

/** This file's connection to the run's browser (or, run outside the system project, a browser of its own). */
function browser(): Promise<Browser> {
  shared ??= (async () => {
    const endpoint = inject('chromium');
    if (endpoint) return connect({ browserWSEndpoint: endpoint });
    own = mkdtempSync(join(tmpdir(), 'netzwerk-chromium-'));
    return launch({ executablePath: CHROMIUM, headless: true, pipe: true, userDataDir: own, args: CHROMIUM_ARGS });
  })();
  return shared;
}

afterAll(async () => {
  if (!shared) return;
  const b = await shared;
  if (own) {
    await b.close();
    rmSync(own, { recursive: true, force: true });
  } else await b.disconnect();
});

/** Runs `use` with the browser; the pages it opens it closes itself. */
export async function withChromium<T>(use: (browser: Browser) => Promise<T>): Promise<T> {
  return use(await browser());
}

/** Where a screenshot named `name` goes, or undefined when none are asked for (SCREENSHOTS unset). */
export function screenshotPath(name: string): `${string}.png` | undefined {
  const folder = inject('screenshots') ?? (process.env.SCREENSHOTS && process.env.SCREENSHOTS !== '1' ? process.env.SCREENSHOTS : undefined);
  return folder ? (join(folder, `${name}.png`) as `${string}.png`) : undefined;
}

/** axe-core's violations of an HTML page (WCAG 2.1 A and AA), and a screenshot of it when one is asked for. */
export async function axeViolations(browser: Browser, html: string, screenshot?: string): Promise<AxeViolation[]> {
  const dir = mkdtempSync(join(tmpdir(), 'netzwerk-page-'));
  try {
    const file = join(dir, 'page.html');
    writeFileSync(file, html);
    const page = await browser.newPage();
    try {
      // axe is added as an inline script, which a page's Content-Security-Policy (the directory's) would refuse.
      await page.setBypassCSP(true);
      await page.setViewport({ width: 1000, height: 1400 });
      await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
      if (screenshot) await page.screenshot({ path: screenshot as `${string}.png`, fullPage: true });
      await page.addScriptTag({ content: AXE });
      const result = (await page.evaluate(() =>
        (globalThis as unknown as { axe: { run: (o: object) => Promise<{ violations: AxeViolation[] }> } }).axe.run({
          runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
        }),
      )) as { violations: AxeViolation[] };
      return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target })) }));
    } finally {
      await page.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
