// The overview as an Excel workbook: the shared table (table.ts) on its first sheet, with numbers
// as numbers and dates as dates, so that it sums and filters; then the categories across networks
// and the notes (formats/xlsx.ts writes it, reproducibly).
import { formatPercent } from '../../../i18n/format.js';
import { CATEGORY_LABELS, label } from '../../../i18n/labels.js';
import type { Lang } from '../../../i18n/lang.js';
import { renderXlsxSheets, type XlsxSheet } from '../../../formats/xlsx.js';
import { periodText } from '../document.js';
import { overviewTable } from '../table.js';
import type { Overview } from '../types.js';
import { OVERVIEW_WORDS } from '../words.js';

type Row = (string | number | undefined)[];

export function renderOverviewXlsx(overview: Overview, options: { lang: Lang }): Promise<Uint8Array> {
  const { lang } = options;
  const w = OVERVIEW_WORDS[lang];
  const table = overviewTable(overview, lang);
  const sheet = (name: string, columns: { header: string; kind: 'text' | 'number' | 'date'; width: number }[], rows: Row[]): XlsxSheet<Row> => ({
    name,
    columns: columns.map((c, i) => ({ header: c.header, width: c.width, kind: c.kind, value: (row: Row) => row[i] })),
    rows,
  });
  const share = (part: number, whole: number) => (whole === 0 ? undefined : formatPercent(part, whole, lang));
  const categories = sheet(
    w.sheetCategories,
    [
      { header: w.category, kind: 'text', width: 60 },
      { header: w.covered, kind: 'number', width: 12 },
      { header: w.networks, kind: 'number', width: 12 },
      { header: w.share, kind: 'text', width: 10 },
      { header: w.attended, kind: 'number', width: 14 },
      { header: w.networks, kind: 'number', width: 12 },
      { header: w.share, kind: 'text', width: 10 },
    ],
    overview.categories.map((c) => [
      label(CATEGORY_LABELS, c.id, lang),
      c.covered,
      c.networks,
      share(c.covered, c.networks),
      c.attended ?? undefined,
      c.networks_with_attendance,
      c.attended === null ? undefined : share(c.attended, c.networks_with_attendance),
    ]),
  );
  const notes = sheet(
    w.sheetNotes,
    [{ header: w.note, kind: 'text', width: 120 }],
    overview.notes.map((n) => [w.notesText[n.code](n.about.join(', '))]),
  );
  const title = `${w.title} ${periodText(overview.period, lang)}`;
  return renderXlsxSheets([sheet(w.sheet, table.columns, table.rows), categories, notes], { date: overview.today, dateFormat: w.dateFormat, title });
}
