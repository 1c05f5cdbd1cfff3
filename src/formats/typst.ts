// The shared Typst layer of every printed PDF (report, directory, sign-in sheet, letter): small
// pure functions that write Typst code, which src/write/typeset-pdf.ts typesets to PDF/UA-1.
// The code is Typst's code mode throughout, and every text from the data or the words enters it
// only as a string literal (`lit`): a string is shown as text, so nothing in a name, a title or a
// description can run as Typst code, whatever characters it holds. What Typst makes of it in the
// PDF: headings (and bookmarks), paragraphs, lists as L/LI/Lbl/LBody, tables with header cells
// (TH) whose header row is repeated on every page, figures with their alternative text, links with
// /Contents, the page footer as an artifact, the document's language and title.
import type { Lang } from '../i18n/lang.js';
import type { IsoDate } from '../model/types.js';

/** A piece of Typst code: an expression in code mode that gives content. */
export type Typst = string;

/** The colours the renderers may name (the HTML pages' palette, page.ts). */
export type Colour = 'ink' | 'muted' | 'line' | 'soft' | 'brand' | 'brandSoft' | 'accent' | 'ok' | 'bad' | 'warn' | 'okSoft' | 'badSoft' | 'white';

const COLOURS: Record<Colour, string> = {
  ink: '#1d2733',
  muted: '#5b6675',
  line: '#d8dee6',
  soft: '#f4f6f9',
  brand: '#1f4e79',
  brandSoft: '#e7eef6',
  accent: '#2a7ab0',
  ok: '#1e7b45',
  bad: '#b42318',
  warn: '#9a5b00',
  okSoft: '#dcf1e3',
  badSoft: '#fde4e1',
  white: '#ffffff',
};

/** A colour by name (defined in the preamble). */
export const colour = (name: Colour): Typst => `c-${name}`;

/**
 * A Typst string literal of any text: the only way text enters the code. Backslash and quote are
 * escaped, line breaks kept as `\n` (shown as a line break), other control characters dropped
 * (they have no glyph; the data reaches the renderers with them already made visible, safe-text.ts).
 */
function lit(text: string): Typst {
  let out = '"';
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (ch === '\\') out += '\\\\';
    else if (ch === '"') out += '\\"';
    else if (ch === '\n') out += '\\n';
    else if (ch === '\t') out += ' ';
    else if (code < 0x20 || code === 0x7f || (code >= 0x80 && code < 0xa0) || code === 0x2028 || code === 0x2029) continue;
    else out += ch;
  }
  return `${out}"`;
}

/** A length in millimetres or points, written the way Typst reads it. */
export const mm = (n: number): Typst => `${round(n)}mm`;
const pt = (n: number): Typst => `${round(n)}pt`;
const round = (n: number) => String(Math.round(n * 100) / 100);

export interface TextStyle {
  bold?: boolean;
  italic?: boolean;
  colour?: Colour;
  /** Size in points. */
  size?: number;
  /** Break long words (German compounds) at syllables: for narrow table columns. */
  hyphenate?: boolean;
  /** The text's language where it differs from the document's (German names in an English report). */
  lang?: Lang;
}

/** Text with a style; plain text is just its literal. */
export function text(value: string, style: TextStyle = {}): Typst {
  const args = [
    style.bold ? 'weight: "bold"' : '',
    style.italic ? 'style: "italic"' : '',
    style.colour ? `fill: ${colour(style.colour)}` : '',
    style.size === undefined ? '' : `size: ${pt(style.size)}`,
    style.hyphenate ? 'hyphenate: true' : '',
    style.lang ? `lang: "${style.lang}"` : '',
  ].filter(Boolean);
  return args.length === 0 ? lit(value) : `text(${args.join(', ')}, ${lit(value)})`;
}

/** Pieces of content one after the other. */
export const join = (...parts: Typst[]): Typst => (parts.length === 1 ? parts[0]! : `[${parts.map((p) => `#${p};`).join('')}]`);

/** A heading (and a bookmark of the PDF): level 1 is the document's title on the cover. */
export const heading = (level: number, value: string, style: TextStyle = {}): Typst => `heading(level: ${level}, ${text(value, style)})`;

/** A paragraph of content. */
export const par = (body: Typst): Typst => `par(${body})`;

/** Paragraphs of a text with blank lines between them. */
export const paragraphs = (value: string, style: TextStyle = {}): Typst[] =>
  value
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => par(text(p, style)));

/** What a list item's body lacks of the list's width: the marker "•" (376/1,000 em in Noto Sans, fonts/) and Typst's body indent (0.5em). */
const LIST_INDENT = '0.876em';

