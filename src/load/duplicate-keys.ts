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
      const seen = new Set<unknown>();
      for (const pair of node.items) {
        const key = pair.key;
        if (isScalar(key)) {
          if (seen.has(key.value)) found.push({ offset: key.range?.[0] ?? 0, key: String(key.value) });
          else seen.add(key.value);
        } else stack.push(key);
        stack.push(pair.value);
      }
    } else if (isSeq(node)) {
      for (const item of node.items) stack.push(isPair(item) ? item.value : item);
    }
  }
  return found;
}
