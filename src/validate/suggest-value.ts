// What the person most likely meant, for values the schema or the rules reject: the ISO form of a
// German date, the date for an end written as a time, true/false for ja/nein, the English value
// for its German word, the slug for an id, the id for a partner's name. Every suggestion is itself
// valid: a date that exists, a value of the list, an id of the right form (and, for references,
// one that exists).
import type { ErrorObject } from 'ajv';
import type { Code, Params } from '../i18n/catalogue.js';
import {
  AGREEMENT_STATUS_LABELS,
  AGREEMENT_TYPE_LABELS,
  CATEGORY_LABELS,
  MEETING_STATUS_LABELS,
  MEETING_TYPE_LABELS,
  SECTOR_LABELS,
  VISIBILITY_LABELS,
  type Labels,
} from '../i18n/labels.js';
import { isRealDate } from '../model/dates.js';
import { isValidId, slugify } from '../model/slug.js';
import type { Collection } from '../model/vocabulary.js';
import { suggest } from '../suggest.js';

// ---- dates and times

const pad = (n: number | string) => String(n).padStart(2, '0');
/** `13.03.2024`, `13.3.24` (→ 2024), `2024-3-5`, `2024/03/13`: day, month and year of a written date. */
const DATE_FORMS: { re: RegExp; ymd: (m: RegExpExecArray) => [string, string, string] }[] = [
  { re: /^(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4}|\d{2})$/, ymd: (m) => [m[3]!.length === 2 ? `20${m[3]}` : m[3]!, m[2]!, m[1]!] },
  { re: /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/, ymd: (m) => [m[1]!, m[2]!, m[3]!] },
];
/** `14:00`, `14.00`, `14 Uhr`, `14:00 Uhr`, `9:30`. */
const TIME = /^(?:um\s+)?(\d{1,2})(?:[:.](\d{2}))?(?:\s*Uhr)?$/i;

/** The ISO form (`YYYY-MM-DD`) of a date written another way, if it is a day in the calendar. */
export function isoDateOf(text: string): string | undefined {
  const value = text.trim();
  for (const { re, ymd } of DATE_FORMS) {
    const m = re.exec(value);
    if (!m) continue;
    const [y, mo, d] = ymd(m);
    const iso = `${y}-${pad(mo)}-${pad(d)}`;
    return isRealDate(iso) && iso !== value ? iso : undefined;
  }
  return undefined;
}

function timeOf(text: string): string | undefined {
  const m = TIME.exec(text.trim());
  if (!m || (m[2] === undefined && !/uhr/i.test(text))) return undefined;
  const [h, min] = [Number(m[1]), Number(m[2] ?? 0)];
  return h <= 23 && min <= 59 ? `${pad(h)}:${pad(min)}` : undefined;
}

/** `13.03.2024 14:00`, `13.03.2024, 14 Uhr`, `2024-03-13 14 Uhr` → `2024-03-13 14:00`; a date alone → its ISO form. */
export function isoDateTimeOf(text: string): string | undefined {
  const value = text.trim();
  const m = /^(\S+?),?(?:\s+|T)(?:um\s+)?(\d.*)$/.exec(value);
  if (m) {
    const date = /^\d{4}-\d{2}-\d{2}$/.test(m[1]!) && isRealDate(m[1]!) ? m[1]! : isoDateOf(m[1]!);
    const time = timeOf(m[2]!);
    return date && time && `${date} ${time}` !== value ? `${date} ${time}` : undefined;
  }
  return isoDateOf(value);
}

/** An end written as a time only (`16:30`) on a meeting that starts at a date and time: that day at that time. */
export function endOnStartDay(end: string, start: unknown): string | undefined {
  const time = timeOf(end);
  if (!time || typeof start !== 'string') return undefined;
  const m = /^(\d{4}-\d{2}-\d{2})[T ]\d{2}:\d{2}/.exec(start);
  return m && isRealDate(m[1]!) ? `${m[1]} ${time}` : undefined;
}

// ---- true/false

const BOOLEAN_WORDS: Record<string, boolean> = {
  ja: true,
  j: true,
  wahr: true,
  yes: true,
  y: true,
  on: true,
  x: true,
  nein: false,
  n: false,
  falsch: false,
  no: false,
  off: false,
};

/** `ja`, `nein`, `wahr`, `falsch` (and yes/no, on/off, 1/0) → true/false. */
export function booleanOf(value: unknown): boolean | undefined {
  if (value === 1 || value === 0) return value === 1;
  if (typeof value !== 'string') return undefined;
  return BOOLEAN_WORDS[value.trim().toLowerCase()];
}

// ---- numbers

/** `4,3` (a German decimal comma), `"4.3"` or ` 12 ` written as text → the number as YAML writes it. */
export function numberOf(text: string, integer: boolean): string | undefined {
  const value = text.trim().replace(/^(-?\d+),(\d+)$/, '$1.$2');
  if (!(integer ? /^-?\d+$/ : /^-?\d+(\.\d+)?$/).test(value)) return undefined;
  return String(Number(value));
}

