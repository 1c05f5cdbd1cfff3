// The HTML report: self-contained (nothing loaded from outside), valid for an HTML checker,
// accessible, and escaping names that contain HTML characters.
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXAMPLES, FIXTURES, run, tempDir } from './helpers.js';
import { axeViolations, withChromium } from './chromium.js';
import { hasTool } from './tools.js';

const NETWORKS = [join(FIXTURES, 'report', 'musterkreis'), join(EXAMPLES, 'kreis-kleve'), join(EXAMPLES, 'ratingen')];
const hasTidy = hasTool('tidy');
const hasChromium = hasTool('chromium');

async function html(dir: string, ...extra: string[]): Promise<string> {
  const r = await run(['report', dir, '--format', 'html', '--today', '2026-11-23', ...extra]);
  expect(r.code).toBe(0);
  return r.stdout;
}

describe('HTML report', () => {
  it.each(NETWORKS)('loads nothing from outside: %s', async (dir) => {
    const page = await html(dir);
    expect(page).not.toMatch(/\b(src|href|srcset|action|data|poster)\s*=\s*["']?\s*(https?:)?\/\//i);
    expect(page).not.toMatch(/@import/i);
    expect(page).not.toMatch(/url\(\s*["']?\s*(https?:)?\/\//i);
    expect(page).not.toMatch(/<(script|link|iframe|img|object|embed)\b/i);
    // Only in-page links.
    for (const m of page.matchAll(/\bhref="([^"]*)"/g)) expect(m[1]).toMatch(/^#/);
  });

  it('is accessible: language, headings, table headers, captions, chart titles', async () => {
    const page = await html(NETWORKS[0]!);
    expect(page).toMatch(/^<!DOCTYPE html>\n<html lang="de">/);
    expect((page.match(/<h1>/g) ?? []).length).toBe(1);
    for (const h of ['Überblick', 'Partner', 'Abdeckung', 'Veranstaltungen', 'Vereinbarungen', 'Hinweise']) expect(page).toContain(`>${h}</h2>`);
    expect(page).toContain('<th scope="col"');
    expect(page).toContain('<th scope="row"');
    expect((page.match(/<table/g) ?? []).length).toBe((page.match(/<caption/g) ?? []).length);
    const svgs = page.match(/<svg[\s\S]*?<\/svg>/g) ?? [];
    expect(svgs).toHaveLength(3);
    for (const svg of svgs) expect(svg).toMatch(/^<svg [^>]*role="img" aria-label="[^"]+">\n<title>[^<]+<\/title>\n<desc>/);
    expect(page).toContain('@page');
    expect(page).toContain('@media print');
    expect(await html(NETWORKS[0]!, '--lang', 'en')).toContain('<html lang="en">');
  });

  it('escapes names with <, & and quotes', async () => {
    const page = await html(NETWORKS[0]!);
    expect(page).toContain('Kinderhilfe &lt;Süd&gt; &amp; Co. &quot;Sonne&quot; e.V.');
    expect(page).toContain('Fachtag Kinderschutz &lt;Musterkreis&gt; &amp; Partner');
    expect(page).not.toContain('<Süd>');
    expect(page).not.toContain('<Musterkreis>');
  });

  it('marks coverage in the matrix with text, not only colour', async () => {
    const page = await html(NETWORKS[0]!);
    const matrix = /<svg class="chart matrix"[\s\S]*?<\/svg>/.exec(page)![0];
    expect(matrix).toContain('<title>Südheim – Schulen: fehlt</title>');
    expect(matrix).toMatch(/class="cell missing">.*?>✗<\/text>/);
    expect(matrix).toMatch(/class="cell covered">.*?>✓<\/text>/);
  });

  it.runIf(hasTidy).each(NETWORKS)('passes tidy without errors or warnings: %s', async (dir) => {
    const tmp = tempDir();
    try {
      const file = join(tmp.dir, 'report.html');
      writeFileSync(file, await html(dir));
      const r = spawnSync('tidy', ['-errors', '-quiet', '-utf8', file], { encoding: 'utf8' });
      expect(r.stderr).toBe('');
      expect(r.status).toBe(0);
    } finally {
      tmp.remove();
    }
  });

  it.runIf(hasChromium)('has no accessibility violations in a real Chromium (axe-core), for each audience', { timeout: 180_000 }, async () => {
    await withChromium(async (browser) => {
      for (const audience of ['internal', 'network', 'public']) {
        const shot = process.env.SCREENSHOTS ? join(process.env.SCREENSHOTS, `report-${audience}.png`) : undefined;
        expect(await axeViolations(browser, await html(join(EXAMPLES, 'kreis-kleve'), '--audience', audience), shot), audience).toEqual([]);
      }
    });
  });
});
