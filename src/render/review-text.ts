// `netzwerk review` for the screen: who must confirm their data, whose data must go, by partner.
import type { Lang } from '../i18n/lang.js';
import { formatDate } from '../model/dates.js';
import type { ReviewFindings, ReviewPerson, StalePerson } from '../privacy/review.js';

const T = {
  de: {
    title: (n: string, d: string) => `Datenschutz: Kontaktdaten prüfen und löschen – ${n}, Stand ${d}`,
    persons: (n: number) => (n === 1 ? '1 Person' : `${n} Personen`),
    partners: (n: number) => (n === 1 ? '1 Partner' : `${n} Partnern`),
    reviewHead: (p: string, q: string) => `Zu bestätigen: ${p} bei ${q}`,
    reviewRule: (m: number) => `(nie bestätigt oder zuletzt vor mehr als ${m} Monaten: targets.review_contacts_after_months)`,
    reviewNone: (m: number) => `Zu bestätigen: niemand (alle Angaben sind in den letzten ${m} Monaten bestätigt worden).`,
    deleteHead: (p: string, q: string) => `Zu löschen: ${p} bei ${q}`,
    deleteRule: (m: number) => `(Partner vor mehr als ${m} Monaten ausgetreten: targets.retention_months_after_leaving)`,
    deleteNone: 'Zu löschen: nichts.',
    coordinator: 'Koordination',
    never: 'nie bestätigt',
    due: (v: string, d: string) => `zuletzt bestätigt am ${v}, fällig seit ${d}`,
    left: (l: string, d: string) => `ausgetreten am ${l}, zu löschen seit ${d}`,
    at: (f: string, l: number) => `${f}, Zeile ${l}`,
    after:
      'Nach der Bestätigung das Datum unter verified eintragen; nach dem Löschen die Kontaktperson aus der Datei entfernen.\nE-Mail-Verteiler für die Bestätigungsmail: netzwerk review --format emails',
  },
  en: {
    title: (n: string, d: string) => `Data protection: contact data to confirm and delete – ${n}, as of ${d}`,
    persons: (n: number) => (n === 1 ? '1 person' : `${n} persons`),
    partners: (n: number) => (n === 1 ? '1 partner' : `${n} partners`),
    reviewHead: (p: string, q: string) => `To confirm: ${p} at ${q}`,
    reviewRule: (m: number) => `(never confirmed, or last more than ${m} months ago: targets.review_contacts_after_months)`,
    reviewNone: (m: number) => `To confirm: nobody (all data were confirmed within the last ${m} months).`,
    deleteHead: (p: string, q: string) => `To delete: ${p} at ${q}`,
    deleteRule: (m: number) => `(partner left more than ${m} months ago: targets.retention_months_after_leaving)`,
    deleteNone: 'To delete: nothing.',
    coordinator: 'coordinator',
    never: 'never confirmed',
    due: (v: string, d: string) => `last confirmed on ${v}, due since ${d}`,
    left: (l: string, d: string) => `left on ${l}, to be deleted since ${d}`,
    at: (f: string, l: number) => `${f}, line ${l}`,
    after:
      'After confirmation, record the date under verified; after deletion, remove the contact person from the file.\nE-mail list for the confirmation mail: netzwerk review --format emails',
  },
} as const;

export function renderReviewText(f: ReviewFindings, lang: Lang): string {
  const t = T[lang];
  const date = (d: string) => formatDate(d, lang);
  const count = (groups: { persons: unknown[] }[]) => groups.reduce((n, g) => n + g.persons.length, 0);
  const out: string[] = [t.title(f.network.name, date(f.today)), ''];

  if (f.review.length === 0) out.push(t.reviewNone(f.reviewAfterMonths), '');
  else {
    out.push(t.reviewHead(t.persons(count(f.review)), t.partners(f.review.length)), t.reviewRule(f.reviewAfterMonths), '');
    for (const g of f.review) {
      out.push(g.partner.name);
      for (const p of g.persons) out.push(...person(p, reason(p, t, date), t));
      out.push('');
    }
  }

  if (f.deletion.length === 0) out.push(t.deleteNone, '');
  else {
    out.push(t.deleteHead(t.persons(count(f.deletion)), t.partners(f.deletion.length)), t.deleteRule(f.retentionMonths), '');
    for (const g of f.deletion) {
      out.push(`${g.partner.name} – ${t.left(date(g.left), date(g.deleteFrom))}`);
      for (const p of g.persons) out.push(...person(p, undefined, t));
      out.push('');
    }
  }
  if (f.review.length + f.deletion.length > 0) out.push(t.after);
  return `${out.join('\n').replace(/\n+$/, '')}\n`;
}

const reason = (p: StalePerson, t: (typeof T)[Lang], date: (d: string) => string) =>
  p.reason === 'never' ? t.never : t.due(date(p.verified!), date(p.dueSince!));

function person(p: ReviewPerson, why: string | undefined, t: (typeof T)[Lang]): string[] {
  const head = [p.name, p.kind === 'coordinator' ? `(${t.coordinator})` : '', p.function ? `– ${p.function}` : ''].filter((s) => s !== '').join(' ');
  const reach = [p.email, p.phone].filter((s) => s !== undefined).join(' · ');
  const lines = [`  ${head}`];
  if (reach) lines.push(`    ${reach}`);
  lines.push(`    ${why ? `${why} – ` : ''}${t.at(p.place.file, p.place.line)}`);
  return lines;
}
