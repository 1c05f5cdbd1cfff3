// The names on the certificates, from the list a coordinator brings: the name column found as
// `import` finds its columns (a title above the table, "Vorname" and "Nachname" together, a
// header in other words), else the first column of a list without headers.
import { describe, expect, it } from 'vitest';
import { namesFrom } from '../../src/products/certificate/names.js';

const table = (rows: string[][]) => ({ rows });

describe('namesFrom', () => {
  it('joins Vorname and Nachname below a title and an empty row', () => {
    expect(
      namesFrom(table([['Teilnahmeliste Fachtag 2026'], [''], ['Vorname', 'Nachname', 'Einrichtung'], ['Erika', 'Beispiel', 'Kita'], ['Max', ' Probe ', '']])),
    ).toEqual(['Erika Beispiel', 'Max Probe']);
  });

  it('takes the column that names the participants, not the first', () => {
    expect(
      namesFrom(
        table([
          ['Nr.', 'Name der Teilnehmerin', 'E-Mail'],
          ['1', 'Jana  Neumann', 'j@x.example'],
          ['2', '', ''],
          ['3', 'Ole Test', ''],
        ]),
      ),
    ).toEqual(['Jana Neumann', 'Ole Test']);
  });

  it('reads a list without headers from its first column', () => {
    expect(namesFrom(table([['Erika Beispiel'], ['Max Probe']]))).toEqual(['Erika Beispiel', 'Max Probe']);
  });
});
