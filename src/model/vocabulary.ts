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
export const ACTIVITY_TYPES = ['vertretung', 'oeffentlichkeitsarbeit', 'fachberatung', 'sonstige'] as const;
export type ActivityType = (typeof ACTIVITY_TYPES)[number];

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
