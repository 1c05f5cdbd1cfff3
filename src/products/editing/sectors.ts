// The sector of an institution from the words people use for it in their lists ("Grundschule",
// "Kita", "Polizei", "Beratungsstelle" …), from the labels netzwerk itself writes (its CSV export)
// and from the keys of the format. A value none of these fit is reported with a suggestion.
import { SECTOR_LABELS } from '../../i18n/labels.js';
import { LANGS } from '../../i18n/lang.js';
import { SECTORS, type Sector } from '../../model/vocabulary.js';
import { foldText } from '../../model/slug.js';
import { suggest } from '../../suggest.js';
import { UsageError } from '../../errors.js';

/** Words (folded: lower case, umlauts written out) that name a sector, alone or as part of a longer name. */
const SYNONYMS: Record<Sector, readonly string[]> = {
  jugendamt: [
    'jugendamt',
    'asd',
    'allgemeiner sozialer dienst',
    'kommunaler sozialer dienst',
    'jugend und familie',
    'fachbereich jugend',
    'bezirkssozialdienst',
    'jugendgerichtshilfe',
    'kreisjugendamt',
    'stadtjugendamt',
    'amt fuer kinder jugend und familie',
  ],
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
    'kinder- und jugendhilfe',
    'jugendhilfeeinrichtung',
    'kinderheim',
    'heilpaedagogik',
    'ambulante hilfen',
    'sozialpaedagogische familienhilfe',
    'spfh',
    'erziehungsstelle',
    'streetwork',
    'jugendarbeit',
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
    'weiterfuehrende schule',
    'gemeinschaftsschule',
    'primarschule',
    'sekundarstufe',
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
  gesundheitsamt: [
    'gesundheitsamt',
    'gesundheitsdienst',
    'kinder- und jugendgesundheitsdienst',
    'kinder- und jugendaerztlicher dienst',
    'fachbereich gesundheit',
    'oeffentlicher gesundheitsdienst',
  ],
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
    'kinder- und jugendpsychiater',
    'kinderpsychiatrie praxis',
    'logopaedie',
    'ergotherapie',
    'physiotherapie',
  ],
  sozialpaediatrie: [
    'sozialpaediatrie',
    'spz',
    'sozialpaediatrisches zentrum',
    'fruehfoerderung',
    'fruehfoerderstelle',
    'interdisziplinaere fruehfoerderung',
    'heilpaedagogische fruehfoerderung',
  ],
  beratungsstelle: [
    'beratungsstelle',
    'beratung',
    'erziehungsberatung',
    'erziehungsberatungsstelle',
    'familienberatung',
    'psychologische beratungsstelle',
    'lebensberatung',
    'eb',
    'kinderschutzzentrum',
    'jugendberatung',
    'familien- und lebensberatung',
  ],
  schwangerschaftsberatung: [
    'schwangerschaftsberatung',
    'schwangerschaftskonfliktberatung',
    'pro familia',
    'donum vitae',
    'skf',
    'schwangerenberatung',
    'sozialdienst katholischer frauen',
  ],
  suchtberatung: ['suchtberatung', 'suchthilfe', 'drogenberatung', 'suchtberatungsstelle'],
  sozialpsychiatrie: ['sozialpsychiatrie', 'sozialpsychiatrischer dienst', 'spdi'],
  gewaltschutz: ['gewaltschutz', 'frauenhaus', 'frauenberatungsstelle', 'opferschutz', 'interventionsstelle', 'haeusliche gewalt'],
  familienbildung: ['familienbildung', 'familienbildungsstaette', 'mehrgenerationenhaus', 'elternkurs', 'elternschule'],
  eingliederungshilfe: ['eingliederungshilfe', 'lebenshilfe', 'behindertenhilfe', 'heilpaedagogisches zentrum', 'autismus', 'teilhabe'],
  sozialleistungen: ['sozialleistungen', 'sozialamt', 'jobcenter', 'agentur fuer arbeit', 'arbeitsagentur'],
  polizei: ['polizei', 'kreispolizeibehoerde', 'polizeipraesidium', 'polizeiwache', 'kriminalpraevention', 'kriminalkommissariat', 'opferschutz polizei'],
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

/**
 * The sectors a cell names when it names several ("Frühförderung / Eingliederungshilfe", "Schule und
 * Jugendhilfe"), best first: a sector that is itself a category of § 9 Abs. 4 LKiSchG NRW
 * (eingliederungshilfe, schule …) before one that is not, else in the cell's order. Never a sector
 * none of its parts names.
 */
export function sectorsIn(value: string): Sector[] {
  const parts = value
    .split(/\s*(?:[/,;&+|]|\bund\b|\boder\b|\bsowie\b)\s*/i)
    .map((p) => p.trim())
    .filter(Boolean);
  const found = [...new Set(parts.map((p) => sectorOf(p) ?? sectorFromName(p)).filter((s): s is Sector => s !== undefined))];
  return [...found.filter((s) => CATEGORY_SECTORS.has(s)), ...found.filter((s) => !CATEGORY_SECTORS.has(s))];
}

/** Sectors that are themselves categories of § 9 Abs. 4 (what a report is asked about). */
const CATEGORY_SECTORS = new Set<Sector>([
  'jugendamt',
  'schule',
  'gesundheitsamt',
  'polizei',
  'ordnungsbehoerde',
  'familiengericht',
  'staatsanwaltschaft',
  'verfahrensbeistand',
  'eingliederungshilfe',
  'fruehe_hilfen',
]);

/** Whether a text (a function, a remark) says the person is an insoweit erfahrene Fachkraft: "InsoFa", "§ 8a-Fachkraft" … */
export function mentionsInsofa(text: string): boolean {
  const t = foldText(text);
  return /\binsofa\b|\bief\b|insoweit erfahren|(§|par(agraph)?\.?)\s*8\s*a\s*-?\s*fachkraft|\b8a-?fachkraft|kinderschutzfachkraft/.test(t);
}

/** The closest sector key for a value no name fits (a typo: "Polzei" → polizei). */
export function suggestSector(value: string): Sector | undefined {
  const close = suggest(
    value,
    NAMES.map(([n]) => n),
  );
  return close === undefined ? undefined : EXACT.get(close);
}

/** `--sector` of `add`: a key, a label as the reports print it ("Freie Jugendhilfe") or an everyday word ("Gymnasium"). */
export function sectorOption(option: string, value: string): Sector {
  const sector = sectorOf(value);
  if (sector !== undefined) return sector;
  throw new UsageError('usage.known-value', { option, value, suggestion: suggestSector(value), allowed: SECTORS.join(', ') });
}
