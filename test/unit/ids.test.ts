import { describe, expect, it } from 'vitest';
import { idFrom, uniqueId } from '../../src/edit/ids.js';
import { isValidId } from '../../src/model/slug.js';

describe('ids made from names', () => {
  it('keep a short name whole', () => {
    expect(idFrom('Grundschule am Park')).toBe('grundschule-am-park');
    expect(idFrom('Kreis Viersen – Kreisjugendamt')).toBe('kreis-viersen-kreisjugendamt');
    expect(idFrom('2027-02 Fachtag Kinderschutz')).toBe('2027-02-fachtag-kinderschutz');
  });

  it('make a long name short (about 40 characters), its significant words first, never cut inside a word', () => {
    const cases: [string, string][] = [
      ['Stadt Herne – Fachbereich Kinder-Jugend-Familie (Jugendamt), Allgemeiner Sozialer Dienst', 'herne-kinder-jugend-familie-jugendamt'],
      ['Deutscher Kinderschutzbund Ortsverband Herne/Wanne-Eickel e.V.', 'kinderschutzbund-herne-wanne-eickel'],
      ['Polizeipräsidium Bochum – Kriminalprävention/Opferschutz (zuständig für Herne)', 'polizeipraesidium-bochum'],
      ['2027-02 Fachtag Kinderschutz: Gewalt gegen Kinder erkennen und handeln – für Fachkräfte aus Schule und Kita', '2027-02-fachtag-kinderschutz-gewalt'],
    ];
    for (const [name, id] of cases) {
      expect(idFrom(name), name).toBe(id);
      expect(id.length).toBeLessThanOrEqual(42);
      expect(isValidId(id)).toBe(true);
    }
  });

  it('are unique in their collection, with a number after', () => {
    expect(uniqueId('Grundschule am Park', new Set(['grundschule-am-park', 'grundschule-am-park-2']))).toBe('grundschule-am-park-3');
    expect(uniqueId('!!!', new Set())).toBe('eintrag');
  });
});
