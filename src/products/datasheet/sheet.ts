// One institution's datasheet as a document: the rows with their labels and the stored values in
// words (dates as 15.03.2026, yes/no, the Schutzkonzept's status), shared by the Excel sheet, the
// printed page and the e-mail.
import { formatDate } from '../../i18n/format.js';
import type { Lang } from '../../i18n/lang.js';
import { label, SCHUTZKONZEPT_LABELS } from '../../i18n/labels.js';
import { datasheetRows, type DatasheetRow } from '../../model/datasheet.js';
import type { Model, Partner } from '../../model/types.js';
import type { SchutzkonzeptStatus } from '../../model/vocabulary.js';
import { DATASHEET_WORDS } from './words.js';

export interface SheetRow {
  who: string;
  what: string;
  stored: string;
  key: string;
}

export interface Datasheet {
  partner: { id: string; name: string; email?: string };
  network: string;
  rows: SheetRow[];
}

const DATE_FIELDS = new Set(['schutzkonzept.since', 'schutzkonzept.review']);

function shown(row: DatasheetRow, lang: Lang): string {
  const w = DATASHEET_WORDS[lang];
  if (row.value === undefined || row.value === '') return '';
  if (typeof row.value === 'boolean') return row.value ? w.yes : w.no;
  if (row.scope === 'partner' && DATE_FIELDS.has(row.field)) return formatDate(row.value, lang);
  if (row.scope === 'partner' && row.field === 'schutzkonzept.status') return label(SCHUTZKONZEPT_LABELS, row.value as SchutzkonzeptStatus, lang);
  return row.value;
}

export function datasheetOf(model: Model, partner: Partner, lang: Lang): Datasheet {
  const w = DATASHEET_WORDS[lang];
  return {
    partner: { id: partner.id, name: partner.name, ...(partner.email ? { email: partner.email } : {}) },
    network: model.network.name,
    rows: datasheetRows(partner).map((row) => ({
      who: row.scope === 'partner' ? w.institution : w.contact(row.contact),
      what: row.scope === 'partner' ? w.partner[row.field] : w.contactField[row.field],
      stored: shown(row, lang),
      key: row.key,
    })),
  };
}
