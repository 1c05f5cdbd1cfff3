// Small pieces of the directory's pages: German text on a page of another language (lang="de",
// and left to right on a right-to-left page), links to call, write and visit (always left to
// right: a phone number must not be reordered inside Arabic text), and lists of languages.
import { escapeHtml as e } from '../../formats/page.js';
import type { Directory } from './build-directory.js';
import type { PageLocale } from './page-locale.js';
import type { DirectoryWords } from './words.js';

/** What every part of a Wegweiser page is drawn from. */
export interface Ctx {
  d: Directory;
  loc: PageLocale;
  w: DirectoryWords;
  /** Municipality name → its slug (anchors, filter values). */
  slug: ReadonlyMap<string, string>;
}

/** German text as HTML: as it is on a German page, marked lang="de" (and dir="ltr" in a right-to-left page) elsewhere. */
export function germanText(loc: PageLocale): (text: string) => string {
  if (loc.tag === 'de') return e;
  const attributes = loc.dir === 'rtl' ? ' lang="de" dir="ltr"' : ' lang="de"';
  return (text) => `<span${attributes}>${e(text)}</span>`;
}

/** Languages by their names in the page's language, in the order given: `Türkisch, Arabisch`. */
export const languageList = (loc: PageLocale, codes: readonly string[]): string =>
  wordList(
    loc,
    codes.map((code) => loc.languageName(code)),
  );

/** Words as a list the way the page's language separates them (`, ` or the Arabic `، `). */
export const wordList = (loc: PageLocale, words: readonly string[]): string => words.join(loc.t.t('list_separator'));

/** A phone number as an address a phone can call: digits and a leading +, without the "(0)" of "+49 (0)…". */
export function telHref(phone: string): string | undefined {
  const plus = phone.trim().startsWith('+');
  const digits = phone.replace(/\(0\)/g, '').replace(/\D/g, '');
  return digits === '' ? undefined : `tel:${plus ? '+' : ''}${digits}`;
}

/** A phone number as a link a phone can call, shown as written. */
export function phoneLink(phone: string): string {
  const href = telHref(phone);
  return href === undefined ? e(phone) : `<a href="${href}" dir="ltr">${e(phone)}</a>`;
}

export const mailLink = (email: string) => `<a href="mailto:${e(email)}" dir="ltr">${e(email)}</a>`;

/** A web address as a link when it is one (http or https), else as text. */
export const link = (url: string) => (/^https?:\/\//i.test(url) ? `<a href="${e(url)}" dir="ltr">${e(url)}</a>` : e(url));
