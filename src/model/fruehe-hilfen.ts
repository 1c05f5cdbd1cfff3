// The vocabulary of the Frühe-Hilfen profile (docs/report.md, "Profil Frühe Hilfen"): the kinds
// of partners that § 3 Abs. 2 KKG wants in the network, the actor types the Nationales Zentrum
// Frühe Hilfen (NZFH) counts, and how a partner's sector or actor type tells its kind. Which of the
// actor types the NZFH's own list was confirmed for, and which come from § 3 Abs. 2 KKG, is said
// in docs/format.md; src/i18n/labels-fruehe-hilfen.ts names each value.
import type { Sector } from './vocabulary.js';

/** The partners named in § 3 Abs. 2 KKG, in the law's order. */
export const KKG_KINDS = [
  'jugendhilfe',
  'eingliederungshilfe',
  'gesundheitsaemter',
  'sozialaemter',
  'schulen',
  'polizei_ordnung',
  'agenturen_fuer_arbeit',
  'krankenhaeuser',
  'sozialpaediatrische_zentren',
  'fruehfoerderstellen',
  'beratung_soziale_problemlagen',
  'schwangerschaftsberatung',
  'muettergenesung',
  'gewaltschutz',
  'mehrgenerationenhaeuser',
  'familienbildungsstaetten',
  'familiengerichte',
  'heilberufe',
] as const;
export type KkgKind = (typeof KKG_KINDS)[number];

/**
 * The actor types of a Netzwerk Frühe Hilfen (partner field `actor_type`): first those of the
 * NZFH's monitoring of the networks, then further partners of § 3 Abs. 2 KKG, then `sonstige`.
 */
export const ACTOR_TYPES = [
  'asd',
  'beratungsstelle_erziehung',
  'kita',
  'fachberatung_kita',
  'familienzentrum',
  'hilfen_zur_erziehung',
  'familienbildung',
  'mehrgenerationenhaus',
  'schwangerschaftsberatung',
  'familienhebamme',
  'hebamme',
  'frauenarztpraxis',
  'kinderarztpraxis',
  'geburtsklinik',
  'kinderklinik',
  'sozialpsychiatrischer_dienst',
  'gesundheitsamt',
  'fruehfoerderstelle',
  'sozialpaediatrisches_zentrum',
  'sozialamt',
  'agentur_fuer_arbeit',
  'beratung_soziale_problemlagen',
  'gewaltschutz',
  'muettergenesung',
  'eingliederungshilfe',
  'schule',
  'polizei_ordnung',
  'familiengericht',
  'heilberufe',
  'sonstige',
] as const;
export type ActorType = (typeof ACTOR_TYPES)[number];

/** The kind of § 3 Abs. 2 KKG each actor type belongs to; absent: none of the law's list. */
const KKG_KIND_OF_ACTOR: Readonly<Partial<Record<ActorType, KkgKind>>> = {
  asd: 'jugendhilfe',
  beratungsstelle_erziehung: 'jugendhilfe',
  kita: 'jugendhilfe',
  fachberatung_kita: 'jugendhilfe',
  familienzentrum: 'jugendhilfe',
  hilfen_zur_erziehung: 'jugendhilfe',
  familienbildung: 'familienbildungsstaetten',
  mehrgenerationenhaus: 'mehrgenerationenhaeuser',
  schwangerschaftsberatung: 'schwangerschaftsberatung',
  familienhebamme: 'heilberufe',
  hebamme: 'heilberufe',
  frauenarztpraxis: 'heilberufe',
  kinderarztpraxis: 'heilberufe',
  geburtsklinik: 'krankenhaeuser',
  kinderklinik: 'krankenhaeuser',
  gesundheitsamt: 'gesundheitsaemter',
  fruehfoerderstelle: 'fruehfoerderstellen',
  sozialpaediatrisches_zentrum: 'sozialpaediatrische_zentren',
  sozialamt: 'sozialaemter',
  agentur_fuer_arbeit: 'agenturen_fuer_arbeit',
  beratung_soziale_problemlagen: 'beratung_soziale_problemlagen',
  gewaltschutz: 'gewaltschutz',
  muettergenesung: 'muettergenesung',
  eingliederungshilfe: 'eingliederungshilfe',
  schule: 'schulen',
  polizei_ordnung: 'polizei_ordnung',
  familiengericht: 'familiengerichte',
  heilberufe: 'heilberufe',
};

/**
 * The actor type a partner without `actor_type` has, where its sector allows only one (a
 * Jugendamt takes part through its Allgemeiner Sozialdienst); sectors that hold several types
 * (a hospital: maternity or children's clinic) have none.
 */
export const ACTOR_TYPE_OF_SECTOR: Readonly<Partial<Record<Sector, ActorType>>> = {
  jugendamt: 'asd',
  kita: 'kita',
  schule: 'schule',
  gesundheitsamt: 'gesundheitsamt',
  beratungsstelle: 'beratungsstelle_erziehung',
  schwangerschaftsberatung: 'schwangerschaftsberatung',
  suchtberatung: 'beratung_soziale_problemlagen',
  sozialpsychiatrie: 'sozialpsychiatrischer_dienst',
  gewaltschutz: 'gewaltschutz',
  familienbildung: 'familienbildung',
  eingliederungshilfe: 'eingliederungshilfe',
  polizei: 'polizei_ordnung',
  ordnungsbehoerde: 'polizei_ordnung',
  familiengericht: 'familiengericht',
};

/** The kind of § 3 Abs. 2 KKG of sectors whose actor type is open but whose kind is not. */
const KKG_KIND_OF_SECTOR: Readonly<Partial<Record<Sector, KkgKind>>> = {
  freie_jugendhilfe: 'jugendhilfe',
  krankenhaus: 'krankenhaeuser',
  heilberufe: 'heilberufe',
};

/** A partner's kind of § 3 Abs. 2 KKG: by its actor type (given or from its sector), else by its sector; undefined when neither tells. */
export function kkgKindOf(partner: { sector: Sector; actor_type?: ActorType }): KkgKind | undefined {
  return partner.actor_type === undefined ? KKG_KIND_OF_SECTOR[partner.sector] : KKG_KIND_OF_ACTOR[partner.actor_type];
}
