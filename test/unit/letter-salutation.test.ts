// How the Art. 15 letter greets and addresses a person: by salutation and surname when the data
// says Frau or Herr (`salutation`), academic titles and name particles kept with the surname;
// else "Guten Tag" with the full name.
import { describe, expect, it } from 'vitest';
import { LETTER_WORDS } from '../../src/products/privacy/letter/words.js';

describe('the letter greets', () => {
  const de = LETTER_WORDS.de;
  const en = LETTER_WORDS.en;

  it('by salutation and surname', () => {
    expect(de.salutation('Wiebke Hendricks', 'Frau')).toBe('Sehr geehrte Frau Hendricks,');
    expect(de.salutation('Lukas Verhülsdonk', 'Herr')).toBe('Sehr geehrter Herr Verhülsdonk,');
    expect(de.salutation('Kerstin Lohmann-Şahin', 'Frau')).toBe('Sehr geehrte Frau Lohmann-Şahin,');
    expect(en.salutation('Wiebke Hendricks', 'Frau')).toBe('Dear Ms Hendricks,');
    expect(en.salutation('Lukas Verhülsdonk', 'Herr')).toBe('Dear Mr Verhülsdonk,');
  });

  it('keeps titles and name particles with the surname', () => {
    expect(de.salutation('Dr. Anna von der Heide', 'Frau')).toBe('Sehr geehrte Frau Dr. von der Heide,');
    expect(de.salutation('Prof. Dr. Jan de Vries', 'Herr')).toBe('Sehr geehrter Herr Prof. Dr. de Vries,');
    expect(de.salutation('Hendricks', 'Frau')).toBe('Sehr geehrte Frau Hendricks,');
  });

  it('without a salutation: "Guten Tag" with the full name', () => {
    expect(de.salutation('Agnieszka Nowicka', undefined)).toBe('Guten Tag Agnieszka Nowicka,');
    expect(en.salutation('Agnieszka Nowicka', undefined)).toBe('Dear Agnieszka Nowicka,');
  });

  it('and addresses the envelope with the salutation before the full name', () => {
    expect(de.addresseeName('Wiebke Hendricks', 'Frau')).toBe('Frau Wiebke Hendricks');
    expect(en.addresseeName('Lukas Verhülsdonk', 'Herr')).toBe('Mr Lukas Verhülsdonk');
    expect(de.addresseeName('Agnieszka Nowicka', undefined)).toBe('Agnieszka Nowicka');
  });
});
