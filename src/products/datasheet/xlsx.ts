// The datasheet as an Excel workbook: one row per field, the columns "stimmt" and "bitte ändern in"
// left empty for the institution, the key of each row in the last column (import --datasheet
// reads it back: model/datasheet.ts).
import { renderXlsx } from '../../formats/xlsx.js';
import type { Lang } from '../../i18n/lang.js';
import type { IsoDate } from '../../model/types.js';
import type { Datasheet, SheetRow } from './sheet.js';
import { DATASHEET_WORDS } from './words.js';

export function renderDatasheetXlsx(sheet: Datasheet, lang: Lang, today: IsoDate): Promise<Uint8Array> {
  const c = DATASHEET_WORDS[lang].columns;
  return renderXlsx<SheetRow>(
    {
      name: sheet.partner.name,
      columns: [
        { header: c.who, width: 30, kind: 'text', value: (r) => r.who },
        { header: c.what, width: 34, kind: 'text', value: (r) => r.what },
        { header: c.stored, width: 40, kind: 'text', value: (r) => r.stored },
        { header: c.correct, width: 8, kind: 'text', value: () => undefined },
        { header: c.change, width: 40, kind: 'text', value: () => undefined },
        { header: c.key, width: 26, kind: 'text', value: (r) => r.key },
      ],
      rows: sheet.rows,
    },
    { date: today, dateFormat: 'DD.MM.YYYY', title: `${DATASHEET_WORDS[lang].footer(sheet.partner.name)} – ${sheet.network}` },
  );
}
