// The report as a PDF: the same document as the text, Markdown and HTML (document/), typeset by
// Typst (formats/typst.ts, write/typeset-pdf.ts) to PDF/UA-1. A cover with the network, the
// period and whom the report is for; numbered sections; the key figures as tiles; facts as term
// lists; tables with header cells; the charts as figures whose alternative text is their data;
// the matrix of municipalities and categories as a table. Every page's footer (an artifact) names
// the report, its period and audience, the network, the "Stand" date and the page.
import { formatDate } from '../../../i18n/format.js';
import { DATA_LANG, type Lang } from '../../../i18n/lang.js';
import { PAGE_WORDS } from '../../../i18n/page.js';
import { block, figure, heading, join, list, par, paragraphs, table, terms, text, typstDocument, type Typst } from '../../../formats/typst.js';
import type { Report } from '../../../report-data/types.js';
import type { Block, ChartKind, Tone } from '../document/blocks.js';
import { reportDocument } from '../document/document.js';
import { REPORT_WORDS } from '../words.js';
import { participantsBars, sectorBars } from './svg.js';
import { compareBars, participationBars, sectorCompareBars } from './svg-periods.js';
import { chartAlt, typstBars } from './typst-charts.js';

export function renderReportTypst(report: Report, options: { lang: Lang }): string {
  const { lang } = options;
  const doc = reportDocument(report, lang);
  const w = REPORT_WORDS[lang];
  /** Text from the network's files is German: so marked in a report in another language. */
  const german = lang === DATA_LANG ? undefined : DATA_LANG;
  const body: Typst[] = [
    par(text(doc.title.toUpperCase(), { bold: true, colour: 'accent', size: 9 })),
    ...(doc.audienceMark
      ? [
          block(text(doc.audienceMark, { bold: true, colour: report.audience === 'internal' ? 'bad' : 'brand', size: 11 }), {
            width: 'auto',
            inset: 5,
            stroke: `1.2pt + c-${report.audience === 'internal' ? 'bad' : 'brand'}`,
            below: 8,
          }),
        ]
      : []),
    heading(1, doc.networkName, { lang: german }),
    par(text(doc.subtitle, { colour: 'muted' })),
    'line(length: 100%, stroke: 2.5pt + c-brand)',
  ];
  doc.sections.forEach((section, i) => {
    body.push(heading(2, `${i + 1}. ${section.title}`));
    for (const b of section.blocks) body.push(...renderBlock(b, report, lang, section.title, german));
  });
  return typstDocument({
    lang,
    title: `${doc.title}${doc.audienceTitle}: ${doc.networkName} (${doc.subtitle})`,
    date: report.today,
    footer: `${doc.footer} · ${w.asOf} ${formatDate(report.today, lang)}`,
    pageOf: PAGE_WORDS[lang].pageOf,
    body,
  });
}

const toneColour = (tone: Tone | undefined) => (tone === undefined ? undefined : tone);

function renderBlock(b: Block, report: Report, lang: Lang, sectionTitle: string, german: Lang | undefined): Typst[] {
  switch (b.kind) {
    case 'subheading':
      return [heading(3, b.text)];
    case 'paragraph':
      // A note says how to read what follows: it goes to the next page with it.
      return b.note
        ? paragraphs(b.text, { colour: 'muted', size: 8.5 }).map((p) => block(p, { sticky: true }))
        : paragraphs(b.text, { lang: b.data ? german : undefined });
    case 'facts':
      return [
        block(terms(b.rows.map((r) => [r.label, text(r.value, { colour: toneColour(r.tone), lang: r.data ? german : undefined })] as const)), {
          breakable: false,
        }),
      ];
    case 'figures':
      return [figures(b.items)];
    case 'list':
      return [
        list(
          b.items.map((item) =>
            item.detail === undefined ? text(item.text) : join(text(item.text), 'linebreak()', text(item.detail, { colour: 'muted', size: 8 })),
          ),
        ),
      ];
    case 'table':
      return [
        table({
          // A caption that repeats the section's heading would only be said twice.
          ...(b.caption === sectionTitle ? {} : { caption: b.caption }),
          size: b.columns.length > 5 ? 8 : 8.5,
          columns: b.columns.map((c) => ({
            title: c.title,
            align: c.align,
            width: c.wrap !== undefined && c.wrap >= 28 ? `${c.wrap}fr` : 'auto',
          })),
          rows: b.rows.map((cells) =>
            cells.map((cell) => text(cell.text, { colour: toneColour(cell.tone), hyphenate: true, lang: cell.data ? german : undefined })),
          ),
        }),
      ];
    case 'chart':
      return chart(b.chart, report, lang);
  }
}

/** The key figures: tiles in three columns (a row's tiles of one height), each with its value, what it counts, and a detail. */
function figures(items: Extract<Block, { kind: 'figures' }>['items']): Typst {
  const tiles = items.map((i) => {
    const body = join(
      text(i.value, { bold: true, size: 15, colour: 'brand' }),
      'linebreak()',
      text(i.label, { bold: true, size: 8.5 }),
      ...(i.detail ? ['linebreak()', text(i.detail, { size: 7.5, colour: i.tone ?? 'muted' })] : []),
    );
    return `grid.cell(stroke: (left: 3pt + c-${i.tone ?? 'accent'}, rest: 0.5pt + c-line), ${body})`;
  });
  return `grid(columns: (1fr, 1fr, 1fr), gutter: 5pt, inset: 6pt, fill: c-soft, ${tiles.join(', ')})`;
}

function chart(kind: ChartKind, r: Report, lang: Lang): Typst[] {
  const w = REPORT_WORDS[lang];
  switch (kind) {
    case 'sectors': {
      const bars = r.compare === null ? sectorBars(r, lang) : sectorCompareBars(r, lang);
      return [figure(typstBars(bars), chartAlt(bars), w.chartSectors)];
    }
    case 'participants': {
      const bars = participantsBars(r, lang);
      return [figure(typstBars(bars), chartAlt(bars), w.chartParticipants)];
    }
    case 'participation': {
      const bars = participationBars(r, lang);
      return [figure(typstBars(bars), chartAlt(bars), w.chartParticipation)];
    }
    case 'compare': {
      const bars = compareBars(r, lang);
      return [figure(typstBars(bars), chartAlt(bars), bars.title)];
    }
    case 'matrix':
      // On paper the matrix is the document's table of municipalities × category numbers (the
      // text and Markdown show it too), with its key below: no drawing needed.
      return [];
  }
}
