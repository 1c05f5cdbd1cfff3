// Every PDF of every example (at full size; npm test takes one example's eleven) (the report for each audience, in English and with --compare, the
// directory and the Wegweiser (in Arabic too, right to left), the sign-in sheet, the Art. 15 letter) passes the checks a PDF/UA
// validator makes (test/independent/check_pdf_ua.py, pikepdf; veraPDF is not at hand): all
// content tagged or an artifact, /Lang, the title shown, pdfuaid, /Alt on every figure,
// /Contents on every link, header cells in every table, lists with LBody, fonts embedded; and
// its fonts are only those shipped in fonts/. The layout: no heading, table caption or header row
// alone at the foot of a page, no page without content; pdftotext reads the content in the
// document's order.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bySize, FULL } from '../support/budget.js';
import { EXAMPLES, EXAMPLE_NAMES, run, tempDir } from '../support/helpers.js';
import { nextPlanned, TODAY } from '../support/sheet.js';
import { checkPdfUa, hasPythonModule, hasTool, SHIPPED_FONTS, type PdfUaResult } from '../support/tools.js';

const canCheck = hasPythonModule('pikepdf') && hasTool('pdftotext');
const tmp = tempDir('netzwerk-pdf-ua-');

interface Made {
  example: string;
  what: string;
  lang: string;
  file: string;
}
/** Every example at full size; in npm test one, each kind of PDF once (not the comparison and the English ones). */
const CHECKED = bySize<readonly string[]>(['kreis-kleve'], EXAMPLE_NAMES);
const made: Made[] = [];
let results = new Map<string, PdfUaResult>();

/** The first coordinator of an example: the letter is written to them. */
const coordinatorOf = (example: string) =>
  (parse(readFileSync(join(EXAMPLES, example, 'network.yaml'), 'utf8')) as { coordinators: { name: string }[] }).coordinators[0]!.name;

beforeAll(async () => {
  if (!canCheck) return;
  for (const example of CHECKED) {
    const dir = join(EXAMPLES, example);
    const outputs: [string, string, string[]][] = [
      ['report-internal', 'de', ['report', dir, '--audience', 'internal']],
      ['report-network', 'de', ['report', dir]],
      ['report-public', 'de', ['report', dir, '--audience', 'public']],
      ['report-compare', 'de', ['report', dir, '--compare', 'previous']],
      ['report-en', 'en', ['report', dir, '--lang', 'en']],
      ['directory', 'de', ['directory', dir]],
      ['wegweiser', 'de', ['directory', dir, '--audience', 'public']],
      ['wegweiser-en', 'en', ['directory', dir, '--audience', 'public', '--lang', 'en']],
      ['wegweiser-ar', 'ar', ['directory', dir, '--audience', 'public', '--lang', 'ar']],
      ['sheet', 'de', ['sheet', await nextPlanned(dir), dir]],
      ['letter', 'de', ['person', coordinatorOf(example), dir]],
    ];
    for (const [what, lang, args] of outputs.filter(([what]) => FULL || !['report-compare', 'report-en', 'wegweiser-en'].includes(what))) {
      const file = join(tmp.dir, `${example}-${what}.pdf`);
      const r = await run([...args, '--out', file, ...TODAY], { cwd: tmp.dir });
      expect(r.code, `${example} ${what}: ${r.stderr}`).toBe(0);
      made.push({ example, what, lang, file });
    }
  }
  results = new Map(checkPdfUa(made.map((m) => m.file)).map((r) => [r.file, r]));
}, 600_000);
afterAll(() => tmp.remove());

