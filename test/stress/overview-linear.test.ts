// Issue 31: the overview over many networks is linear in their number: the overview of 4n report
// files (the examples' public reports, each copied as many networks: bench/overview-reports.mjs,
// as in `npm run bench`) takes about four times that of n files, never the sixteen times of a
// quadratic one; it counts every one of them.
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeReportFiles } from '../../bench/overview-reports.mjs';
import { bySize, expectLinear } from '../support/budget.js';
import { EXAMPLE_NAMES, EXAMPLES, run, tempDir } from '../support/helpers.js';

// n of some milliseconds at least (25 files took 6 ms: a busy machine decided the ratio)
const N = bySize(50, 100);
const TODAY = ['--today', '2026-11-23'];
const scratch = tempDir('netzwerk-overview-linear-');
afterAll(() => scratch.remove());

describe('overview of many report files', () => {
  it(`is linear in their number (${N} and ${4 * N} files)`, async () => {
    const bases: unknown[] = [];
    for (const name of EXAMPLE_NAMES)
      bases.push(JSON.parse((await run(['report', join(EXAMPLES, name), '--audience', 'public', '--format', 'json', ...TODAY])).stdout));
    for (const n of [N, 4 * N]) writeReportFiles(join(scratch.dir, String(n)), n, bases);
    const overview = async (n: number) => {
      const r = await run(['overview', join(scratch.dir, String(n)), '--format', 'json', ...TODAY]);
      expect(r.code, r.stderr).toBe(0);
      return JSON.parse(r.stdout) as { totals: { networks: number } };
    };
    // The large input once before the timing too (expectLinear warms up with the small one only):
    // the heap grows for it (network/heap.ts roomFor) the first time, not in the run timed.
    await overview(4 * N);
    const { small, large } = await expectLinear('overview', N, overview);
    expect(small.totals.networks).toBe(N);
    expect(large.totals.networks).toBe(4 * N);
  });
});
