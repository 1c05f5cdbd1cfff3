// One catalogue for every sentence (src/i18n/): every code the program uses exists in both
// languages, every text of the catalogue can be said, and no language choice sits outside src/i18n/.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { allCodes, hasText, t } from '../../src/i18n/catalogue.js';
import { LANGS } from '../../src/i18n/lang.js';
import { ROOT } from '../support/helpers.js';

const SRC = join(ROOT, 'src');
const sources = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []));
const FILES = sources(SRC).filter((f) => !f.includes('generated'));

/** Codes written out where a text is asked for: t(lang, 'x'), new UsageError('x'), FileError('x'), r.error/warning(…, 'x'), fail(…, 'x'). */
function usedCodes(): Map<string, string> {
  const found = new Map<string, string>();
  const patterns = [
    /\bt\([^,()]+,\s*'([^']+)'/g,
    /\bnew (?:UsageError|FileError)\('([^']+)'/g,
    /\.(?:error|warning)\(\s*[\w.]+,\s*(?:\[[^\]]*\]|[\w.]+),\s*'([^']+)'/g,
    /\.add\('(?:error|warning)',[^;]*?\],\s*'([^']+)'/g,
    /\bfail\(\d+,\s*\d+,\s*'([^']+)'/g,
    /\bcode: '([^']+)'/g,
    /\bctx\.(?:say|note)\('([^']+)'/g,
  ];
  for (const file of FILES) {
    const text = readFileSync(file, 'utf8');
    for (const re of patterns) for (const m of text.matchAll(re)) found.set(m[1]!, relative(ROOT, file));
  }
  return found;
}

describe('the catalogue', () => {
  it('has every code the program uses, in German and English', () => {
    const used = usedCodes();
    // the scan sees each way a code is written: a t() call, an error, a rule, a parse failure
    for (const code of ['note.calendar-empty', 'usage.choice', 'file.out-failed', 'contact-retention', 'unknown-reference', 'yaml-too-deep', 'yaml-tab'])
      expect(used.has(code), code).toBe(true);
    const missing = [...used].filter(([code]) => !hasText(code)).map(([code, file]) => `${code} (${file})`);
    expect(missing).toEqual([]);
  });

  it('says every text in both languages without failing', () => {
    const params = new Proxy({}, { get: (_, key) => (key === 'count' || key === 'errors' ? 2 : `‹${String(key)}›`) });
    for (const code of allCodes()) {
      for (const lang of LANGS) {
        const text = t(lang, code, params as never);
        expect(typeof text).toBe('string');
        expect(text.length, `${code} ${lang}`).toBeGreaterThan(0);
      }
    }
  });

  it('has each code in one part only (a second one would never be said)', () => {
    const codes = allCodes();
    expect(codes.filter((code, i) => codes.indexOf(code) !== i)).toEqual([]);
    expect(codes.length).toBeGreaterThan(400);
  });

  it('an unknown code is a bug that shows at once', () => {
    // @ts-expect-error a code the catalogue does not have is a compile error (npm test's type check)
    expect(() => t('de', 'gibt-es-nicht')).toThrow('no text for gibt-es-nicht');
  });

  it('no language choice outside src/i18n/', () => {
    const inline = FILES.filter((f) => !relative(SRC, f).startsWith('i18n')).filter((f) =>
      /lang === 'de'|lang === 'en'|=== 'de' \?/.test(readFileSync(f, 'utf8')),
    );
    expect(inline.map((f) => relative(ROOT, f))).toEqual([]);
  });
});
