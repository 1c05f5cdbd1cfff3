// Issue 26: an import of many rows of ONE institution was quadratic (each row copied the
// institution's list of rows, and compared its name with every name before it): a 400 KB CSV took
// 11.6 minutes. Linear now: the plan of 4n rows takes about four times the plan of n rows, never
// the sixteen times of a quadratic one. A ratio, not a time limit: it holds on a busy machine.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readNetworkFolder } from '../../src/load/read-folder.js';
import { planImport } from '../../src/products/editing/import/plan.js';
import { validateNetwork } from '../../src/validate/validate-network.js';
import { EXAMPLES } from '../support/helpers.js';

const FULL = process.env.NETZWERK_TEST_SIZE === 'full';
const N = FULL ? 4_000 : 1_000;

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

/** The best of three runs, in milliseconds. */
function best(n: number): number {
  const rows = table(n);
  let ms = Infinity;
  for (let k = 0; k < 3; k++) {
    const start = performance.now();
    const plan = planImport(rows, model, '2026-11-23');
    ms = Math.min(ms, performance.now() - start);
    expect(plan!.newPartners[0]!.contacts).toBe(n);
  }
  return ms;
}

describe('import of many rows of one institution', () => {
  it(`is linear: ${4 * N} rows take less than eight times ${N} rows (quadratic: sixteen)`, () => {
    best(200); // warm up
    const ratio = best(4 * N) / best(N);
    expect(ratio).toBeLessThan(8);
  });
});
