// The one catalogue of every sentence a user reads: diagnostics, usage and file errors, help
// texts, notes. Code in, words out, in German (the default) or English. Parts of the program
// return codes and values; whoever prints calls t(). The vocabulary's display names and the
// layout words of each output (report, person, review …) are the other files of src/i18n/.
import { ANSWER_TEXTS } from './answer.js';
import { DIAGNOSTIC_TEXTS, DIAGNOSTIC_WORDS } from './diagnostics.js';
import { DIRECTORY_NOTE_TEXTS } from './directory-notes.js';
import { EDGE_TEXTS } from './edges.js';
import { EDIT_TEXTS } from './edit.js';
import { ERASE_TEXTS } from './erase.js';
import { DATASHEET_TEXTS } from './datasheet.js';
import { CERTIFICATE_TEXTS } from './certificate.js';
import { EXAMPLE_TEXTS } from './examples.js';
import { IMPORT_TEXTS } from './import.js';
import { MEETING_CYCLE_TEXTS } from './meeting-cycle.js';
import { HELP_TEXTS } from './help.js';
import type { Lang } from './lang.js';
import { NOTE_TEXTS } from './notes.js';
import { OUTPUT_TEXTS } from './output.js';
import { PDF_TEXTS } from './pdf.js';
import { OVERVIEW_TEXTS } from './overview.js';
import { REACH_TEXTS } from './reach.js';
import { REPORT_NOTE_TEXTS } from './report-notes.js';
import { USAGE_TEXTS } from './usage.js';

import type { Params, Quote, Texts } from './texts.js';

export type { Params } from './texts.js';

const QUOTES: Record<Lang, Quote> = {
  de: (value) => `„${String(value)}“`,
  en: (value) => `"${String(value)}"`,
};

export const quote = (lang: Lang, value: unknown): string => QUOTES[lang](value);

/**
 * The parts, searched in turn. Not merged into one object: that made some 0.4 MB of garbage at
 * every start (a thousand keys added one by one), for a lookup the parts answer as well.
 * A code stands in one part only (test/unit/catalogue.test.ts).
 */
const PARTS: readonly Texts[] = [
  DIAGNOSTIC_TEXTS,
  DIAGNOSTIC_WORDS,
  USAGE_TEXTS,
  HELP_TEXTS,
  EXAMPLE_TEXTS,
  NOTE_TEXTS,
  EDGE_TEXTS,
  OUTPUT_TEXTS,
  PDF_TEXTS,
  REPORT_NOTE_TEXTS,
  REACH_TEXTS,
  ANSWER_TEXTS,
  EDIT_TEXTS,
  IMPORT_TEXTS,
  MEETING_CYCLE_TEXTS,
  DIRECTORY_NOTE_TEXTS,
  OVERVIEW_TEXTS,
  ERASE_TEXTS,
  DATASHEET_TEXTS,
  CERTIFICATE_TEXTS,
];

/** Every code there is: a typo in a code is a compile error. */
export type Code =
  | keyof typeof DIAGNOSTIC_TEXTS
  | keyof typeof DIAGNOSTIC_WORDS
  | keyof typeof USAGE_TEXTS
  | keyof typeof HELP_TEXTS
  | keyof typeof EXAMPLE_TEXTS
  | keyof typeof NOTE_TEXTS
  | keyof typeof EDGE_TEXTS
  | keyof typeof OUTPUT_TEXTS
  | keyof typeof PDF_TEXTS
  | keyof typeof REPORT_NOTE_TEXTS
  | keyof typeof REACH_TEXTS
  | keyof typeof ANSWER_TEXTS
  | keyof typeof EDIT_TEXTS
  | keyof typeof IMPORT_TEXTS
  | keyof typeof MEETING_CYCLE_TEXTS
  | keyof typeof DIRECTORY_NOTE_TEXTS
  | keyof typeof OVERVIEW_TEXTS
  | keyof typeof ERASE_TEXTS
  | keyof typeof DATASHEET_TEXTS
  | keyof typeof CERTIFICATE_TEXTS;

const textOf = (code: string) => PARTS.find((part) => Object.hasOwn(part, code))?.[code];

/** Every code of the catalogue, as often as it stands in a part (for the tests). */
export const allCodes = (): Code[] => PARTS.flatMap((part) => Object.keys(part) as Code[]);

/** Whether a code made at run time (`help.opt.<command>.<flag>`, say) is one of the catalogue's. */
export function hasText(code: string): code is Code {
  return textOf(code) !== undefined;
}

/** A code put together at run time from a declaration (`help.cmd.<name>`), checked since the compiler cannot. */
export function codeOf(code: string): Code {
  if (!hasText(code)) throw new Error(`no text for ${code}`);
  return code;
}

/** The sentence for `code` in `lang`. */
export function t(lang: Lang, code: Code, params: Params = {}): string {
  const text = textOf(code);
  if (text === undefined) throw new Error(`no text for ${code}`);
  return text[lang](params, QUOTES[lang]);
}
