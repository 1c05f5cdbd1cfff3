// The language of one page of the directory: its translation file (src/i18n/translations.ts),
// its writing direction, and dates and language names written the way it writes them. German and
// English dates are the program's own (i18n/format.ts, as in every other output); other languages
// take Intl's, with Latin digits like the phone numbers beside them.
import { UsageError } from '../../errors.js';
import { formatDate, formatLongDate } from '../../i18n/format.js';
import { LANGS, type Lang } from '../../i18n/lang.js';
import { formattingLocale, SOURCE_LOCALE, translationFiles, translator, type TranslationFile, type Translator } from '../../load/translations.js';
import type { DirectoryAudience } from './build-directory.js';

/** The page in Leichte Sprache is German of its own kind; its locale has no Wegweiser of its own. */
export const EASY_LOCALE = 'de-x-ls';

export interface PageLocale {
  tag: string;
  file: TranslationFile;
  t: Translator;
  dir: 'ltr' | 'rtl';
  /** The language of the words that only German and English have (the partner directory's). */
  lang: Lang;
  /** `23.11.2026`, `2026-11-23`, `23.11.2026` (tr) … */
  date(day: string): string;
  /** `Mittwoch, 14. April 2027` … */
  longDate(day: string): string;
  /** A language (ISO 639-1) by its name in this page's language: `Türkçe`, `Turkish`, `Türkisch`. */
  languageName(code: string): string;
}

export function pageLocale(file: TranslationFile): PageLocale {
  const tag = file.locale;
  const own = (LANGS as readonly string[]).includes(tag) ? (tag as Lang) : undefined;
  const intl = formattingLocale(tag);
  const short = new Intl.DateTimeFormat(intl, { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'UTC' });
  const long = new Intl.DateTimeFormat(intl, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  const names = new Intl.DisplayNames([tag.split('-x-')[0]!], { type: 'language', fallback: 'code' });
  const utc = (day: string) => new Date(`${day.slice(0, 10)}T12:00:00Z`);
  return {
    tag,
    file,
    t: translator(file),
    dir: file.dir,
    lang: own ?? 'de',
    date: (day) => (own ? formatDate(day.slice(0, 10), own) : short.format(utc(day))),
    longDate: (day) => (own ? formatLongDate(day, own) : long.format(utc(day))),
    languageName: (code) => names.of(code) ?? code,
  };
}

/** The languages of the Wegweiser: every translation file with the Wegweiser's texts (not the Leichte Sprache), German first. */
function wegweiserLocales(): TranslationFile[] {
  const files = translationFiles().filter((f) => f.locale !== EASY_LOCALE && f.messages.has('title_public'));
  return [...files.filter((f) => f.locale === SOURCE_LOCALE), ...files.filter((f) => f.locale !== SOURCE_LOCALE)];
}

/**
 * The page languages `--lang` asks for (the list as typed, duplicates dropped), or the messages'
 * language when none is given. A language without a file is a usage error that lists the
 * languages there are; the partner directory has German and English only.
 */
export function requestedLocales(requested: readonly string[], fallback: Lang, audience: DirectoryAudience): PageLocale[] {
  const available = wegweiserLocales();
  const tags = requested.length > 0 ? [...new Set(requested.map((l) => l.trim()))] : [fallback];
  return tags.map((tag) => {
    const file = available.find((f) => f.locale.toLowerCase() === tag.toLowerCase());
    if (!file) throw new UsageError('usage.page-lang', { value: tag, allowed: available.map((f) => f.locale).join(', ') });
    if (audience === 'network' && !(LANGS as readonly string[]).includes(file.locale)) throw new UsageError('usage.page-lang-network', { value: tag });
    return pageLocale(file);
  });
}
