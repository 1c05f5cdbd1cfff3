// Headings, column names and phrases of the network report, German and English side by side.
// The domain vocabulary (sectors, categories, types, statuses) comes from labels.ts.
import type { Lang } from './lang.js';

type Pair = Readonly<Record<Lang, string>>;

export const REPORT_LABELS = {
  title: { de: 'Netzwerkbericht', en: 'Network report' },
  period: { de: 'Berichtszeitraum', en: 'Reporting period' },
  asOf: { de: 'Stand', en: 'As of' },
  // sections
  overview: { de: 'Überblick', en: 'Overview' },
  partners: { de: 'Partner', en: 'Partners' },
  coverage: { de: 'Abdeckung', en: 'Coverage' },
  meetings: { de: 'Veranstaltungen', en: 'Meetings and events' },
  agreements: { de: 'Vereinbarungen', en: 'Agreements' },
  notes: { de: 'Hinweise', en: 'Notes' },
  // overview
  network: { de: 'Netzwerk', en: 'Network' },
  region: { de: 'Region', en: 'Region' },
  municipalities: { de: 'Kommunen', en: 'Municipalities' },
  founded: { de: 'Gegründet', en: 'Founded' },
  youthOffices: { de: 'Jugendämter', en: 'Youth welfare offices' },
  coordinators: { de: 'Koordination', en: 'Coordination' },
  missionStatement: { de: 'Leitbild', en: 'Mission statement' },
  keyFigures: { de: 'Auf einen Blick', en: 'At a glance' },
  activePartners: { de: 'Aktive Partner', en: 'Active partners' },
  categoriesCovered: { de: 'Abgedeckte Kategorien', en: 'Categories covered' },
  meetingsHeld: { de: 'Stattgefundene Veranstaltungen', en: 'Meetings held' },
  participants: { de: 'Teilnehmende', en: 'Participants' },
  notesCount: { de: 'Hinweise', en: 'Notes' },
  nameNotPublished: { de: '(für diesen Leserkreis nicht freigegeben)', en: '(not released for these readers)' },
  // partners
  sector: { de: 'Sektor', en: 'Sector' },
  count: { de: 'Anzahl', en: 'Count' },
  partner: { de: 'Partner', en: 'Partner' },
  chartSectors: { de: 'Aktive Partner nach Sektor', en: 'Active partners by sector' },
  joined: { de: 'Im Zeitraum beigetreten', en: 'Joined in the period' },
  left: { de: 'Im Zeitraum ausgeschieden', en: 'Left in the period' },
  date: { de: 'Datum', en: 'Date' },
  noneJoined: { de: 'Im Zeitraum ist kein Partner beigetreten.', en: 'No partner joined in the period.' },
  noneLeft: { de: 'Im Zeitraum ist kein Partner ausgeschieden.', en: 'No partner left in the period.' },
  noPartners: { de: 'Zum Ende des Zeitraums gibt es keine aktiven Partner.', en: 'There are no active partners at the end of the period.' },
  // coverage
  number: { de: 'Nr.', en: 'No.' },
  category: { de: 'Kategorie', en: 'Category' },
  status: { de: 'Status', en: 'Status' },
  coveredBy: { de: 'Abgedeckt durch', en: 'Covered by' },
  covered: { de: 'abgedeckt', en: 'covered' },
  missing: { de: 'fehlt', en: 'missing' },
  notRequired: { de: 'nicht gefordert', en: 'not required' },
  municipality: { de: 'Kommune', en: 'Municipality' },
  missingCategories: { de: 'Fehlende Kategorien', en: 'Missing categories' },
  gapsByMunicipality: { de: 'Lücken je Kommune', en: 'Gaps by municipality' },
  matrix: { de: 'Abdeckung je Kommune', en: 'Coverage by municipality' },
  noGaps: { de: 'keine', en: 'none' },
  allCovered: { de: 'Alle geforderten Kategorien sind abgedeckt.', en: 'All required categories are covered.' },
  legend: { de: 'Legende', en: 'Legend' },
  columns: { de: 'Spalten', en: 'Columns' },
  // meetings
  type: { de: 'Art', en: 'Type' },
  meetingTitle: { de: 'Titel', en: 'Title' },
  held: { de: 'stattgefunden', en: 'held' },
  planned: { de: 'geplant', en: 'planned' },
  cancelled: { de: 'abgesagt', en: 'cancelled' },
  byType: { de: 'Nach Art', en: 'By type' },
  heldMeetings: { de: 'Stattgefundene Veranstaltungen', en: 'Meetings held' },
  otherMeetings: { de: 'Geplante und abgesagte Veranstaltungen', en: 'Planned and cancelled meetings' },
  organisations: { de: 'Institutionen', en: 'Organisations' },
  targets: { de: 'Ziele', en: 'Targets' },
  goal: { de: 'Ziel', en: 'Target' },
  targetValue: { de: 'Soll', en: 'Target' },
  result: { de: 'Ergebnis', en: 'Result' },
  qualificationOffers: { de: 'Qualifizierungsangebote', en: 'Training offers' },
  networkMeetings: { de: 'Netzwerktreffen', en: 'Network meetings' },
  met: { de: 'erfüllt', en: 'met' },
  notMet: { de: 'nicht erfüllt', en: 'not met' },
  noTarget: { de: 'kein Ziel festgelegt', en: 'no target set' },
  noMeetings: { de: 'Im Zeitraum gibt es keine Veranstaltungen.', en: 'There are no meetings in the period.' },
  noHeld: { de: 'Im Zeitraum hat noch keine Veranstaltung stattgefunden.', en: 'No meeting has been held in the period yet.' },
  otherTypes: { de: 'andere Veranstaltungen', en: 'other meetings' },
  categories: { de: 'Kategorien nach § 9 Abs. 4 LKiSchG NRW', en: 'Categories under § 9 (4) LKiSchG NRW' },
  name: { de: 'Name', en: 'Name' },
  function: { de: 'Funktion', en: 'Function' },
  organisation: { de: 'Institution', en: 'Organisation' },
  contact: { de: 'Kontakt', en: 'Contact' },
  categoriesRequired: { de: 'Geforderte Kategorien abgedeckt', en: 'Required categories covered' },
  chartParticipants: { de: 'Teilnehmende je Veranstaltung', en: 'Participants per meeting' },
  // agreements
  agreement: { de: 'Vereinbarung', en: 'Agreement' },
  signed: { de: 'Unterzeichnet', en: 'Signed' },
  pending: { de: 'Unterschrift fehlt', en: 'Signature pending' },
  review: { de: 'Überprüfung', en: 'Review' },
  reviewDue: { de: 'fällig', en: 'due' },
  noAgreements: { de: 'Es sind keine Vereinbarungen erfasst.', en: 'No agreements are recorded.' },
  // notes
  noNotes: { de: 'Keine Hinweise: die Daten sind vollständig und aktuell.', en: 'No notes: the data is complete and up to date.' },
  notesCounted: {
    de: 'Die Hinweise sind nach Art gezählt; die Einzelheiten liegen der Koordinierungsstelle vor.',
    en: 'The notes are counted by kind; the coordination office has the details.',
  },
  place: { de: 'Stelle', en: 'Location' },
  note: { de: 'Hinweis', en: 'Note' },
  footer: { de: 'Erstellt mit netzwerk', en: 'Created with netzwerk' },
  contents: { de: 'Inhalt', en: 'Contents' },
} as const satisfies Record<string, Pair>;

