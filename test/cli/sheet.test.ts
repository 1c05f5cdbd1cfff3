// netzwerk sheet: the sign-in sheet as HTML (checked like the report: tidy, axe-core in a real
// Chromium, a screenshot), as PDF (pdfinfo, pdftotext: A4, tagged, no block split across pages)
// and as the CSV template (csv-parse). Only institutions are printed, never a person.
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { axeViolations, withChromium } from '../support/chromium.js';
import { EXAMPLES, EXAMPLE_NAMES, FIXTURES, run, tempDir } from '../support/helpers.js';
import { expectTaggedA4, hasTool, readPdf } from '../support/tools.js';

const TODAY = ['--today', '2026-11-23'];
const NET = join(FIXTURES, 'meetings', 'cycle');
const hasTidy = hasTool('tidy');
const hasChromium = hasTool('chromium');
const canPrint = hasChromium && hasTool('pdfinfo') && hasTool('pdftotext');

async function nextPlanned(dir: string): Promise<string> {
  const r = await run(['meetings', dir, '--upcoming', '--format', 'json', ...TODAY]);
  return (JSON.parse(r.stdout) as { meetings: { id: string; status: string }[] }).meetings.find((m) => m.status === 'planned')!.id;
}

async function sheet(...args: string[]): Promise<string> {
  const r = await run(['sheet', ...args, ...TODAY]);
  expect(r.code, r.stderr).toBe(0);
  expect(r.stderr).toBe('');
  return r.stdout;
}

