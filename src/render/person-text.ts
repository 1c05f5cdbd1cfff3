// `netzwerk person` for the screen: every place the person occurs, what is stored there and
// where it goes. Written to be handed (or copied) into the answer to an Art. 15 request.
import { AGREEMENT_STATUS_LABELS, label, SECTOR_LABELS, VISIBILITY_LABELS } from '../i18n/labels.js';
import type { Lang } from '../i18n/lang.js';
import { formatDate } from '../model/dates.js';
import type { DataState, MentionEntry, Occurrence, OrganisationEntry, PartnerRef, PersonEntry, PersonFindings, SignatoryEntry } from '../privacy/person.js';

const T = {
  de: {
    title: (q: string, n: string, d: string) => `Auskunft zu „${q}“ – ${n}, Stand ${d}`,
    nothing: (q: string) =>
      `Zu „${q}“ ist in diesem Netzwerk nichts gespeichert.\nGesucht wurde in Namen und E-Mail-Adressen der Koordinierenden und Kontaktpersonen, in den Unterzeichnenden der Vereinbarungen und in den Texten der Termine.\n`,
    found: (n: number) => (n === 1 ? '1 Fundstelle:' : `${n} Fundstellen:`),
    line: 'Zeile',
    kind: { coordinator: 'Koordination', contact: 'Kontaktperson', organisation: 'Partner (Einrichtung)', signatory: 'Unterzeichnende Person einer Vereinbarung', mention: 'Erwähnung in einem Text' },
    field: {
      name: 'Name',
      function: 'Funktion',
      email: 'E-Mail',
      phone: 'Telefon',
      insofa: 'InsoFa',
      partner: 'Partner',
      visibility: 'Sichtbarkeit',
      consent: 'Einwilligung',
      verified: 'Bestätigt',
      lists: 'Erscheint in',
      agreement: 'Vereinbarung',
      signed: 'Unterzeichnet',
      text: 'Text',
      sector: 'Bereich',
      address: 'Anschrift',
      website: 'Website',
    },
    yes: 'ja, insoweit erfahrene Fachkraft',
    noConsent: 'keine eingetragen',
    notSigned: 'noch nicht',
    active: 'aktiv',
    inactive: 'nicht aktiv',
    leftOn: (d: string) => `ausgetreten am ${d}`,
    state: {
      ok: (v: string, due: string) => `${v} (nächste Überprüfung ab ${due})`,
      never: 'nie – bitte die Angaben bestätigen lassen',
      due: (v: string, due: string) => `${v} – Überprüfung fällig seit ${due}`,
      retained: (d: string) => `Partner ausgetreten; die Angaben werden ab ${d} gelöscht`,
      delete: (d: string) => `Partner ausgetreten; Löschung fällig seit ${d}`,
    },
    deletion: 'Löschung',
    contactLists: (a: string) => `Kontaktlisten (CSV, vCard, E-Mail-Verteiler) für: ${a}`,
    noList: 'keiner Kontaktliste',
    noListInactive: 'keiner Kontaktliste (der Partner ist heute nicht aktiv)',
    calendar: { network: 'Kalender als Veranstalter (ORGANIZER)', public: 'öffentlicher Kalender als Veranstalter (ORGANIZER)' },
    signatoryLists: 'keiner Kontaktliste und keinem Kalender',
    report: 'Bericht (Überblick der Koordination, mit E-Mail und Telefon)',
    organisationLists: 'Bericht (Partnerliste) und Kontaktlisten (als Organisation ihrer Kontaktpersonen)',
    searchNote:
      'Gefunden wird jeder Name, in dem jedes Suchwort den Anfang eines Namensteils bildet (Groß-/Kleinschreibung, Akzente und Umlaute egal: Müller = Mueller = Muller). Gleichnamige Personen bitte anhand der Angaben unterscheiden.',
  },
  en: {
    title: (q: string, n: string, d: string) => `Information on "${q}" – ${n}, as of ${d}`,
    nothing: (q: string) =>
      `Nothing is stored about "${q}" in this network.\nSearched: names and e-mail addresses of coordinators and contact persons, signatories of agreements, and the texts of meetings.\n`,
    found: (n: number) => (n === 1 ? '1 occurrence:' : `${n} occurrences:`),
    line: 'line',
    kind: { coordinator: 'Coordinator', contact: 'Contact person', organisation: 'Partner (organisation)', signatory: 'Signatory of an agreement', mention: 'Mentioned in a text' },
    field: {
      name: 'Name',
      function: 'Function',
      email: 'E-mail',
      phone: 'Phone',
      insofa: 'InsoFa',
      partner: 'Partner',
      visibility: 'Visibility',
      consent: 'Consent',
      verified: 'Verified',
      lists: 'Appears in',
      agreement: 'Agreement',
      signed: 'Signed',
      text: 'Text',
      sector: 'Sector',
      address: 'Address',
      website: 'Website',
    },
    yes: 'yes, child-protection specialist',
    noConsent: 'none recorded',
    notSigned: 'not yet',
    active: 'active',
    inactive: 'not active',
    leftOn: (d: string) => `left on ${d}`,
    state: {
      ok: (v: string, due: string) => `${v} (next review from ${due})`,
      never: 'never – please have the data confirmed',
      due: (v: string, due: string) => `${v} – review due since ${due}`,
      retained: (d: string) => `partner has left; the data will be deleted from ${d}`,
      delete: (d: string) => `partner has left; deletion due since ${d}`,
    },
    deletion: 'Deletion',
    contactLists: (a: string) => `contact lists (CSV, vCard, e-mail list) for: ${a}`,
    noList: 'no contact list',
    noListInactive: 'no contact list (the partner is not active today)',
    calendar: { network: 'calendar as ORGANIZER', public: 'public calendar as ORGANIZER' },
    signatoryLists: 'no contact list and no calendar',
    report: "report (the coordination's overview, with e-mail and phone)",
    organisationLists: 'report (list of partners) and contact lists (as the organisation of its contacts)',
    searchNote:
      'A name is found when every word searched for begins a part of it (ignoring case, accents and umlauts: Müller = Mueller = Muller). Please tell people of the same name apart by the details.',
  },
} as const;

