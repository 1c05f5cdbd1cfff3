// The sign-in sheet as a PDF: the same page as the HTML (html.ts), typeset by Typst
// (formats/typst.ts): the meeting's header, then per invited institution a table with empty
// lines for name and signature (never split over two pages), then the lines for guests. No
// person's data is printed. Every page's footer names the sheet, the meeting and its day.
import type { SheetData } from './sheet.js';
import { formatDate } from '../../../i18n/format.js';
import { PAGE_WORDS } from '../../../i18n/page.js';
import type { IsoDate } from '../../../model/types.js';
import { SHEET_WORDS } from './words.js';
import { sheetFacts, type SheetOptions } from './html.js';
import { block, heading, par, table, terms, text, typstDocument, type TableColumn, type Typst } from '../../../formats/typst.js';

/** The height of a line to sign on, in millimetres. */
const LINE = 9;

export function renderSheetTypst(data: SheetData, options: SheetOptions & { today: IsoDate }): string {
  const w = SHEET_WORDS[options.lang];
  const m = data.meeting;
  const facts = sheetFacts(data, options.lang);
  const empty = (rows: number, cells: number) => Array.from({ length: rows }, () => Array.from({ length: cells }, () => '[]'));
  const sign = (caption: string, columns: TableColumn[], rows: number): Typst =>
    block(table({ caption, columns, rows: empty(rows, columns.length), rowHeight: LINE, size: 10 }), { breakable: false, below: 10 });
  const body: Typst[] = [
    par(text(`${w.kicker} · ${data.network.name}`, { bold: true, colour: 'muted' })),
    heading(1, m.title),
    terms(facts.map(([k, v]) => [k, text(v)] as const)),
    par(text(w.intro)),
    par(text(w.privacy, { colour: 'muted', size: 8.5 })),
  ];
  if (data.partners.length > 0) {
    body.push(heading(2, w.institutions(data.partners.length)));
    const columns: TableColumn[] = [
      { title: w.name, width: '55%' },
      { title: w.signature, width: '1fr' },
    ];
    for (const p of data.partners) body.push(sign(p.name, columns, options.lines));
  }
  if (options.guestLines > 0) {
    body.push(
      block(heading(2, w.guests), { sticky: true }),
      sign(
        w.guestsIntro,
        [
          { title: w.name, width: '34%' },
          { title: w.institutionOrFunction, width: '33%' },
          { title: w.signature, width: '1fr' },
        ],
        options.guestLines,
      ),
    );
  }
  return typstDocument({
    lang: options.lang,
    title: `${w.kicker}: ${m.title}`,
    date: options.today,
    footer: w.footer(m.title, formatDate(m.when.startDay, options.lang)),
    pageOf: PAGE_WORDS[options.lang].pageOf,
    size: 10,
    body,
  });
}
