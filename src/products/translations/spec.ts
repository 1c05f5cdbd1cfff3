// netzwerk translations [--lang L,…] [--format text|json]
import { oneOf } from '../../cli/options.js';
import type { CommandSpec } from '../../cli/spec.js';

export const TRANSLATIONS = {
  name: 'translations',
  args: [],
  options: [oneOf('format', ['text', 'json'] as const, 'text')],
  // --lang tr,ar: the translation files to list (the messages stay German or English).
  pageLanguages: true,
} as const satisfies CommandSpec;
