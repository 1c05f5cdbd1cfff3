// The report as one self-contained HTML file on the shared page layer (page.ts): inline CSS and
// SVG, no scripts, nothing loaded from outside; real headings and table headers; printable on A4.
import { CATEGORY_LABELS, label } from '../../../i18n/labels.js';
import type { Lang } from '../../../i18n/lang.js';
import { REPORT_WORDS } from '../words.js';
import { formatDate } from '../../../i18n/format.js';
import { CATEGORIES } from '../../../model/vocabulary.js';
import type { Report } from '../../../report-data/types.js';
import { reportDocument, type Block, type Tone } from '../document/document.js';
import { REPORT_CSS } from './html-style.js';
import { escapeHtml as e, germanData, htmlParagraphs, renderPage, sectionedBody } from '../../../formats/page.js';
import type { ChartKind } from '../document/blocks.js';
import { periodLabel } from '../document/compare.js';
import { matrixChart, participantsChart, sectorChart } from './svg.js';
import { compareChart, participationChart, sectorCompareChart } from './svg-periods.js';

const toneClass = (tone: Tone | undefined) => (tone ? ` class="${tone}"` : '');

export function renderReportHtml(report: Report, options: { lang: Lang }): string {
  const { lang } = options;
  const doc = reportDocument(report, lang);
  const footer = [REPORT_WORDS[lang].footer, ...(doc.audienceMark ? [doc.audienceMark] : []), `${REPORT_WORDS[lang].asOf} ${formatDate(report.today, lang)}`];
  const body = sectionedBody({
    cover: [
      `<p class="kicker">${e(doc.title)}</p>`,
      ...(doc.audienceMark ? [`<p class="audience ${report.audience}">${e(doc.audienceMark)}</p>`] : []),
      `<h1${germanData(lang)}>${e(doc.networkName)}</h1>`,
      `<p class="subtitle">${e(doc.subtitle)}</p>`,
    ],
    contents: REPORT_WORDS[lang].contents,
    sections: doc.sections,
    block: (block, sectionTitle) => renderBlock(block, report, lang, sectionTitle),
    footer: footer.join(' · '),
  });
  return renderPage({
    lang,
    title: `${doc.title}${doc.audienceTitle}: ${doc.networkName} (${doc.subtitle})`,
    description: REPORT_WORDS[lang].description(doc.networkName, doc.subtitle),
    css: REPORT_CSS,
    body,
  });
}

function renderBlock(block: Block, report: Report, lang: Lang, sectionTitle: string): string {
  switch (block.kind) {
    case 'subheading':
      return `<h3>${e(block.text)}</h3>`;
    case 'paragraph':
      if (block.plainOnly) return '';
      return htmlParagraphs(block.text, block.note ? 'note' : '', block.data ? germanData(lang) : '');
    case 'facts':
      return `<dl class="facts">\n${block.rows.map((r) => `<dt>${e(r.label)}</dt><dd${toneClass(r.tone)}${r.data ? germanData(lang) : ''}>${e(r.value)}</dd>`).join('\n')}\n</dl>`;
    case 'figures':
      return (
        '<ul class="figures">\n' +
        block.items
          .map(
            (i) =>
              `<li${toneClass(i.tone)}><span class="figure-value">${e(i.value)}</span> <span class="figure-label">${e(i.label)}</span>` +
              (i.detail ? ` <span class="figure-detail">${e(i.detail)}</span>` : '') +
              '</li>',
          )
          .join('\n') +
        '\n</ul>'
      );
    case 'list':
      return `<ul class="notes">\n${block.items.map((i) => `<li>${e(i.text)}${i.detail ? ` <span class="where">${e(i.detail)}</span>` : ''}</li>`).join('\n')}\n</ul>`;
    case 'table': {
      if (block.plainOnly) return '';
      const align = (a: string | undefined) => (a === 'right' ? ' class="num"' : a === 'center' ? ' class="center"' : '');
      const head = block.columns.map((c) => `<th scope="col"${align(c.align)}>${e(c.title)}</th>`).join('');
      const compact = ['ziele', 'arten', 'vergleich', 'bewertungen'].includes(block.id) ? ' compact' : '';
      // A caption that repeats the section heading is kept for screen readers only.
      const captionClass = block.caption === sectionTitle ? ' class="visually-hidden"' : '';
      // The first column names the row (a partner, category, meeting …) unless it is a number or date.
      const rowHeader =
        block.columns[0]!.align !== 'right' && !['partner-joined', 'partner-left', 'stattgefunden', 'geplant', 'taetigkeiten'].includes(block.id);
      const rows = block.rows.map((cells) => {
        const tds = cells.map((cell, i) => {
          const col = block.columns[i]!;
          const cls = [col.align === 'right' ? 'num' : col.align === 'center' ? 'center' : '', col.nowrap ? 'nowrap' : '', cell.tone ?? '']
            .filter(Boolean)
            .join(' ');
          const attr = (cls ? ` class="${cls}"` : '') + (cell.data ? germanData(lang) : '');
          // On a narrow screen each row is a block, each value with its column's name (page.ts, "stack").
          return i === 0 && rowHeader ? `<th scope="row"${attr}>${e(cell.text)}</th>` : `<td${attr} data-label="${e(col.title)}">${e(cell.text)}</td>`;
        });
        return `<tr>${tds.join('')}</tr>`;
      });
      return `<table id="t-${block.id}" class="stack${compact}">\n<caption${captionClass}>${e(block.caption)}</caption>\n<thead><tr>${head}</tr></thead>\n<tbody>\n${rows.join('\n')}\n</tbody>\n</table>`;
    }
    case 'chart':
      return chart(block.chart, report, lang);
  }
}

function chart(kind: ChartKind, report: Report, lang: Lang): string {
  const figure = (svg: string, caption: string) => `<figure class="chart-figure">\n${svg}\n<figcaption>${e(caption)}</figcaption>\n</figure>`;
  switch (kind) {
    case 'sectors':
      return figure(report.compare === null ? sectorChart(report, lang) : sectorCompareChart(report, lang), REPORT_WORDS[lang].chartSectors);
    case 'participants':
      return figure(participantsChart(report, lang), REPORT_WORDS[lang].chartParticipants);
    case 'participation':
      return figure(participationChart(report, lang), REPORT_WORDS[lang].chartParticipation);
    case 'compare':
      return figure(compareChart(report, lang), REPORT_WORDS[lang].chartCompare(periodLabel(report.period, lang), periodLabel(report.compare!.period, lang)));
    case 'matrix': {
      const key = CATEGORIES.map((c, i) => `<li value="${i + 1}">${e(label(CATEGORY_LABELS, c, lang))}</li>`).join('');
      return (
        `<figure class="chart-figure matrix-figure">\n${matrixChart(report, lang)}\n` +
        `<figcaption>${e(REPORT_WORDS[lang].matrix)} – ${e(REPORT_WORDS[lang].columns)}:\n<ol class="matrix-key">${key}</ol></figcaption>\n</figure>`
      );
    }
  }
}
