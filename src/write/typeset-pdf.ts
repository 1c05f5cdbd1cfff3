// The one PDF path of every printed output (report, directory, sign-in sheet, letter): Typst code
// (each product writes its own from the same document its HTML shows, on formats/typst.ts) →
// PDF/UA-1 bytes, typeset in this process by Typst through the native addon
// @myriaddreamin/typst-ts-node-compiler. No browser, no other process, no network: the addon is
// loaded only here, only when a PDF is asked for, and given the fonts shipped with the program
// (fonts/), placed before the machine's own, so that the same files and the same --today give the
// same bytes on every computer. A character none of the fonts has is replaced by "?" (PDF/UA
// forbids text without a glyph) and said in a note. A document too large to lay out at once (the
// directory of hundreds of institutions) comes in parts, typeset one by one and joined into one
// PDF (pdf-merge.ts), so that Typst's memory follows a part, not the whole.
import { readFile } from 'node:fs/promises';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { FileError } from '../errors.js';
import type { Code, Params } from '../i18n/catalogue.js';
import type { IsoDate } from '../model/types.js';
import { PACKAGE_ROOT } from '../package-root.js';
import { withEnding } from '../paths.js';
import { fontCodePoints } from './font-cmap.js';
import { mergePdfs } from './pdf-merge.js';

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

/** Where a part of a document typeset in parts stands: the number of its first page, and of pages in all (0 while they are being counted). */
interface PageRange {
  first: number;
  total: number;
}

/** A document's Typst code in one part or several, each a whole document on pages of its own (formats/typst.ts `typstDocument` with `pages`), typeset one by one and joined. */
export interface TypstParts {
  count: number;
  source(part: number, pages?: PageRange): string;
}

export interface PdfRequest {
  /** The Typst source (formats/typst.ts `typstDocument`), or the sources of a document typeset in parts. */
  source: string | TypstParts;
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
interface Typesetter {
  /** The process's compiler. */
  compiler: Compiler;
  /** A compiler of its own, with the same fonts, for one part of a document typeset in parts. */
  fresh(): Compiler;
  /** The characters the fonts have. */
  covered: Set<number>;
}
let loaded: Promise<Typesetter> | undefined;

/** The compiler with the shipped fonts and the characters they have, made once per process (rejects when the addon or a font cannot be loaded). */
function typesetter(): Promise<Typesetter> {
  loaded ??= (async () => {
    const fonts = await Promise.all(FONT_FILES.map((name) => readFile(new URL(`fonts/${name}`, PACKAGE_ROOT))));
    const { NodeCompiler } = await import('@myriaddreamin/typst-ts-node-compiler');
    const covered = new Set<number>();
    for (const font of fonts) for (const point of fontCodePoints(font)) covered.add(point);
    // Fonts given as blobs come first in Typst's font book, before any font of the machine: a
    // font of the same family installed on the computer is never chosen instead.
    const fresh = () => NodeCompiler.create({ fontArgs: [{ fontBlobs: fonts }] });
    return { compiler: fresh(), fresh, covered };
  })();
  return loaded;
}

/** The PDF of a Typst source; FileError (exit 2) when the typesetter is missing or typesetting fails, with how to print the HTML by hand. */
export async function typesetPdf(request: PdfRequest): Promise<TypesetPdf> {
  const manual = { out: request.out ?? '-', command: request.out === undefined ? request.htmlOptions : `--out ${withEnding(request.out, '.html')}` };
  let typst: Typesetter;
  try {
    typst = await typesetter();
  } catch (e) {
    loaded = undefined;
    throw new FileError('file.pdf-unavailable', { ...manual, reason: reasonOf(e) });
  }
  const parts: TypstParts = typeof request.source === 'string' ? { count: 1, source: () => request.source as string } : request.source;
  const missing = new Set<string>();
  const source = (part: number, pages?: PageRange) => {
    const checked = withGlyphs(parts.source(part, pages), typst.covered);
    for (const ch of checked.missing) missing.add(ch);
    return checked.source;
  };
  const seconds = Date.UTC(Number(request.date.slice(0, 4)), Number(request.date.slice(5, 7)) - 1, Number(request.date.slice(8, 10))) / 1000;
  try {
    if (parts.count === 1) {
      const whole = source(0);
      noteMissing(request, missing);
      return typeset(typst.compiler, whole, seconds, true);
    }
    // In parts: first each part's number of pages (for "Seite 3 von 184"), then each part with
    // its page numbers. Each part has a compiler of its own, freed with its results before the
    // next one (a compiler keeps something of every source it has read, some 4 MB for a part),
    // so that Typst holds one part at a time.
    // Parts after the first begin below a level-1 heading, which PDF/UA-1 asks of a whole
    // document only: they are typeset tagged but without Typst's PDF/UA checks; the first part
    // brings the catalog and metadata of PDF/UA-1, and the tests check the joined file.
    const counts: number[] = [];
    for (let part = 0; part < parts.count; part++) {
      const compiler = typst.fresh();
      counts.push(layout(compiler, source(part, { first: 1, total: 0 })).numOfPages);
      await release(compiler);
    }
    noteMissing(request, missing);
    const total = counts.reduce((sum, n) => sum + n, 0);
    const pdfs: Uint8Array[] = [];
    for (let part = 0, first = 1; part < parts.count; first += counts[part]!, part++) {
      const compiler = typst.fresh();
      pdfs.push(typeset(compiler, source(part, { first, total }), seconds, part === 0).bytes);
      await release(compiler);
    }
    return { bytes: mergePdfs(pdfs), pages: total };
  } catch (e) {
    throw new FileError('file.pdf-failed', { ...manual, reason: reasonOf(e) });
  } finally {
    // Nothing of this PDF stays in the cache of a process that typesets another one (the tests, a folder of PDFs).
    typst.compiler.evictCache(0);
  }
}

function noteMissing(request: PdfRequest, missing: ReadonlySet<string>): void {
  if (missing.size > 0) request.note('pdf.missing-glyphs', { chars: [...missing].join(' ') });
}

/** Typst's laid-out document, or an Error with Typst's messages. */
function layout(compiler: Compiler, source: string) {
  const result = compiler.compile({ mainFileContent: source });
  const doc = result.result;
  if (result.hasError() || doc === null) throw new Error(diagnostics(result.takeDiagnostics()));
  return doc;
}

function typeset(compiler: Compiler, source: string, seconds: number, ua: boolean): TypesetPdf {
  const doc = layout(compiler, source);
  // The laid-out document is all the PDF writer needs: Typst's memoized results of the layout
  // (its global cache) go before it runs, so that the writer reuses their memory instead of
  // taking more (the 1,000-partner directory: about 50 to 100 MB less at its peak; the same bytes).
  compiler.evictCache(0);
  const bytes = compiler.pdf(doc, { ...(ua ? { pdfStandard: 'ua-1' } : {}), pdfTags: true, creationTimestamp: seconds });
  return { bytes: new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength), pages: doc.numOfPages };
}

let collect: (() => void) | undefined;

/**
 * Frees a part's layout before the next: Typst's cache, and the documents its results hold, which
 * V8 sees as small objects and would keep for long; they go when the collector has run and the
 * event loop has turned once (Node frees native objects then).
 */
async function release(compiler: Compiler): Promise<void> {
  compiler.evictCache(0);
  if (!collect) {
    setFlagsFromString('--expose-gc');
    collect = runInNewContext('gc') as () => void;
  }
  collect();
  await new Promise((resolve) => setImmediate(resolve));
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