/** The invited institutions, as `contacts`' model sees them: the CSV template's rows. */
async function institutions(dir: string, id: string): Promise<{ name: string; id: string }[]> {
  const rows = parse(await sheet(id, dir, '--format', 'csv'), { bom: true, delimiter: ';' }) as string[][];
  return rows.slice(1, -1).map(([name, pid]) => ({ name: name!.replace(/^'/, ''), id: pid! }));
}

describe('sheet: the page', () => {
  it('one block per invited active institution with its empty lines, then the guests; the meeting in the header', async () => {
    const page = await sheet('2026-12-fachtag', NET, '--lines', '3', '--guest-lines', '5');
    expect(page).toMatch(/^<!DOCTYPE html>\n<html lang="de">/);
    expect(page).toContain('<h1>Fachtag: Kinderschutz &amp; Schule</h1>');
    expect(page).toContain('<dt>Termin</dt><dd>Montag, 7. Dezember 2026 bis Dienstag, 8. Dezember 2026</dd>');
    expect(page).toContain('<dt>Ort</dt><dd>Stadthalle Kreislaufstadt</dd>');
    const captions = [...page.matchAll(/<section class="block">\n<table class="sign">\n<caption>([^<]*)<\/caption>/g)].map((m) => m[1]);
    expect(captions).toEqual(['-Beratung am Markt', 'Beratungsstelle &quot;Kompass&quot; &lt;Süd&gt; &amp; Co.', 'Grundschule Nord', 'Kita Sonne', 'Polizeiwache Kreislaufstadt', 'Stadt Kreislaufstadt – Jugendamt']);
    const bodies = [...page.matchAll(/<tbody>\n([\s\S]*?)\n<\/tbody>/g)].map((m) => m[1]!.split('\n'));
    expect(bodies.slice(0, -1).every((rows) => rows.length === 3 && rows.every((r) => r === '<tr><td></td><td></td></tr>'))).toBe(true);
    expect(bodies.at(-1)).toEqual(Array(5).fill('<tr><td></td><td></td><td></td></tr>'));
    expect(page).toContain('<h2>Gäste</h2>');
    expect(page).toContain('break-inside: avoid');
    expect(page).not.toContain('Ehemaliger Verein');
    expect(await sheet('2026-12-fachtag', NET, '--guest-lines', '0')).not.toContain('Gäste</h2>');
  });

  it('prints no person: no contact or coordinator of the network appears', async () => {
    const page = await sheet('2026-12-fachtag', NET);
    for (const person of ['Ida Intern', 'Nils Netz', 'Özlem', 'Greta Geheim', 'Paul Telefon', 'Mara Markt', '0000 1']) expect(page).not.toContain(person);
    expect(page).not.toMatch(/[\w.-]+@[\w-]+\.example/);
  });

  it('in English with --lang en', async () => {
    const page = await sheet('2026-12-fachtag', NET, '--lang', 'en');
    expect(page).toContain('<html lang="en">');
    expect(page).toContain('<dt>Date</dt><dd>Monday, 7 December 2026 to Tuesday, 8 December 2026</dd>');
    expect(page).toContain('<th scope="col" class="signature">Signature</th>');
  });

  it.runIf(hasTidy).each(EXAMPLE_NAMES)('passes tidy without errors or warnings: %s', async (name) => {
    const tmp = tempDir();
    try {
      const dir = join(EXAMPLES, name);
      const file = join(tmp.dir, 'sheet.html');
      writeFileSync(file, await sheet(await nextPlanned(dir), dir));
      const r = spawnSync('tidy', ['-errors', '-quiet', '-utf8', file], { encoding: 'utf8' });
      expect(r.stderr).toBe('');
      expect(r.status).toBe(0);
    } finally {
      tmp.remove();
    }
  });

  it.runIf(hasChromium)('has no accessibility violations in a real Chromium (axe-core)', { timeout: 180_000 }, async () => {
    await withChromium(async (browser) => {
      for (const [dir, id] of [[NET, '2026-12-fachtag'], [join(EXAMPLES, 'kreis-wesel'), await nextPlanned(join(EXAMPLES, 'kreis-wesel'))]] as const) {
        const shot = process.env.SCREENSHOTS ? join(process.env.SCREENSHOTS, `sheet-${id}.png`) : undefined;
        expect(await axeViolations(browser, await sheet(id, dir), shot)).toEqual([]);
      }
    });
  });
});

describe.runIf(canPrint)('sheet as PDF', () => {
  it('A4, tagged, the footer on every page, every institution once, no block split across pages, the same bytes again', { timeout: 180_000 }, async () => {
    const tmp = tempDir();
    const dir = join(EXAMPLES, 'kreis-wesel');
    try {
      const id = await nextPlanned(dir);
      const r = await run(['sheet', id, dir, '--out', 'liste.pdf', ...TODAY], { cwd: tmp.dir, env: { PATH: process.env.PATH ?? '' } });
      expect(r.code, r.stderr).toBe(0);
      const file = join(tmp.dir, 'liste.pdf');
      const { info, pages, text } = readPdf(file);
      expectTaggedA4(info);
      expect(pages).toBeGreaterThan(1);
      const perPage = text.split('\f').filter((p) => p.trim() !== '');
      expect(perPage).toHaveLength(pages);
      const title = (JSON.parse((await run(['meetings', dir, '--format', 'json', ...TODAY])).stdout) as { meetings: { id: string; title: string }[] }).meetings.find((m) => m.id === id)!.title;
      perPage.forEach((page, i) => {
        expect(page).toMatch(new RegExp(`Teilnahmeliste · ${title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} · \\d\\d\\.\\d\\d\\.\\d{4} +Seite ${i + 1} von ${pages}`));
      });
      // No block split across pages, read from the words' positions (pdftotext -bbox-layout): each
      // table header "Unterschrift" has its caption just above it on the same page, and room
      // below it for its two empty lines (9 mm each) before the bottom margin (18 mm).
      const bbox = spawnSync('pdftotext', ['-bbox-layout', file, '-'], { encoding: 'utf8' }).stdout;
      const mm = 72 / 25.4;
      const pageBoxes = bbox.split('<page ').slice(1);
      expect(pageBoxes).toHaveLength(pages);
      let headers = 0;
      for (const [i, box] of pageBoxes.entries()) {
        const height = Number(/height="([\d.]+)"/.exec(box)![1]);
        const words = [...box.matchAll(/<word xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)<\/word>/g)].map((m) => ({ top: Number(m[1]), bottom: Number(m[2]), text: m[3]! }));
        for (const h of words.filter((w) => w.text === 'Unterschrift')) {
          headers++;
          expect(words.some((w) => w.bottom <= h.top && w.bottom > h.top - 30), `caption above the header at ${h.top} on page ${i + 1}`).toBe(true);
          expect(h.bottom + 2 * 9 * mm, `room for the lines below the header at ${h.top} on page ${i + 1}`).toBeLessThanOrEqual(height - 18 * mm + 1);
        }
      }
      const invited = await institutions(dir, id);
      expect(invited.length).toBeGreaterThan(10);
      expect(headers).toBe(invited.length + 1); // and the guests' table
      const all = perPage.join(' ').replace(/\s+/g, ' ');
      for (const p of invited) expect(all.split(p.name.replace(/\s+/g, ' ')).length - 1, p.name).toBeGreaterThanOrEqual(1);
      const again = await run(['sheet', id, dir, '--out', 'zwei.pdf', ...TODAY], { cwd: tmp.dir, env: { PATH: process.env.PATH ?? '' } });
      expect(again.code).toBe(0);
      expect(readFileSync(join(tmp.dir, 'zwei.pdf'))).toEqual(readFileSync(file));
    } finally {
      tmp.remove();
    }
  });
});

describe('sheet --format csv: the template for attendance', () => {
  it('a header, one row per invited active institution (name, id, empty count), a row for guests; ; UTF-8 BOM CRLF', async () => {
    const csv = await sheet('2026-12-fachtag', NET, '--format', 'csv');
    expect(csv.startsWith('\uFEFFEinrichtung;Kennung;Personen\r\n')).toBe(true);
    expect(csv.endsWith('Gäste;;\r\n')).toBe(true);
    const rows = parse(csv, { bom: true, delimiter: ';' }) as string[][];
    expect(rows).toEqual([
      ['Einrichtung', 'Kennung', 'Personen'],
      ["'-Beratung am Markt", 'minus-beratung', ''],
      ['Beratungsstelle "Kompass" <Süd> & Co.', 'beratung-kompass', ''],
      ['Grundschule Nord', 'grundschule-nord', ''],
      ['Kita Sonne', 'kita-sonne', ''],
      ['Polizeiwache Kreislaufstadt', 'polizei-kreislauf', ''],
      ['Stadt Kreislaufstadt – Jugendamt', 'jugendamt-kreislauf', ''],
      ['Gäste', '', ''],
    ]);
    expect((parse(await sheet('2026-12-fachtag', NET, '--format', 'csv', '--lang', 'en'), { bom: true, delimiter: ';' }) as string[][])[0]).toEqual(['Institution', 'Id', 'Persons']);
  });

  it('usage errors: a cancelled meeting, an ending it cannot write, a number of lines out of range (exit 2, nothing written)', async () => {
    const tmp = tempDir();
    try {
      const cases: [string[], RegExp][] = [
        [['2026-12-abgesagt', NET], /ist abgesagt \(status: cancelled\); eine Teilnahmeliste gibt es dafür nicht/],
        [['2026-12-fachtag', NET, '--out', 'liste.docx'], /\.docx/],
        [['2026-12-fachtag', NET, '--lines', '0'], /--lines: „0“ ist keine Zahl von 1 bis 20/],
      ];
      for (const [args, message] of cases) {
        const r = await run(['sheet', ...args, ...TODAY], { cwd: tmp.dir });
        expect(r.code, args.join(' ')).toBe(2);
        expect(r.stderr).toMatch(message);
      }
    } finally {
      tmp.remove();
    }
  });
});
