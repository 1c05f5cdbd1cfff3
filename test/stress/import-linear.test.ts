// Issue 26: an import of many rows of ONE institution was quadratic (each row copied the
// institution's list of rows, and compared its name with every name before it): a 400 KB CSV took
// 11.6 minutes. Linear now: the plan of 4n rows takes about four times the plan of n rows, never
// the sixteen times of a quadratic one.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readNetworkFolder } from '../../src/load/read-folder.js';
import { planImport } from '../../src/products/editing/import/plan.js';
import { validateNetwork } from '../../src/validate/validate-network.js';
import { bySize, expectLinear } from '../support/budget.js';
import { EXAMPLES } from '../support/helpers.js';

const N = bySize(1_000, 4_000);

const model = (() => {
  const result = validateNetwork(readNetworkFolder(join(EXAMPLES, 'herne')), { today: '2026-11-23', lang: 'de' });
  if (!result.ok) throw new Error('the example must be valid');
  return result.model;
})();

/** A list of `n` different persons at one institution (the case of the review). */
const table = (n: number): string[][] => [
  ['Einrichtung', 'Bereich', 'Name', 'E-Mail'],
  ...Array.from({ length: n }, (_, i) => [
    'Kreisverwaltung Beispielkreis – Zentrale Dienste',
    'Sonstige',
    `Person Nummer ${i} Beispiel`,
    `person${i}@kreis-beispiel.example`,
  ]),
];

describe('import of many rows of one institution', () => {
  it(`is linear in the rows (${N} and ${4 * N} rows)`, async () => {
    const { small, large } = await expectLinear('planImport', N, (n) => planImport(table(n), model, { today: '2026-11-23', allowSimilar: false }));
    expect(small!.newPartners[0]!.contacts).toHaveLength(N);
    expect(large!.newPartners[0]!.contacts).toHaveLength(4 * N);
  });
});
