// The report's notes for readers outside the coordination (report --audience network|public):
// the warnings of one kind counted in one sentence, with the partners, agreements, meetings or
// categories they concern, never a person's name or a file position. Part of the catalogue.
import type { Texts } from './texts.js';

const n = (count: unknown, one: string, many: string) => `${count} ${Number(count) === 1 ? one : many}`;
/** " – bei: A, B": where the counted things are. */
const at = (p: { about?: unknown }, word: string) => (p.about ? ` – ${word} ${p.about}` : '');
/** ": A, B": the counted things themselves. */
const list = (p: { about?: unknown }) => (p.about ? `: ${p.about}` : '');

export const REPORT_NOTE_TEXTS = {
  'notes.contact-not-verified': {
    de: (p) => `${n(p.count, 'Kontaktangabe', 'Kontaktangaben')} nie bestätigt${at(p, 'bei')}`,
    en: (p) => `${n(p.count, 'contact record', 'contact records')} never confirmed${at(p, 'at')}`,
  },
  'notes.contact-review-due': {
    de: (p) => `${n(p.count, 'Kontaktangabe', 'Kontaktangaben')} zur erneuten Bestätigung fällig${at(p, 'bei')}`,
    en: (p) => `${n(p.count, 'contact record', 'contact records')} due for confirmation${at(p, 'at')}`,
  },
  'notes.contact-unreachable': {
    de: (p) => `${n(p.count, 'Kontaktperson', 'Kontaktpersonen')} ohne E-Mail und Telefon${at(p, 'bei')}`,
    en: (p) => `${n(p.count, 'contact person', 'contact persons')} without e-mail and phone${at(p, 'at')}`,
  },
  'notes.contact-retention': {
    de: (p) => `${n(p.count, 'Kontaktangabe', 'Kontaktangaben')} ausgeschiedener Partner zu löschen${at(p, 'bei')}`,
    en: (p) => `${n(p.count, 'contact record', 'contact records')} of partners that have left to be deleted${at(p, 'at')}`,
  },
  'notes.agreement-review-due': {
    de: (p) => `${n(p.count, 'Vereinbarung', 'Vereinbarungen')} zur Überprüfung fällig${list(p)}`,
    en: (p) => `${n(p.count, 'agreement', 'agreements')} due for review${list(p)}`,
  },
  'notes.agreement-party-left': {
    de: (p) => `${n(p.count, 'ausstehende Unterschrift', 'ausstehende Unterschriften')} von inzwischen ausgeschiedenen Partnern${at(p, 'unter')}`,
    en: (p) => `${n(p.count, 'pending signature', 'pending signatures')} of partners that have left${at(p, 'under')}`,
  },
  'notes.meeting-planned-past': {
    de: (p) => `${n(p.count, 'vergangene Veranstaltung', 'vergangene Veranstaltungen')} noch als geplant eingetragen${list(p)}`,
    en: (p) => `${n(p.count, 'past meeting', 'past meetings')} still marked as planned${list(p)}`,
  },
  'notes.meeting-held-future': {
    de: (p) => `${n(p.count, 'künftige Veranstaltung', 'künftige Veranstaltungen')} als stattgefunden eingetragen${list(p)}`,
    en: (p) => `${n(p.count, 'future meeting', 'future meetings')} marked as held${list(p)}`,
  },
  'notes.meeting-held-no-attendance': {
    de: (p) => `${n(p.count, 'stattgefundene Veranstaltung', 'stattgefundene Veranstaltungen')} ohne Angaben zur Teilnahme${list(p)}`,
    en: (p) => `${n(p.count, 'held meeting', 'held meetings')} without attendance figures${list(p)}`,
  },
  'notes.meeting-invites-departed': {
    de: (p) => `${n(p.count, 'Einladung', 'Einladungen')} an inzwischen ausgeschiedene Partner${at(p, 'zu')}`,
    en: (p) => `${n(p.count, 'invitation', 'invitations')} to partners that have left${at(p, 'to')}`,
  },
  'notes.fallkonferenz-details': {
    de: (p) => `${n(p.count, 'Angabe', 'Angaben')} bei Fallkonferenzen, die dort nicht hingehört${Number(p.count) === 1 ? '' : 'en'}${at(p, 'bei')}`,
    en: (p) => `${n(p.count, 'detail', 'details')} recorded for case conferences that do not belong there${at(p, 'at')}`,
  },
  'notes.file-not-found': {
    de: (p) => `${n(p.count, 'verknüpfte Datei', 'verknüpfte Dateien')} nicht gefunden${at(p, 'bei')}`,
    en: (p) => `${n(p.count, 'linked file', 'linked files')} not found${at(p, 'at')}`,
  },
  'notes.category-missing': {
    de: (p) => `${n(p.count, 'Kategorie', 'Kategorien')} nach § 9 Abs. 4 LKiSchG NRW noch nicht vertreten${list(p)}`,
    en: (p) => `${n(p.count, 'category', 'categories')} of § 9 (4) LKiSchG NRW not yet represented${list(p)}`,
  },
  'notes.evaluation-not-held': {
    de: (p) => `${n(p.count, 'Auswertung', 'Auswertungen')} bei Veranstaltungen, die nicht als stattgefunden eingetragen sind${list(p)}`,
    en: (p) => `${n(p.count, 'evaluation', 'evaluations')} of meetings not marked as held${list(p)}`,
  },
  'notes.evaluation-forms-over-participants': {
    de: (p) => `${n(p.count, 'Veranstaltung', 'Veranstaltungen')} mit mehr Rückmeldebögen als Teilnehmenden${list(p)}`,
    en: (p) => `${n(p.count, 'meeting', 'meetings')} with more feedback forms than participants${list(p)}`,
  },
  'notes.activity-body-missing': {
    de: (p) => `${n(p.count, 'Vertretung', 'Vertretungen')} des Netzwerks ohne Angabe des Gremiums${list(p)}`,
    en: (p) => `${n(p.count, 'representation', 'representations')} of the network without the body it took place in${list(p)}`,
  },
  /** After the first names of a counted note: how many more there are. */
  'notes.and-more': {
    de: (p) => `und ${p.count} weitere`,
    en: (p) => `and ${p.count} more`,
  },
  'notes.other': {
    de: (p) => `${n(p.count, 'weiterer Hinweis', 'weitere Hinweise')} für die Koordinierungsstelle`,
    en: (p) => `${n(p.count, 'further note', 'further notes')} for the coordination`,
  },
} satisfies Texts;
