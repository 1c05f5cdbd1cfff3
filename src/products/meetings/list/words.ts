// The words of `netzwerk meetings`, German and English.
import type { Lang } from '../../../i18n/lang.js';

export const MEETINGS_WORDS = {
  de: {
    columns: { date: 'Datum, Zeit', meeting: 'Veranstaltung, Art, Ort', status: 'Status', invited: 'Eingeladen', attendance: 'Teilnahme' },
    id: 'Kennung',
    allDay: 'ganztägig',
    until: (d: string) => `bis ${d}`,
    online: 'online',
    all: (n: number) => `alle Partner (${n})`,
    partners: (n: number) => `${n} Partner`,
    came: (persons: number, organisations: number) =>
      `${persons} ${persons === 1 ? 'Person' : 'Personen'} aus ${organisations} ${organisations === 1 ? 'Einrichtung' : 'Einrichtungen'}`,
    guests: (n: number) => `+ ${n} ${n === 1 ? 'Gast' : 'Gäste'}`,
    none: '–',
    nothing: 'Keine Veranstaltungen im gewählten Zeitraum.',
    count: (n: number) => (n === 1 ? '1 Veranstaltung' : `${n} Veranstaltungen`),
    /** Short forms of the validator's warnings, shown beside the meeting. */
    hints: {
      'meeting-planned-past': 'Datum vorbei: stattgefunden oder abgesagt?',
      'meeting-held-future': 'liegt in der Zukunft',
      'meeting-held-no-attendance': 'Teilnahme fehlt',
      'meeting-invites-departed': 'lädt ausgetretenen Partner ein',
      'file-not-found': 'Protokoll-Datei fehlt',
      'fallkonferenz-details': 'Fallkonferenz: nur Datum, Form, Einrichtungen',
    } as Record<string, string>,
    otherHint: 'siehe netzwerk validate',
  },
  en: {
    columns: { date: 'Date, time', meeting: 'Meeting, type, place', status: 'Status', invited: 'Invited', attendance: 'Attendance' },
    id: 'id',
    allDay: 'all day',
    until: (d: string) => `until ${d}`,
    online: 'online',
    all: (n: number) => `all partners (${n})`,
    partners: (n: number) => `${n} ${n === 1 ? 'partner' : 'partners'}`,
    came: (persons: number, organisations: number) =>
      `${persons} ${persons === 1 ? 'person' : 'persons'} from ${organisations} ${organisations === 1 ? 'organisation' : 'organisations'}`,
    guests: (n: number) => `+ ${n} ${n === 1 ? 'guest' : 'guests'}`,
    none: '–',
    nothing: 'No meetings in the chosen period.',
    count: (n: number) => (n === 1 ? '1 meeting' : `${n} meetings`),
    hints: {
      'meeting-planned-past': 'date passed: held or cancelled?',
      'meeting-held-future': 'lies in the future',
      'meeting-held-no-attendance': 'attendance missing',
      'meeting-invites-departed': 'invites a partner who left',
      'file-not-found': 'minutes file missing',
      'fallkonferenz-details': 'case conference: date, format, institutions only',
    } as Record<string, string>,
    otherHint: 'see netzwerk validate',
  },
} satisfies Record<Lang, unknown>;
