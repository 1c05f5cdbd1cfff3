// External checkers from Debian's packages (.ci/apt-packages installs them in CI).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import { ROOT } from './helpers.js';

/**
 * The python3 that has Debian's modules (icalendar, openpyxl, jsonschema, yaml, vobject, gi):
 * $PYTHON, else /usr/bin/python3, else the first on PATH (pyenv's, first on some machines, lacks them).
 */
export const PYTHON = process.env.PYTHON || (existsSync('/usr/bin/python3') ? '/usr/bin/python3' : 'python3');

/**
 * True when the command is there. In CI (CI=true) a missing checker is a failure, not a skip:
 * the checks it makes must run on every submission.
 */
export function hasTool(command: string): boolean {
  const found = spawnSync('sh', ['-c', `command -v ${command}`], { encoding: 'utf8' }).status === 0;
  if (!found && process.env.CI) throw new Error(`${command} is missing: add its package to .ci/apt-packages`);
  return found;
}

export function hasPythonModule(module: string): boolean {
  const found = spawnSync(PYTHON, ['-c', `import ${module}`]).status === 0;
  if (!found && process.env.CI) throw new Error(`${PYTHON}: module ${module} is missing: add its package to .ci/apt-packages`);
  return found;
}

/** A PDF as poppler reads it: pdfinfo's report, the number of pages, and the text of `pdftotext -layout`. */
export function readPdf(file: string): { info: string; pages: number; text: string } {
  const info = spawnSync('pdfinfo', [file], { encoding: 'utf8' }).stdout;
  const text = spawnSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).stdout;
  return { info, pages: Number(/Pages: +(\d+)/.exec(info)?.[1] ?? 0), text };
}

/** Tagged for screen readers, on exactly A4 (210 × 297 mm = 595.276 × 841.890 pt). */
export function expectTaggedA4(info: string): void {
  expect(info).toMatch(/Tagged: +yes/);
  const [, w, h] = /Page size: +([\d.]+) x ([\d.]+) pts \(A4\)/.exec(info) ?? [];
  expect(Math.abs(Number(w) - (210 / 25.4) * 72), info).toBeLessThan(0.01);
  expect(Math.abs(Number(h) - (297 / 25.4) * 72), info).toBeLessThan(0.01);
}

/** What test/independent/check_pdf_ua.py finds in a PDF: the problems a PDF/UA-1 validator would report, and facts. */
export interface PdfUaResult {
  file: string;
  problems: string[];
  facts: {
    lang: string | null;
    pdfuaid: string | null;
    title: string | null;
    pages: number;
    structure: Record<string, number>;
    headings: number[];
    figures: string[];
    untagged_operations: number;
    orphans: { page: number; kind: string }[];
    empty_pages: number[];
    links: number;
    fonts: string[];
  };
}

/** The checks a PDF/UA validator would make (pikepdf, test/independent/check_pdf_ua.py), for several files in one run. */
export function checkPdfUa(files: readonly string[]): PdfUaResult[] {
  const r = spawnSync(PYTHON, [join(ROOT, 'test', 'independent', 'check_pdf_ua.py'), ...files], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (r.status !== 0) throw new Error(`check_pdf_ua.py: ${r.stderr}`);
  return r.stdout
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as PdfUaResult);
}

/** The font names the PDFs may hold: those of the fonts shipped in fonts/ (subset prefixes dropped). */
export const SHIPPED_FONTS = [
  'NotoSans-Regular',
  'NotoSans-Bold',
  'NotoSans-Italic',
  'NotoSans-BoldItalic',
  'NotoSansSymbols2-Regular',
  'NotoSansArabic-Regular',
  'NotoSansArabic-Bold',
];
