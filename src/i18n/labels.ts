// Display names of the domain vocabulary in German and English. This is the one place the
// program takes these names from; test/unit/schemas.test.ts checks that every value has both.
import type {
  AccessFeature,
  ActivityType,
  AgreementStatus,
  AgreementType,
  Category,
  InsofaField,
  MeetingStatus,
  MeetingType,
  OfferAudience,
  OfferCost,
  SchutzkonzeptStatus,
  Sector,
  Visibility,
} from '../model/vocabulary.js';
import type { Lang } from './lang.js';

export type Labels<K extends string> = Readonly<Record<K, Readonly<Record<Lang, string>>>>;

export const SECTOR_LABELS: Labels<Sector> = {
  jugendamt: { de: 'Jugendamt', en: 'Youth welfare office' },
  freie_jugendhilfe: { de: 'Freie Jugendhilfe', en: 'Independent youth welfare providers' },
  kita: { de: 'Kindertagesbetreuung', en: 'Child day care' },
  schule: { de: 'Schule', en: 'School' },
  schulverwaltung: { de: 'Schulverwaltung / Schulträger', en: 'School administration / school authority' },
  gesundheitsamt: { de: 'Gesundheitsamt', en: 'Public health office' },
  krankenhaus: { de: 'Krankenhaus', en: 'Hospital' },
  heilberufe: { de: 'Heilberufe', en: 'Health professions' },
  sozialpaediatrie: { de: 'Sozialpädiatrie / Frühförderung', en: 'Social paediatrics / early intervention' },
  beratungsstelle: { de: 'Beratungsstelle', en: 'Counselling service' },
  schwangerschaftsberatung: { de: 'Schwangerschaftsberatung', en: 'Pregnancy counselling' },
  suchtberatung: { de: 'Suchtberatung', en: 'Addiction counselling' },
  sozialpsychiatrie: { de: 'Sozialpsychiatrie', en: 'Social psychiatry' },
  gewaltschutz: { de: 'Gewaltschutz', en: 'Protection against domestic violence' },
  familienbildung: { de: 'Familienbildung', en: 'Family education' },
  eingliederungshilfe: { de: 'Eingliederungshilfe', en: 'Disability assistance' },
  sozialleistungen: { de: 'Sozialamt / Jobcenter / Agentur für Arbeit', en: 'Social welfare / job centre / employment agency' },
  polizei: { de: 'Polizei', en: 'Police' },
  ordnungsbehoerde: { de: 'Ordnungsbehörde', en: 'Public-order authority' },
  familiengericht: { de: 'Familiengericht', en: 'Family court' },
  staatsanwaltschaft: { de: 'Staatsanwaltschaft', en: "Public prosecutor's office" },
  verfahrensbeistand: { de: 'Verfahrensbeistand', en: "Children's guardian in court proceedings" },
  fruehe_hilfen: { de: 'Frühe Hilfen', en: 'Early childhood intervention (Frühe Hilfen)' },
  sonstige: { de: 'Sonstige', en: 'Other' },
};

export const CATEGORY_LABELS: Labels<Category> = {
  jugendamt: { de: 'Jugendamt (ASD)', en: 'Youth welfare office (general social services)' },
  traeger_8a: {
    de: 'Träger mit Vereinbarung nach § 8a Abs. 4 SGB VIII',
    en: 'Providers with an agreement under § 8a (4) SGB VIII',
  },
  insofa: { de: 'Insoweit erfahrene Fachkräfte', en: 'Child-protection specialists (InsoFa)' },
  geheimnistraeger: {
    de: 'Berufsgeheimnisträger (§ 4 Abs. 1 KKG)',
    en: 'Professionals bound to secrecy (§ 4 (1) KKG)',
  },
  schule: { de: 'Schulen', en: 'Schools' },
  gesundheitsamt: { de: 'Gesundheitsämter', en: 'Public health offices' },
  polizei_ordnung: { de: 'Polizei- und Ordnungsbehörden', en: 'Police and public-order authorities' },
  familiengericht: { de: 'Familiengerichte', en: 'Family courts' },
  staatsanwaltschaft: { de: 'Staatsanwaltschaften', en: "Public prosecutors' offices" },
  verfahrensbeistand: { de: 'Verfahrensbeistände', en: "Children's guardians in court proceedings" },
  eingliederungshilfe: {
    de: 'Träger der Eingliederungshilfe für Minderjährige',
    en: 'Providers of disability assistance for minors',
  },
  fruehe_hilfen: { de: 'Netzwerke Frühe Hilfen', en: 'Early childhood intervention networks' },
};