/**
 * A bulleted list (L, LI, Lbl, LBody). Typst lays a list out as a grid whose body column takes
 * the width of its content: each body is laid out to measure it and again to place it, and Typst
 * keeps every layout in memory until the PDF is written. Given `width` (the width the list has,
 * a Typst length), each body is a box of exactly the width it gets anyway, and is laid out once:
 * the same page, less memory (the 1,000-partner directory: about 55 MB less).
 */
export const list = (items: readonly Typst[], width?: Typst): Typst =>
  `list(${(width === undefined ? items : items.map((item) => `box(width: ${width} - ${LIST_INDENT}, ${item})`)).join(', ')})`;

/** Label and value pairs, as a list of terms (each an LI with the label as Lbl). */
export const terms = (rows: readonly (readonly [string, Typst])[]): Typst =>
  `terms(separator: [: ], hanging-indent: 1.5em, ${rows.map(([label, value]) => `terms.item(${lit(label)}, ${value})`).join(', ')})`;

/** A link that shows its own text; the PDF's link annotation gets /Contents from the address. */
export const link = (url: string, body: Typst): Typst => `link(${lit(url)}, ${body})`;

/** A block kept on one page, optionally with a frame. */
export function block(
  body: Typst,
  options: {
    width?: Typst;
    height?: Typst;
    breakable?: boolean;
    sticky?: boolean;
    inset?: number;
    stroke?: Typst;
    fill?: Colour;
    above?: number;
    below?: number;
  } = {},
): Typst {
  const args = [
    `width: ${options.width ?? '100%'}`,
    options.height === undefined ? '' : `height: ${options.height}`,
    options.breakable === false ? 'breakable: false' : '',
    options.sticky ? 'sticky: true' : '',
    options.inset === undefined ? '' : `inset: ${pt(options.inset)}`,
    options.stroke === undefined ? '' : `stroke: ${options.stroke}`,
    options.fill === undefined ? '' : `fill: ${colour(options.fill)}`,
    options.above === undefined ? '' : `above: ${pt(options.above)}`,
    options.below === undefined ? '' : `below: ${pt(options.below)}`,
  ].filter(Boolean);
  return `block(${args.join(', ')}, ${body})`;
}

export interface TableColumn {
  title: string;
  /** A Typst track size: `auto`, `1fr`, `30%`. */
  width?: Typst;
  align?: 'left' | 'right' | 'center';
}

export interface TableSpec {
  columns: readonly TableColumn[];
  rows: readonly (readonly Typst[])[];
  /** Shown above the table (the Table's Caption); also what a screen reader announces. */
  caption?: string;
  /** Font size of the cells, in points. */
  size?: number;
  /** The height of every row but the header, in millimetres (lines to write on by hand); default: as the text needs. */
  rowHeight?: number;
}

/**
 * A table with a header row of TH cells, repeated at the top of every page the table runs over
 * (the repetition is an artifact); a row is never split over two pages, and the header never
 * stays alone at the foot of a page (Typst moves it with the first row).
 */
export function table(spec: TableSpec): Typst {
  const widths = spec.columns.map((c) => c.width ?? 'auto').join(', ');
  const aligns = spec.columns.map((c) => c.align ?? 'left').join(', ');
  const header = `table.header(${spec.columns.map((c) => text(c.title, { bold: true, colour: 'brand' })).join(', ')})`;
  const cells = spec.rows.flatMap((row) => row);
  const size = spec.size === undefined ? '' : `set text(size: ${pt(spec.size)}); `;
  const body =
    `{ ${size}set table.cell(breakable: false); ` +
    `table(columns: (${widths},), ${spec.rowHeight === undefined ? '' : `rows: (auto, ${mm(spec.rowHeight)}), `}align: (${aligns},), inset: (x: 4pt, y: 3.5pt), ` +
    `stroke: (x, y) => (bottom: if y == 0 { 1pt + ${colour('brand')} } else { 0.5pt + ${colour('line')} }), ` +
    `fill: (x, y) => if y == 0 { ${colour('brandSoft')} }, ${[header, ...cells].join(', ')}) }`;
  if (spec.caption === undefined) return body;
  return `figure(kind: table, supplement: none, numbering: none, caption: figure.caption(position: top, ${lit(spec.caption)}), ${body})`;
}

/**
 * A figure (a chart): its alternative text is what a screen reader says instead of the drawing,
 * so it carries the data in words; the caption is shown below it.
 */
export function figure(body: Typst, alt: string, caption?: string): Typst {
  const cap = caption === undefined ? '' : `, caption: ${lit(caption)}`;
  return `figure(kind: image, supplement: none, numbering: none, alt: ${lit(alt)}${cap}, ${body})`;
}

