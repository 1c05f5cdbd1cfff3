// A directory too large to typeset in one piece (hundreds of institutions: Typst would hold
// some 500 MB for 1,000) is typeset in parts and joined into one PDF (src/write/pdf-merge.ts).
// What a reader of the file relies on, checked with programs that did not write it (pikepdf,
// poppler): it is one PDF/UA-1 document (the checks of check_pdf_ua.py, no heading alone at a
// page's foot, no empty page), its pages count on ("Seite 7 von 52" on page 7) in footers where
// a directory in one piece has them, every
// institution is in it, in the order of the directory, the bookmarks are the headings at
// their levels (a part that begins inside a group has its cards under that group), and the same
// files give the same bytes.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateNetwork } from '../../bench/generate.mjs';
import { bySize } from '../support/budget.js';
import { EXAMPLES, runBin, tempDir } from '../support/helpers.js';
import { checkPdfUa, hasPythonModule, hasTool, PYTHON, readPdf, type PdfUaResult } from '../support/tools.js';

const canCheck = hasPythonModule('pikepdf') && hasTool('pdftotext');
const tmp = tempDir('netzwerk-pdf-parts-');
/** 120 institutions (npm test) or 400: two parts at least, and groups cut between them. */
const SCALE = bySize(0.12, 0.4);
const TODAY = ['--today', '2026-12-07'];

let network = '';
let pdf = '';
let stderr = '';
let check: PdfUaResult;
let names: string[] = [];

beforeAll(async () => {
  if (!canCheck) return;
  network = generateNetwork(join(tmp.dir, 'network'), SCALE);
  pdf = join(tmp.dir, 'verzeichnis.pdf');
  const r = await runBin(['directory', network, '--out', pdf, ...TODAY], { timeout: 120_000 });
  expect(r.code, r.stderr).toBe(0);
  stderr = r.stderr;
  const json = await runBin(['directory', network, '--format', 'json', ...TODAY]);
  expect(json.code, json.stderr).toBe(0);
  const directory = JSON.parse(json.stdout) as { groups: { entries: string[] }[]; entries: { id: string; name: string }[] };
  const byId = new Map(directory.entries.map((e) => [e.id, e.name]));
  names = directory.groups.flatMap((g) => g.entries.map((id) => byId.get(id)!));
  check = checkPdfUa([pdf])[0]!;
}, 300_000);
afterAll(() => tmp.remove());

