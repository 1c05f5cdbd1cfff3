// The shape of the catalogue's parts (catalogue.ts): a code's text in every language, a function
// of the values it puts into its sentence; and what several parts use to shape them.
import type { Lang } from './lang.js';

/** The values a text puts into its sentence; a list (of lines, say) is one value. */
export type Params = Record<string, string | number | readonly string[] | undefined>;
/** Quotes a value the way the language does: „…“ in German, "…" in English. */
export type Quote = (value: unknown) => string;
type Text = (p: Params, q: Quote) => string;
/** One part of the catalogue: each code in both languages (the type makes a missing one a compile error). */
export type Texts = Readonly<Record<string, Readonly<Record<Lang, Text>>>>;

/** A list value (or one value) as lines indented by two spaces, for messages that list things. */
export const indentedLines = (list: Params[string]): string => (Array.isArray(list) ? list : [String(list ?? '')]).map((l) => `  ${l}`).join('\n');
