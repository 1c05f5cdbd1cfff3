// The apostrophe that keeps a CSV cell from being run as a formula or read as a number, and the
// way back for lists read in again (import, attendance).
import { describe, expect, it } from 'vitest';
import { neutralise, phoneCell, unneutralise } from '../../src/formats/csv-cells.js';

const CELLS = [
  '=SUMME(A1)',
  '+49 2821 1234',
  '-Beratung',
  '@home',
  '  =x',
  '\tx',
  '\nx',
  '\r\nx',
  '\uFF1Dx',
  '02821123',
  ' 0123 ',
  '12,50',
  'Kita Sonnenschein',
  '',
  'a = b',
];

describe('CSV cells', () => {
  it('come back as they were from every apostrophe the writer puts', () => {
    for (const cell of CELLS) {
      expect(unneutralise(neutralise(cell)), JSON.stringify(cell)).toBe(cell);
      expect(unneutralise(phoneCell(cell)), JSON.stringify(cell)).toBe(cell);
    }
    expect(phoneCell('02821123')).toBe("'02821123"); // the writer did put one
  });

  it('keep an apostrophe of their own: a text that begins with one', () => {
    for (const cell of ["'s Hertogenbosch", "'Zitat'", "'", "' Leerzeichen", "''=x"]) expect(unneutralise(cell)).toBe(cell);
  });
});
