// The datasheet as a printed page (A4, through the PDF path): the same rows as the Excel sheet,
// with a box to tick and room to write (typed in by the coordination, so without the keys).
import { escapeHtml as e, renderPage } from '../../formats/page.js';
import type { Lang } from '../../i18n/lang.js';
import type { Datasheet } from './sheet.js';
import { DATASHEET_WORDS } from './words.js';

const CSS = `
table.datasheet { width: 100%; border-collapse: collapse; font-size: 0.9rem; }
table.datasheet th, table.datasheet td { border: 1px solid #555; padding: 0.3rem 0.4rem; text-align: left; vertical-align: top; }
table.datasheet td.box { text-align: center; font-size: 1.1rem; }
table.datasheet td.write { width: 40%; }
tr.group th { background: #eee; }
@media print { tr { break-inside: avoid; } }
`;

export function renderDatasheetHtml(sheet: Datasheet, lang: Lang): string {
  const w = DATASHEET_WORDS[lang];
  const c = w.columns;
  const lines: string[] = [];
  let group = '';
  for (const row of sheet.rows) {
    if (row.who !== group) {
      group = row.who;
      lines.push(`<tr class="group"><th colspan="4" scope="colgroup">${e(group)}</th></tr>`);
    }
    lines.push(`<tr><th scope="row">${e(row.what)}</th><td>${e(row.stored) || e(w.empty)}</td><td class="box">☐</td><td class="write"></td></tr>`);
  }
  const body = [
    `<main>`,
    `<h1>${e(w.title)}</h1>`,
    `<p><strong>${e(sheet.partner.name)}</strong></p>`,
    `<p>${e(w.intro(sheet.network))}</p>`,
    `<p>${e(w.howTo)}</p>`,
    `<table class="datasheet">`,
    `<thead><tr><th scope="col">${e(c.what)}</th><th scope="col">${e(c.stored)}</th><th scope="col">${e(c.correct)}</th><th scope="col">${e(c.change)}</th></tr></thead>`,
    `<tbody>`,
    ...lines,
    `</tbody>`,
    `</table>`,
    `</main>`,
  ].join('\n');
  return renderPage({ lang, title: `${w.footer(sheet.partner.name)} – ${sheet.network}`, css: CSS, body });
}
