// The one PDF path of every printable output (report, letter, directory, sign-in sheet …): an
// HTML page → PDF bytes, printed by a Chromium-based browser already on the machine (browser.ts),
// driven by puppeteer-core, which is loaded only here, only when a PDF is asked for. A4, tagged
// (accessible), with page numbers and the "Stand" date in the footer. The page runs without
// JavaScript and without network: only the HTML given is printed.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { statSync } from 'node:fs';
import { FileError } from '../errors.js';
import { formatDate } from '../i18n/format.js';
import type { Lang } from '../i18n/lang.js';
import { PAGE_WORDS } from '../i18n/page.js';
import type { Io } from '../io.js';
import { withEnding } from '../paths.js';
import { BROWSER_ENV, browserExample, findBrowser } from './browser.js';
import { interruptGuard } from './interrupts.js';

interface PdfFooter {
  /** Left: what the page is and its date, e.g. "Netzwerkbericht 2026 · Stand 23.11.2026". */
  text: string;
  /** Right: with `{page}` and `{pages}`, e.g. "Seite {page} von {pages}". */
  pageOf: string;
}

export interface PdfRequest {
  html: string;
  footer: PdfFooter;
  /** The day the PDF is dated (its creation and modification date): --today, for reproducible bytes. */
  date: string;
  /** For messages: the file asked for, and the command that writes the same page as HTML. */
  out: string;
  htmlCommand: string;
}

/** A page of ours as a PDF (`--out x.pdf`, or --format pdf), the way every command prints one. */
export interface PrintedPage {
  html: string;
  /** The footer's left part: what the page is (the "Stand" date follows when `dated`). */
  footer: string;
  dated: boolean;
  /** --today: the footer's "Stand" and the PDF's dates. */
  date: string;
  out: string | undefined;
  /** The options that write the same page as HTML, when there is no --out to change the ending of. */
  htmlOptions?: string;
}

/** The PDF of a page: the footer with the "Stand" date and "Seite x von y", a message that names the HTML to print by hand. */
export function printPdf(io: Io, lang: Lang, page: PrintedPage): Promise<Uint8Array> {
  const words = PAGE_WORDS[lang];
  return htmlToPdf(io, {
    html: page.html,
    footer: { text: page.dated ? `${page.footer} · ${words.asOf} ${formatDate(page.date, lang)}` : page.footer, pageOf: words.pageOf },
    date: page.date,
    out: page.out ?? '-',
    htmlCommand: page.out === undefined ? (page.htmlOptions ?? '--format html') : `--out ${withEnding(page.out, '.html')}`,
  });
}

/** Start-up flags: headless, and nothing that talks to the network or keeps state between runs. */
const ARGS = [
  '--headless',
  '--no-sandbox', // the page is our own HTML, printed with JavaScript and network off; the sandbox fails as root and in containers
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--no-default-browser-check',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-extensions',
  '--disable-dev-shm-usage',
  '--font-render-hinting=none',
];

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function footerTemplate(footer: PdfFooter): string {
  const pageOf = escape(footer.pageOf).replace('{page}', '<span class="pageNumber"></span>').replace('{pages}', '<span class="totalPages"></span>');
  return (
    '<div style="box-sizing:border-box;width:100%;padding:0 14mm;font:8pt Arial,\'Liberation Sans\',sans-serif;color:#5b6675;display:flex;justify-content:space-between;">' +
    `<span>${escape(footer.text)}</span><span>${pageOf}</span></div>`
  );
}

const isFile = (path: string) => {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
};

/** The PDF's bytes; FileError (exit 2) without a browser or when printing fails, with how to print by hand. */
export async function htmlToPdf(io: Pick<Io, 'env'>, request: PdfRequest, platform: NodeJS.Platform = process.platform): Promise<Uint8Array> {
  const found = findBrowser(io.env, platform, isFile);
  const manual = { out: request.out, command: request.htmlCommand, env: BROWSER_ENV, example: browserExample(platform) };
  if (!found) throw new FileError('file.no-browser', manual);
  if (found.from === 'env' && !isFile(found.path)) throw new FileError('file.browser-missing', { env: found.env, path: found.path });

  const { launch } = await import('puppeteer-core');
  const profile = await mkdtemp(join(tmpdir(), 'netzwerk-pdf-'));
  // The page (the whole Art. 15 letter, say) and the browser's profile never outlive the program, not even after Ctrl+C.
  const forget = interruptGuard(profile, true);
  let browser: Awaited<ReturnType<typeof launch>> | undefined;
  try {
    const page = join(profile, 'page.html');
    await writeFile(page, request.html);
    browser = await launch({
      executablePath: found.path,
      headless: true,
      pipe: true,
      userDataDir: join(profile, 'profile'),
      args: ARGS,
      timeout: 60_000,
      handleSIGINT: false,
      handleSIGTERM: false,
      handleSIGHUP: false,
    });
    const tab = await browser.newPage();
    await tab.setJavaScriptEnabled(false);
    // Only the page itself and inline data; nothing is fetched from anywhere.
    await tab.setRequestInterception(true);
    tab.on('request', (r) => void (r.url() === pathToFileURL(page).href || r.url().startsWith('data:') ? r.continue() : r.abort()));
    await tab.goto(pathToFileURL(page).href, { waitUntil: 'load', timeout: 60_000 });
    const pdf = await tab.pdf({
      // The page's own `@page { size: A4 }` (page.ts): exactly 210 × 297 mm, where puppeteer's
      // "A4" is rounded to whole hundredths of an inch.
      preferCSSPageSize: true,
      format: 'A4',
      printBackground: true,
      tagged: true,
      outline: true,
      displayHeaderFooter: true,
      headerTemplate: '<span></span>',
      footerTemplate: footerTemplate(request.footer),
      margin: { top: '16mm', bottom: '18mm', left: '14mm', right: '14mm' },
      timeout: 120_000,
    });
    return fixPdfDates(new Uint8Array(pdf), request.date);
  } catch (e) {
    if (e instanceof FileError) throw e;
    const reason = (e instanceof Error ? e.message : String(e)).split('\n')[0]!.slice(0, 200);
    throw new FileError('file.pdf-failed', { ...manual, browser: found.path, reason });
  } finally {
    await browser?.close().catch(() => undefined);
    await rm(profile, { recursive: true, force: true }).catch(() => undefined);
    forget();
  }
}

/**
 * Chromium dates the PDF with the moment of printing; everything else in its bytes follows from
 * the page. The dates become the day given (same length, so the cross-reference table stays
 * right): the same data and --today give the same file.
 */
function fixPdfDates(pdf: Uint8Array, day: string): Uint8Array {
  const text = Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength).toString('latin1');
  const stamp = `${day.replace(/-/g, '')}000000`;
  const fixed = text.replace(/\/(CreationDate|ModDate) \(D:\d{14}/g, (_, key: string) => `/${key} (D:${stamp}`);
  return new Uint8Array(Buffer.from(fixed, 'latin1'));
}
