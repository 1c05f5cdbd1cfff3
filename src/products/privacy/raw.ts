// The search of `person` in entries that failed the schema: their data are stored all the same,
// so an Art. 15 answer must find them. The plain values are walked as they were parsed: an object
// whose `name` or `email` matches is a person (or organisation) entry, shown with every field it
// has; any other text that mentions the query is a mention.
import { formatPath } from '../../diagnostics.js';
import type { Locate } from '../../load/locate.js';
import type { RawItem } from '../../model/types.js';
import type { MentionEntry, Place, UncheckedEntry } from './entries.js';

type Path = (string | number)[];

/** How the search recognises what it looks for: by a name, by an e-mail address, in a free text. */
export interface PersonMatch {
  name(name: string): boolean;
  email(email: string | undefined): boolean;
  text(text: string): boolean;
}

export function findInRaw(items: readonly RawItem[], match: PersonMatch, locate: Locate): (UncheckedEntry | MentionEntry)[] {
  const byName = (v: unknown) => typeof v === 'string' && match.name(v);
  const byEmail = (v: unknown) => typeof v === 'string' && match.email(v);
  const inText = match.text;
  const out: (UncheckedEntry | MentionEntry)[] = [];

  for (const item of items) {
    const place = (sub: Path): Place => ({ file: item.origin.file, line: locate(item.origin, sub).line, path: formatPath([...item.origin.path, ...sub]) });
    const walk = (value: unknown, sub: Path): void => {
      if (Array.isArray(value)) {
        value.forEach((v, i) => walk(v, [...sub, i]));
        return;
      }
      if (typeof value === 'object' && value !== null) {
        const entry = value as Record<string, unknown>;
        const matchedBy = byName(entry.name) ? 'name' : byEmail(entry.email) ? 'email' : undefined;
        if (matchedBy) out.push({ kind: 'unchecked', place: place([...sub, matchedBy]), matchedBy, item: item.kind, fields: plainFields(entry) });
        for (const [key, v] of Object.entries(entry)) {
          if (matchedBy && (key === 'name' || key === 'email')) continue;
          walk(v, [...sub, key]);
        }
        return;
      }
      if (typeof value === 'string' && inText(value) && !(sub.at(-1) === 'name' || sub.at(-1) === 'email')) {
        const excerpt = value.split('\n').find(inText) ?? value;
        out.push({ kind: 'mention', place: place(sub), matchedBy: 'text', text: value, excerpt: excerpt.trim() });
      }
    };
    walk(item.value, []);
  }
  return out;
}

function plainFields(entry: Record<string, unknown>): { key: string; value: string }[] {
  return Object.entries(entry)
    .filter(([, v]) => ['string', 'number', 'boolean'].includes(typeof v))
    .map(([key, v]) => ({ key, value: String(v) }));
}
