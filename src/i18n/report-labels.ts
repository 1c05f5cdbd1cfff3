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
  // tasks (§ 9 Abs. 2 and 3)
  tasks: { de: 'Aufgaben nach § 9 LKiSchG NRW', en: 'Tasks under § 9 LKiSchG NRW' },
  provision: { de: 'Vorschrift', en: 'Provision' },
  task: { de: 'Aufgabe (Wortlaut)', en: 'Task (wording)' },
  evidence: { de: 'Belege im Zeitraum', en: 'Evidence in the period' },
  evidenced: { de: 'belegt', en: 'evidenced' },
  noEvidence: { de: 'kein Beleg', en: 'no evidence' },
  nothingRecorded: { de: 'nichts eingetragen', en: 'nothing recorded' },
  tasksWithEvidence: { de: 'Aufgaben mit Beleg', en: 'Tasks with evidence' },
  // participation
  participation: { de: 'Teilnahme', en: 'Participation' },
  attendingPartners: { de: 'Partner mit Teilnahme', en: 'Partners taking part' },
  members: { de: 'Mitglieder', en: 'Members' },
  attended: { de: 'teilgenommen', en: 'took part' },
  share: { de: 'Anteil', en: 'Share' },
  chartParticipation: { de: 'Aktive Partner und Partner mit Teilnahme nach Sektor', en: 'Active partners and partners taking part, by sector' },
  participationBySector: { de: 'Teilnahme nach Sektor', en: 'Participation by sector' },
  participationByCategory: { de: 'Teilnahme nach Kategorien des § 9 Abs. 4 LKiSchG NRW', en: 'Participation by category of § 9 (4) LKiSchG NRW' },
  flag: { de: 'Hinweis', en: 'Note' },
  flagged: { de: 'Mitglied, aber niemand teilgenommen', en: 'member, but nobody took part' },
  notCoveredShort: { de: 'kein Mitglied', en: 'no member' },
  withoutAttendance: { de: 'Aktive Partner ohne Teilnahme im Zeitraum', en: 'Active partners without attendance in the period' },
  allAttended: { de: 'Alle aktiven Partner haben im Zeitraum an mindestens einer Veranstaltung teilgenommen.', en: 'Every active partner took part in at least one meeting in the period.' },
  // evaluations
  evaluations: { de: 'Auswertung der Qualifizierungsangebote', en: 'Evaluation of the training offers' },
  evaluated: { de: 'Ausgewertet', en: 'Evaluated' },
  formsReturned: { de: 'Rückmeldebögen', en: 'Feedback forms' },
  question: { de: 'Frage', en: 'Question' },
  mean: { de: 'Mittelwert (1–5)', en: 'Mean (1–5)' },
  responses: { de: 'Antworten', en: 'Responses' },
  offers: { de: 'Angebote', en: 'Offers' },
  ratings: { de: 'Bewertungen je Frage', en: 'Ratings by question' },
  // activities
  activities: { de: 'Tätigkeiten der Koordinierungsstelle', en: 'Work of the coordination office' },
  activitiesTotal: { de: 'Tätigkeiten der Koordinierungsstelle', en: 'Work of the coordination office' },
  bodyOrCount: { de: 'Gremium, Anzahl', en: 'Body, count' },
  noActivities: { de: 'Im Zeitraum sind keine Tätigkeiten außerhalb der Veranstaltungen eingetragen (activities.yaml).', en: 'No work outside the meetings is recorded for the period (activities.yaml).' },
  // compare
  compare: { de: 'Vergleich', en: 'Comparison' },
  figure: { de: 'Kennzahl', en: 'Key figure' },
  change: { de: 'Veränderung', en: 'Change' },
  thisPeriod: { de: 'dieser Zeitraum', en: 'this period' },
  otherPeriod: { de: 'Vergleichszeitraum', en: 'compared period' },
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
  // tasks
  neededForEvidence: (n: number, lang: Lang) => (lang === 'de' ? `für „belegt“ nötig: ${n}` : `needed for "evidenced": ${n}`),
  countSum: (n: number, entries: number, lang: Lang) =>
    lang === 'de' ? (entries === 1 ? `Anzahl ${n}` : `Anzahl zusammen ${n}`) : entries === 1 ? `count ${n}` : `count together ${n}`,
  representedIn: (bodies: string, lang: Lang) => (lang === 'de' ? `vertreten in: ${bodies}` : `represented in: ${bodies}`),
  categoriesAttended: (n: number, lang: Lang) =>
    lang === 'de' ? `${n} von 12 Kategorien mit Teilnahme an Veranstaltungen` : `${n} of 12 categories took part in meetings`,
  insofaAt: (names: string, lang: Lang) =>
    lang === 'de' ? `insoweit erfahrene Fachkräfte für das Netzwerk erreichbar bei: ${names}` : `experienced specialists (InsoFa) reachable for the network at: ${names}`,
  inForce: (titles: string, lang: Lang) => (lang === 'de' ? `in Kraft: ${titles}` : `in force: ${titles}`),
  // participation
  participationSummary: (attending: number, active: number, lang: Lang) =>
    lang === 'de'
      ? `${attending} von ${active} aktiven Partnern haben im Zeitraum an mindestens einer stattgefundenen Veranstaltung teilgenommen.`
      : `${attending} of ${active} active partners took part in at least one meeting held in the period.`,
  attendanceMissing: (missing: number, held: number, lang: Lang) =>
    lang === 'de'
      ? `Bei ${missing} von ${held} stattgefundenen Veranstaltungen ist keine Teilnahme eingetragen; die Zahlen sind dann zu niedrig.`
      : `${missing} of ${held} meetings held record no attendance; the figures are too low then.`,
  flaggedSummary: (labels: string, lang: Lang) =>
    lang === 'de'
      ? `Durch Mitglieder abgedeckt, aber im Zeitraum ohne Teilnahme: ${labels}.`
      : `Covered by members, but nobody took part in the period: ${labels}.`,
  attendingOf: (attending: number, active: number, lang: Lang) => (lang === 'de' ? `${attending} von ${active}` : `${attending} of ${active}`),
  // evaluations
  evaluatedOf: (evaluated: number, offers: number, lang: Lang) =>
    lang === 'de' ? `${evaluated} von ${offers} stattgefundenen Qualifizierungsangeboten` : `${evaluated} of ${offers} training offers held`,
  formsOf: (forms: number, participants: number, percent: string, lang: Lang) =>
    lang === 'de' ? `${forms} Bögen von ${participants} Teilnehmenden (Rücklauf ${percent})` : `${forms} forms from ${participants} participants (return ${percent})`,
  noEvaluation: (offers: number, lang: Lang) =>
    lang === 'de'
      ? `Für ${offers === 1 ? 'das stattgefundene Qualifizierungsangebot' : `keines der ${offers} stattgefundenen Qualifizierungsangebote`} ist eine Auswertung eingetragen (evaluation).`
      : `No evaluation is recorded for ${offers === 1 ? 'the training offer held' : `any of the ${offers} training offers held`} (evaluation).`,
  ratingsNote: (lang: Lang) =>
    lang === 'de'
      ? 'Mittelwerte auf der Skala 1 (schlecht) bis 5 (sehr gut), über die Angebote gewichtet nach der Zahl der Antworten (sonst der Bögen).'
      : 'Means on the scale 1 (poor) to 5 (very good), weighted across the offers by the number of responses (else of forms).',
  // compare
  compareWith: (period: string, lang: Lang) => (lang === 'de' ? `Vergleich mit ${period}` : `Comparison with ${period}`),
  comparedWith: (period: string, lang: Lang) => (lang === 'de' ? `Verglichen mit: ${period}.` : `Compared with: ${period}.`),
  ofWhich: (what: string, lang: Lang) => (lang === 'de' ? `davon ${what}` : `of which ${what}`),
  tasksOf: (lang: Lang) => (lang === 'de' ? 'Aufgaben mit Beleg (von 7)' : 'Tasks with evidence (of 7)'),
  compareDesc: (lang: Lang) =>
    lang === 'de'
      ? 'Je Kennzahl ein Balken für jeden Zeitraum; die Balken einer Zeile sind zueinander maßstäblich.'
      : 'One bar per period for each key figure; the bars of a row are to scale with each other.',
  chartCompare: (a: string, b: string, lang: Lang) => (lang === 'de' ? `Kennzahlen ${a} und ${b}` : `Key figures ${a} and ${b}`),
} as const;
