// The contact list as an Excel workbook: the same columns as the CSV (contacts-csv.ts), through
// the generic sheet writer (xlsx.ts): phone numbers as text, "Geprüft am" as a real date; the
// sheet named after whom the list is for.
import type { ContactRow } from '../../model/contact-rows.js';
import { CONTACTS_WORDS } from './words.js';
import { label, SECTOR_LABELS, VISIBILITY_LABELS } from '../../i18n/labels.js';
import type { Lang } from '../../i18n/lang.js';
import type { IsoDate } from '../../model/types.js';
import type { Visibility } from '../../model/vocabulary.js';
import { renderXlsx, type XlsxColumn } from '../../formats/xlsx.js';

export function renderContactsXlsx(
  rows: readonly ContactRow[],
  options: { lang: Lang; today: IsoDate; network: string; audience: Visibility },
): Promise<Uint8Array> {
  const { lang } = options;
  const w = CONTACTS_WORDS[lang];
  const head = w.header;
  const x = w.xlsx;
  const text = (i: number, width: number, value: (r: ContactRow) => string | undefined): XlsxColumn<ContactRow> => ({
    header: head[i]!,
    width,
    kind: 'text',
    value,
  });
  const columns: XlsxColumn<ContactRow>[] = [
    text(0, 40, (r) => r.organisation),
    text(1, 24, (r) => label(SECTOR_LABELS, r.sector, lang)),
    text(2, 24, (r) => (r.municipalities ? r.municipalities.join(', ') : w.all)),
    text(3, 26, (r) => r.name),
    text(4, 30, (r) => r.function),
    text(5, 34, (r) => r.email),
    text(6, 20, (r) => r.phone),
    text(7, 20, (r) => r.mobile),
    text(8, 8, (r) => (r.insofa ? w.yes : w.no)),
    text(9, 14, (r) => label(VISIBILITY_LABELS, r.visibility, lang)),
    { header: head[10]!, width: 13, kind: 'date', value: (r) => r.verified },
  ];
  // The sheet says whom the list is for ("Kontakte intern"), as the report does.
  const name = `${x.sheet} ${label(VISIBILITY_LABELS, options.audience, lang)}`;
  return renderXlsx({ name, columns, rows }, { date: options.today, dateFormat: x.dateFormat, title: `${x.title} – ${options.network}` });
}
