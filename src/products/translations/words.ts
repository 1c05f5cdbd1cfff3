// The words of `netzwerk translations`, German and English like every command's output.
import type { Lang } from '../../i18n/lang.js';

export interface TranslationsWords {
  heading: (file: string, locale: string, name: string) => string;
  original: string;
  translatedFrom: (source: string) => string;
  checkedBy: (names: string) => string;
  nobody: string;
  complete: string;
  missing: (n: number) => string;
  extra: (n: number) => string;
  unchecked: (n: number, total: number) => string;
  allChecked: string;
}

export const TRANSLATIONS_WORDS: Record<Lang, TranslationsWords> = {
  de: {
    heading: (file, locale, name) => `${file} (${locale}, ${name})`,
    original: 'Originaltext',
    translatedFrom: (source) => `übersetzt aus ${source}`,
    checkedBy: (names) => `geprüft von: ${names}`,
    nobody: 'von niemandem geprüft',
    complete: 'alle Texte vorhanden',
    missing: (n) => `${n} ${n === 1 ? 'Text fehlt' : 'Texte fehlen'} (dort erscheint der deutsche):`,
    extra: (n) => `${n} ${n === 1 ? 'Text ist' : 'Texte sind'} nicht im Original:`,
    unchecked: (n, total) => `${n} von ${total} Texten ungeprüft (maschinell übersetzt oder ohne Prüfung geschrieben):`,
    allChecked: 'alle Texte geprüft',
  },
  en: {
    heading: (file, locale, name) => `${file} (${locale}, ${name})`,
    original: 'original text',
    translatedFrom: (source) => `translated from ${source}`,
    checkedBy: (names) => `checked by: ${names}`,
    nobody: 'checked by nobody',
    complete: 'every text present',
    missing: (n) => `${n} ${n === 1 ? 'text is' : 'texts are'} missing (the German appears there):`,
    extra: (n) => `${n} ${n === 1 ? 'text is' : 'texts are'} not in the original:`,
    unchecked: (n, total) => `${n} of ${total} texts unchecked (machine translated or written without a check):`,
    allChecked: 'every text checked',
  },
};
