// A new institution whose name is close to one the network has is a probable duplicate
// ("Kreisjugendamt Viersen, ASD" beside "Kreis Viersen – Kreisjugendamt"): their significant words
// overlap for the most part. Not "Grundschule am Park" beside "Grundschule Nordstadt".
import { foldText } from '../../../model/slug.js';

/** Words that tell nothing about which institution is meant. */
const FILLERS = new Set([
  'der',
  'die',
  'das',
  'des',
  'dem',
  'den',
  'und',
  'fuer',
  'am',
  'an',
  'im',
  'in',
  'von',
  'vom',
  'zu',
  'zum',
  'zur',
  'e',
  'v',
  'ev',
  'gmbh',
  'ggmbh',
  'ag',
  'mbh',
  'st',
  'stadt',
]);

const significant = (name: string): Set<string> =>
  new Set(
    foldText(name)
      .split(/[^a-z0-9]+/)
      .filter((w) => w.length > 1 && !FILLERS.has(w)),
  );

/** Two different names of probably the same institution: most of the shorter name's significant words are in the other. */
export function similarName(a: string, b: string): boolean {
  const x = significant(a);
  const y = significant(b);
  if (x.size === 0 || y.size === 0) return false;
  const shared = [...x].filter((w) => y.has(w));
  return shared.length >= 2 && shared.length / Math.min(x.size, y.size) >= 0.6;
}