/**
 * The participants named in § 9 Abs. 4 LKiSchG NRW, one entry per category (German wording
 * of the numbered list in the Act; English translation).
 */
export const CATEGORY_LAW: Labels<Category> = {
  jugendamt: {
    de: 'das Jugendamt, insbesondere der Allgemeine Soziale Dienst',
    en: 'the youth welfare office, in particular its general social services',
  },
  traeger_8a: {
    de: 'Träger von Einrichtungen und Diensten mit Vereinbarungen nach § 8a Absatz 4 des Achten Buches Sozialgesetzbuch',
    en: 'providers of facilities and services with agreements under section 8a (4) of Book Eight of the Social Code',
  },
  insofa: {
    de: 'insoweit erfahrene Fachkräfte',
    en: 'specialists experienced in assessing risks to children (insoweit erfahrene Fachkräfte)',
  },
  geheimnistraeger: {
    de: 'Geheimnisträger gemäß § 4 Absatz 1 des Gesetzes zur Kooperation und Information im Kinderschutz',
    en: 'professionals bound to secrecy under section 4 (1) of the Act on Cooperation and Information in Child Protection',
  },
  schule: { de: 'Schulen', en: 'schools' },
  gesundheitsamt: { de: 'Gesundheitsämter', en: 'public health offices' },
  polizei_ordnung: { de: 'Polizei- und Ordnungsbehörden', en: 'police and public-order authorities' },
  familiengericht: { de: 'Familiengerichte', en: 'family courts' },
  staatsanwaltschaft: { de: 'Staatsanwaltschaften', en: "public prosecutors' offices" },
  verfahrensbeistand: { de: 'Verfahrensbeistände', en: "children's guardians in court proceedings (Verfahrensbeistände)" },
  eingliederungshilfe: {
    de: 'Träger der Eingliederungshilfe für Minderjährige nach dem Neunten Buch Sozialgesetzbuch',
    en: 'providers of disability assistance (Eingliederungshilfe) for minors under Book Nine of the Social Code',
  },
  fruehe_hilfen: { de: 'Netzwerke Frühe Hilfen', en: 'early childhood intervention networks (Netzwerke Frühe Hilfen)' },
};

export const MEETING_TYPE_LABELS: Labels<MeetingType> = {
  netzwerktreffen: { de: 'Netzwerktreffen', en: 'Network meeting' },
  auftakt: { de: 'Auftaktveranstaltung', en: 'Kick-off event' },
  fachtag: { de: 'Fachtag', en: 'Professional conference' },
  fortbildung: { de: 'Fortbildung', en: 'Training' },
  arbeitskreis: { de: 'Arbeitskreis', en: 'Working group' },
  steuerungsgruppe: { de: 'Steuerungsgruppe', en: 'Steering group' },
  fallkonferenz: { de: 'Fallkonferenz', en: 'Case conference' },
  informationsveranstaltung: { de: 'Informationsveranstaltung', en: 'Information event' },
  sonstige: { de: 'Sonstige', en: 'Other' },
};

export const MEETING_STATUS_LABELS: Labels<MeetingStatus> = {
  planned: { de: 'geplant', en: 'planned' },
  held: { de: 'stattgefunden', en: 'held' },
  cancelled: { de: 'abgesagt', en: 'cancelled' },
};

export const AGREEMENT_TYPE_LABELS: Labels<AgreementType> = {
  kooperationsvereinbarung: { de: 'Kooperationsvereinbarung', en: 'Cooperation agreement' },
  vereinbarung_8a: { de: 'Vereinbarung nach § 8a SGB VIII', en: 'Agreement under § 8a SGB VIII' },
  leitbild: { de: 'Leitbild', en: 'Mission statement' },
  verfahrensabsprache: { de: 'Verfahrensabsprache', en: 'Procedural agreement' },
  datenschutz: { de: 'Datenschutzvereinbarung', en: 'Data protection agreement' },
  sonstige: { de: 'Sonstige', en: 'Other' },
};

