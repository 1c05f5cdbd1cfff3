// `report --out bericht.pdf`: typeset by Typst in the program's own process (src/write/typeset-pdf.ts,
// no browser) and read back by poppler (pdfinfo, pdftotext) and pikepdf (the PDF/UA checks of
// test/independent/check_pdf_ua.py): exactly A4, tagged, the footer on every page with the report,
// its audience, the network, the "Stand" date and the page, the content in the document's order,
// table headers repeated on a new page, whom the report is for on the cover, in every footer and
// in the title, the same bytes on a second run and in another time zone. Every PDF of every
// example: test/system/pdf-ua.test.ts; a missing typesetter: test/system/pdf-process.test.ts.
import { spawnSync } from 'node:child_process';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXAMPLES, run, runBin, tempDir } from '../support/helpers.js';
import { checkPdfUa, expectTaggedA4, hasPythonModule, hasTool, readPdf } from '../support/tools.js';

const TODAY = ['--today', '2026-11-23'];
const canRead = hasTool('pdfinfo') && hasTool('pdftotext') && hasPythonModule('pikepdf');
const KLEVE = join(EXAMPLES, 'kreis-kleve');

/** The text of each page, in reading order (pdftotext without -layout: the order of the content). */
const pagesOf = (file: string) =>
  spawnSync('pdftotext', [file, '-'], { encoding: 'utf8' })
    .stdout.split('\f')
    .filter((p) => p.trim() !== '');

