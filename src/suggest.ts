// "Did you mean …?" for near misses in enum values, keys and references.

/** Optimal string alignment distance (Levenshtein with adjacent transpositions). */
export function editDistance(a: string, b: string): number {
  const d: number[][] = [];
  for (let i = 0; i <= a.length; i++) d.push([i]);
  for (let j = 1; j <= b.length; j++) d[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, d[i - 2]![j - 2]! + 1);
      d[i]![j] = v;
    }
  }
  return d[a.length]![b.length]!;
}

/** Case-, accent- and umlaut-insensitive form: "Müller" → "mueller", "Muller" → "muller". */
export function foldText(text: string): string {
  return text
    .toLowerCase()
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'oe')
    .replace(/ü/g, 'ue')
    .replace(/ß/g, 'ss')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '');
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
    const dist = f === v ? 0 : editDistance(v, f);
    const limit = Math.max(1, Math.min(3, Math.floor(Math.max(v.length, f.length) / 3)));
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