describe.runIf(canCheck)('every PDF of every example', () => {
  it('passes the checks of a PDF/UA-1 validator', () => {
    expect(made).toHaveLength(CHECKED.length * (FULL ? 11 : 8));
    for (const m of made) {
      const r = results.get(m.file)!;
      const label = `${m.example} ${m.what}`;
      expect(r.problems, label).toEqual([]);
      expect(r.facts.pdfuaid, label).toBe('1');
      expect(r.facts.lang, label).toBe(m.lang);
      expect(r.facts.title, label).toMatch(/\S/);
      expect(r.facts.untagged_operations, label).toBe(0);
      expect(r.facts.headings[0], label).toBe(1);
      if ((r.facts.structure['/Table'] ?? 0) > 0) expect(r.facts.structure['/TH'], label).toBeGreaterThan(0);
    }
  });

  it('has every chart as a figure with its data in words, and every link with its address', () => {
    for (const m of made.filter((x) => x.what.startsWith('report'))) {
      const figures = results.get(m.file)!.facts.figures;
      expect(figures.length, `${m.example} ${m.what}`).toBeGreaterThanOrEqual(1);
      for (const alt of figures) expect(alt, `${m.example} ${m.what}`).toMatch(/: \d/);
    }
    // the Wegweiser links its web sites, addresses and the emergency numbers
    for (const m of made.filter((x) => x.what === 'wegweiser')) expect(results.get(m.file)!.facts.links, m.example).toBeGreaterThanOrEqual(2);
  });

  it('uses only the fonts shipped with the program', () => {
    for (const m of made) {
      const fonts = results.get(m.file)!.facts.fonts;
      expect(fonts.length).toBeGreaterThan(0);
      expect(
        fonts.filter((f) => !SHIPPED_FONTS.includes(f)),
        `${m.example} ${m.what}`,
      ).toEqual([]);
    }
  });

  it('leaves no heading, table caption or header row alone at the foot of a page, and no page without content', () => {
    for (const m of made) {
      const r = results.get(m.file)!;
      expect(r.facts.orphans, `${m.example} ${m.what}`).toEqual([]);
      expect(r.facts.empty_pages, `${m.example} ${m.what}`).toEqual([]);
    }
  });

  it('reads in the document order: the report its sections (pdftotext), the two-column directory its institutions (in the order of its content)', async () => {
    for (const m of made.filter((x) => x.what === 'report-network')) {
      const flow = spawnSync('pdftotext', [m.file, '-'], { encoding: 'utf8' }).stdout;
      // the section on Schutzkonzepte and InsoFa only where the network records them
      const care = /Schutzkonzepte und insoweit erfahrene/.test(flow) ? ['Schutzkonzepte'] : [];
      const sections = ['Überblick', 'Aufgaben', 'Partner', 'Abdeckung', ...care, 'Teilnahme', 'Veranstaltungen', 'Tätigkeiten', 'Vereinbarungen', 'Hinweise'];
      const at = sections.map((title, i) => flow.search(new RegExp(`(^|\\f)${i + 1}\\. ${title}`, 'm')));
      expect(
        at.every((x) => x >= 0),
        m.example,
      ).toBe(true);
      expect(
        [...at].sort((a, b) => a - b),
        m.example,
      ).toEqual(at);
    }
    for (const example of CHECKED) {
      const m = made.find((x) => x.example === example && x.what === 'wegweiser')!;
      // Poppler's guess at the order of two columns of cards of different heights jumps between
      // them; the content's own order (-raw), which the tags follow, is the document's. Without
      // white space: a name may break over two lines.
      const flow = spawnSync('pdftotext', ['-raw', m.file, '-'], { encoding: 'utf8' }).stdout.replace(/\s+/g, '');
      const json = await run(['directory', join(EXAMPLES, example), '--audience', 'public', '--format', 'json', ...TODAY]);
      const directory = JSON.parse(json.stdout) as { groups: { entries: string[] }[]; entries: { id: string; name: string }[] };
      const names = new Map(directory.entries.map((e) => [e.id, e.name]));
      let at = flow.indexOf('EinrichtungennachThema');
      for (const id of directory.groups.flatMap((g) => g.entries)) {
        const next = flow.indexOf(names.get(id)!.replace(/\s+/g, ''), at);
        expect(next, `${example}: ${names.get(id)} after position ${at}`).toBeGreaterThan(at);
        at = next;
      }
    }
  });
});
