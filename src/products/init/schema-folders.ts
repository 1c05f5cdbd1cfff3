// The JSON Schemas in the user's language, for the editor help that `netzwerk init` sets up: the
// German ones are the source (schemas/), the English ones are written from them at build time
// (scripts/build-schemas-en.mjs, with the texts of schema-texts.en.json). Both check the same.
import type { Lang } from '../../i18n/lang.js';

export const SCHEMA_FOLDER: Readonly<Record<Lang, string>> = { de: 'schemas/', en: 'schemas/en/' };
