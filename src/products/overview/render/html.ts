// The overview as one self-contained HTML file on the shared page layer (formats/page.ts): inline
// CSS and SVG, no scripts, nothing loaded from outside; real headings and table headers; printable
// on A4 (wide tables scroll inside their box on a narrow screen, the page itself never does).
import { escapeHtml as e, renderPage, sectionedBody } from '../../../formats/page.js';
import type { Lang } from '../../../i18n/lang.js';
import { formatDate } from '../../../i18n/format.js';
import { overviewDocument, type Block } from '../document.js';
import type { Overview } from '../types.js';
import { OVERVIEW_WORDS } from '../words.js';
import { categoriesChart, tasksChart } from './charts.js';
import { OVERVIEW_CSS } from './style.js';

export function renderOverviewHtml(overview: Overview, options: { lang: Lang }): string {
  const { lang } = options;
  const doc = overviewDocument(overview, lang);
  const w = OVERVIEW_WORDS[lang];
  const body = sectionedBody({
    cover: [`<h1>${e(doc.title)}</h1>`, `<p class="subtitle">${e(doc.subtitle)}</p>`],
    contents: w.contents,
    sections: doc.sections,
    block: (block, sectionTitle) => htmlOf(block, overview, lang, sectionTitle),
    footer: `${w.footer} · ${formatDate(overview.today, lang)}`,
  });
  return renderPage({ lang, title: `${doc.title} (${doc.subtitle})`, description: `${doc.title}: ${doc.subtitle}`, css: OVERVIEW_CSS, body });
}

function htmlOf(block: Block, overview: Overview, lang: Lang, sectionTitle: string): string {
  switch (block.kind) {
    case 'figures':
      return `<ul class="figures">\n${block.items.map((i) => `<li><span class="figure-value">${e(i.value)}</span> <span class="figure-label">${e(i.label)}</span></li>`).join('\n')}\n</ul>`;
    case 'paragraph':
      return `<p${block.note ? ' class="note"' : ''}>${e(block.text)}</p>`;
    case 'list':
      return `<ul class="notes">\n${block.items.map((i) => `<li>${e(i)}</li>`).join('\n')}\n</ul>`;
    case 'table': {
      const cls = (align: string | undefined, nowrap: boolean | undefined, tone: string | undefined) => {
        const list = [align === 'right' ? 'num' : align === 'center' ? 'center' : '', nowrap ? 'nowrap' : '', tone ?? ''].filter(Boolean);
        return list.length === 0 ? '' : ` class="${list.join(' ')}"`;
      };
      const head = block.columns.map((col) => `<th scope="col"${cls(col.align, col.nowrap, undefined)}>${e(col.title)}</th>`).join('');
      // The first column names the row (a network, a youth office, a category …) unless it is a number.
      const rowHeader = block.columns[0]!.align !== 'right';
      const rows = block.rows.map(
        (cells) =>
          `<tr>${cells
            .map((cell, i) => {
              const tag = i === 0 && rowHeader ? 'th scope="row"' : 'td';
              return `<${tag}${cls(block.columns[i]!.align, block.columns[i]!.nowrap, cell.tone)}>${e(cell.text)}</${tag.split(' ')[0]}>`;
            })
            .join('')}</tr>`,
      );
      // A caption that repeats the section's heading is for screen readers only.
      const caption = `<caption${block.caption === sectionTitle ? ' class="visually-hidden"' : ''}>${e(block.caption)}</caption>`;
      return `<div class="table-box" role="region" aria-label="${e(block.caption)}" tabindex="0">\n<table id="t-${block.id}">\n${caption}\n<thead><tr>${head}</tr></thead>\n<tbody>\n${rows.join('\n')}\n</tbody>\n</table>\n</div>`;
    }
    case 'chart': {
      const svg = block.chart === 'categories' ? categoriesChart(overview, lang) : tasksChart(overview, lang);
      const caption = block.chart === 'categories' ? OVERVIEW_WORDS[lang].chartCategories : OVERVIEW_WORDS[lang].chartTasks;
      return `<figure class="chart-figure">\n${svg}\n<figcaption>${e(caption)}</figcaption>\n</figure>`;
    }
  }
}
