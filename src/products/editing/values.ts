// Values as coordinators type them, in German or as the format writes them (dates: model/dates.ts): `ja`/`nein`, `Netzwerk`/`intern`/`öffentlich`, the labels of
// the fixed lists as the reports print them ("Freie Jugendhilfe", "stattgefunden"). One reading
// for `add`'s options, `set`'s FIELD=VALUE and the cells of an imported list.
import { label, type Labels } from '../../i18n/labels.js';
import { LANGS } from '../../i18n/lang.js';
import { foldText } from '../../model/slug.js';
import type { MeetingStatus } from '../../model/vocabulary.js';
import { knownValue } from '../../cli/option-values.js';
import { UsageError } from '../../errors.js';

const key = (text: string) => foldText(text).replace(/[^a-z0-9]/g, '');

const YES = new Set(['ja', 'j', 'x', 'yes', 'y', 'true', 'wahr', '1']);
const NO = new Set(['nein', 'n', 'no', 'false', 'falsch', '0', '-']);

/** `ja`, `x`, `true` … → true; `nein`, `false`, `0` … → false; anything else undefined. */
export function yesNoFrom(value: string): boolean | undefined {
  const v = value.trim().toLowerCase();
  return YES.has(v) ? true : NO.has(v) ? false : undefined;
}

/**
 * A value of a fixed list from its key or its label in either language, case, umlauts and
 * separators forgiven ("Freie Jugendhilfe", "freie_jugendhilfe", "FREIE JUGENDHILFE"); `words` are
 * further words for a value (e.g. "Netzwerk" and "Partner" for visibility network).
 */
export function listValueFrom<T extends string>(
  value: string,
  values: readonly T[],
  labels: Labels<T>,
  words: Partial<Record<T, readonly string[]>> = {},
): T | undefined {
  const k = key(value);
  if (k === '') return undefined;
  return values.find((v) => key(v) === k || LANGS.some((l) => key(label(labels, v, l)) === k) || (words[v] ?? []).some((w) => key(w) === k));
}

/** How lists and people say who may see a person: "intern", "Netzwerk", "öffentlich", "für Partner" … */
export const VISIBILITY_WORDS = {
  internal: ['intern', 'nur intern', 'koordination', 'nur koordination', 'nein', 'privat', 'vertraulich'],
  network: ['netzwerk', 'partner', 'fuer partner', 'netzwerkpartner', 'partnerinnen'],
  public: ['oeffentlich', 'veroeffentlichen', 'veroeffentlichung', 'wegweiser', 'internet'],
} as const;

/** Meeting statuses in other words people use. */
export const STATUS_WORDS: Partial<Record<MeetingStatus, readonly string[]>> = {
  held: ['gehalten', 'fand statt', 'durchgefuehrt'],
  cancelled: ['ausgefallen', 'storniert', 'abgesagt'],
};

/** An option's value from a fixed list as `listValueFrom` reads it; else the usage error with the closest key. */
export function listOption<T extends string>(
  option: string,
  value: string,
  values: readonly T[],
  labels: Labels<T>,
  words: Partial<Record<T, readonly string[]>> = {},
): T {
  return listValueFrom(value, values, labels, words) ?? knownValue(option, value, values);
}

/** A meeting's length in hours as coordinators write it (6, 6,5, 6.5, "6 Std."), as the format writes it (6.5); undefined when it is none. */
export function hoursFrom(text: string): number | undefined {
  const m = /^(\d{1,4})(?:[.,](\d{1,2}))?\s*(?:h|std\.?|stunden)?$/i.exec(text.trim());
  const hours = m ? Number(`${m[1]}.${m[2] ?? '0'}`) : NaN;
  return hours > 0 && hours <= 1000 ? hours : undefined;
}

/** Teaching units (45 minutes each): a whole number from 1 to 1,000; undefined when it is none. */
export function teachingUnitsFrom(text: string): number | undefined {
  const t = text.trim();
  return /^\d{1,4}$/.test(t) && Number(t) >= 1 && Number(t) <= 1000 ? Number(t) : undefined;
}

/** `--hours 6,5`, `--teaching-units 8`: the number, or a UsageError (exit 2) that says what fits. */
export function amountOption(option: '--hours' | '--teaching-units', value: string, read: (text: string) => number | undefined): number {
  const amount = read(value);
  if (amount !== undefined) return amount;
  throw new UsageError(option === '--hours' ? 'usage.hours' : 'usage.teaching-units', { value });
}
