// The words of `netzwerk directory`. The public pages (the Wegweiser, its accessibility statement,
// the page in Leichte Sprache) take theirs from the translation files (translations/*.arb,
// src/i18n/translations.ts): one file a language, plural rules from Intl. What only the partner
// directory for the network says (de and en, like every command's output) is NETWORK_WORDS here;
// the table's column names are DIRECTORY_TABLE_WORDS.
import type { Theme } from './themes.js';
import type { MeetingType, Sector } from '../../model/vocabulary.js';
import type { Lang } from '../../i18n/lang.js';
import type { Translator } from '../../load/translations.js';

/** The words the page's renderer uses, for one audience and one language. */
export interface DirectoryWords {
  title: { network: string; public: string };
  subtitle: { network: (region: string) => string; public: (region: string) => string };
  asOf: string;
  emergency: string;
  police: string;
  rescue: string;
  contents: string;
  bySector: string;
  byTheme: string;
  byMunicipality: string;
  institutions: { network: string; public: string };
  wholeRegion: (region: string) => string;
  wholeRegionHeading: string;
  alsoWholeRegion: (count: number) => string;
  noLocal: string;
  serves: string;
  institution: string;
  address: string;
  phone: string;
  email: string;
  website: string;
  persons: string;
  viaInstitution: string;
  viaCoordination: string;
  insofa: string;
  insofaLong: string;
  insofaHeading: string;
  insofaIntro: string;
  insofaParents: string;
  insofaViaInstitution: string;
  insofaNone: string;
  eventsHeading: { network: string; public: string };
  eventsNone: string;
  cancelled: string;
  place: string;
  online: string;
  topics: string;
  time: (from: string, to: string | undefined) => string;
  coordinationHeading: string;
  coordinationIntro: string;
  coordinationOffices: string;
  filter: {
    label: string;
    municipality: string;
    sector: string;
    theme: string;
    allMunicipalities: string;
    allSectors: string;
    allThemes: string;
    none: string;
  };
  footer: string;
}

/** What only the partner directory (audience network) says, in the languages of the command line. */
const NETWORK_WORDS: Record<
  Lang,
  { title: string; subtitle: (region: string) => string; bySector: string; institutions: string; eventsHeading: string; sector: string; allSectors: string }
> = {
  de: {
    title: 'Partnerverzeichnis',
    subtitle: (region) => `Die Partner des Netzwerks mit Anschrift und Ansprechpersonen – ${region}`,
    bySector: 'Nach Bereich',
    institutions: 'Partner nach Bereich',
    eventsHeading: 'Öffentliche Veranstaltungen',
    sector: 'Bereich',
    allSectors: 'alle Bereiche',
  },
  en: {
    title: 'Partner directory',
    subtitle: (region) => `The network's partners with address and contact persons – ${region}`,
    bySector: 'By sector',
    institutions: 'Partners by sector',
    eventsHeading: 'Public events',
    sector: 'Sector',
    allSectors: 'all sectors',
  },
};