export type ReportLabel = keyof typeof REPORT_LABELS;

export const rl = (key: ReportLabel, lang: Lang): string => REPORT_LABELS[key][lang];

/** Phrases with numbers or names in them. */
export const REPORT_PHRASES = {
  signedOf: (n: number, of: number, lang: Lang) => (lang === 'de' ? `${n} von ${of}` : `${n} of ${of}`),
  andMore: (n: number, lang: Lang) => (lang === 'de' ? `und ${n} weitere` : `and ${n} more`),
  municipalitiesCount: (n: number, lang: Lang) => (lang === 'de' ? `${n} ${n === 1 ? 'Kommune' : 'Kommunen'}` : `${n} ${n === 1 ? 'municipality' : 'municipalities'}`),
  asOfNote: (date: string, lang: Lang) =>
    lang === 'de'
      ? `Partner und Abdeckung: Stand zum Ende des Berichtszeitraums (${date}).`
      : `Partners and coverage: as at the end of the reporting period (${date}).`,
  prorated: (days: number, lang: Lang) =>
    lang === 'de'
      ? `Der Berichtszeitraum ist kein Kalenderjahr: die Jahresziele sind anteilig für ${days} Tage umgerechnet (auf ganze Zahlen gerundet).`
      : `The reporting period is not a calendar year: the yearly targets are scaled to its ${days} days (rounded to whole numbers).`,
  plannedCancelled: (planned: number, cancelled: number, lang: Lang) =>
    lang === 'de' ? `${planned} geplant, ${cancelled} abgesagt` : `${planned} planned, ${cancelled} cancelled`,
  coverageSummary: (covered: number, required: number, missing: string, lang: Lang) =>
    lang === 'de'
      ? `${covered} von ${required} geforderten Kategorien sind abgedeckt. Es fehlen: ${missing}.`
      : `${covered} of ${required} required categories are covered. Missing: ${missing}.`,
  municipalitiesWithGaps: (n: number, of: number, lang: Lang) =>
    lang === 'de'
      ? `In ${n} von ${of} Kommunen fehlen geforderte Kategorien (siehe „Lücken je Kommune“).`
      : `In ${n} of ${of} municipalities required categories are missing (see "Gaps by municipality").`,
  perYear: (n: number, lang: Lang) => (lang === 'de' ? `${n} pro Jahr` : `${n} per year`),
  stillPlanned: (n: number, lang: Lang) => (lang === 'de' ? `${n} noch geplant` : `${n} still planned`),
  meetingsSummary: (held: number, planned: number, cancelled: number, lang: Lang) =>
    lang === 'de' ? `${held} stattgefunden, ${planned} geplant, ${cancelled} abgesagt` : `${held} held, ${planned} planned, ${cancelled} cancelled`,
  participantsSummary: (n: number, lang: Lang) =>
    lang === 'de' ? `${n} Teilnehmende (Personen der Partner und Gäste, nur stattgefundene Veranstaltungen)` : `${n} participants (partners' staff and guests, meetings held only)`,
  matrixCaption: (lang: Lang) =>
    lang === 'de'
      ? 'Zeilen: Kommunen; Spalten: Kategorien Nr. 1–12 wie oben. ✓ abgedeckt, ✗ fehlt, – nicht gefordert und nicht abgedeckt.'
      : 'Rows: municipalities; columns: categories no. 1–12 as above. ✓ covered, ✗ missing, – not required and not covered.',
  matrixDesc: (covered: number, missing: number, lang: Lang) =>
    lang === 'de' ? `${covered} Felder abgedeckt, ${missing} Lücken.` : `${covered} cells covered, ${missing} gaps.`,
} as const;
