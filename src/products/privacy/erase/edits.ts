// The removals of `erase` as edits of the files: per file, from the back (a list item removed
// first does not move the items before it), and a list that loses every item goes with its key
// (`contacts:` left empty would be invalid).
import type { Change } from '../../../edit/place.js';
import type { Edit, Path } from '../../../edit/types.js';
import type { Removal } from './plan.js';

/** Lists that may go as a whole once they are empty (all optional in the schemas). */
const OPTIONAL_LISTS = new Set(['contacts', 'topics', 'tags']);

/** Descending order of paths: later list items first. */
function compareDesc(a: Path, b: Path): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const x = a[i]!;
    const y = b[i]!;
    if (x === y) continue;
    if (typeof x === 'number' && typeof y === 'number') return y - x;
    return String(x) < String(y) ? 1 : -1;
  }
  return b.length - a.length;
}

/** `lengthOf(file, path)`: how many items the list at `path` of `file` has. */
export function removalChanges(removals: readonly Removal[], lengthOf: (file: string, path: Path) => number): Change[] {
  const byFile = new Map<string, Path[]>();
  for (const r of removals) byFile.set(r.file, [...(byFile.get(r.file) ?? []), r.path]);
  const changes: Change[] = [];
  for (const [file, paths] of byFile) {
    // items of one list, by the list's path
    const lists = new Map<string, { list: Path; count: number }>();
    for (const p of paths) {
      if (typeof p.at(-1) !== 'number') continue;
      const list = p.slice(0, -1);
      const k = JSON.stringify(list);
      lists.set(k, { list, count: (lists.get(k)?.count ?? 0) + 1 });
    }
    const out: Path[] = [];
    for (const p of paths) {
      const list = p.slice(0, -1);
      const whole = lists.get(JSON.stringify(list));
      if (typeof p.at(-1) === 'number' && whole && OPTIONAL_LISTS.has(String(list.at(-1))) && whole.count === lengthOf(file, list)) {
        if (!out.some((q) => JSON.stringify(q) === JSON.stringify(list))) out.push(list);
      } else out.push(p);
    }
    const edits: Edit[] = out.sort(compareDesc).map((path) => ({ op: 'remove', path }));
    changes.push({ file, edits });
  }
  return changes;
}