type Words = (typeof T)[Lang];

export function renderPersonText(findings: PersonFindings, lang: Lang): string {
  const t = T[lang];
  const date = (d: string) => formatDate(d, lang);
  const head = `${t.title(findings.query, findings.network.name, date(findings.today))}\n\n`;
  if (findings.occurrences.length === 0) return head + t.nothing(findings.query);
  const blocks = findings.occurrences.map((o) => block(o, t, date, lang));
  return `${head}${t.found(findings.occurrences.length)}\n\n${blocks.join('\n')}\n${t.searchNote}\n`;
}

function block(o: Occurrence, t: Words, date: (d: string) => string, lang: Lang): string {
  const rows: [string, string][] = [];
  if (o.kind === 'coordinator' || o.kind === 'contact') personRows(o, t, date, lang, rows);
  else if (o.kind === 'signatory') signatoryRows(o, t, date, lang, rows);
  else if (o.kind === 'organisation') organisationRows(o, t, date, lang, rows);
  else rows.push([t.field.text, excerpt((o as MentionEntry).excerpt, lang)]);
  const width = Math.max(...rows.map(([k]) => k.length)) + 2;
  const where = `${o.place.file}, ${t.line} ${o.place.line} (${o.place.path})`;
  return `${where} – ${t.kind[o.kind]}\n${rows.map(([k, v]) => `  ${`${k}:`.padEnd(width)}${v}\n`).join('')}`;
}

function personRows(o: PersonEntry, t: Words, date: (d: string) => string, lang: Lang, rows: [string, string][]): void {
  rows.push([t.field.name, o.name]);
  if (o.function !== undefined) rows.push([t.field.function, o.function]);
  if (o.email !== undefined) rows.push([t.field.email, o.email]);
  if (o.phone !== undefined) rows.push([t.field.phone, o.phone]);
  if (o.insofa) rows.push([t.field.insofa, t.yes]);
  if (o.partner) rows.push([t.field.partner, partnerText(o.partner, t, date)]);
  rows.push([t.field.visibility, lang === 'de' ? `${label(VISIBILITY_LABELS, o.visibility, lang)} (${o.visibility})` : o.visibility]);
  rows.push([t.field.consent, o.consent === undefined ? t.noConsent : date(o.consent)]);
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
  return lang === 'de' ? `„${shown}“` : `"${shown}"`;
}
