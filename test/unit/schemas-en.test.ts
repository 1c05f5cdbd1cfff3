// The English schemas (schemas/en/, for `netzwerk init --lang en`): written from the German ones,
// every text in English, everything else the same, so that both check exactly alike.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs build script without type declarations
import { generateEnglishSchemas, SCHEMA_DIR, TARGET_DIR, textsOf } from '../../scripts/build-schemas-en.mjs';

type Json = Record<string, unknown>;
const generated = generateEnglishSchemas() as { files: Record<string, string>; missing: string[]; unused: string[] };
const FILES = Object.keys(generated.files);

/** The schema without its texts: what is left must be the same in both languages. */
function withoutTexts(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(withoutTexts);
  if (node === null || typeof node !== 'object') return node;
  return Object.fromEntries(
    Object.entries(node as Json)
      .filter(([key, value]) => !(['title', 'description', 'errorMessage', 'patternErrorMessage', 'label'].includes(key) && typeof value === 'string'))
      .filter(([key]) => key !== 'enumDescriptions')
      .map(([key, value]) => [key, withoutTexts(value)]),
  );
}

describe('English schemas', () => {
  it('exist for every schema and are up to date (else: npm run generate)', () => {
    expect(FILES).toEqual(expect.arrayContaining(['network.schema.json', 'partners.schema.json', 'meetings.schema.json', 'agreements.schema.json']));
    for (const file of FILES) expect(readFileSync(`${TARGET_DIR}${file}`, 'utf8') === generated.files[file], file).toBe(true);
  });

  it('have English for every German text, and no English for texts that are gone', () => {
    expect(generated.missing, 'add these to src/i18n/schema-texts.en.json').toEqual([]);
    expect(generated.unused, 'remove these from src/i18n/schema-texts.en.json').toEqual([]);
  });

  for (const file of FILES) {
    it(`${file}: the same schema, only the texts translated`, () => {
      const german = JSON.parse(readFileSync(`${SCHEMA_DIR}${file}`, 'utf8')) as Json;
      const english = JSON.parse(generated.files[file]!) as Json;
      expect(withoutTexts(english)).toEqual(withoutTexts(german));
      const de = textsOf(german) as string[];
      const en = textsOf(english) as string[];
      expect(en.length).toBe(de.length);
      // A sentence left in German would be a forgotten translation (short names may agree: Name, Region).
      en.forEach((text, i) => {
        if (de[i]!.length > 25) expect(text, de[i]).not.toBe(de[i]);
        expect(text, de[i]).not.toMatch(/\b(der|die|das|und|oder|nicht|fehlt|Pflichtangabe)\b|Beispiel:/);
      });
    });
  }
});
