// The domain's fixed vocabulary (FORMAT.md). The JSON Schemas list the same values;
// test/unit/schemas.test.ts keeps the two in step, and src/i18n/labels.ts names each one.

export const SECTORS = [
  'jugendamt',
  'freie_jugendhilfe',
  'kita',
  'schule',
  'schulverwaltung',
  'gesundheitsamt',
  'krankenhaus',
  'heilberufe',
  'sozialpaediatrie',
  'beratungsstelle',
  'schwangerschaftsberatung',
  'suchtberatung',
  'sozialpsychiatrie',
  'gewaltschutz',
  'familienbildung',
  'eingliederungshilfe',
  'sozialleistungen',
  'polizei',
  'ordnungsbehoerde',
  'familiengericht',
  'staatsanwaltschaft',
  'verfahrensbeistand',
  'fruehe_hilfen',
  'sonstige',
] as const;
export type Sector = (typeof SECTORS)[number];

/** The twelve categories of participants named in § 9 Abs. 4 LKiSchG NRW. */
export const CATEGORIES = [
  'jugendamt',
  'traeger_8a',
  'insofa',
  'geheimnistraeger',
  'schule',
  'gesundheitsamt',
  'polizei_ordnung',
  'familiengericht',
  'staatsanwaltschaft',
  'verfahrensbeistand',
  'eingliederungshilfe',
  'fruehe_hilfen',
] as const;
export type Category = (typeof CATEGORIES)[number];

/** Sectors whose staff are secrecy holders under § 4 Abs. 1 KKG. */
export const SECRECY_SECTORS: readonly Sector[] = [
  'heilberufe',
  'krankenhaus',
  'sozialpaediatrie',
  'beratungsstelle',
  'schwangerschaftsberatung',
  'suchtberatung',
  'schule',
];

export const MEETING_TYPES = [
  'netzwerktreffen',
  'auftakt',
  'fachtag',
  'fortbildung',
  'arbeitskreis',
  'steuerungsgruppe',
  'fallkonferenz',
  'informationsveranstaltung',
  'sonstige',
] as const;
export type MeetingType = (typeof MEETING_TYPES)[number];

export const MEETING_STATUSES = ['planned', 'held', 'cancelled'] as const;
export type MeetingStatus = (typeof MEETING_STATUSES)[number];

export const AGREEMENT_TYPES = ['kooperationsvereinbarung', 'vereinbarung_8a', 'leitbild', 'verfahrensabsprache', 'datenschutz', 'sonstige'] as const;
export type AgreementType = (typeof AGREEMENT_TYPES)[number];

export const AGREEMENT_STATUSES = ['draft', 'in_signature', 'in_force', 'expired', 'terminated'] as const;
export type AgreementStatus = (typeof AGREEMENT_STATUSES)[number];

export const VISIBILITIES = ['internal', 'network', 'public'] as const;
export type Visibility = (typeof VISIBILITIES)[number];

/** How a letter addresses a person (FORMAT.md, third stage); absent: "Guten Tag" with the full name. */
export type Salutation = 'Frau' | 'Herr';

/** DIN 5008 form of the letters (network.yaml `letter_form`): where the window envelope's address field is. */
export type LetterForm = 'A' | 'B';

/** The coordination's work that is not a meeting (FORMAT.md, Extensions): counts and bodies, never persons or cases. */
/** `beteiligung`: families taking part in shaping the network (a survey of parents, a parents' council), counted for the Frühe-Hilfen profile. */
export const ACTIVITY_TYPES = ['vertretung', 'oeffentlichkeitsarbeit', 'fachberatung', 'beteiligung', 'sonstige'] as const;
export type ActivityType = (typeof ACTIVITY_TYPES)[number];

