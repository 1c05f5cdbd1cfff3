// The same cases against the built bin (needs `npm run build`, which `npm test` does first):
// the real process must say exactly what main() says in-process. Compares only; the in-process
// test (test/cli/cli-cases.test.ts) writes the golden files. The cases run side by side (the
// system project's maxConcurrency), each its own process. npm test runs every second case (the
// in-process test runs them all); at full size every case.
import { existsSync, readFileSync } from 'node:fs';
import { describe, it } from 'vitest';
import { FULL } from '../support/budget.js';
import { asBin, CASES, goldenOf, runCase } from '../support/cli-cases.js';

const CHOSEN = CASES.filter((_, i) => FULL || i % 2 === 0);

describe('CLI cases, real bin', () => {
  it.concurrent.for(CHOSEN.map((c) => [c.name, c] as const))('%s', async ([, c], { expect }) => {
    const golden = goldenOf(c);
    expect(existsSync(golden), `${golden} is missing: run UPDATE_GOLDEN=1 npx vitest run test/cli/cli-cases.test.ts`).toBe(true);
    expect(await runCase(c, asBin)).toBe(readFileSync(golden, 'utf8'));
  });
});
