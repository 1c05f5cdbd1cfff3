// Display names of the Frühe-Hilfen vocabulary (src/model/fruehe-hilfen.ts) and of the network's
// kind, in German and English. The German of the NZFH's actor types follows the NZFH's monitoring
// where docs/format.md says it was confirmed; the kinds of § 3 Abs. 2 KKG follow the law's words.
import type { ActorType, KkgKind } from '../model/fruehe-hilfen.js';
import type { NetworkKind } from '../model/vocabulary.js';
import type { Labels } from './labels.js';

export const NETWORK_KIND_LABELS: Labels<NetworkKind> = {
  kinderschutz: { de: 'Netzwerk Kinderschutz', en: 'Child protection network' },
  fruehe_hilfen: { de: 'Netzwerk Frühe Hilfen', en: 'Early childhood intervention network (Frühe Hilfen)' },
};

export const ACTOR_TYPE_LABELS: Labels<ActorType> = {
  asd: { de: 'Allgemeiner Sozialdienst', en: 'General social services (ASD)' },
  beratungsstelle_erziehung: { de: 'Erziehungs-/Ehe-/Familien- und Lebensberatungsstellen', en: 'Parenting, marriage, family and life counselling services' },
  kita: { de: 'Kindertageseinrichtungen', en: 'Day-care centres' },
  fachberatung_kita: { de: 'Fachberatung Kindertagesbetreuung', en: 'Specialist advice for child day care' },
  familienzentrum: { de: 'Familienzentren', en: 'Family centres' },
  hilfen_zur_erziehung: { de: 'Einrichtungen und Dienste der Hilfen zur Erziehung', en: 'Child and youth welfare services (Hilfen zur Erziehung)' },
  familienbildung: { de: 'Familienbildungsstätten', en: 'Family education centres' },
  mehrgenerationenhaus: { de: 'Mehrgenerationenhäuser', en: 'Multi-generation houses' },
  schwangerschaftsberatung: { de: 'Schwangerschaftsberatungsstellen', en: 'Pregnancy counselling services' },
  familienhebamme: {
    de: 'Familienhebammen / Familien-Gesundheits- und Kinderkrankenpflegende',
    en: 'Family midwives / family health and paediatric nurses',
  },
  hebamme: { de: 'niedergelassene Hebammen', en: 'Midwives in private practice' },
  frauenarztpraxis: { de: 'frauenärztliche Praxen', en: 'Gynaecological practices' },
  kinderarztpraxis: { de: 'kinderärztliche Praxen', en: 'Paediatric practices' },
  geburtsklinik: { de: 'Geburtskliniken', en: 'Maternity clinics' },
  kinderklinik: { de: 'Kinderkliniken', en: "Children's hospitals" },
  sozialpsychiatrischer_dienst: { de: 'Sozialpsychiatrische Dienste', en: 'Social psychiatric services' },
  gesundheitsamt: { de: 'Gesundheitsamt', en: 'Public health office' },
  fruehfoerderstelle: { de: 'Frühförderstellen', en: 'Early intervention centres' },
  sozialpaediatrisches_zentrum: { de: 'Sozialpädiatrische Zentren', en: 'Social paediatric centres' },
  sozialamt: { de: 'Sozialamt', en: 'Social welfare office' },
  agentur_fuer_arbeit: { de: 'Agentur für Arbeit', en: 'Employment agency' },
  beratung_soziale_problemlagen: { de: 'Beratungsstellen für soziale Problemlagen', en: 'Counselling services for social problems' },
  gewaltschutz: {
    de: 'Einrichtungen und Dienste zum Schutz gegen Gewalt in engen sozialen Beziehungen',
    en: 'Services for protection against violence in close relationships',
  },
  muettergenesung: { de: 'Einrichtungen und Dienste zur Müttergenesung', en: "Mothers' recuperation services" },
  eingliederungshilfe: { de: 'Leistungserbringer der Eingliederungshilfe', en: 'Providers of disability assistance' },
  schule: { de: 'Schulen', en: 'Schools' },
  polizei_ordnung: { de: 'Polizei- und Ordnungsbehörden', en: 'Police and public-order authorities' },
  familiengericht: { de: 'Familiengerichte', en: 'Family courts' },
  heilberufe: { de: 'weitere Angehörige der Heilberufe', en: 'Other health professionals' },
  sonstige: { de: 'Sonstige', en: 'Other' },
};

/** The partners of § 3 Abs. 2 KKG in the law's words (the English is our own rendering). */
export const KKG_KIND_LABELS: Labels<KkgKind> = {
  jugendhilfe: { de: 'Einrichtungen und Dienste der öffentlichen und freien Jugendhilfe', en: 'Public and independent youth welfare services' },
  eingliederungshilfe: {
    de: 'Leistungserbringer, mit denen Verträge nach § 125 SGB IX bestehen',
    en: 'Providers with contracts under § 125 SGB IX',
  },
  gesundheitsaemter: { de: 'Gesundheitsämter', en: 'Public health offices' },
  sozialaemter: { de: 'Sozialämter', en: 'Social welfare offices' },
  schulen: { de: 'Schulen', en: 'Schools' },
  polizei_ordnung: { de: 'Polizei- und Ordnungsbehörden', en: 'Police and public-order authorities' },
  agenturen_fuer_arbeit: { de: 'Agenturen für Arbeit', en: 'Employment agencies' },
  krankenhaeuser: { de: 'Krankenhäuser', en: 'Hospitals' },
  sozialpaediatrische_zentren: { de: 'Sozialpädiatrische Zentren', en: 'Social paediatric centres' },
  fruehfoerderstellen: { de: 'Frühförderstellen', en: 'Early intervention centres' },
  beratung_soziale_problemlagen: { de: 'Beratungsstellen für soziale Problemlagen', en: 'Counselling services for social problems' },
  schwangerschaftsberatung: {
    de: 'Beratungsstellen nach den §§ 3 und 8 des Schwangerschaftskonfliktgesetzes',
    en: 'Counselling services under §§ 3 and 8 of the Pregnancy Conflict Act',
  },
  muettergenesung: { de: 'Einrichtungen und Dienste zur Müttergenesung', en: "Mothers' recuperation services" },
  gewaltschutz: {
    de: 'Einrichtungen und Dienste zum Schutz gegen Gewalt in engen sozialen Beziehungen',
    en: 'Services for protection against violence in close relationships',
  },
  mehrgenerationenhaeuser: { de: 'Mehrgenerationenhäuser', en: 'Multi-generation houses' },
  familienbildungsstaetten: { de: 'Familienbildungsstätten', en: 'Family education centres' },
  familiengerichte: { de: 'Familiengerichte', en: 'Family courts' },
  heilberufe: { de: 'Angehörige der Heilberufe', en: 'Health professionals' },
};
