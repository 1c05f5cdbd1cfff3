// The translation files of the public pages (translations/*.arb): every fixed text present in every
// language file (the test lists what is missing), every message valid ICU MessageFormat read by
// FormatJS's own parser with the same arguments as the German original, and no text called
// checked that nobody checked: a file without a name under @@x-checked-by marks every text
// "x-checked": false. Plural forms come from Intl.PluralRules: each plural message names the
// forms its language has.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../support/helpers.js';

type Arb = Record<string, unknown>;
const DIR = join(ROOT, 'translations');
const files = readdirSync(DIR)
  .filter((f) => f.endsWith('.arb'))
  .sort();
const read = (file: string) => JSON.parse(readFileSync(join(DIR, file), 'utf8')) as Arb;
const messages = (arb: Arb) => Object.entries(arb).filter(([k]) => !k.startsWith('@')) as [string, string][];
const german = new Map(messages(read('de.arb')));

/** The message's arguments and, for each plural argument, the forms it names. */
function shape(message: string): { args: string[]; plurals: Record<string, string[]> } {
  const args = new Set<string>();
  const plurals: Record<string, string[]> = {};
  const walk = (elements: MessageFormatElement[]) => {
    for (const el of elements) {
      if (el.type === TYPE.argument || el.type === TYPE.number || el.type === TYPE.select || el.type === TYPE.plural) args.add(el.value);
      if (el.type === TYPE.plural) plurals[el.value] = Object.keys(el.options).sort();
      if (el.type === TYPE.select || el.type === TYPE.plural) for (const o of Object.values(el.options)) walk(o.value);
    }
  };
  walk(parse(message));
  return { args: [...args].sort(), plurals };
}

describe('translation files', () => {
  it('are the seven languages of the Wegweiser and the Leichte Sprache', () => {
    expect(files).toEqual(['ar.arb', 'de-x-ls.arb', 'de.arb', 'en.arb', 'pl.arb', 'ru.arb', 'tr.arb', 'uk.arb']);
  });

  it.for(files.filter((f) => read(f)['@@x-source'] === 'de'))('%s has every text of de.arb and no other', (file) => {
    const own = new Map(messages(read(file)));
    const missing = [...german.keys()].filter((k) => !own.has(k));
    const extra = [...own.keys()].filter((k) => !german.has(k));
    expect({ missing, extra }).toEqual({ missing: [], extra: [] });
  });

  it.for(files)('%s: ICU MessageFormat, the same arguments as the original, the plural forms of its language', (file) => {
    const arb = read(file);
    const locale = String(arb['@@locale']).split('-x-')[0]!;
    const categories = new Intl.PluralRules(locale).resolvedOptions().pluralCategories;
    for (const [key, message] of messages(arb)) {
      const { args, plurals } = shape(message);
      if (arb['@@x-source'] === 'de') expect(args, `${file} ${key}`).toEqual(shape(german.get(key)!).args);
      for (const [arg, forms] of Object.entries(plurals)) {
        expect(forms, `${file} ${key} {${arg}}`).toContain('other');
        for (const c of categories) expect(forms.includes(c) || forms.some((f) => f.startsWith('=')), `${file} ${key}: plural form ${c}`).toBe(true);
      }
    }
  });

  it.for(files)('%s says truthfully what nobody has checked: every text unchecked while @@x-checked-by names nobody', (file) => {
    const arb = read(file);
    expect(typeof arb['@@x-name']).toBe('string');
    expect(['ltr', 'rtl']).toContain(arb['@@x-dir']);
    if (file === 'de.arb') return; // the original
    if ((arb['@@x-checked-by'] as unknown[]).length > 0) return;
    for (const [key] of messages(arb)) expect((arb[`@${key}`] as { 'x-checked'?: boolean } | undefined)?.['x-checked'], `${file} ${key}`).toBe(false);
  });

  it('Arabic runs right to left, every other language left to right', () => {
    for (const file of files) expect(read(file)['@@x-dir'], file).toBe(file === 'ar.arb' ? 'rtl' : 'ltr');
  });
});
