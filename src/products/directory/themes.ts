// The themes of the public Wegweiser (`directory --audience public`): the sectors grouped the way
// parents look for help ("Beratung für Familien", "Schutz bei Gewalt", "Schule" …), not the way
// the network is organised. Their words are src/products/directory/words.ts (THEME_LABELS).
import type { Sector } from '../../model/vocabulary.js';

/** In the order the Wegweiser shows them. */
export const THEMES = [
  'jugendamt',
  'familienberatung',
  'fruehe_kindheit',
  'familienbildung',
  'gewaltschutz',
  'kita',
  'schule',
  'gesundheit',
  'entwicklung',
  'sucht_psyche',
  'geld_arbeit',
  'polizei',
  'gericht',
  'weitere',
] as const;
export type Theme = (typeof THEMES)[number];

/** Every sector has exactly one theme. */
export const THEME_OF_SECTOR: Readonly<Record<Sector, Theme>> = {
  jugendamt: 'jugendamt',
  freie_jugendhilfe: 'familienberatung',
  beratungsstelle: 'familienberatung',
  schwangerschaftsberatung: 'fruehe_kindheit',
  fruehe_hilfen: 'fruehe_kindheit',
  familienbildung: 'familienbildung',
  gewaltschutz: 'gewaltschutz',
  kita: 'kita',
  schule: 'schule',
  schulverwaltung: 'schule',
  gesundheitsamt: 'gesundheit',
  krankenhaus: 'gesundheit',
  heilberufe: 'gesundheit',
  sozialpaediatrie: 'entwicklung',
  eingliederungshilfe: 'entwicklung',
  suchtberatung: 'sucht_psyche',
  sozialpsychiatrie: 'sucht_psyche',
  sozialleistungen: 'geld_arbeit',
  polizei: 'polizei',
  ordnungsbehoerde: 'polizei',
  familiengericht: 'gericht',
  staatsanwaltschaft: 'gericht',
  verfahrensbeistand: 'gericht',
  sonstige: 'weitere',
};
