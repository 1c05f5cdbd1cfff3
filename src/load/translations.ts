// The translation files of the public pages (the Wegweiser, its accessibility statement and its
// page in Leichte Sprache): translations/<locale>.arb beside the program, one file a locale.
// ARB (Application Resource Bundle) is JSON with ICU MessageFormat messages, a format that
// translation tools (Weblate, Crowdin, Lokalise, Poedit …) read and write: `"key": "message"`,
// and beside it `"@key": {description, x-checked}`; the file's own facts are `@@` keys:
//
//   @@locale        the BCP 47 tag (de, tr, ar, de-x-ls …)
//   @@x-name        the language's name in itself (the language switcher)
//   @@x-dir         ltr | rtl
//   @@x-source      the locale this file was translated from (absent for an original)
//   @@x-checked-by  [{name, date}]: who checked the file's texts (native speakers)
//
// A message whose `@key` says `"x-checked": false` was written without a native speaker's check
// (machine-made): `netzwerk translations` lists those, and a page that uses them says so.
// Adding a language is adding a file. Plural rules are Intl.PluralRules' (intl-messageformat).
import { readdirSync, readFileSync } from 'node:fs';
import { IntlMessageFormat } from 'intl-messageformat';
import { FileError } from '../errors.js';
import { PACKAGE_ROOT } from '../package-root.js';

interface Checker {
  name: string;
  date?: string;
}

export interface TranslationFile {
  /** `tr.arb`, relative to the translations folder. */
  file: string;
  locale: string;
  /** The language's name in itself: `Türkçe`. */
  name: string;
  dir: 'ltr' | 'rtl';
  /** The locale translated from; absent for an original text (German, Leichte Sprache). */
  source?: string;
  checkedBy: Checker[];
  messages: ReadonlyMap<string, string>;
  /** Keys whose text no native speaker has checked yet, in the file's order. */
  unchecked: readonly string[];
}

type MessageParams = Record<string, string | number>;

/** A locale's messages, with German behind it for a key the file lacks. */
export interface Translator {
  file: TranslationFile;
  /** The text of `key` with its values; a key no file has is a bug (thrown). */
  t(key: string, params?: MessageParams): string;
  /** Whether the text of `key` comes from this locale's file (not the German behind it). */
  has(key: string): boolean;
}

const TRANSLATIONS_FOLDER = new URL('translations/', PACKAGE_ROOT);
/** The original every other file translates and is checked against. */
export const SOURCE_LOCALE = 'de';

let cache: readonly TranslationFile[] | undefined;

/** Every translation file of the program, by locale. */
export function translationFiles(): readonly TranslationFile[] {
  cache ??= listFolder()
    .filter((name) => name.endsWith('.arb'))
    .sort()
    .map((name) => parseArb(name, readFileSync(new URL(name, TRANSLATIONS_FOLDER), 'utf8')));
  return cache;
}

/** The folder's files; a program installed without its translations says so (exit 2), never a stack trace. */
function listFolder(): string[] {
  try {
    return readdirSync(TRANSLATIONS_FOLDER);
  } catch (e) {
    throw new FileError('file.translation-bad', { file: 'translations/', detail: (e as NodeJS.ErrnoException).code ?? String(e) });
  }
}

export const translationFile = (locale: string): TranslationFile | undefined => translationFiles().find((f) => f.locale === locale);

/** Reads one ARB file; a file that is not one is the program's fault (exit 2, its name said). */
function parseArb(file: string, text: string): TranslationFile {
  const bad = (detail: string): never => {
    throw new FileError('file.translation-bad', { file, detail });
  };
  let json: Record<string, unknown>;
  try {
    json = JSON.parse(text) as Record<string, unknown>;
  } catch (e) {
    return bad((e as Error).message);
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json)) return bad('{…}');
  const locale = json['@@locale'];
  if (typeof locale !== 'string' || locale === '') return bad('@@locale');
  const messages = new Map<string, string>();
  const unchecked: string[] = [];
  for (const [key, value] of Object.entries(json)) {
    if (key.startsWith('@')) continue;
    if (typeof value !== 'string') return bad(key);
    messages.set(key, value);
    const meta = json[`@${key}`] as { 'x-checked'?: unknown } | undefined;
    if (meta?.['x-checked'] === false) unchecked.push(key);
  }
  const checkedBy = Array.isArray(json['@@x-checked-by']) ? (json['@@x-checked-by'] as Checker[]) : [];
  const source = json['@@x-source'];
  return {
    file,
    locale,
    name: typeof json['@@x-name'] === 'string' ? json['@@x-name'] : locale,
    dir: json['@@x-dir'] === 'rtl' ? 'rtl' : 'ltr',
    ...(typeof source === 'string' ? { source } : {}),
    checkedBy,
    messages,
    unchecked,
  };
}

/**
 * The locale ICU formats numbers in: the language's own, with Latin digits (0–9), which the
 * phone numbers, postal codes and dates of the Wegweiser use as well; a private-use tag
 * (`de-x-ls`) by its language.
 */
export const formattingLocale = (locale: string): string => `${locale.split('-x-')[0]}-u-nu-latn`;

export function translator(file: TranslationFile): Translator {
  const german = file.locale === SOURCE_LOCALE ? file : translationFile(SOURCE_LOCALE);
  const compiled = new Map<string, IntlMessageFormat>();
  const t = (key: string, params: MessageParams = {}) => {
    let format = compiled.get(key);
    if (!format) {
      const own = file.messages.get(key);
      const message = own ?? german?.messages.get(key);
      if (message === undefined) throw new Error(`translations: no message ${key}`);
      format = new IntlMessageFormat(message, formattingLocale(own === undefined ? SOURCE_LOCALE : file.locale));
      compiled.set(key, format);
    }
    return String(format.format(params));
  };
  return { file, t, has: (key) => file.messages.has(key) };
}

/**
 * The keys a file lacks: a Wegweiser language those of the German original; the Leichte Sprache
 * is an original of its own. A file lists no key the original does not have either (`extra`).
 */
export function completeness(file: TranslationFile): { missing: string[]; extra: string[] } {
  const source = file.source === undefined ? undefined : translationFile(file.source);
  if (!source) return { missing: [], extra: [] };
  return {
    missing: [...source.messages.keys()].filter((key) => !file.messages.has(key)),
    extra: [...file.messages.keys()].filter((key) => !source.messages.has(key)),
  };
}
