// Every command's cases in-process, against golden files (the table: test/support/cli-cases.ts).
import { describe, it } from 'vitest';
import { CASES, expectGolden, goldenOf, inProcess, runCase } from '../support/cli-cases.js';

describe('CLI cases, in-process', () => {
  it.each(CASES.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    expectGolden(goldenOf(c), await runCase(c, inProcess));
  });
});
