// The sector of an institution from the words people use for it in their lists ("Grundschule",
// "Kita", "Polizei", "Beratungsstelle" …), from the labels netzwerk itself writes (its CSV export)
// and from the keys of the format. A value none of these fit is reported with a suggestion.
import { SECTOR_LABELS } from '../../../i18n/labels.js';
import { LANGS } from '../../../i18n/lang.js';
import { SECTORS, type Sector } from '../../../model/vocabulary.js';
import { foldText } from '../../../model/slug.js';
import { suggest } from '../../../suggest.js';

/** Words (folded: lower case, umlauts written out) that name a sector, alone or as part of a longer name. */
const SYNONYMS: Record<Sector, readonly string[]> = {
  jugendamt: ['jugendamt', 'asd', 'allgemeiner sozialer dienst', 'kommunaler sozialer dienst', 'jugend und familie', 'fachbereich jugend'],
  freie_jugendhilfe: [
    'freie jugendhilfe',
    'freier traeger',
    'jugendhilfe',
    'hilfen zur erziehung',
    'hze',
    'kinderschutzbund',
    'jugendzentrum',
    'jugendtreff',
    'offene kinder- und jugendarbeit',
    'ojt',
    'wohngruppe',
    'kinderdorf',
  ],
  kita: [
    'kita',
    'kitas',
    'kindertagesstaette',
    'kindertageseinrichtung',
    'kindertagesbetreuung',
    'kindergarten',
    'familienzentrum',
    'kindertagespflege',
    'tagespflege',
    'krippe',
  ],
  schule: [
    'schule',
    'grundschule',
    'hauptschule',
    'realschule',
    'gesamtschule',
    'sekundarschule',
    'gymnasium',
    'foerderschule',
    'berufskolleg',
    'ogs',
    'offener ganztag',
    'schulsozialarbeit',
  ],
  schulverwaltung: [
    'schulverwaltung',
    'schultraeger',
    'schulamt',
    'schulaufsicht',
    'schulpsychologie',
    'schulpsychologischer dienst',
    'schulpsychologische beratungsstelle',
  ],
  gesundheitsamt: ['gesundheitsamt', 'gesundheitsdienst', 'kinder- und jugendgesundheitsdienst', 'kinder- und jugendaerztlicher dienst'],
  krankenhaus: ['krankenhaus', 'klinik', 'kinderklinik', 'klinikum', 'hospital', 'geburtsklinik', 'kinder- und jugendpsychiatrie'],
  heilberufe: [
    'heilberufe',
    'arztpraxis',
    'praxis',
    'kinderarzt',
    'kinderaerztin',
    'kinderarztpraxis',
    'frauenarzt',
    'frauenaerztin',
    'gynaekologie',
    'hebamme',
    'psychotherapie',
    'psychotherapeut',
    'psychotherapeutin',
    'arzt',
    'aerztin',
  ],
  sozialpaediatrie: ['sozialpaediatrie', 'spz', 'sozialpaediatrisches zentrum', 'fruehfoerderung', 'fruehfoerderstelle'],
  beratungsstelle: [
    'beratungsstelle',
    'beratung',
    'erziehungsberatung',
    'erziehungsberatungsstelle',
    'familienberatung',
    'psychologische beratungsstelle',
    'lebensberatung',
    'eb',
  ],
  schwangerschaftsberatung: ['schwangerschaftsberatung', 'schwangerschaftskonfliktberatung', 'pro familia', 'donum vitae', 'skf'],
  suchtberatung: ['suchtberatung', 'suchthilfe', 'drogenberatung', 'suchtberatungsstelle'],
  sozialpsychiatrie: ['sozialpsychiatrie', 'sozialpsychiatrischer dienst', 'spdi'],
  gewaltschutz: ['gewaltschutz', 'frauenhaus', 'frauenberatungsstelle', 'opferschutz', 'interventionsstelle', 'haeusliche gewalt'],
  familienbildung: ['familienbildung', 'familienbildungsstaette', 'mehrgenerationenhaus', 'elternkurs', 'elternschule'],
  eingliederungshilfe: ['eingliederungshilfe', 'lebenshilfe', 'behindertenhilfe'],
  sozialleistungen: ['sozialleistungen', 'sozialamt', 'jobcenter', 'agentur fuer arbeit', 'arbeitsagentur'],
  polizei: ['polizei', 'kreispolizeibehoerde', 'polizeipraesidium', 'polizeiwache', 'kriminalpraevention'],
  ordnungsbehoerde: ['ordnungsbehoerde', 'ordnungsamt'],
  familiengericht: ['familiengericht', 'amtsgericht'],
  staatsanwaltschaft: ['staatsanwaltschaft'],
  verfahrensbeistand: ['verfahrensbeistand', 'verfahrensbeistaende', 'verfahrensbeistandschaft'],
  fruehe_hilfen: ['fruehe hilfen', 'familienhebamme', 'familienhebammen', 'willkommensbesuch'],
  sonstige: ['sonstige', 'sonstiges', 'andere', 'other'],
};

const fold = (text: string) => foldText(text).replace(/[_/]+/g, ' ').replace(/\s+/g, ' ').trim();

/** Every name of every sector, folded: key, labels in each language, synonyms. */
const NAMES: [string, Sector][] = SECTORS.flatMap((s) =>
  [s, s.replace(/_/g, ' '), ...LANGS.map((l) => SECTOR_LABELS[s][l]), ...SYNONYMS[s]].map((n): [string, Sector] => [fold(n), s]),
);
const EXACT = new Map(NAMES);

/** The sector a cell names ("Grundschule", "Kindertagesbetreuung", "kita"), or undefined. */
export function sectorOf(value: string): Sector | undefined {
  const v = fold(value);
  if (v === '') return undefined;
  return EXACT.get(v) ?? EXACT.get(v.replace(/n$/, '')) ?? undefined;
}

/** The sector an institution's name suggests ("Grundschule am Park" → schule), by its words; longest name first. */
export function sectorFromName(name: string): Sector | undefined {
  const text = ` ${fold(name).replace(/[^a-z0-9 -]/g, ' ')} `;
  const hits = NAMES.filter(
    ([n]) => n.length >= 3 && (text.includes(` ${n} `) || text.includes(` ${n}-`) || (n.length >= 6 && new RegExp(`[a-z]${escape(n)} `).test(text))),
  );
  hits.sort((a, b) => b[0].length - a[0].length);
  return hits[0]?.[1];
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The closest sector key for a value no name fits (a typo: "Polzei" → polizei). */
export function suggestSector(value: string): Sector | undefined {
  const close = suggest(
    value,
    NAMES.map(([n]) => n),
  );
  return close === undefined ? undefined : EXACT.get(close);
}
