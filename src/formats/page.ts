// The page layer of every printed or published HTML output (the report, the Art. 15 letter, the
// directory, and later the sign-in sheet): one self-contained HTML file (inline CSS, nothing
// loaded from outside), with the language, a title, a calm style readable on screen, and print
// rules for A4: table headers repeated on every page, no row split across pages, headings kept
// with what follows (for printing from a browser; netzwerk's own PDFs are typeset from the same
// documents by Typst, formats/typst.ts). A page may bring one small inline script that only
// improves it (the directory's filter): the page is complete without it, and a Content-Security-Policy then allows
// exactly this page's own style and script, by their hashes, and nothing from anywhere else.
import { createHash } from 'node:crypto';
import { DATA_LANG, type Lang } from '../i18n/lang.js';

/** Escapes text for HTML and SVG content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

export interface Page {
  /** A BCP 47 tag: `de`, `en`, `tr`, `ar`, `de-x-ls` … */
  lang: string;
  /** `rtl` for Arabic and other right-to-left scripts; absent = left to right. */
  dir?: 'ltr' | 'rtl';
  /** More lines for the head (alternate languages, structured data), after the title. */
  head?: readonly string[];
  /** The document's title (the browser tab, the PDF's title); plain text. */
  title: string;
  /** What the page is, in a sentence (search engines, link previews): plain text. */
  description: string;
  /** The style of this kind of page, after the shared rules. */
  css?: string;
  /** The body's content, HTML. */
  body: string;
  /** A small script run at the end of the body; with it, the page carries a Content-Security-Policy. */
  script?: string;
}

export function renderPage(page: Page): string {
  const style = `\n${PAGE_CSS}${page.css ?? ''}`;
  return (
    [
      '<!DOCTYPE html>',
      `<html lang="${escapeHtml(page.lang)}"${page.dir === 'rtl' ? ' dir="rtl"' : ''}>`,
      '<head>',
      '<meta charset="utf-8">',
      ...(page.script === undefined ? [] : [`<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy(style, page.script)}">`]),
      '<meta name="viewport" content="width=device-width, initial-scale=1">',
      `<meta name="description" content="${escapeHtml(page.description)}">`,
      '<meta name="generator" content="netzwerk">',
      `<title>${escapeHtml(page.title)}</title>`,
      ...(page.head ?? []),
      `<style>${style}</style>`,
      '</head>',
      '<body>',
      page.body,
      ...(page.script === undefined ? [] : [`<script>${page.script}</script>`]),
      '</body>',
      '</html>',
    ].join('\n') + '\n'
  );
}

/**
 * Nothing but this style and this script (by their SHA-256), no forms sent, no base. Requests
 * only to the page's own site (connect-src 'self'), which the script never makes: so a crawler's
 * check run inside the page can read the site's robots.txt (Lighthouse fetches it from the page).
 */
function contentSecurityPolicy(style: string, script: string): string {
  const hash = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
  return `default-src 'none'; style-src ${hash(style)}; script-src ${hash(script)}; connect-src 'self'; base-uri 'none'; form-action 'none'`;
}

/**
 * The attribute for text from the network's files (names, titles: German) on a page in another
 * language, so that a screen reader reads it as German (WCAG 3.1.2).
 */
export const germanData = (lang: Lang): string => (lang === DATA_LANG ? '' : ` lang="${DATA_LANG}"`);

/** A document of sections (the report, the overview) as a page body. */
export interface SectionedBody<B> {
  /** The cover's lines before its table of contents (kicker, title, subtitle: HTML). */
  cover: readonly string[];
  /** The table of contents' name for a screen reader. */
  contents: string;
  sections: readonly { id: string; title: string; blocks: readonly B[] }[];
  /** One block as HTML; '' leaves it out. */
  block: (block: B, sectionTitle: string) => string;
  /** The footer's text (escaped here). */
  footer: string;
}

/** Cover with a linked table of contents, one `<section>` per section with its `<h2>`, the footer. */
export function sectionedBody<B>(d: SectionedBody<B>): string {
  const out: string[] = [
    '<header class="cover">',
    ...d.cover,
    `<nav aria-label="${escapeHtml(d.contents)}"><ol>`,
    ...d.sections.map((s) => `<li><a href="#${s.id}">${escapeHtml(s.title)}</a></li>`),
    '</ol></nav>',
    '</header>',
    '<main>',
  ];
  for (const section of d.sections) {
    out.push(`<section id="${section.id}" aria-labelledby="${section.id}-h">`, `<h2 id="${section.id}-h">${escapeHtml(section.title)}</h2>`);
    for (const block of section.blocks) {
      const html = d.block(block, section.title);
      if (html) out.push(html);
    }
    out.push('</section>');
  }
  out.push('</main>', `<footer><p>${escapeHtml(d.footer)}</p></footer>`);
  return out.join('\n');
}

