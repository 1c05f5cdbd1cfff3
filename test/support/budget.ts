// How big the size-driven tests run: NETZWERK_TEST_SIZE=full (npm run test:ci, .ci/run) gives the
// full sizes; anything else (npm test, npm run test:quick) small ones that still reach every branch.
import { performance } from 'node:perf_hooks';
import { expect } from 'vitest';

export const FULL = process.env.NETZWERK_TEST_SIZE === 'full';

/** `small` in npm test, `full` in npm run test:ci. */
export const bySize = <T>(small: T, full: T): T => (FULL ? full : small);

/** Seeded fuzz cases over the examples (test/stress/fuzz.test.ts). */
export const FUZZ_CASES = bySize(25, 300);
/** Seeded slips over every file of the examples (test/stress/yaml-slips-matrix.test.ts). */
export const SLIP_CASES = bySize(80, 1_000);

/** The best of `runs` timings of `work`, in milliseconds (the least disturbed by other processes). */
export async function bestTime(work: () => unknown, runs = 3): Promise<number> {
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await work();
    best = Math.min(best, performance.now() - start);
  }
  return best;
}

/**
 * Linear, not quadratic: `work(4n)` takes less than `limit` times `work(n)` (linear gives about 4,
 * quadratic 16), each the best of three. A ratio of two timings on the same machine, so a busy
 * machine slows both and no wall-clock limit is needed. `work(n)` should take some milliseconds
 * at least, or the timer's granularity and fixed costs decide. Returns the two sizes' results of a
 * last run, for checks of what they did.
 */
export async function expectLinear<T>(what: string, n: number, work: (n: number) => T | Promise<T>, limit = 8): Promise<{ small: T; large: T }> {
  await work(n); // warm-up: the first run compiles the code
  let small: T | undefined;
  let large: T | undefined;
  const t1 = await bestTime(async () => (small = await work(n)));
  const t4 = await bestTime(async () => (large = await work(4 * n)));
  const ratio = t4 / Math.max(t1, 0.5);
  expect(ratio, `${what}: ${t1.toFixed(1)} ms at n = ${n}, ${t4.toFixed(1)} ms at 4n (ratio ${ratio.toFixed(1)}, linear ≈ 4, quadratic ≈ 16)`).toBeLessThan(
    limit,
  );
  return { small: small as T, large: large as T };
}