// ---- values of the fixed lists

const LABEL_TABLES: Labels<string>[] = [
  SECTOR_LABELS,
  CATEGORY_LABELS,
  MEETING_TYPE_LABELS,
  MEETING_STATUS_LABELS,
  AGREEMENT_TYPE_LABELS,
  AGREEMENT_STATUS_LABELS,
  VISIBILITY_LABELS,
];

/**
 * slug of a display name (German or English, or a part of one: „Jobcenter“ of „Sozialamt / Jobcenter / …“) → the values it names.
 * Made when first asked: only a wrong value of a list asks, and slugging every name of every list
 * cost each start 2 ms.
 */
let byLabel: Map<string, Set<string>> | undefined;
const labelsBySlug = (): Map<string, Set<string>> => (byLabel ??= slugsOfLabels());

function slugsOfLabels(): Map<string, Set<string>> {
  const map = new Map<string, Set<string>>();
  const add = (name: string, key: string) => {
    const slug = slugify(name);
    if (!slug) return;
    if (!map.has(slug)) map.set(slug, new Set());
    map.get(slug)!.add(key);
  };
  for (const table of LABEL_TABLES) {
    for (const [key, names] of Object.entries(table)) {
      add(key, key);
      for (const name of Object.values(names)) {
        add(name, key);
        for (const part of name.split(/\s+\/\s+|\s+\(|\)/)) add(part, key);
      }
    }
  }
  return map;
}

/** The value of the list meant by `value`: its German or English name (`stattgefunden` → held), else the nearest one. */
export function enumValueOf(value: string, allowed: readonly string[]): string | undefined {
  const meant = [...(labelsBySlug().get(slugify(value)) ?? [])].filter((k) => allowed.includes(k));
  if (meant.length === 1) return meant[0];
  return suggest(value, allowed);
}

// ---- ids and references

/** The fields whose values are ids of another collection. */
const REFERENCE_FIELDS: Record<string, Collection> = { partner: 'partners', partners: 'partners', organizers: 'partners', youth_offices: 'partners' };

const referencedCollection = (field: string): Collection | undefined =>
  Object.prototype.hasOwnProperty.call(REFERENCE_FIELDS, field) ? REFERENCE_FIELDS[field] : undefined;

/** What the rules and the schema check know about the ids and names of every item, also of broken ones. */
export interface ReferenceIndex {
  /** Ids of the right form. */
  ids: Record<Collection, Set<string>>;
  /**
   * slug of a name or title → the item's id and name (undefined when two items share it). Made
   * on first use: only a wrong reference asks, and valid data never pays for it.
   */
  byName(collection: Collection): Map<string, { id: string; name: string } | undefined>;
}

const NAME_FIELD: Record<Collection, string> = { partners: 'name', meetings: 'title', agreements: 'title', activities: 'title' };

const itemId = (item: unknown): string => {
  const id = typeof item === 'object' && item !== null ? (item as { id?: unknown }).id : undefined;
  return typeof id === 'string' ? (isValidId(id) ? id : slugify(id)) : '';
};

export function buildReferenceIndex(items: Record<Collection, unknown[]>): ReferenceIndex {
  const ids = {} as Record<Collection, Set<string>>;
  for (const collection of Object.keys(items) as Collection[]) {
    ids[collection] = new Set(items[collection].map(itemId).filter((id) => id !== ''));
  }
  const names = new Map<Collection, Map<string, { id: string; name: string } | undefined>>();
  const byName = (collection: Collection) => {
    let map = names.get(collection);
    if (map) return map;
    map = new Map();
    for (const item of items[collection] ?? []) {
      const id = itemId(item);
      const name = id ? (item as Record<string, unknown>)[NAME_FIELD[collection]] : undefined;
      const key = typeof name === 'string' ? slugify(name) : '';
      if (key) map.set(key, map.has(key) ? undefined : { id, name: name as string });
    }
    names.set(collection, map);
    return map;
  };
  return { ids, byName };
}

/**
 * The id a reference most likely means: the id of the item with that name (`Polizeipräsidium
 * Bochum`), the slug when it is an id (`fh-münster` → `fh-muenster`), else the nearest id.
 * Only ids that exist; `name` is set when the reference was the item's name.
 */
export function referenceOf(value: string, collection: Collection, index: ReferenceIndex): { id: string; name?: string } | undefined {
  const slug = slugify(value);
  const named = index.byName(collection).get(slug);
  const ids = index.ids[collection] ?? new Set<string>();
  if (named && named.id !== value) return { id: named.id, name: slug === named.id ? undefined : named.name };
  if (slug && slug !== value && ids.has(slug)) return { id: slug };
  // The beginning of a longer name („Polizeipräsidium Bochum“ for „Polizeipräsidium Bochum – Opferschutz“), if only one has it.
  const starts = slug ? [...index.byName(collection).entries()].filter(([key, item]) => item && key.startsWith(`${slug}-`)) : [];
  if (starts.length === 1 && starts[0]![1]!.id !== value) return { id: starts[0]![1]!.id, name: starts[0]![1]!.name };
  const near = suggest(slug || value, [...ids].filter(isValidId));
  return near && near !== value ? { id: near } : undefined;
}

