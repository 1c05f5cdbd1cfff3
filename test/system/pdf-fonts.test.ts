// The PDFs use only the fonts shipped in fonts/, the same on every computer: a font of the same
// family installed on the machine is never chosen instead (here a "Noto Sans" made from DejaVu
// Sans with fontTools, in the user's font folder, which Typst does find when it is not given
// ours: the control), the characters the program knows the fonts have are the ones fontTools
// reads from their cmap tables, and a character no font has becomes "?" in the PDF (PDF/UA forbids
// text without a glyph) with a note, the PDF still made.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync, cpSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fontCodePoints } from '../../src/write/font-cmap.js';
import { EXAMPLES, ROOT, run, runBin, runNode, tempDir } from '../support/helpers.js';
import { checkPdfUa, hasPythonModule, hasTool, PYTHON, SHIPPED_FONTS } from '../support/tools.js';

const TODAY = ['--today', '2026-11-23'];
const DEJAVU = '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf';
const canFake = hasPythonModule('fontTools') && hasTool('pdffonts') && hasTool('fc-list');

/** The font names of a PDF as pdffonts lists them, without the subset prefix. */
const fontsOf = (file: string) =>
  spawnSync('pdffonts', [file], { encoding: 'utf8' })
    .stdout.split('\n')
    .slice(2)
    .filter(Boolean)
    .map((line) => line.split(/\s+/)[0]!.replace(/^[A-Z]{6}\+/, ''));

describe.runIf(canFake)('the fonts of the PDFs', () => {
  it('are the shipped ones even where the machine has a "Noto Sans" of its own', { timeout: 120_000 }, async () => {
    const tmp = tempDir();
    try {
      const home = join(tmp.dir, 'home');
      mkdirSync(join(home, '.local', 'share', 'fonts'), { recursive: true });
      const fake = join(home, '.local', 'share', 'fonts', 'FakeNoto.ttf');
      const make = spawnSync(
        PYTHON,
        [
          '-c',
          `from fontTools.ttLib import TTFont
f = TTFont(${JSON.stringify(DEJAVU)})
for rec in f['name'].names:
    if rec.nameID in (1, 16): rec.string = 'Noto Sans'
    elif rec.nameID in (2, 17): rec.string = 'Regular'
    elif rec.nameID == 4: rec.string = 'Noto Sans Regular'
    elif rec.nameID == 6: rec.string = 'FakeNotoSans-Regular'
f.save(${JSON.stringify(fake)})`,
        ],
        { encoding: 'utf8' },
      );
      expect(make.status, make.stderr).toBe(0);
      // the control: Typst on its own finds the machine's "Noto Sans" in that folder
      const control = join(tmp.dir, 'control.pdf');
      const script = `const { NodeCompiler } = require(${JSON.stringify(join(ROOT, 'node_modules', '@myriaddreamin', 'typst-ts-node-compiler'))});
const c = NodeCompiler.create({});
const r = c.compile({ mainFileContent: '#set text(font: "Noto Sans", fallback: false)\\nHallo' });
require('node:fs').writeFileSync(${JSON.stringify(control)}, c.pdf(r.result));`;
      const c = await runNode(['-e', script], { env: { HOME: home } });
      expect(c.code, c.stderr).toBe(0);
      expect(fontsOf(control)).toEqual(['FakeNotoSans-Regular']);
      // netzwerk, with the same folder: only the fonts it ships
      for (const args of [
        ['report', join(EXAMPLES, 'herne'), '--out', 'bericht.pdf'],
        ['directory', join(EXAMPLES, 'herne'), '--audience', 'public', '--out', 'wegweiser.pdf'],
      ]) {
        const r = await runBin([...args, ...TODAY], { cwd: tmp.dir, env: { HOME: home } });
        expect(r.code, r.stderr).toBe(0);
        const fonts = fontsOf(join(tmp.dir, args.at(-1)!));
        expect(fonts).toContain('NotoSans-Regular');
        expect(fonts.filter((f) => !SHIPPED_FONTS.includes(f))).toEqual([]);
      }
    } finally {
      tmp.remove();
    }
  });

  it('cover what fontTools reads from their cmap tables, character for character', () => {
    for (const name of ['NotoSans-Regular', 'NotoSansSymbols2-Regular', 'NotoSansArabic-Regular']) {
      const file = join(ROOT, 'fonts', `${name}.ttf`);
      const py = spawnSync(
        PYTHON,
        ['-c', `import json; from fontTools.ttLib import TTFont; print(json.dumps(sorted(TTFont(${JSON.stringify(file)}).getBestCmap())))`],
        {
          encoding: 'utf8',
          maxBuffer: 16 * 1024 * 1024,
        },
      );
      expect(py.status, py.stderr).toBe(0);
      expect([...fontCodePoints(readFileSync(file))].sort((a, b) => a - b)).toEqual(JSON.parse(py.stdout));
    }
  });
});

describe.runIf(hasPythonModule('pikepdf') && hasTool('pdftotext'))('a character no shipped font has', () => {
  it('is "?" in the PDF, said in a note; the PDF is made and passes the PDF/UA checks', { timeout: 60_000 }, async () => {
    const tmp = tempDir();
    try {
      const net = join(tmp.dir, 'netz');
      cpSync(join(EXAMPLES, 'herne'), net, { recursive: true });
      const file = join(net, 'partners.yaml');
      writeFileSync(file, readFileSync(file, 'utf8').replace('name: Netzwerk Frühe Hilfen Herne', 'name: Netzwerk Frühe Hilfen Herne 🌱 家庭'));
      const r = await run(['report', net, '--out', 'bericht.pdf', ...TODAY], { cwd: tmp.dir });
      expect(r.code, r.stderr).toBe(0);
      expect(r.stderr).toBe(
        'Hinweis: Für diese Zeichen hat die Schrift des PDF keine Form, sie stehen dort als „?“: 🌱 家 庭. Die HTML-Ausgabe zeigt sie.\n✔ bericht.pdf geschrieben (6 Seiten)\n',
      );
      const text = spawnSync('pdftotext', [join(tmp.dir, 'bericht.pdf'), '-'], { encoding: 'utf8' }).stdout;
      expect(text).toContain('Netzwerk Frühe Hilfen Herne ? ??');
      expect(checkPdfUa([join(tmp.dir, 'bericht.pdf')])[0]!.problems).toEqual([]);
      const html = await run(['report', net, '--format', 'html', ...TODAY]);
      expect(html.stdout).toContain('Netzwerk Frühe Hilfen Herne 🌱 家庭');
    } finally {
      tmp.remove();
    }
  });
});
