// A language as a user writes it (`tr`, `Türkisch`, `Turkish`, `türkçe`?) → its ISO 639-1 code, for
// the columns of an import and the options of `add`: the code itself, or its German or English
// name as Intl knows it, case and umlauts aside. Unknown: undefined (the caller says so).
import { foldText } from './slug.js';
import { LANGUAGE_CODES } from './vocabulary.js';

let names: Map<string, string> | undefined;

export function languageCode(text: string): string | undefined {
  const value = text.trim().toLowerCase();
  if ((LANGUAGE_CODES as readonly string[]).includes(value)) return value;
  names ??= new Map(
    ['de', 'en'].flatMap((lang) => {
      const display = new Intl.DisplayNames([lang], { type: 'language', fallback: 'none' });
      return LANGUAGE_CODES.flatMap((code) => {
        const name = display.of(code);
        return name ? [[foldText(name), code] as [string, string]] : [];
      });
    }),
  );
  return names.get(foldText(value));
}
