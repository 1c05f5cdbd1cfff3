// `netzwerk review --format csv`: one row per person to confirm or delete, with the CSV
// conventions of the contact lists (`;`, UTF-8 with BOM, CRLF, cells neutralised against
// formula injection: src/render/csv.ts).
import type { Lang } from '../i18n/lang.js';
import { formatDate } from '../model/dates.js';
import type { ReviewFindings, ReviewPerson } from '../privacy/review.js';
import { neutralise, phoneCell, spreadsheetCsv } from './csv.js';

const HEADER: Record<Lang, string[]> = {
  de: ['Aufgabe', 'Organisation', 'Name', 'Rolle', 'Funktion', 'E-Mail', 'Telefon', 'Grund', 'Zuletzt bestätigt', 'Fällig seit', 'Datei', 'Zeile'],
  en: ['Task', 'Organisation', 'Name', 'Role', 'Function', 'E-mail', 'Phone', 'Reason', 'Last confirmed', 'Due since', 'File', 'Line'],
};

const WORDS = {
  de: { confirm: 'bestätigen', delete: 'löschen', coordinator: 'Koordination', contact: 'Kontaktperson', never: 'nie bestätigt', due: 'Bestätigung zu alt', left: (d: string) => `Partner ausgetreten am ${d}` },
  en: { confirm: 'confirm', delete: 'delete', coordinator: 'coordinator', contact: 'contact person', never: 'never confirmed', due: 'confirmation too old', left: (d: string) => `partner left on ${d}` },
} as const;

export function renderReviewCsv(f: ReviewFindings, lang: Lang): string {
  const w = WORDS[lang];
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
  const records: string[][] = [HEADER[lang]];
  for (const g of f.review) {
    for (const p of g.persons) records.push(row(w.confirm, g.partner.name, p, p.reason === 'never' ? w.never : w.due, date(p.verified), date(p.dueSince)));
  }
  for (const g of f.deletion) {
    for (const p of g.persons) records.push(row(w.delete, g.partner.name, p, w.left(date(g.left)), '', date(g.deleteFrom)));
  }
  return spreadsheetCsv(records);
}