/** Paragraphs of a text with blank lines between them; single line breaks kept. */
export function htmlParagraphs(text: string, cls = '', attributes = ''): string {
  return text
    .split(/\n\s*\n/)
    .map((p) => `<p${cls ? ` class="${cls}"` : ''}${attributes}>${escapeHtml(p.trim()).replace(/\n/g, '<br>')}</p>`)
    .join('\n');
}

/** The shared style: colours, type, tables, and the A4 print rules. */
const PAGE_CSS = `:root {
  --ink: #1d2733; --muted: #5b6675; --line: #d8dee6; --soft: #f4f6f9;
  --brand: #1f4e79; --brand-soft: #e7eef6; --accent: #2a7ab0;
  --ok: #1e7b45; --ok-soft: #dcf1e3; --bad: #b42318; --bad-soft: #fde4e1; --warn: #9a5b00; --warn-soft: #fdf0d5;
}
* { box-sizing: border-box; }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { margin: 0; color: var(--ink); background: #fff; font: 15px/1.5 "Segoe UI", "Helvetica Neue", Arial, "Liberation Sans", sans-serif; }
header.cover, main, footer { max-width: 980px; margin: 0 auto; padding: 0 28px; }
h1 { margin: 4px 0 6px; font-size: 30px; line-height: 1.2; color: var(--brand); }
h2 { margin: 22px 0 10px; font-size: 22px; color: var(--brand); }
h3 { margin: 20px 0 8px; font-size: 16px; color: var(--ink); }
h1, h2, h3, caption, th { overflow-wrap: break-word; hyphens: auto; }
p { margin: 8px 0; }
p.note { color: var(--muted); font-size: 13px; }
a { color: var(--brand); }
dl.facts { display: grid; grid-template-columns: max-content minmax(0, 1fr); gap: 4px 18px; margin: 8px 0 14px; }
dl.facts dt { font-weight: 600; color: var(--muted); }
dl.facts dd { margin: 0; min-width: 0; overflow-wrap: break-word; }
table { width: 100%; border-collapse: collapse; margin: 10px 0 16px; font-size: 14px; }
caption { caption-side: top; text-align: left; font-weight: 700; padding: 4px 0 6px; color: var(--ink); }
th, td { padding: 6px 8px; border-bottom: 1px solid var(--line); text-align: left; vertical-align: top; }
thead th { background: var(--brand-soft); color: var(--brand); border-bottom: 2px solid var(--brand); font-weight: 600; }
tbody th { font-weight: 600; }
tbody tr:nth-child(even) { background: #fafbfc; }
.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
.center { text-align: center; }
.nowrap { white-space: nowrap; }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
td.ok, dd.ok { color: var(--ok); font-weight: 600; }
td.bad, dd.bad { color: var(--bad); font-weight: 600; }
td.warn, dd.warn { color: var(--warn); font-weight: 600; }
td.muted, th.muted, dd.muted { color: var(--muted); }
footer { padding-top: 14px; padding-bottom: 28px; color: var(--muted); font-size: 12px; }
/* A narrow window (a phone, a zoomed page: WCAG 1.4.10) never scrolls sideways: label and value
   one below the other, and a table marked "stack" one block per row, each value with its column's
   name (data-label). */
@media screen and (max-width: 600px) {
  header.cover, main, footer { padding-left: 14px; padding-right: 14px; }
  h1 { font-size: 24px; }
  h2 { font-size: 20px; }
  dl.facts { grid-template-columns: minmax(0, 1fr); gap: 0; }
  dl.facts dd { margin-bottom: 6px; }
}
@media screen and (max-width: 900px) {
  table.stack, table.stack tbody, table.stack tr, table.stack td, table.stack tbody th { display: block; width: auto; }
  table.stack caption { display: block; }
  table.stack thead { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
  table.stack tr { padding: 6px 0; border-bottom: 1px solid var(--line); }
  table.stack td, table.stack tbody th { padding: 1px 0; border: 0; text-align: left; white-space: normal; overflow-wrap: break-word; }
  table.stack td[data-label]::before { content: attr(data-label) ": "; font-weight: 600; color: var(--muted); }
}
@page { size: A4; margin: 16mm 14mm 18mm; }
@media print {
  body { font-size: 10pt; }
  header.cover, main, footer { max-width: none; padding-left: 0; padding-right: 0; }
  h1 { font-size: 20pt; }
  h2 { font-size: 14pt; break-after: avoid; page-break-after: avoid; }
  h3, caption { break-after: avoid; page-break-after: avoid; }
  table { font-size: 9pt; }
  thead { display: table-header-group; }
  tr, figure, dl.facts { break-inside: avoid; page-break-inside: avoid; }
  tbody tr:nth-child(even) { background: none; }
  a { color: inherit; text-decoration: none; }
}
`;
