// Ids of new entries: made from the name (src/model/slug.ts), short, unique in their collection.
import { slugify } from '../model/slug.js';

/** Ids stay short enough for a table column and a file name: about 40 characters, cut at a word. */
const MAX_LENGTH = 40;

/** Words that say little about which institution it is: left out first when an id would be long. */
const FILLERS = new Set([
  'der',
  'die',
  'das',
  'den',
  'dem',
  'des',
  'am',
  'an',
  'im',
  'in',
  'zu',
  'zur',
  'zum',
  'fuer',
  'und',
  'von',
  'vom',
  'bei',
  'mit',
  'auf',
  'aus',
  'e',
  'v',
  'ev',
  'gmbh',
  'ggmbh',
  'mbh',
  'ag',
  'gem',
]);
/** Words of how an institution is organised rather than what it is: left out next. */
const GENERIC = new Set([
  'fachbereich',
  'abteilung',
  'bereich',
  'dienst',
  'dienste',
  'ortsverband',
  'kreisverband',
  'verband',
  'einrichtung',
  'einrichtungen',
  'gemeinnuetzige',
  'gemeinnuetziger',
  'deutscher',
  'deutsches',
  'deutsche',
  'allgemeiner',
  'allgemeine',
  'stadt',
  'kreis',
  'team',
  'stelle',
  'zustaendig',
]);

/**
 * The id a name makes: its slug when that is short; else without filler words, then without
 * generic ones (the date of a meeting's id stays), then the first words up to the limit.
 * "Stadt Herne – Fachbereich Kinder-Jugend-Familie (Jugendamt), Allgemeiner Sozialer Dienst" → `herne-kinder-jugend-familie-jugendamt`.
 */
export function idFrom(name: string): string {
  let words = slugify(name).split('-').filter(Boolean);
  const length = () => words.join('-').length;
  if (length() > MAX_LENGTH) words = words.filter((w, i) => i === 0 || !FILLERS.has(w));
  if (length() > MAX_LENGTH) words = words.filter((w, i) => (i < 2 && /^\d+$/.test(w)) || !GENERIC.has(w));
  const kept: string[] = [];
  for (const w of words) {
    if (kept.length > 0 && [...kept, w].join('-').length > MAX_LENGTH) break;
    kept.push(w);
  }
  return kept.join('-').slice(0, 60);
}

/** `base`, or `base-2`, `base-3` … whichever is not taken yet; `fallback` when the name gives no id. */
export function uniqueId(name: string, taken: ReadonlySet<string>, fallback = 'eintrag'): string {
  const base = idFrom(name) || fallback;
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}
