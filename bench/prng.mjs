// mulberry32: a small seeded PRNG of our own, so that generated data (bench/generate.mjs) and
// fuzz cases (test/stress/fuzz.test.ts) depend on the seed only, not on the engine's Math.random.
export function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
