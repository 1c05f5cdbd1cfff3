// `netzwerk person` for the screen: every place the person occurs, what is stored there and
// where it goes. Written to be handed (or copied) into the answer to an Art. 15 request.
import type { Qualification } from '../../../model/types.js';
import { AGREEMENT_STATUS_LABELS, label, SECTOR_LABELS, VISIBILITY_LABELS } from '../../../i18n/labels.js';
import type { Lang } from '../../../i18n/lang.js';
import { PERSON_WORDS } from './words.js';
import { quote } from '../../../i18n/catalogue.js';
import { formatDate, formatShare } from '../../../i18n/format.js';
import {
  personsFound,
  type DataState,
  type Occurrence,
  type OrganisationEntry,
  type PartnerRef,
  type PersonEntry,
  type PersonFindings,
  type SignatoryEntry,
  type UncheckedEntry,
} from './person.js';

type Words = (typeof PERSON_WORDS)[Lang];

export function renderPersonText(findings: PersonFindings, lang: Lang): string {
  const t = PERSON_WORDS[lang];
  const date = (d: string) => formatDate(d, lang);
  const head = `${t.title(findings.query, findings.network.name, date(findings.today))}\n\n`;
  if (findings.occurrences.length === 0) return head + t.nothing(findings.query);
  // Namesakes are told apart: each person numbered, and each entry of theirs marked with the number.
  const persons = personsFound(findings);
  const number = new Map(persons.length > 1 ? persons.flatMap((p, i) => p.map((c) => [c.occurrence, i + 1] as const)) : []);
  const list = persons.map((p, i) => `  ${t.personNo(i + 1)}: ${p[0]!.name}${p[0]!.email ? ` <${p[0]!.email}>` : ''}`).join('\n');
  const apart = persons.length > 1 ? `${t.persons(persons.length, list)}\n\n` : '';
  const blocks = findings.occurrences.map((o) => block(o, t, date, lang, number.get(o)));
  return `${head}${apart}${t.found(findings.occurrences.length)}\n\n${blocks.join('\n')}\n${t.searchNote}\n`;
}

function block(o: Occurrence, t: Words, date: (d: string) => string, lang: Lang, person?: number): string {
  const rows: [string, string][] = [];
  switch (o.kind) {
    case 'coordinator':
    case 'contact':
      personRows(o, t, date, lang, rows);
      break;
    case 'signatory':
      signatoryRows(o, t, date, lang, rows);
      break;
    case 'organisation':
      organisationRows(o, t, date, lang, rows);
      break;
    case 'unchecked':
      uncheckedRows(o, t, rows);
      break;
    case 'mention':
      rows.push([t.field.text, excerpt(o.excerpt, lang)]);
  }
  const width = Math.max(...rows.map(([k]) => k.length)) + 2;
  // File and line, to find the entry; never the path inside the file (`[1].contacts[0].name`).
  const where = `${o.place.file}, ${t.line} ${o.place.line}`;
  return `${where} – ${t.kind[o.kind]}${person === undefined ? '' : ` (${t.personNo(person)})`}\n${rows.map(([k, v]) => `  ${`${k}:`.padEnd(width)}${v}\n`).join('')}`;
}

