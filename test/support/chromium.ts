// A real headless Chromium for the tests (Debian's /usr/bin/chromium, driven by puppeteer-core):
// pages are checked for accessibility with axe-core and can be photographed.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { launch, type Browser } from 'puppeteer-core';

export const CHROMIUM = '/usr/bin/chromium';
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/** Runs `use` with a fresh browser (its own profile folder), closed afterwards. */
export async function withChromium<T>(use: (browser: Browser) => Promise<T>): Promise<T> {
  const profile = mkdtempSync(join(tmpdir(), 'netzwerk-chromium-'));
  const browser = await launch({ executablePath: CHROMIUM, headless: true, pipe: true, userDataDir: profile, args: ARGS });
  try {
    return await use(browser);
  } finally {
    await browser.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

/** axe-core's violations of an HTML page (WCAG 2.1 A and AA), and optionally a screenshot of it. */
export async function axeViolations(browser: Browser, html: string, screenshot?: string): Promise<AxeViolation[]> {
  const dir = mkdtempSync(join(tmpdir(), 'netzwerk-page-'));
  try {
    const file = join(dir, 'page.html');
    writeFileSync(file, html);
    const page = await browser.newPage();
    // axe is added as an inline script, which a page's Content-Security-Policy (the directory's) would refuse.
    await page.setBypassCSP(true);
    await page.setViewport({ width: 1000, height: 1400 });
    await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
    if (screenshot) await page.screenshot({ path: screenshot as `${string}.png`, fullPage: true });
    await page.addScriptTag({ content: AXE });
    const result = (await page.evaluate(() =>
      (globalThis as unknown as { axe: { run: (o: object) => Promise<{ violations: AxeViolation[] }> } }).axe.run({ runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } }),
    )) as { violations: AxeViolation[] };
    await page.close();
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target })) }));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
