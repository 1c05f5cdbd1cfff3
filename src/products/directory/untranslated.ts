// What of the partners' free text a page in another language shows in German, because the data
// has no translation for it: offer titles, descriptions and hours. Said on stderr, by partner.
import type { Directory } from './build-directory.js';

/** One partner name per text without a translation into `tag` (none for German). */
export function untranslated(d: Directory, tag: string): string[] {
  if (tag === 'de') return [];
  const lang = tag.split('-')[0]!;
  return d.entries.flatMap((entry) =>
    entry.offers.flatMap((offer) =>
      (['title', 'description', 'hours'] as const)
        .filter((field) => offer[field] !== undefined && offer.translations[lang]?.[field] === undefined)
        .map(() => entry.name),
    ),
  );
}