export interface TypstDocument {
  /** A BCP 47 tag (`de`, `ar`, `de-x-ls`): Typst and the PDF take its language. */
  lang: string;
  /** `rtl` for a right-to-left language (Arabic): text, lists and columns run from the right. */
  dir?: 'ltr' | 'rtl';
  /** The PDF's title (shown in the viewer's title bar). */
  title: string;
  /** The day the PDF is dated: --today, for reproducible bytes. */
  date: IsoDate;
  /** The footer of every page, left: what the document is (an artifact, not read aloud). */
  footer: string;
  /** The footer's right part with `{page}` and `{pages}`: "Seite {page} von {pages}". */
  pageOf: string;
  /** Body text size in points (default 9.5). */
  size?: number;
  /** Page margins in millimetres (default 16 / 14 / 20 / 14). */
  margin?: { top: number; right: number; bottom: number; left: number };
  /** Typst set and show rules of this kind of document, after the shared ones. */
  rules?: Typst[];
  /** What the first page shows behind its content (the letter's fold marks): an artifact. */
  background?: Typst;
  body: readonly Typst[];
  /**
   * For a document typeset in parts (write/typeset-pdf.ts `TypstParts`): `body`, a part's pages
   * without their footers; `footers`, the footers alone on as many empty pages, laid over the
   * joined pages afterwards, so that "Seite 7 von 189" knows the whole.
   */
  part?: 'body' | { footers: number };
}

/** The whole Typst source: preamble (colours, A4, language, fonts, title, footer), then the body. */
export function typstDocument(doc: TypstDocument): string {
  const [y, m, d] = doc.date.split('-').map(Number);
  const margin = doc.margin ?? { top: 16, right: 14, bottom: 20, left: 14 };
  const pageOf = doc.pageOf
    .split(/(\{page\}|\{pages\})/)
    .map((part) => (part === '{page}' ? 'counter(page).display()' : part === '{pages}' ? 'str(counter(page).final().first())' : lit(part)));
  const footer =
    doc.part === 'body'
      ? 'none'
      : `context { set text(size: 7.5pt, fill: ${colour('muted')}); grid(columns: (1fr, auto), column-gutter: 8mm, ${lit(doc.footer)}, ${join(...pageOf)}) }`;
  const body = typeof doc.part === 'object' ? Array.from({ length: doc.part.footers - 1 }, () => 'pagebreak()') : doc.body;
  const lines = [
    '// netzwerk: typeset to PDF/UA-1; every text is a string literal',
    ...Object.entries(COLOURS).map(([name, hex]) => `#let ${colour(name as Colour)} = rgb("${hex}")`),
    `#set document(title: ${lit(doc.title)}, author: "netzwerk", date: datetime(year: ${y}, month: ${m}, day: ${d}))`,
    `#set text(lang: "${doc.lang.split('-')[0]}", dir: ${doc.dir ?? 'ltr'}, font: ("Noto Sans", "Noto Sans Symbols2", "Noto Sans Arabic"), fallback: false, size: ${pt(doc.size ?? 9.5)}, fill: ${colour('ink')})`,
    '#set par(leading: 0.55em, spacing: 0.85em)',
    `#set page(paper: "a4", margin: (top: ${mm(margin.top)}, right: ${mm(margin.right)}, bottom: ${mm(margin.bottom)}, left: ${mm(margin.left)}),` +
      (doc.background === undefined ? '' : ` background: context { if here().page() == 1 { ${doc.background} } },`) +
      ` footer: ${footer})`,
    `#show heading: set text(fill: ${colour('brand')})`,
    '#show heading.where(level: 1): set text(size: 19pt)',
    '#show heading.where(level: 1): set block(above: 4pt, below: 8pt)',
    '#show heading.where(level: 2): set text(size: 13.5pt)',
    '#show heading.where(level: 2): set block(above: 16pt, below: 8pt)',
    `#show heading.where(level: 3): set text(size: 11pt, fill: ${colour('ink')})`,
    '#show heading.where(level: 3): set block(above: 12pt, below: 6pt)',
    // Tables run over pages (their header repeated), charts stay whole.
    '#show figure.where(kind: table): set block(breakable: true)',
    '#show figure.where(kind: table): set align(left)',
    '#show figure.where(kind: image): set block(breakable: false)',
    '#show figure.where(kind: table): set block(above: 10pt, below: 12pt)',
    '#show figure.caption: set align(left)',
    '#show figure.caption.where(position: top): set text(weight: "bold")',
    // A table's caption never stays behind at the foot of a page: it goes with the table's first rows.
    '#show figure.caption.where(position: top): it => block(sticky: true, it)',
    `#show figure.caption.where(position: bottom): set text(size: 8.5pt, fill: ${colour('muted')})`,
    '#show terms.item: set block(breakable: false)',
    '#set terms(spacing: 0.6em)',
    '#set list(spacing: 0.6em)',
    `#show link: set text(fill: ${colour('brand')})`,
    ...(doc.rules ?? []).map((r) => `#${r}`),
    ...body.map((b) => `#${b}`),
  ];
  return `${lines.join('\n')}\n`;
}