/** The languages of ISO 639-1 (two letters), as the schemas list them (partners' languages, offers, translations). */
export const LANGUAGE_CODES = [
  'aa',
  'ab',
  'ae',
  'af',
  'ak',
  'am',
  'an',
  'ar',
  'as',
  'av',
  'ay',
  'az',
  'ba',
  'be',
  'bg',
  'bh',
  'bi',
  'bm',
  'bn',
  'bo',
  'br',
  'bs',
  'ca',
  'ce',
  'ch',
  'co',
  'cr',
  'cs',
  'cu',
  'cv',
  'cy',
  'da',
  'de',
  'dv',
  'dz',
  'ee',
  'el',
  'en',
  'eo',
  'es',
  'et',
  'eu',
  'fa',
  'ff',
  'fi',
  'fj',
  'fo',
  'fr',
  'fy',
  'ga',
  'gd',
  'gl',
  'gn',
  'gu',
  'gv',
  'ha',
  'he',
  'hi',
  'ho',
  'hr',
  'ht',
  'hu',
  'hy',
  'hz',
  'ia',
  'id',
  'ie',
  'ig',
  'ii',
  'ik',
  'io',
  'is',
  'it',
  'iu',
  'ja',
  'jv',
  'ka',
  'kg',
  'ki',
  'kj',
  'kk',
  'kl',
  'km',
  'kn',
  'ko',
  'kr',
  'ks',
  'ku',
  'kv',
  'kw',
  'ky',
  'la',
  'lb',
  'lg',
  'li',
  'ln',
  'lo',
  'lt',
  'lu',
  'lv',
  'mg',
  'mh',
  'mi',
  'mk',
  'ml',
  'mn',
  'mr',
  'ms',
  'mt',
  'my',
  'na',
  'nb',
  'nd',
  'ne',
  'ng',
  'nl',
  'nn',
  'no',
  'nr',
  'nv',
  'ny',
  'oc',
  'oj',
  'om',
  'or',
  'os',
  'pa',
  'pi',
  'pl',
  'ps',
  'pt',
  'qu',
  'rm',
  'rn',
  'ro',
  'ru',
  'rw',
  'sa',
  'sc',
  'sd',
  'se',
  'sg',
  'si',
  'sk',
  'sl',
  'sm',
  'sn',
  'so',
  'sq',
  'sr',
  'ss',
  'st',
  'su',
  'sv',
  'sw',
  'ta',
  'te',
  'tg',
  'th',
  'ti',
  'tk',
  'tl',
  'tn',
  'to',
  'tr',
  'ts',
  'tt',
  'tw',
  'ty',
  'ug',
  'uk',
  'ur',
  'uz',
  've',
  'vi',
  'vo',
  'wa',
  'wo',
  'xh',
  'yi',
  'yo',
  'za',
  'zh',
  'zu',
] as const;

/** Whom a partner's offer is for (partners.yaml, offers[].for). */
export const OFFER_AUDIENCES = ['eltern', 'kinder', 'jugendliche', 'fachkraefte'] as const;
export type OfferAudience = (typeof OFFER_AUDIENCES)[number];

/** What is accessible on site (offers[].accessibility), in the order the Wegweiser lists it. */
export const ACCESS_FEATURES = ['stufenlos', 'aufzug', 'rollstuhl_wc', 'hoeranlage', 'gebaerdensprache', 'leichte_sprache', 'blindenleitsystem'] as const;
export type AccessFeature = (typeof ACCESS_FEATURES)[number];

export const OFFER_COSTS = ['kostenlos', 'gebuehr'] as const;
export type OfferCost = (typeof OFFER_COSTS)[number];

/** The compliance status of the Wegweiser's accessibility statement (network.yaml, accessibility.status). */
export type AccessibilityStatus = 'vollstaendig' | 'teilweise' | 'nicht';
/** What a network is (network.yaml `kind`): a Netzwerk Kinderschutz (§ 9 LKiSchG NRW), a Netzwerk Frühe Hilfen (§ 3 KKG), or both. */
export const NETWORK_KINDS = ['kinderschutz', 'fruehe_hilfen'] as const;
export type NetworkKind = (typeof NETWORK_KINDS)[number];

export const COLLECTIONS = ['partners', 'meetings', 'agreements', 'activities'] as const;
export type Collection = (typeof COLLECTIONS)[number];

export const DEFAULT_TIMEZONE = 'Europe/Berlin';
export const DEFAULT_REVIEW_MONTHS = 12;
export const DEFAULT_RETENTION_MONTHS = 6;
/** targets.insofa_refresher_years: a refresher course of an InsoFa is due after this many years. */
export const DEFAULT_INSOFA_REFRESHER_YEARS = 3;

/** The fields an InsoFa advises on in particular (contacts' `insofa.fields`). */
export const INSOFA_FIELDS = [
  'kita',
  'schule',
  'jugendarbeit',
  'jugendhilfe',
  'behinderung',
  'gesundheit',
  'sexualisierte_gewalt',
  'sucht',
  'psychische_erkrankung',
  'haeusliche_gewalt',
  'fruehe_kindheit',
  'digitale_medien',
] as const;
export type InsofaField = (typeof INSOFA_FIELDS)[number];

/** Whom an InsoFa advises: providers under § 8a Abs. 4 SGB VIII, professionals under § 8b, secrecy holders under § 4 KKG. */
export type InsofaAdvises = 'traeger_8a' | 'fachkraefte_8b' | 'geheimnistraeger_4kkg';

/** A partner's child protection concept (Schutzkonzept). */
export const SCHUTZKONZEPT_STATUSES = ['vorhanden', 'in_arbeit', 'fehlt'] as const;
export type SchutzkonzeptStatus = (typeof SCHUTZKONZEPT_STATUSES)[number];
