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

/** The coordination's work that is not a meeting (FORMAT.md, Extensions): counts and bodies, never persons or cases. */
/** `beteiligung`: families taking part in shaping the network (a survey of parents, a parents' council), counted for the Frühe-Hilfen profile. */
export const ACTIVITY_TYPES = ['vertretung', 'oeffentlichkeitsarbeit', 'fachberatung', 'beteiligung', 'sonstige'] as const;
export type ActivityType = (typeof ACTIVITY_TYPES)[number];

/** What a network is (network.yaml `kind`): a Netzwerk Kinderschutz (§ 9 LKiSchG NRW), a Netzwerk Frühe Hilfen (§ 3 KKG), or both. */
export const NETWORK_KINDS = ['kinderschutz', 'fruehe_hilfen'] as const;
export type NetworkKind = (typeof NETWORK_KINDS)[number];

export const COLLECTIONS = ['partners', 'meetings', 'agreements', 'activities'] as const;
export type Collection = (typeof COLLECTIONS)[number];

export const DEFAULT_TIMEZONE = 'Europe/Berlin';
export const DEFAULT_REVIEW_MONTHS = 12;
export const DEFAULT_RETENTION_MONTHS = 6;
