// `person --format letter`: the answer to an Art. 15 request as a letter ready to send. Golden
// files (German and English), the content the GDPR asks for, no internal paths, an HTML page
// that passes tidy and axe-core in a real Chromium, and a PDF through the shared PDF path.
import { spawnSync } from 'node:child_process';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { axeViolations, withChromium } from '../support/chromium.js';
import { expectGolden, FIXTURES, ROOT, run, tempDir } from '../support/helpers.js';
import { expectTaggedA4, hasTool, readPdf } from '../support/tools.js';

const NET = join(FIXTURES, 'privacy', 'beispielstadt');
const GOLDEN = join(ROOT, 'test', 'golden', 'privacy');
const TODAY = ['--today', '2026-11-23'];
const hasChromium = hasTool('chromium');
const hasTidy = hasTool('tidy');
const hasPoppler = hasTool('pdftotext');

const letter = async (query: string, ...extra: string[]) => {
  const r = await run(['person', query, NET, '--format', 'letter', ...TODAY, ...extra]);
  expect(r.code, r.stderr).toBe(0);
  return r;
};

describe('person --format letter', () => {
  it.each([
    ['letter-anna.md', 'Anna Müller', []],
    ['letter-anna-en.md', 'Anna Müller', ['--lang', 'en']],
    ['letter-jens.md', 'Jens Jetzt', []],
    ['letter-nothing.md', 'Niemand Unbekannt', []],
  ] as const)('golden file %s', async (file, query, extra) => {
    expectGolden(join(GOLDEN, file), (await letter(query, ...extra)).stdout);
  });

  it('holds what Art. 15 asks for, in plain words, without internal paths or codes', async () => {
    const { stdout } = await letter('Anna Müller');
    for (const part of [
      'Guten Tag Anna Müller,',
      'Welche Daten wir über Sie gespeichert haben',
      'Name: Anna Müller',
      'E-Mail: a.mueller@jugendamt-beispielstadt.example',
      'Freigabe: nur für die Koordinierungsstelle',
      '§ 9 Abs. 1 und 2 des Landeskinderschutzgesetzes NRW',
      'Art. 6 Abs. 1 Unterabs. 1 Buchst. e und Abs. 3 DSGVO',
      '§ 3 Abs. 1 des Datenschutzgesetzes Nordrhein-Westfalen',
      'Die Partner des Netzwerks (zurzeit',
      'Die Angaben haben Sie selbst oder Ihre Einrichtung (Jugendamt Beispielstadt)',
      'seit 01.10.2026 ist eine neue Bestätigung fällig',
      '(Art. 16 DSGVO)',
      'Art. 17 DSGVO',
      '(Art. 18 DSGVO)',
      '(Art. 21 DSGVO)',
      '(Art. 77 DSGVO): Landesbeauftragte für Datenschutz und Informationsfreiheit Nordrhein-Westfalen (LDI NRW), Kavalleriestraße 2–4, 40213 Düsseldorf',
      'Dana Datenschutz',
      'j.jetzt@jugendamt-beispielstadt.example',
    ]) {
      expect(stdout).toContain(part);
    }
    expect(stdout).not.toMatch(/\[\d+\]|ORGANIZER|visibility|network\.yaml|partners\.yaml|\binternal\b/);
  });

  it('cites the consent (Art. 6 Abs. 1 Buchst. a, Art. 7) for a published person, and the right to withdraw it', async () => {
    const { stdout } = await letter('Jens Jetzt');
    expect(stdout).toContain('mit Ihrer Einwilligung vom 05.01.2026 veröffentlicht (Art. 6 Abs. 1 Unterabs. 1 Buchst. a und Art. 7 DSGVO)');
    expect(stdout).toContain('(Art. 7 Abs. 3 DSGVO)');
    expect((await letter('Anna Müller')).stdout).not.toContain('Art. 7 Abs. 3');
  });

  it('names only coordinators the network may see; for an internal one, the office', async () => {
    const tmp = tempDir();
    try {
      const dir = join(tmp.dir, 'netz');
      cpSync(NET, dir, { recursive: true });
      const file = join(dir, 'network.yaml');
      writeFileSync(file, readFileSync(file, 'utf8').replace('    phone: "0000 11-0001"\n    visibility: network', '    phone: "0000 11-0001"\n    visibility: internal'));
      const r = await run(['person', 'Jens Jetzt', dir, '--format', 'letter', ...TODAY]);
      expect(r.code, r.stderr).toBe(0);
      expect(r.stdout).not.toContain('a.mueller@jugendamt-beispielstadt.example');
      expect(r.stdout).not.toContain('0000 11-0001');
      expect(r.stdout).not.toContain('Anna Müller');
      expect(r.stdout).toContain('j.jetzt@jugendamt-beispielstadt.example');
    } finally {
      tmp.remove();
    }
  });

  it('lists every stored field, the mobile number too', async () => {
    const r = await run(['person', 'Nicole Brockmann', join(ROOT, 'examples', 'kreis-kleve'), '--format', 'letter', ...TODAY]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/Mobil\b.*0151 0000-0025/);
  });

  it('warns on stderr about namesakes and a missing data protection officer', async () => {
    const r = await run(['person', 'Müller', NET, '--format', 'letter', ...TODAY]);
    expect(r.code).toBe(0);
    const tmp = tempDir();
    try {
      const dir = join(tmp.dir, 'net');
      spawnSync('cp', ['-r', NET, dir]);
      const network = join(dir, 'network.yaml');
      writeFileSync(network, readFileSync(network, 'utf8').replace(/\ndata_protection_officer:[\s\S]*$/, '\n'));
      const noDpo = await run(['person', 'Anna Müller', dir, '--format', 'letter', ...TODAY]);
      expect(noDpo.stderr).toContain('network.yaml nennt keine Datenschutzbeauftragte');
      expect(noDpo.stdout).toContain('erreichen Sie über die Koordinierungsstelle');
    } finally {
      tmp.remove();
    }
  });

  it('--out brief.html: the letter on the page layer, valid for tidy', async () => {
    const tmp = tempDir();
    try {
      const r = await run(['person', 'Anna Müller', NET, '--out', 'brief.html', ...TODAY], { cwd: tmp.dir });
      expect(r.code, r.stderr).toBe(0);
      const html = readFileSync(join(tmp.dir, 'brief.html'), 'utf8');
      expect(html).toMatch(/^<!DOCTYPE html>\n<html lang="de">/);
      expect(html).toContain('<h1 class="subject">');
      expect(html).toContain('@page { size: A4');
      expect(html).not.toMatch(/<script|https?:\/\//);
      if (hasTidy) {
        const tidy = spawnSync('tidy', ['-errors', '-quiet', '-utf8', join(tmp.dir, 'brief.html')], { encoding: 'utf8' });
        expect(tidy.stderr).toBe('');
        expect(tidy.status).toBe(0);
      }
    } finally {
      tmp.remove();
    }
  });

  it.runIf(hasChromium)('the HTML letter has no accessibility violations (axe-core in Chromium)', { timeout: 120_000 }, async () => {
    const html = await htmlOf('Anna Müller');
    const violations = await withChromium((browser) => axeViolations(browser, html, process.env.SCREENSHOTS ? join(process.env.SCREENSHOTS, 'letter.png') : undefined));
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
