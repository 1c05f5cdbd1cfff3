// The HTML report: self-contained (nothing loaded from outside), accessible, and escaping names
// that contain HTML characters. In tidy and in a real Chromium: test/system/report-html-readers.test.ts.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXAMPLES, FIXTURES, run } from '../support/helpers.js';

const NETWORKS = [join(FIXTURES, 'report', 'musterkreis'), join(EXAMPLES, 'kreis-kleve'), join(EXAMPLES, 'ratingen')];

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
    for (const h of [
      'Überblick',
      'Aufgaben nach § 9 LKiSchG NRW',
      'Partner',
      'Abdeckung',
      'Teilnahme',
      'Veranstaltungen',
      'Tätigkeiten der Koordinierungsstelle',
      'Vereinbarungen',
      'Hinweise',
    ]) {
      expect(page).toContain(`>${h}</h2>`);
    }
    expect(page).toContain('<th scope="col"');
    expect(page).toContain('<th scope="row"');
    expect((page.match(/<table/g) ?? []).length).toBe((page.match(/<caption/g) ?? []).length);
    const svgs = page.match(/<svg[\s\S]*?<\/svg>/g) ?? [];
    // Sectors, the coverage matrix, participants per meeting, participation by sector.
    expect(svgs).toHaveLength(4);
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

  it("shows the task matrix with the statute's words, participation and, with --compare, both periods", async () => {
    const page = await html(NETWORKS[0]!, '--compare', 'previous');
    const tasks = /<table id="t-aufgaben"[\s\S]*?<\/table>/.exec(page)![0];
    expect((tasks.match(/<tr>/g) ?? []).length).toBe(1 + 8); // header, seven tasks, public information
    expect(tasks).toContain(
      '<th scope="row">§ 9 Abs. 2 Nr. 3</th><td data-label="Aufgabe (Wortlaut)">die bedarfsgerechte Organisation regelmäßiger Fortbildungsangebote für die am Netzwerk Teilnehmenden</td>',
    );
    expect(tasks).toMatch(/<th scope="row">§ 9 Abs. 3 Nr. 3<\/th>.*<td class="nowrap bad" data-label="Status">kein Beleg<\/td><\/tr>/);
    const participation = /<svg class="chart bars participation"[\s\S]*?<\/svg>/.exec(page)![0];
    // A row per sector, this year and the year before, the count written beside each bar.
    expect(participation).toContain('<title>Heilberufe: 2026 0 von 1, 2025 0 von 1 teilgenommen</title>');
    expect(participation).toContain('>2025</text>');
    const compare = /<svg class="chart bars compare"[\s\S]*?<\/svg>/.exec(page)![0];
    expect(compare).toContain('<title>Kennzahlen 2026 und 2025</title>');
    expect(compare).toContain('<title>Teilnehmende: 2026 51, 2025 5</title>');
    expect(page).toContain('>Vergleich mit 2025</h2>');
    expect(page).toMatch(
      /<th scope="row">Teilnehmende<\/th><td class="num" data-label="[^"]+">51<\/td><td class="num" data-label="[^"]+">5<\/td><td class="num" data-label="[^"]+">\+46<\/td>/,
    );
    // The partners by sector show both years too.
    expect(/<svg class="chart bars"[\s\S]*?<\/svg>/.exec(page)![0]).toContain('<title>Beratungsstelle: 2026 0, 2025 1</title>');
  });
});
