// `--language tr` or `--language Türkisch`: the ISO 639-1 code, or a usage error that says how to write it.
import { UsageError } from '../../../errors.js';
import { languageCode } from '../../../model/languages.js';

export function parseLanguage(value: string): string {
  const code = languageCode(value);
  if (code === undefined) throw new UsageError('usage.unknown-language', { value });
  return code;
}
