// The one PDF path of every printed output (report, directory, sign-in sheet, letter): Typst code
// (each product writes its own from the same document its HTML shows, on formats/typst.ts) →
// PDF/UA-1 bytes, typeset in this process by Typst through the native addon
// @myriaddreamin/typst-ts-node-compiler. No browser, no other process, no network: the addon is
// loaded only here, only when a PDF is asked for, and given the fonts shipped with the program
// (fonts/), placed before the machine's own, so that the same files and the same --today give the
// same bytes on every computer. A character none of the fonts has is replaced by "?" (PDF/UA
// forbids text without a glyph) and said in a note. A document too large to lay out at once (the
// directory of hundreds of institutions) comes in parts, typeset one by one and joined into one
// PDF with its footers laid over (pdf-merge.ts), so that Typst's memory follows a part, not the whole.
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

/**
 * A document's Typst code in one part or several (formats/typst.ts `typstDocument` with `part`):
 * each part whole pages without footers, typeset one by one and joined; then `footers(pages)`,
 * the footers alone on that many empty pages, laid over the joined pages.
 */
export interface TypstParts {
  count: number;
  source(part: number): string;
  footers(pages: number): string;
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
  const missing = new Set<string>();
  const checked = (source: string) => {
    const glyphs = withGlyphs(source, typst.covered);
    for (const ch of glyphs.missing) missing.add(ch);
    return glyphs.source;
  };
  const seconds = Date.UTC(Number(request.date.slice(0, 4)), Number(request.date.slice(5, 7)) - 1, Number(request.date.slice(8, 10))) / 1000;
  try {
    const parts = request.source;
    if (typeof parts === 'string' || parts.count === 1) {
      const whole = checked(typeof parts === 'string' ? parts : parts.source(0));
      noteMissing(request, missing);
      return typeset(typst.compiler, whole, seconds, true);
    }
    // In parts, each by a compiler of its own, freed with its results before the next (a compiler
    // keeps something of every source it has read, some 4 MB for a part), so that Typst holds
    // one part at a time. Parts after the first begin below a level-1 heading, which PDF/UA-1
    // asks of a whole document only: they, and the footers, are typeset tagged but without
    // Typst's PDF/UA checks; the first part brings the catalog and metadata of PDF/UA-1, and the
    // tests check the joined file. The footers come last, when the number of pages is known.
    const pdfs: TypesetPdf[] = [];
    for (let part = 0; part < parts.count; part++) {
      const compiler = typst.fresh();
      pdfs.push(typeset(compiler, checked(parts.source(part)), seconds, part === 0));
      await release(compiler);
    }
    const pages = pdfs.reduce((sum, pdf) => sum + pdf.pages, 0);
    const compiler = typst.fresh();
    const footers = typeset(compiler, checked(parts.footers(pages)), seconds, false);
    await release(compiler);
    noteMissing(request, missing);
    return {
      bytes: mergePdfs(
        pdfs.map((pdf) => pdf.bytes),
        footers.bytes,
      ),
      pages,
    };
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
  // taking more (a document of a few hundred pages: some 50 to 100 MB less at its peak; the same bytes).
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
