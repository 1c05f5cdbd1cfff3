// The words of the sign-in sheet (`netzwerk sheet`) and of its CSV template, German and English.
// The template's headers are also what `netzwerk attendance` recognises (src/products/meetings/attendance/plan.ts),
// so that sheet → fill in → attendance goes round without edits, in either language.
import type { Lang } from '../../../i18n/lang.js';

export interface SheetWords {
  kicker: string;
  when: string;
  place: string;
  online: string;
  organizers: string;
  intro: string;
  privacy: string;
  institutions: (count: number) => string;
  name: string;
  signature: string;
  guests: string;
  guestsIntro: string;
  institutionOrFunction: string;
  /** The PDF's footer. */
  footer: (title: string, day: string) => string;
  /** The CSV template: its header and the row for guests. */
  csv: { institution: string; id: string; persons: string; guests: string };
}

export const SHEET_WORDS: Record<Lang, SheetWords> = {
  de: {
    kicker: 'Teilnahmeliste',
    when: 'Termin',
    place: 'Ort',
    online: 'Online',
    organizers: 'Ausrichtung',
    intro: 'Bitte tragen Sie sich bei Ihrer Einrichtung ein. Wer zu keiner der genannten Einrichtungen gehört, trägt sich bitte am Ende unter „Gäste“ ein.',
    privacy:
      'Datenschutz: Die Namen werden nicht gespeichert. Die Koordinierungsstelle erfasst aus dieser Liste nur, wie viele Personen je Einrichtung teilgenommen haben.',
    institutions: (n) => `Eingeladene Einrichtungen (${n})`,
    name: 'Name',
    signature: 'Unterschrift',
    guests: 'Gäste',
    guestsIntro: 'Teilnehmende, die zu keiner der oben genannten Einrichtungen gehören',
    institutionOrFunction: 'Einrichtung oder Funktion',
    footer: (title, day) => `Teilnahmeliste · ${title} · ${day}`,
    csv: { institution: 'Einrichtung', id: 'Kennung', persons: 'Personen', guests: 'Gäste' },
  },
  en: {
    kicker: 'Sign-in sheet',
    when: 'Date',
    place: 'Place',
    online: 'Online',
    organizers: 'Organised by',
    intro: 'Please sign in under your institution. If you belong to none of the institutions named, please sign in at the end under "Guests".',
    privacy: 'Data protection: the names are not stored. From this list the coordination records only how many persons of each institution took part.',
    institutions: (n) => `Invited institutions (${n})`,
    name: 'Name',
    signature: 'Signature',
    guests: 'Guests',
    guestsIntro: 'Participants who belong to none of the institutions above',
    institutionOrFunction: 'Institution or function',
    footer: (title, day) => `Sign-in sheet · ${title} · ${day}`,
    csv: { institution: 'Institution', id: 'Id', persons: 'Persons', guests: 'Guests' },
  },
};
