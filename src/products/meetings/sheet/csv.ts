// The template for typing up a sign-in sheet after the meeting (`sheet --format csv`): one row
// per invited institution with its name and id and an empty count, and a row for guests.
// `netzwerk attendance` reads it back as it is, once the counts are filled in (in Excel or any editor).
import type { SheetData } from './sheet.js';
import type { Lang } from '../../../i18n/lang.js';
import { SHEET_WORDS } from './words.js';
import { neutralise, spreadsheetCsv } from '../../../formats/csv.js';

export function renderSheetCsv(data: SheetData, options: { lang: Lang }): string {
  const w = SHEET_WORDS[options.lang].csv;
  const records = [[w.institution, w.id, w.persons], ...data.partners.map((p) => [neutralise(p.name), p.id, '']), [w.guests, '', '']];
  return spreadsheetCsv(records);
}