/** The page's words: the public ones from the translation file of the page's language, the network's from NETWORK_WORDS (`lang`: de or en). */
export function directoryWords(t: Translator, lang: Lang): DirectoryWords {
  const n = NETWORK_WORDS[lang];
  const m = (key: string, params?: Record<string, string | number>) => t.t(key, params);
  return {
    title: { network: n.title, public: m('title_public') },
    subtitle: { network: n.subtitle, public: (region) => m('subtitle_public', { region }) },
    asOf: m('as_of'),
    emergency: m('emergency'),
    police: m('police'),
    rescue: m('rescue'),
    contents: m('contents'),
    bySector: n.bySector,
    byTheme: m('by_theme'),
    byMunicipality: m('by_municipality'),
    institutions: { network: n.institutions, public: m('institutions_public') },
    wholeRegion: (region) => m('whole_region', { region }),
    wholeRegionHeading: m('whole_region_heading'),
    alsoWholeRegion: (count) => m('also_whole_region', { count }),
    noLocal: m('no_local'),
    serves: m('serves'),
    institution: m('institution'),
    address: m('address'),
    phone: m('phone'),
    email: m('email'),
    website: m('website'),
    persons: m('persons'),
    viaInstitution: m('via_institution'),
    viaCoordination: m('via_coordination'),
    insofa: m('insofa'),
    insofaLong: m('insofa_long'),
    insofaHeading: m('insofa_heading'),
    insofaIntro: m('insofa_intro'),
    insofaParents: m('insofa_parents'),
    insofaViaInstitution: m('insofa_via_institution'),
    insofaNone: m('insofa_none'),
    eventsHeading: { network: n.eventsHeading, public: m('events_heading_public') },
    eventsNone: m('events_none'),
    cancelled: m('cancelled'),
    place: m('place'),
    online: m('online'),
    topics: m('topics'),
    time: (from, to) => (to ? m('time_range', { from, to }) : m('time_at', { from })),
    coordinationHeading: m('coordination_heading'),
    coordinationIntro: m('coordination_intro'),
    coordinationOffices: m('coordination_offices'),
    filter: {
      label: m('filter_label'),
      municipality: m('filter_municipality'),
      sector: n.sector,
      theme: m('filter_theme'),
      allMunicipalities: m('filter_all_municipalities'),
      allSectors: n.allSectors,
      allThemes: m('filter_all_themes'),
      none: m('filter_none'),
    },
    footer: m('footer'),
  };
}

/** A theme's heading and its sentence (src/products/directory/themes.ts). */
export const themeTitle = (t: Translator, theme: Theme): string => t.t(`theme_${theme}_title`);
export const themeText = (t: Translator, theme: Theme): string => t.t(`theme_${theme}_text`);
/** The institution's kind in the Wegweiser, in the words of parents rather than of the administration. */
export const publicSectorLabel = (t: Translator, sector: Sector): string => t.t(`sector_${sector}`);
/** A public event's kind. */
export const eventTypeLabel = (t: Translator, type: MeetingType): string => t.t(`event_${type}`);

/**
 * The words of the CSV and Excel directory (docs/directory.md), one row per institution, made for
 * a mail merge (Word's Serienbrief takes one row per letter and a column per field): the fixed
 * columns, then the persons in numbered groups (as many groups as the institution with the most
 * persons has, at least one); the values of the yes/no cells and the InsoFa offer.
 */
export interface DirectoryTableWords {
  fixed: readonly string[];
  person: (n: number) => readonly string[];
  yes: string;
  persons: string;
  institution: string;
  dateFormat: string;
}

export const DIRECTORY_TABLE_WORDS: Readonly<Record<Lang, DirectoryTableWords>> = {
  de: {
    fixed: ['Einrichtung', 'Bereich', 'Thema', 'Zuständig für', 'Straße', 'PLZ', 'Ort', 'Telefon', 'E-Mail', 'Internet', 'InsoFa-Beratung'],
    person: (n) => [`Ansprechperson ${n}`, `Funktion ${n}`, `E-Mail ${n}`, `Telefon ${n}`, `InsoFa ${n}`],
    yes: 'ja',
    persons: 'ja, mit Ansprechperson',
    institution: 'ja, über die Einrichtung',
    dateFormat: 'DD.MM.YYYY',
  },
  en: {
    fixed: ['Institution', 'Sector', 'Topic', 'Serves', 'Street', 'Postal code', 'City', 'Phone', 'E-mail', 'Web', 'InsoFa advice'],
    person: (n) => [`Contact person ${n}`, `Function ${n}`, `E-mail ${n}`, `Phone ${n}`, `InsoFa ${n}`],
    yes: 'yes',
    persons: 'yes, with contact person',
    institution: 'yes, through the institution',
    dateFormat: 'YYYY-MM-DD',
  },
};
