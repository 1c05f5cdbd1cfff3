// The table of everyday words in docs/import.md says what `import`, `add --sector` and `set sector=`
// do with each word: every row is checked against the one reading the program uses.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sectorOf, sectorsIn } from '../../src/products/editing/sectors.js';
import { SECTOR_LABELS } from '../../src/i18n/labels.js';
import { ROOT } from '../support/helpers.js';

const doc = readFileSync(join(ROOT, 'docs', 'import.md'), 'utf8');
const table = doc.slice(doc.indexOf('| Begriff | Bereich (Kennung) |'));
const rows = [...table.matchAll(/^\| ([^|]+) \| ([^|]+) \(`([a-z_]+)`\) \|$/gm)].map((m) => ({ term: m[1]!.trim(), label: m[2]!.trim(), key: m[3]! }));

describe('the table of sector words in docs/import.md', () => {
  it('has the everyday terms the issue names', () => {
    expect(rows.length).toBeGreaterThan(50);
    const terms = rows.map((r) => r.term);
    for (const t of ['Weiterführende Schule', 'Gymnasium', 'Eingliederungshilfe', 'Frühförderung', 'ASD', 'Erziehungsberatung', 'Familienzentrum', 'Hebamme'])
      expect(terms, t).toContain(t);
  });

  it('names for each term the sector the program reads, with its label as the reports print it', () => {
    for (const { term, label, key } of rows) {
      expect(sectorOf(term), term).toBe(key);
      expect(label, term).toBe(SECTOR_LABELS[key as keyof typeof SECTOR_LABELS].de);
    }
  });

  it('a cell of two fields gives the best of both, as the text says', () => {
    expect(sectorsIn('Frühförderung / Eingliederungshilfe')[0]).toBe('eingliederungshilfe');
    expect(doc).toContain('„Frühförderung / Eingliederungshilfe“');
  });
});