/** The id to write instead of an id with umlauts, spaces or capitals. */
export function idOf(value: string): string | undefined {
  const slug = slugify(value);
  return slug && slug !== value ? slug : undefined;
}

// ---- schema errors that only follow from another one

/**
 * A key written wrong (`nmae: …`, or `{partner:jugendamt-herne}` without the space after the
 * colon) is one unknown field; that the schema also misses the field it meant (`name`,
 * `partner`) follows from it, and is left out.
 */
export function withoutFollowOns(errors: readonly ErrorObject[]): ErrorObject[] {
  const meant = new Set(
    errors
      .filter((e) => e.keyword === 'additionalProperties')
      .map((e) => {
        const key = (e.params as { additionalProperty: string }).additionalProperty;
        const allowed = Object.keys((e.parentSchema?.properties ?? {}) as object);
        const field = gluedKey(key, allowed)?.key ?? suggest(key, allowed);
        return field === undefined ? '' : `${e.instancePath}\u0000${field}`;
      }),
  );
  return errors.filter((e) => !(e.keyword === 'required' && meant.has(`${e.instancePath}\u0000${(e.params as { missingProperty: string }).missingProperty}`)));
}

/** `partner:jugendamt-herne` as a key: the known field and value meant, written with the space. */
function gluedKey(key: string, allowed: readonly string[]): { key: string; fixed: string } | undefined {
  const m = /^([^:\s]+):(\S.*)$/.exec(key);
  return m && allowed.includes(m[1]!) ? { key: m[1]!, fixed: `${m[1]}: ${m[2]}` } : undefined;
}

// ---- the schema check's errors, said with the value meant

/** A message for a schema error that knows what was meant; `atKey` points it at that key of the item. */
export interface Hint {
  code: Code;
  params: Params;
  atKey?: string;
}

/**
 * The better message for a schema error, or undefined to keep the usual one. `item` is the item
 * the error is in (for an end written as a time: the start's date), `index` the ids and names.
 */
export function hintFor(err: ErrorObject, item: unknown, index?: ReferenceIndex): Hint | undefined {
  const sub = err.instancePath === '' ? [] : err.instancePath.slice(1).split('/');
  const field = [...sub].reverse().find((s) => !/^\d+$/.test(s)) ?? '';
  const definition = /^#\/definitions\/([^/]+)\//.exec(err.schemaPath)?.[1];
  const data = err.data;
  if (err.keyword === 'additionalProperties') {
    const key = (err.params as { additionalProperty: string }).additionalProperty;
    const glued = gluedKey(key, Object.keys((err.parentSchema?.properties ?? {}) as object));
    return glued && { code: 'yaml-no-space-after-colon', params: glued, atKey: key };
  }
  // `insofa` is true, false or an object: ajv names both types
  if (err.keyword === 'type' && ['boolean', 'boolean,object'].includes(String((err.params as { type: unknown }).type))) {
    const meant = booleanOf(data);
    return meant === undefined ? undefined : { code: 'boolean-word', params: { value: String(data), suggestion: String(meant) } };
  }
  if (err.keyword === 'type' && typeof data === 'string' && ['number', 'integer'].includes((err.params as { type: string }).type)) {
    const meant = numberOf(data, (err.params as { type: string }).type === 'integer');
    return meant === undefined ? undefined : { code: 'number-as-text', params: { value: shorten(data), key: field, suggestion: meant } };
  }
  if (err.keyword !== 'pattern' || typeof data !== 'string') return undefined;
  const value = shorten(data);
  if (definition === 'id') {
    const collection = referencedCollection(field);
    if (collection && sub.length > 1 && index) {
      const ref = referenceOf(data, collection, index);
      if (ref?.name !== undefined) return { code: 'reference-by-name', params: { value, suggestion: ref.id, collection } };
      return { code: 'invalid-id', params: { value, suggestion: ref?.id } };
    }
    return { code: 'invalid-id', params: { value, suggestion: collection ? undefined : idOf(data) } };
  }
  if (definition === 'date') return { code: 'invalid-date', params: { value, suggestion: isoDateOf(data) } };
  if (definition === 'date_or_datetime') {
    const start = typeof item === 'object' && item !== null ? (item as { start?: unknown }).start : undefined;
    const onStartDay = field === 'end' ? endOnStartDay(data, start) : undefined;
    if (onStartDay) return { code: 'end-time-only', params: { value, suggestion: onStartDay } };
    return { code: 'invalid-datetime', params: { value, suggestion: isoDateTimeOf(data) } };
  }
  return undefined;
}

/** A value quoted in a message: a 1 MB line in the data must not become a 1 MB message. */
const shorten = (text: string, max = 80) => (text.length > max ? `${text.slice(0, max)}…` : text);
