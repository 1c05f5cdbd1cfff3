// The one PDF path of every printed output (report, directory, sign-in sheet, letter): Typst code
// (each product writes its own from the same document its HTML shows, on formats/typst.ts) →
// PDF/UA-1 bytes, typeset in this process by Typst through the native addon
// @myriaddreamin/typst-ts-node-compiler. No browser, no other process, no network: the addon is
// loaded only here, only when a PDF is asked for, and given the fonts shipped with the program
// (fonts/), placed before the machine's own, so that the same files and the same --today give the
// same bytes on every computer. A character none of the fonts has is replaced by "?" (PDF/UA
// forbids text without a glyph) and said in a note.
import { readFile } from 'node:fs/promises';
import { FileError } from '../errors.js';
import type { Code, Params } from '../i18n/catalogue.js';
import type { IsoDate } from '../model/types.js';
import { PACKAGE_ROOT } from '../package-root.js';
import { withEnding } from '../paths.js';
import { fontCodePoints } from './font-cmap.js';

/** The fonts of the PDFs (fonts/README.md): the first has the text, the others what it lacks. */
const FONT_FILES = [
  'NotoSans-Regular.ttf',
  'NotoSans-Bold.ttf',
  'NotoSans-Italic.ttf',
  'NotoSans-BoldItalic.ttf',
  'NotoSansSymbols2-Regular.ttf',
  'NotoSansArabic-Regular.ttf',
  'NotoSansArabic-Bold.ttf',
];

export interface PdfRequest {
  /** The Typst source (formats/typst.ts `typstDocument`). */
  source: string;
  /** --today: the PDF's creation date. */
  date: IsoDate;
  /** For messages: the file asked for, and the options that write the same page as HTML to print by hand. */
  out: string | undefined;
  htmlOptions: string;
  /** Where a note goes (ctx.note): characters the fonts do not have. */
  note: (code: Code, params?: Params) => void;
}

/** A typeset PDF: its bytes and its number of pages (for the line that says what was written). */
export interface TypesetPdf {
  bytes: Uint8Array;
  pages: number;
}

type Compiler = import('@myriaddreamin/typst-ts-node-compiler').NodeCompiler;
let loaded: Promise<{ compiler: Compiler; covered: Set<number> }> | undefined;

/** The compiler with the shipped fonts and the characters they have, made once per process (rejects when the addon or a font cannot be loaded). */
function typesetter(): Promise<{ compiler: Compiler; covered: Set<number> }> {
  loaded ??= (async () => {
    const fonts = await Promise.all(FONT_FILES.map((name) => readFile(new URL(`fonts/${name}`, PACKAGE_ROOT))));
    const { NodeCompiler } = await import('@myriaddreamin/typst-ts-node-compiler');
    const covered = new Set<number>();
    for (const font of fonts) for (const point of fontCodePoints(font)) covered.add(point);
    // Fonts given as blobs come first in Typst's font book, before any font of the machine: a
    // font of the same family installed on the computer is never chosen instead.
    return { compiler: NodeCompiler.create({ fontArgs: [{ fontBlobs: fonts }] }), covered };
  })();
  return loaded;
}

/** The PDF of a Typst source; FileError (exit 2) when the typesetter is missing or typesetting fails, with how to print the HTML by hand. */
export async function typesetPdf(request: PdfRequest): Promise<TypesetPdf> {
  const manual = { out: request.out ?? '-', command: request.out === undefined ? request.htmlOptions : `--out ${withEnding(request.out, '.html')}` };
  let typst: Awaited<ReturnType<typeof typesetter>>;
  try {
    typst = await typesetter();
  } catch (e) {
    loaded = undefined;
    throw new FileError('file.pdf-unavailable', { ...manual, reason: reasonOf(e) });
  }
  const { source, missing } = withGlyphs(request.source, typst.covered);
  if (missing.length > 0) request.note('pdf.missing-glyphs', { chars: missing.join(' ') });
  try {
    const result = typst.compiler.compile({ mainFileContent: source });
    const doc = result.result;
    if (result.hasError() || doc === null) throw new Error(diagnostics(result.takeDiagnostics()));
    const seconds = Date.UTC(Number(request.date.slice(0, 4)), Number(request.date.slice(5, 7)) - 1, Number(request.date.slice(8, 10))) / 1000;
    const bytes = typst.compiler.pdf(doc, { pdfStandard: 'ua-1', creationTimestamp: seconds });
    return { bytes: new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength), pages: doc.numOfPages };
  } catch (e) {
    throw new FileError('file.pdf-failed', { ...manual, reason: reasonOf(e) });
  }
}

/**
 * The source with every character none of the fonts has replaced: "?" for a visible one, nothing
 * for an invisible mark. The code itself is ASCII, so only the text of literals changes.
 */
function withGlyphs(source: string, covered: ReadonlySet<number>): { source: string; missing: string[] } {
  const missing = new Set<string>();
  const out = source.replace(/[^\x00-\x7f]/gu, (ch) => {
    if (covered.has(ch.codePointAt(0)!)) return ch;
    missing.add(ch);
    return /[\p{Cf}\p{Mn}\p{Me}]/u.test(ch) ? '' : '?';
  });
  return { source: out, missing: [...missing].filter((ch) => !/[\p{Cf}\p{Mn}\p{Me}]/u.test(ch)) };
}

function diagnostics(error: unknown): string {
  const list = (error as { shortDiagnostics?: { message?: string }[] } | null)?.shortDiagnostics ?? [];
  return list.map((d) => d.message ?? '').join('; ') || 'Typst';
}

const reasonOf = (e: unknown) => (e instanceof Error ? e.message : String(e)).split('\n')[0]!.slice(0, 300);
