// Keys that stand twice in the same map (`status:` written twice), found with one set per map.
// yaml's own check (uniqueKeys) compares each key with every key before it: a file with 40,000
// keys took half a minute. This walk is linear and iterative (no recursion, whatever the depth).
import { isMap, isPair, isScalar, isSeq, type Document } from 'yaml';

export interface DuplicateKey {
  /** Offset of the second (third …) occurrence of the key in the text. */
  offset: number;
  key: string;
}

export function duplicateKeys(doc: Document.Parsed): DuplicateKey[] {
  const found: DuplicateKey[] = [];
  const stack: unknown[] = [doc.contents];
  while (stack.length > 0) {
    const node = stack.pop();
    if (isMap(node)) {
      const items = node.items;
      // A small map is compared key by key; a Set for each of them cost more than it saved.
      const seen = items.length > SMALL_MAP ? new Set<unknown>() : undefined;
      for (let i = 0; i < items.length; i++) {
        const key = items[i]!.key;
        if (isScalar(key)) {
          const twice = seen ? seen.has(key.value) : stoodBefore(items, i, key.value);
          if (twice) found.push({ offset: key.range?.[0] ?? 0, key: String(key.value) });
          else seen?.add(key.value);
        } else stack.push(key);
        stack.push(items[i]!.value);
      }
    } else if (isSeq(node)) {
      for (const item of node.items) stack.push(isPair(item) ? item.value : item);
    }
  }
  return found;
}

const SMALL_MAP = 12;

/** Whether a key before `end` has this value (compared as a Set compares: NaN equals NaN). */
function stoodBefore(items: readonly { key: unknown }[], end: number, value: unknown): boolean {
  for (let j = 0; j < end; j++) {
    const key = items[j]!.key;
    if (isScalar(key) && (key.value === value || (key.value !== key.value && value !== value))) return true;
  }
  return false;
}
