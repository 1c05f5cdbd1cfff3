// Kinds of finding that `person` shares between its search in the model (person.ts) and in
// entries that failed the schema (raw.ts).
import type { ItemKind } from '../../model/types.js';

/** Where an entry stands: file relative to the network folder, line, and path inside the file. */
export interface Place {
  file: string;
  line: number;
  path: string;
}

/** The query found in a free text (a meeting's description, a topic …): personal data, too. */
export interface MentionEntry {
  kind: 'mention';
  place: Place;
  matchedBy: 'text';
  /** The whole text, and its first line that holds the match. */
  text: string;
  excerpt: string;
}

/** An entry with errors: what it holds, as written; its place in lists is not determined. */
export interface UncheckedEntry {
  kind: 'unchecked';
  place: Place;
  matchedBy: 'name' | 'email';
  /** What the entry belongs to: the network (coordinators) or a partner, meeting, agreement. */
  item: ItemKind;
  /** Its fields with a plain value (text, number, yes/no), in the order written. */
  fields: { key: string; value: string }[];
}