describe.runIf(canRead)('report as PDF', () => {
  it('A4, tagged, PDF/UA, the footer on every page, the sections in order, the same bytes again and in another time zone', { timeout: 120_000 }, async () => {
    const tmp = tempDir();
    try {
      const r = await run(['report', KLEVE, '--out', 'bericht.pdf', ...TODAY], { cwd: tmp.dir });
      expect(r.code, r.stderr).toBe(0);
      const file = join(tmp.dir, 'bericht.pdf');
      const { info, pages, text } = readPdf(file);
      expectTaggedA4(info);
      expect(pages).toBeGreaterThan(1);
      // the one line on stderr says what was written, with the pages poppler counts
      expect(r.stderr).toBe(`✔ bericht.pdf geschrieben (${pages} Seiten)\n`);
      expect(info).toMatch(/CreationDate: +Mon Nov 23 00:00:00 2026 UTC/);
      expect(info).toMatch(/Title: +Netzwerkbericht für die Netzwerkpartner: Netzwerk Kinderschutz Kreis Kleve \(Berichtszeitraum 01\.01\.2026 – 31\.12\.2026/);
      const perPage = text.split('\f').filter((p) => p.trim() !== '');
      expect(perPage).toHaveLength(pages);
      perPage.forEach((page, i) =>
        expect(page).toMatch(
          new RegExp(`Netzwerkbericht 2026 für die Netzwerkpartner · Netzwerk Kinderschutz Kreis Kleve · Stand 23\\.11\\.2026 +Seite ${i + 1} von ${pages}`),
        ),
      );
      // The table of gaps runs over a page: its header row is there again on the next page.
      expect(perPage.filter((p) => /Kommune +Fehlende Kategorien/.test(p)).length).toBeGreaterThan(1);
      // reading order: the ten sections in the document's order
      const flow = pagesOf(file).join('\n');
      const at = [
        '1. Überblick',
        '2. Aufgaben',
        '3. Partner',
        '4. Abdeckung',
        '5. Schutzkonzepte',
        '6. Teilnahme',
        '7. Veranstaltungen',
        '8. Tätigkeiten',
        '9. Vereinbarungen',
        '10. Hinweise',
      ].map((h) => flow.indexOf(h));
      expect(at.every((x) => x >= 0)).toBe(true);
      expect([...at].sort((a, b) => a - b)).toEqual(at);
      const [check] = checkPdfUa([file]);
      expect(check!.problems).toEqual([]);
      expect(check!.facts.figures).toHaveLength(3);
      expect(check!.facts.figures.every((alt) => /: \d/.test(alt))).toBe(true); // the data in words

      const again = await run(['report', KLEVE, '--out', 'zwei.pdf', ...TODAY], { cwd: tmp.dir });
      expect(again.code).toBe(0);
      expect(readFileSync(join(tmp.dir, 'zwei.pdf'))).toEqual(readFileSync(file));
      const elsewhere = await runBin(['report', KLEVE, '--out', 'drei.pdf', ...TODAY], { cwd: tmp.dir, env: { TZ: 'Pacific/Kiritimati' } });
      expect(elsewhere.code, elsewhere.stderr).toBe(0);
      expect(readFileSync(join(tmp.dir, 'drei.pdf'))).toEqual(readFileSync(file));
    } finally {
      tmp.remove();
    }
  });

  it('with --compare: the task matrix, participation and the comparison', { timeout: 120_000 }, async () => {
    const tmp = tempDir();
    try {
      const r = await run(['report', KLEVE, '--compare', 'previous', '--out', 'vergleich.pdf', ...TODAY], { cwd: tmp.dir });
      expect(r.code, r.stderr).toBe(0);
      const file = join(tmp.dir, 'vergleich.pdf');
      const { info, text } = readPdf(file);
      expectTaggedA4(info);
      for (const heading of [
        'Vergleich mit 2025',
        'Aufgaben nach § 9 LKiSchG NRW',
        'Teilnahme nach Kategorien des § 9 Abs. 4 LKiSchG NRW',
        'Auswertung der Qualifizierungsangebote',
      ]) {
        expect(text).toContain(heading);
      }
      expect(text).toMatch(/Teilnehmende +130 +93 +\+37/);
      expect(text).toMatch(/§ 9 Abs\. 2 Nr\. 3 +die bedarfsgerechte Organisation .*kein Beleg/);
      const [check] = checkPdfUa([file]);
      expect(check!.problems).toEqual([]);
      expect(check!.facts.figures.some((alt) => alt.startsWith('Kennzahlen 2026 und 2025'))).toBe(true);
    } finally {
      tmp.remove();
    }
  });

  it(
    'says whom it is for: "Intern – nicht zur Weitergabe" on the cover, in every footer and in the title; "für die Netzwerkpartner"; the public one neither',
    { timeout: 120_000 },
    async () => {
      const tmp = tempDir();
      try {
        const read = async (audience: string) => {
          const r = await run(['report', KLEVE, '--audience', audience, '--out', `${audience}.pdf`, ...TODAY], { cwd: tmp.dir });
          expect(r.code, r.stderr).toBe(0);
          const file = join(tmp.dir, `${audience}.pdf`);
          return { ...readPdf(file), pages: pagesOf(file) };
        };
        const internal = await read('internal');
        expect(internal.info).toMatch(/Title: +Netzwerkbericht – Intern – nicht zur Weitergabe: /);
        expect(internal.pages[0]!.split('\n').slice(0, 4).join(' ')).toContain('Intern – nicht zur Weitergabe');
        for (const page of internal.text.split('\f').filter((p) => p.trim() !== ''))
          expect(page).toMatch(/Netzwerkbericht 2026 – Intern – nicht zur Weitergabe · Netzwerk Kinderschutz Kreis Kleve · Stand 23\.11\.2026 +Seite/);

        const network = await read('network');
        expect(network.info).toMatch(/Title: +Netzwerkbericht für die Netzwerkpartner: /);
        expect(network.pages[0]!.split('\n').slice(0, 4).join(' ')).toContain('Für die Netzwerkpartner');
        expect(network.text).not.toContain('nicht zur Weitergabe');

        const pub = await read('public');
        expect(pub.info).toMatch(/Title: +Netzwerkbericht: Netzwerk Kinderschutz Kreis Kleve/);
        expect(pub.text).not.toMatch(/nicht zur Weitergabe|Netzwerkpartner/);
      } finally {
        tmp.remove();
      }
    },
  );

  it('shows text from the data as it is: nothing in a name runs as Typst code', { timeout: 60_000 }, async () => {
    const tmp = tempDir();
    try {
      const net = join(tmp.dir, 'netz');
      cpSync(join(EXAMPLES, 'herne'), net, { recursive: true });
      // quotes that would close a string literal, Typst's markup, a call that reads a file, a backslash
      const name = 'Netz ") + panic("x") + (" #panic() $a^2$ *b* _c_ @r <l> \\ // x ] } #read("/etc/passwd")';
      const file = join(net, 'network.yaml');
      writeFileSync(file, readFileSync(file, 'utf8').replace('name: Netzwerk Kinderschutz Herne', `name: ${JSON.stringify(name)}`));
      const r = await run(['report', net, '--out', 'bericht.pdf', ...TODAY], { cwd: tmp.dir });
      expect(r.code, r.stderr).toBe(0);
      const pdf = join(tmp.dir, 'bericht.pdf');
      const flow = spawnSync('pdftotext', ['-raw', pdf, '-'], { encoding: 'utf8' }).stdout.replace(/\s+/g, '');
      expect(flow).toContain(name.replace(/\s+/g, ''));
      expect(flow).not.toContain('root:');
      expect(readPdf(pdf).info).toContain(`Title:           Netzwerkbericht für die Netzwerkpartner: ${name} (`);
    } finally {
      tmp.remove();
    }
  });
});