function personRows(o: PersonEntry, t: Words, date: (d: string) => string, lang: Lang, rows: [string, string][]): void {
  rows.push([t.field.name, o.name]);
  if (o.salutation !== undefined) rows.push([t.field.salutation, o.salutation]);
  if (o.function !== undefined) rows.push([t.field.function, o.function]);
  if (o.email !== undefined) rows.push([t.field.email, o.email]);
  if (o.phone !== undefined) rows.push([t.field.phone, o.phone]);
  if (o.mobile !== undefined) rows.push([t.field.mobile, o.mobile]);
  if (o.insofa) rows.push([t.field.insofa, t.yes]);
  if (o.partner) rows.push([t.field.partner, partnerText(o.partner, t, date)]);
  rows.push([t.field.visibility, t.visibilityValue(label(VISIBILITY_LABELS, o.visibility, lang), o.visibility)]);
  rows.push([t.field.consent, o.consent === undefined ? t.noConsent : date(o.consent)]);
  if (o.fte !== undefined) rows.push([t.field.fte, formatShare(o.fte, lang)]);
  for (const q of o.qualifications) rows.push([t.field.qualification, qualificationText(q, date)]);
  const [key, value] = stateText(o.data, t, date);
  if (key === 'deletion') rows.push([t.field.verified, o.verified === undefined ? t.state.never : date(o.verified)]);
  rows.push([key === 'verified' ? t.field.verified : t.deletion, value]);
  const lists: string[] = [];
  if (o.audiences.length > 0) lists.push(t.contactLists(o.audiences.map((a) => label(VISIBILITY_LABELS, a, lang)).join(', ')));
  else lists.push(o.partner && !o.partner.active ? t.noListInactive : t.noList);
  for (const c of o.calendars) lists.push(t.calendar[c]);
  if (o.report) lists.push(t.report);
  rows.push([t.field.lists, lists.join('; ')]);
}

function signatoryRows(o: SignatoryEntry, t: Words, date: (d: string) => string, lang: Lang, rows: [string, string][]): void {
  rows.push([t.field.name, o.name]);
  rows.push([t.field.agreement, `${o.agreement.title} (${o.agreement.id}, ${label(AGREEMENT_STATUS_LABELS, o.agreement.status, lang)})`]);
  if (o.partner) rows.push([t.field.partner, partnerText(o.partner, t, date)]);
  rows.push([t.field.signed, o.signed === undefined ? t.notSigned : date(o.signed)]);
  rows.push([t.field.lists, t.signatoryLists]);
}

function organisationRows(o: OrganisationEntry, t: Words, date: (d: string) => string, lang: Lang, rows: [string, string][]): void {
  rows.push([t.field.name, partnerText(o.partner, t, date)]);
  rows.push([t.field.sector, label(SECTOR_LABELS, o.sector, lang)]);
  const a = o.address;
  if (a) rows.push([t.field.address, [a.street, [a.postal_code, a.city].filter(Boolean).join(' ')].filter(Boolean).join(', ')]);
  if (o.website !== undefined) rows.push([t.field.website, o.website]);
  rows.push([t.field.lists, o.partner.active ? t.organisationLists : t.noListInactive]);
}

function uncheckedRows(o: UncheckedEntry, t: Words, rows: [string, string][]): void {
  for (const f of o.fields) rows.push([t.rawField[f.key] ?? f.key, f.value]);
  rows.push([t.field.lists, t.uncheckedLists]);
}

function partnerText(p: PartnerRef, t: Words, date: (d: string) => string): string {
  if (p.active) return `${p.name} (${t.active})`;
  return `${p.name} (${t.inactive}${p.left !== undefined ? `, ${t.leftOn(date(p.left))}` : ''})`;
}

function stateText(s: DataState, t: Words, date: (d: string) => string): ['verified' | 'deletion', string] {
  switch (s.state) {
    case 'ok':
      return ['verified', t.state.ok(date(s.verified), date(s.reviewDue))];
    case 'never':
      return ['verified', t.state.never];
    case 'due':
      return ['verified', t.state.due(date(s.verified), date(s.reviewDue))];
    case 'retained':
      return ['deletion', t.state.retained(date(s.deleteFrom))];
    case 'delete':
      return ['deletion', t.state.delete(date(s.deleteFrom))];
  }
}

/** A text on one line, at most 120 characters. */
function excerpt(text: string, lang: Lang): string {
  const one = text.replace(/\s+/g, ' ').trim();
  const shown = one.length <= 120 ? one : `${one.slice(0, 119)}…`;
  return quote(lang, shown);
}

/** A qualification as it is stored: its title, with provider and date where given. */
export const qualificationText = (q: Qualification, date: (d: string) => string): string =>
  [q.title, [q.provider, q.date === undefined ? undefined : date(q.date)].filter(Boolean).join(', ')].filter(Boolean).join(' – ');
