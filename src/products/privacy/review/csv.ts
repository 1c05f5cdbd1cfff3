// `netzwerk review --format csv`: one row per person to confirm or delete, with the CSV
// conventions of the contact lists (`;`, UTF-8 with BOM, CRLF, cells neutralised against
// formula injection: src/formats/csv.ts).
import type { Lang } from '../../../i18n/lang.js';
import { REVIEW_CSV_HEADER, REVIEW_CSV_WORDS } from './words.js';
import { formatDate } from '../../../i18n/format.js';
import type { ReviewFindings, ReviewPerson } from './review.js';
import { neutralise, phoneCell, spreadsheetCsv } from '../../../formats/csv.js';

export function renderReviewCsv(f: ReviewFindings, lang: Lang): string {
  const w = REVIEW_CSV_WORDS[lang];
  const date = (d: string | undefined) => (d === undefined ? '' : formatDate(d, lang));
  const row = (task: string, organisation: string, p: ReviewPerson, why: string, verified: string, since: string) => [
    task,
    neutralise(organisation),
    neutralise(p.name),
    p.kind === 'coordinator' ? w.coordinator : w.contact,
    neutralise(p.function ?? ''),
    neutralise(p.email ?? ''),
    p.phone === undefined ? '' : phoneCell(p.phone),
    why,
    verified,
    since,
    neutralise(p.place.file),
    String(p.place.line),
  ];
  const records: (readonly string[])[] = [REVIEW_CSV_HEADER[lang]];
  for (const g of f.review) {
    for (const p of g.persons) records.push(row(w.confirm, g.partner.name, p, p.reason === 'never' ? w.never : w.due, date(p.verified), date(p.dueSince)));
  }
  for (const g of f.deletion) {
    for (const p of g.persons) records.push(row(w.delete, g.partner.name, p, w.left(date(g.left)), '', date(g.deleteFrom)));
  }
  return spreadsheetCsv(records);
}
