// Ids of new entries: made from the name (src/model/slug.ts), unique in their collection.
import { slugify } from '../model/slug.js';

/** Longest id made from a name: long titles are cut at a word (a hyphen). */
const MAX_LENGTH = 60;

/** `base`, or `base-2`, `base-3` … whichever is not taken yet; `fallback` when the name gives no id. */
export function uniqueId(name: string, taken: ReadonlySet<string>, fallback = 'eintrag'): string {
  let base = slugify(name);
  if (base.length > MAX_LENGTH)
    base = base.slice(0, base.lastIndexOf('-', MAX_LENGTH) > 20 ? base.lastIndexOf('-', MAX_LENGTH) : MAX_LENGTH).replace(/-+$/, '');
  if (base === '') base = fallback;
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}
