// The datasheet as a printed PDF, typeset by Typst (formats/typst.ts): the same rows as the Excel
// sheet, grouped by institution and contact person, each with a box to tick and room to write
// (typed in by the coordination, so without the keys).
import { block, heading, par, table, text, typstDocument, type Typst } from '../../formats/typst.js';
import type { Lang } from '../../i18n/lang.js';
import { formatDate } from '../../i18n/format.js';
import { PAGE_WORDS } from '../../i18n/page.js';
import type { IsoDate } from '../../model/types.js';
import type { Datasheet, SheetRow } from './sheet.js';
import { DATASHEET_WORDS } from './words.js';

/** The height of a row to write in, in millimetres. */
const ROW = 9;

export function renderDatasheetTypst(sheet: Datasheet, lang: Lang, today: IsoDate): string {
  const w = DATASHEET_WORDS[lang];
  const c = w.columns;
  const groups = new Map<string, SheetRow[]>();
  for (const row of sheet.rows) groups.set(row.who, [...(groups.get(row.who) ?? []), row]);
  const body: Typst[] = [heading(1, w.title), par(text(sheet.partner.name, { bold: true, size: 12 })), par(text(w.intro(sheet.network))), par(text(w.howTo))];
  for (const [who, rows] of groups) {
    body.push(
      block(
        table({
          caption: who,
          columns: [
            { title: c.what, width: '30%' },
            { title: c.stored, width: '30%' },
            { title: c.correct, width: 'auto', align: 'center' },
            { title: c.change, width: '1fr' },
          ],
          rows: rows.map((r) => [text(r.what, { bold: true }), text(r.stored || w.empty, { hyphenate: true }), text('☐', { size: 12 }), '[]']),
          rowHeight: ROW,
          size: 9,
        }),
        { below: 8 },
      ),
    );
  }
  return typstDocument({
    lang,
    title: `${w.footer(sheet.partner.name)} – ${sheet.network}`,
    date: today,
    footer: `${w.footer(sheet.partner.name)} · ${PAGE_WORDS[lang].asOf} ${formatDate(today, lang)}`,
    pageOf: PAGE_WORDS[lang].pageOf,
    body,
  });
}
