// The kinds of command-line option: each knows its flag, how it is shown in the help, and how
// to check the raw value commander read (a UsageError with a catalogue code, exit 2). From a
// command's list of these, the typed options object its module receives follows (OptionsOf).
import type { IsoDate } from '../model/types.js';
import { choice, dateOption, knownValue } from './option-values.js';

/** The placeholder shown after a flag in the help (`--today <datum>`): a catalogue code `help.value.<name>`. */
export type Placeholder =
  | 'date'
  | 'format'
  | 'file'
  | 'folder'
  | 'audience'
  | 'sector'
  | 'municipality'
  | 'type'
  | 'id'
  | 'year'
  | 'lang'
  | 'char'
  | 'duration'
  | 'number'
  | 'text'
  | 'email'
  | 'phone'
  | 'url'
  | 'datetime'
  | 'visibility'
  | 'status'
  | 'compare'
  | 'language'
  | 'for'
  | 'access'
  | 'cost'
  | 'kind'
  | 'profile'
  | 'group';

export interface Opt<K extends string = string, T = unknown> {
  /** The key in the options object (`bom` for `--no-bom`). */
  key: K;
  /** As typed: `--format`, `--no-bom`. */
  flag: string;
  /** Absent for a switch without a value. */
  placeholder?: Placeholder;
  /** May be given more than once (collected into a list). */
  repeat?: boolean;
  /** Shown in the help as the default (a value, not a sentence). */
  shownDefault?: string;
  parse(raw: unknown): T;
}

const text = (raw: unknown): string | undefined => (raw === undefined ? undefined : String(raw));

/** `postalCode` → `--postal-code`: the flag of a key (commander gives the value back under the key). */
const flagOf = (key: string) => `--${key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;
const list = (raw: unknown): string[] => (Array.isArray(raw) ? raw.map(String) : raw === undefined ? [] : [String(raw)]);

/** `--strict`: true when given. */
export const flag = <K extends string>(key: K): Opt<K, boolean> => ({ key, flag: flagOf(key), parse: (raw) => raw === true });

/** `--no-bom`: true unless the negation is given. */
export const negatable = <K extends string>(key: K): Opt<K, boolean> => ({ key, flag: `--no-${key}`, parse: (raw) => raw !== false });

/** One of a few fixed values, with a default. */
export function oneOf<K extends string, T extends string>(key: K, values: readonly T[], fallback: T, placeholder: Placeholder = 'format'): Opt<K, T> {
  return { key, flag: `--${key}`, placeholder, shownDefault: fallback, parse: (raw) => choice(`--${key}`, values, text(raw) ?? fallback) };
}

/** One of a few fixed values, or undefined (the command decides, e.g. from the ending of --out). */
export function maybeOneOf<K extends string, T extends string>(key: K, values: readonly T[], placeholder: Placeholder = 'format'): Opt<K, T | undefined> {
  return { key, flag: `--${key}`, placeholder, parse: (raw) => (raw === undefined ? undefined : choice(`--${key}`, values, String(raw))) };
}

/** Values from a longer list (sectors, meeting types), repeatable; near misses forgiven or suggested. */
export function manyOf<K extends string, T extends string>(key: K, values: readonly T[], placeholder: Placeholder): Opt<K, T[]> {
  return { key, flag: flagOf(key), placeholder, repeat: true, parse: (raw) => [...new Set(list(raw).map((v) => knownValue(flagOf(key), v, values)))] };
}

/** Repeatable values, each checked by a function of its own (it throws UsageError); repeated ones once. */
export function manyCustom<K extends string, T>(key: K, placeholder: Placeholder, parse: (raw: string) => T): Opt<K, T[]> {
  return { key, flag: flagOf(key), placeholder, repeat: true, parse: (raw) => [...new Set(list(raw).map(parse))] };
}

/** Repeatable free values that the command checks against the network (municipalities). */
export const many = <K extends string>(key: K, placeholder: Placeholder): Opt<K, string[]> => ({
  key,
  flag: flagOf(key),
  placeholder,
  repeat: true,
  parse: list,
});

/** One value from a longer list (a sector, a visibility), or undefined; near misses forgiven or suggested. */
export function known<K extends string, T extends string>(key: K, values: readonly T[], placeholder: Placeholder): Opt<K, T | undefined> {
  return { key, flag: flagOf(key), placeholder, parse: (raw) => (raw === undefined ? undefined : knownValue(flagOf(key), String(raw), values)) };
}

/** A day `YYYY-MM-DD` in the calendar. */
export const date = <K extends string>(key: K): Opt<K, IsoDate | undefined> => ({
  key,
  flag: flagOf(key),
  placeholder: 'date',
  parse: (raw) => dateOption(flagOf(key), text(raw)),
});

/** A free value (a file name, an id) that the command uses as it is. */
export const value = <K extends string>(key: K, placeholder: Placeholder): Opt<K, string | undefined> => ({ key, flag: flagOf(key), placeholder, parse: text });

/** A value checked by a function of its own (it throws UsageError). */
export function custom<K extends string, T>(key: K, placeholder: Placeholder, parse: (raw: string) => T, shownDefault?: string): Opt<K, T | undefined> {
  return {
    key,
    flag: flagOf(key),
    placeholder,
    ...(shownDefault ? { shownDefault } : {}),
    parse: (raw) => (raw === undefined ? undefined : parse(String(raw))),
  };
}

/** The typed options object of a list of options: `{ format: 'text' | 'json'; strict: boolean }`. */
export type OptionsOf<O extends readonly Opt[]> = { [P in O[number] as P['key']]: P extends Opt<string, infer T> ? T : never };
