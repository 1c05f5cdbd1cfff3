// The words of `netzwerk review` (text and CSV), German and English.
import type { Lang } from '../../../i18n/lang.js';

export const REVIEW_WORDS = {
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
    institutions: (n: number) => (n === 1 ? '1 Einrichtung' : `${n} Einrichtungen`),
    institutionsHead: (n: string) => `Einrichtungen fragen: ${n}`,
    institutionsRule: (m: number) =>
      `(Angaben nie oder vor mehr als ${m} Monaten bestätigt: targets.review_partners_after_months; Schutzkonzept zu überprüfen oder nicht bekannt)`,
    institutionsNone: (m: number) => `Einrichtungen fragen: keine (alle haben ihre Angaben in den letzten ${m} Monaten bestätigt).`,
    entryNever: 'Angaben nie bestätigt',
    schutzkonzeptReview: (d: string) => `Schutzkonzept zur Überprüfung fällig seit ${d}`,
    schutzkonzeptUnknown: 'Schutzkonzept nicht bekannt',
    institutionsAfter: 'Datenblätter zum Bestätigen: netzwerk datasheet --due --out datenblaetter',
    after:
      'Nach der Bestätigung das Datum unter verified eintragen (netzwerk verified); löschen, was zu löschen ist: netzwerk erase --due.\nE-Mail-Verteiler für die Bestätigungsmail: netzwerk review --format emails',
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
    institutions: (n: number) => (n === 1 ? '1 institution' : `${n} institutions`),
    institutionsHead: (n: string) => `Institutions to ask: ${n}`,
    institutionsRule: (m: number) =>
      `(data never confirmed or more than ${m} months ago: targets.review_partners_after_months; protection concept to review or not known)`,
    institutionsNone: (m: number) => `Institutions to ask: none (all confirmed their data within the last ${m} months).`,
    entryNever: 'data never confirmed',
    schutzkonzeptReview: (d: string) => `protection concept due for review since ${d}`,
    schutzkonzeptUnknown: 'protection concept not known',
    institutionsAfter: 'Data sheets to confirm: netzwerk datasheet --due --out data-sheets',
    after:
      'After confirmation, record the date under verified (netzwerk verified); erase what must go: netzwerk erase --due.\nE-mail list for the confirmation mail: netzwerk review --format emails',
  },
} as const;

export const REVIEW_CSV_HEADER: Record<Lang, readonly string[]> = {
  de: ['Aufgabe', 'Organisation', 'Name', 'Rolle', 'Funktion', 'E-Mail', 'Telefon', 'Grund', 'Zuletzt bestätigt', 'Fällig seit', 'Datei', 'Zeile'],
  en: ['Task', 'Organisation', 'Name', 'Role', 'Function', 'E-mail', 'Phone', 'Reason', 'Last confirmed', 'Due since', 'File', 'Line'],
};

export const REVIEW_CSV_WORDS = {
  de: {
    confirm: 'bestätigen',
    delete: 'löschen',
    coordinator: 'Koordination',
    contact: 'Kontaktperson',
    never: 'nie bestätigt',
    due: 'Bestätigung zu alt',
    left: (d: string) => `Partner ausgetreten am ${d}`,
  },
  en: {
    confirm: 'confirm',
    delete: 'delete',
    coordinator: 'coordinator',
    contact: 'contact person',
    never: 'never confirmed',
    due: 'confirmation too old',
    left: (d: string) => `partner left on ${d}`,
  },
} as const;