export const AGREEMENT_STATUS_LABELS: Labels<AgreementStatus> = {
  draft: { de: 'Entwurf', en: 'draft' },
  in_signature: { de: 'in Unterzeichnung', en: 'awaiting signatures' },
  in_force: { de: 'in Kraft', en: 'in force' },
  expired: { de: 'abgelaufen', en: 'expired' },
  terminated: { de: 'gekündigt', en: 'terminated' },
};

export const ACTIVITY_TYPE_LABELS: Labels<ActivityType> = {
  vertretung: { de: 'Vertretung des Netzwerks', en: 'Representing the network' },
  oeffentlichkeitsarbeit: { de: 'Öffentlichkeitsarbeit', en: 'Public information' },
  fachberatung: { de: 'Fachberatung', en: 'Advice to professionals' },
  beteiligung: { de: 'Beteiligung von Familien', en: 'Participation of families' },
  sonstige: { de: 'Sonstige', en: 'Other' },
};

export const INSOFA_FIELD_LABELS: Labels<InsofaField> = {
  kita: { de: 'Kita', en: 'day care' },
  schule: { de: 'Schule', en: 'school' },
  jugendarbeit: { de: 'Jugendarbeit', en: 'youth work' },
  jugendhilfe: { de: 'Jugendhilfe', en: 'youth welfare' },
  behinderung: { de: 'Behinderung', en: 'disability' },
  gesundheit: { de: 'Gesundheit', en: 'health' },
  sexualisierte_gewalt: { de: 'sexualisierte Gewalt', en: 'sexualised violence' },
  sucht: { de: 'Sucht', en: 'addiction' },
  psychische_erkrankung: { de: 'psychische Erkrankung', en: 'mental illness' },
  haeusliche_gewalt: { de: 'häusliche Gewalt', en: 'domestic violence' },
  fruehe_kindheit: { de: 'frühe Kindheit', en: 'early childhood' },
  digitale_medien: { de: 'digitale Medien', en: 'digital media' },
};

export const SCHUTZKONZEPT_LABELS: Labels<SchutzkonzeptStatus | 'unbekannt'> = {
  vorhanden: { de: 'vorhanden', en: 'in place' },
  in_arbeit: { de: 'in Arbeit', en: 'in progress' },
  fehlt: { de: 'fehlt', en: 'none' },
  unbekannt: { de: 'unbekannt', en: 'unknown' },
};

export const VISIBILITY_LABELS: Labels<Visibility> = {
  internal: { de: 'intern', en: 'internal' },
  network: { de: 'Netzwerk', en: 'network' },
  public: { de: 'öffentlich', en: 'public' },
};

/** Whom an offer is for, what it costs, what is accessible on site (as `set` and `add` read them; the Wegweiser's own words are in translations/). */
export const OFFER_AUDIENCE_LABELS: Labels<OfferAudience> = {
  eltern: { de: 'Eltern', en: 'parents' },
  kinder: { de: 'Kinder', en: 'children' },
  jugendliche: { de: 'Jugendliche', en: 'young people' },
  fachkraefte: { de: 'Fachkräfte', en: 'professionals' },
};

export const OFFER_COST_LABELS: Labels<OfferCost> = {
  kostenlos: { de: 'kostenlos', en: 'free of charge' },
  gebuehr: { de: 'Gebühr', en: 'fee' },
};

export const ACCESS_FEATURE_LABELS: Labels<AccessFeature> = {
  stufenlos: { de: 'stufenlos', en: 'step-free' },
  aufzug: { de: 'Aufzug', en: 'lift' },
  rollstuhl_wc: { de: 'Rollstuhl-WC', en: 'wheelchair-accessible toilet' },
  hoeranlage: { de: 'Höranlage', en: 'hearing loop' },
  gebaerdensprache: { de: 'Gebärdensprache', en: 'sign language' },
  leichte_sprache: { de: 'Leichte Sprache', en: 'easy-to-read language' },
  blindenleitsystem: { de: 'Blindenleitsystem', en: 'tactile guidance' },
};

/** The label of `key` in `lang`; falls back to the key itself for a value the table lacks. */
export function label<K extends string>(table: Labels<K>, key: K, lang: Lang): string {
  const entry = Object.prototype.hasOwnProperty.call(table, key) ? table[key] : undefined;
  return entry?.[lang] ?? key;
}
