// "Did you mean …?" for near misses in enum values, keys and references.
import { foldText } from './model/slug.js';

/**
 * Optimal string alignment distance (Levenshtein with adjacent transpositions), exact up to `max`;
 * above it, some number greater than `max`. Three rows of the table (the transposition looks two
 * rows back) and only the band |i - j| <= max of each: two 30,000-character strings cost a few
 * hundred thousand steps instead of a 30,000 × 30,000 table (4 GB). Stops as soon as a whole row
 * is above `max`.
 */
export function editDistance(a: string, b: string, max = Infinity): number {
  if (a === b) return 0;
  const n = a.length;
  const m = b.length;
  if (Math.abs(n - m) > max) return max + 1;
  const band = Math.min(max, Math.max(n, m));
  const over = max + 1; // Infinity when unbounded
  let before = new Array<number>(m + 1); // row i - 2
  let previous = new Array<number>(m + 1); // row i - 1
  let current = new Array<number>(m + 1); // row i
  for (let j = 0; j <= m; j++) previous[j] = j <= band ? j : over;
  for (let i = 1; i <= n; i++) {
    const lo = Math.max(1, i - band);
    const hi = Math.min(m, i + band);
    current[0] = i <= band ? i : over;
    if (lo > 1) current[lo - 1] = over;
    let rowMin = current[lo - 1]!;
    for (let j = lo; j <= hi; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, before[j - 2]! + 1);
      current[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (hi < m) current[hi + 1] = over;
    if (rowMin > max) return over;
    [before, previous, current] = [previous, current, before];
  }
  return Math.min(previous[m]!, over);
}

/** The closest candidate, if it is close enough to be a likely typo. */
export function suggest(value: string, candidates: Iterable<string>): string | undefined {
  const v = foldText(value);
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const c of candidates) {
    const f = foldText(c);
    // The distance is at least the difference in length, and more than 5 is never suggested:
    // skipping those keeps a 1 MB value or 10,000 ids from costing seconds.
    if (Math.abs(v.length - f.length) > 5) continue;
    const limit = Math.max(1, Math.min(3, Math.floor(Math.max(v.length, f.length) / 3)));
    const dist = f === v ? 0 : editDistance(v, f, limit + 2);
    if (dist <= limit && dist < bestDistance) {
      best = c;
      bestDistance = dist;
    } else if (dist < bestDistance && dist <= limit + 2 && (f.startsWith(v) || v.startsWith(f)) && v.length >= 3) {
      best = c;
      bestDistance = dist;
    }
  }
  return best;
}
