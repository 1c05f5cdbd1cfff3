// Values as coordinators type them, in German or as the format writes them: `15.03.2026` and
// `2026-03-15`, `10.02.2027 14:00`, `ja`/`nein`, `Netzwerk`/`intern`/`öffentlich`, the labels of
// the fixed lists as the reports print them ("Freie Jugendhilfe", "stattgefunden"). One reading
// for `add`'s options, `set`'s FIELD=VALUE and the cells of an imported list.
import { label, type Labels } from '../../i18n/labels.js';
import { LANGS } from '../../i18n/lang.js';
import { isRealDate } from '../../model/dates.js';
import type { IsoDate } from '../../model/types.js';
import { foldText } from '../../model/slug.js';

const key = (text: string) => foldText(text).replace(/[^a-z0-9]/g, '');

/** `2026-03-13`, `13.03.2026` or `13.3.26` as an ISO date, if it is a real day. */
export function dateFrom(value: string): IsoDate | undefined {
  const v = value.trim();
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(v);
  const de = /^(\d{1,2})\.(\d{1,2})\.(\d{2}|\d{4})$/.exec(v);
  const date = iso ? v : de ? `${de[3]!.length === 2 ? `20${de[3]}` : de[3]}-${de[2]!.padStart(2, '0')}-${de[1]!.padStart(2, '0')}` : undefined;
  return date !== undefined && isRealDate(date) ? date : undefined;
}

/**
 * A day, or a day and a time, as the format writes it (`2027-02-10 14:00`): from `10.02.2027 14:00`,
 * `10.02.2027, 14:00 Uhr`, `2027-02-10T14:00`, `10.2.27 9.30` …; undefined if it is none.
 */
export function dateTimeFrom(value: string): string | undefined {
  const m = /^(\S+?),?(?:\s+|T)(?:um\s+)?(\d{1,2})[:.](\d{2})(?::(\d{2}))?(?:\s*uhr)?$/i.exec(value.trim());
  if (!m) return dateFrom(value);
  const day = dateFrom(m[1]!);
  const [h, min, s] = [Number(m[2]), Number(m[3]), Number(m[4] ?? 0)];
  if (day === undefined || h > 23 || min > 59 || s > 59) return undefined;
  return `${day} ${String(h).padStart(2, '0')}:${m[3]}${m[4] ? `:${m[4]}` : ''}`;
}

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
