// The same cases against the built bin (needs `npm run build`, which `npm test` does first):
// the real process must say exactly what main() says in-process. Compares only; the in-process
// test writes the golden files.
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { asBin, CASES, goldenOf, runCase } from '../support/cli-cases.js';

describe('CLI cases, real bin', () => {
  it.each(CASES.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    const golden = goldenOf(c);
    expect(existsSync(golden), `${golden} is missing: run UPDATE_GOLDEN=1 npx vitest run test/cli-cases.test.ts`).toBe(true);
    expect(await runCase(c, asBin)).toBe(readFileSync(golden, 'utf8'));
  });
});