/** The outline as pikepdf reads it, depth first: each entry's depth (1 = top) and title; and the headings of the structure tree in order, with their level and title. */
function outlineAndHeadings(file: string): { outline: [number, string][]; headings: [number, string][] } {
  const script = `
import json, sys, pikepdf
pdf = pikepdf.open(sys.argv[1])
outline = []
def walk(items, depth):
    for item in items:
        outline.append([depth, str(item.title)])
        walk(item.children, depth + 1)
with pdf.open_outline() as o:
    walk(o.root, 1)
headings = []
def tree(node):
    kids = node.get('/K')
    if kids is None:
        return
    for kid in (kids if isinstance(kids, pikepdf.Array) else [kids]):
        if isinstance(kid, pikepdf.Dictionary) and '/S' in kid:
            s = str(kid.S)
            if s in ('/H1', '/H2', '/H3', '/H4', '/H5', '/H6'):
                headings.append([int(s[2]), str(kid.get('/T', ''))])
            tree(kid)
tree(pdf.Root.StructTreeRoot)
print(json.dumps({'outline': outline, 'headings': headings}))
`;
  const r = spawnSync(PYTHON, ['-c', script, file], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (r.status !== 0) throw new Error(r.stderr);
  return JSON.parse(r.stdout) as { outline: [number, string][]; headings: [number, string][] };
}

describe.runIf(canCheck)('a directory typeset in parts', () => {
  it('is typeset in parts: each part brings its own subset of the fonts', () => {
    const fonts = spawnSync('pdffonts', [pdf], { encoding: 'utf8' }).stdout;
    const regular = fonts.split('\n').filter((line) => /\+NotoSans-Regular\b/.test(line));
    expect(regular.length, fonts).toBeGreaterThan(1);
  });

  it('is one PDF/UA-1 document: everything tagged, headings from H1, no heading alone at a foot, no empty page', () => {
    expect(check.problems).toEqual([]);
    expect(check.facts.pdfuaid).toBe('1');
    expect(check.facts.lang).toBe('de');
    expect(check.facts.title).toMatch(/^Partnerverzeichnis: Netzwerk Kinderschutz Benchmark/);
    expect(check.facts.untagged_operations).toBe(0);
    expect(check.facts.headings[0]).toBe(1);
    expect(check.facts.headings.filter((h) => h === 1)).toHaveLength(1);
    expect(check.facts.orphans).toEqual([]);
    expect(check.facts.empty_pages).toEqual([]);
    expect(check.facts.structure['/H4']).toBe(names.length);
  });

  it('counts its pages on, part after part, and says how many it wrote', () => {
    const { info, pages } = readPdf(pdf);
    expect(info).toMatch(/Tagged: +yes/);
    expect(pages).toBe(check.facts.pages);
    expect(stderr).toContain(`(${pages} Seiten)`);
    for (let page = 1; page <= pages; page++) {
      const text = spawnSync('pdftotext', ['-f', String(page), '-l', String(page), '-layout', pdf, '-'], { encoding: 'utf8' }).stdout;
      expect(text, `page ${page}`).toContain(`Seite ${page} von ${pages}`);
    }
  });

  it('has its footers where a directory in one piece has them: the footer of every page laid over it in the same place', async () => {
    const single = join(tmp.dir, 'kreis-kleve.pdf');
    const r = await runBin(['directory', join(EXAMPLES, 'kreis-kleve'), '--out', single, ...TODAY]);
    expect(r.code, r.stderr).toBe(0);
    /** Where the footer's words stand on page 1 (pdftotext -bbox: points from the top left). */
    const footer = (file: string) => {
      const xml = spawnSync('pdftotext', ['-bbox', '-f', '1', '-l', '1', file, '-'], { encoding: 'utf8' }).stdout;
      const word = (text: string) => {
        const m = new RegExp(`<word xMin="([\\d.]+)" yMin="([\\d.]+)" xMax="[\\d.]+" yMax="([\\d.]+)">${text}</word>`).exec(xml);
        expect(m, `${file}: ${text}`).not.toBeNull();
        return { x: Number(m![1]), top: Number(m![2]), bottom: Number(m![3]) };
      };
      return { title: word('Partnerverzeichnis'), page: word('Seite') };
    };
    const [parted, whole] = [footer(pdf), footer(single)];
    expect(Math.abs(parted.title.x - whole.title.x)).toBeLessThan(0.05);
    expect(Math.abs(parted.title.top - whole.title.top)).toBeLessThan(0.05);
    expect(Math.abs(parted.page.bottom - whole.page.bottom)).toBeLessThan(0.05);
    expect(parted.title.top).toBeGreaterThan(780);
  });

  it('holds every institution, in the order of the directory', () => {
    // In the order the content is written (-raw): the two columns one after the other.
    const text = spawnSync('pdftotext', ['-raw', pdf, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }).stdout.replace(/\s+/g, ' ');
    let at = 0;
    for (const name of names) {
      // The card's heading: the first time the name appears after the one before it.
      const found = text.indexOf(name, at);
      expect(found, name).toBeGreaterThanOrEqual(0);
      at = found + name.length;
    }
    // Two parts at least: the directory holds far more than one part's 80 or so institutions.
    expect(names.length).toBeGreaterThan(SCALE * 900);
  });

  it('has one outline: the headings at their levels, cards under their group across parts', () => {
    const { outline, headings } = outlineAndHeadings(pdf);
    expect(outline).toEqual(headings);
    expect(outline.filter(([depth]) => depth === 4).map(([, title]) => title)).toEqual(names);
    // Every card sits below a group heading, never at the top.
    expect(outline.slice(1).every(([depth]) => depth > 1)).toBe(true);
  });

  it('is the same file for the same network and day', async () => {
    const again = join(tmp.dir, 'again.pdf');
    const r = await runBin(['directory', network, '--out', again, ...TODAY], { timeout: 120_000 });
    expect(r.code, r.stderr).toBe(0);
    const hash = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');
    expect(hash(again)).toBe(hash(pdf));
  });
});
