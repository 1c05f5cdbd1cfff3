// From a path inside a file to the line and column of the YAML node it names.
import { isMap, isScalar, isSeq, YAMLMap, type Document, type Node, type Pair } from 'yaml';
import type { Origin } from '../model/types.js';
import type { ParsedFile } from './parse-yaml.js';

export interface Position {
  line: number;
  column: number;
}

/** Line and column of a place in the network's files: an item's origin and a path below it. */
export type Locate = (origin: Origin, sub?: readonly (string | number)[]) => Position;

/**
 * The position of `path` in the file. With `key`, the last segment's key rather than its value
 * (an unknown property points at its name). A path that does not exist points at the deepest
 * node that does (a missing property points at its parent).
 */
export function locate(parsed: ParsedFile, path: readonly (string | number)[], key = false): Position {
  let node: Node | null = parsed.doc.contents as Node | null;
  let keyNode: Node | null = null;
  for (const seg of path) {
    if (isMap(node)) {
      const pair = pairOf(node, String(seg), parsed.doc);
      if (!pair) break;
      keyNode = pair.key;
      node = pair.value ?? pair.key;
    } else if (isSeq(node) && typeof seg === 'number' && node.items[seg]) {
      keyNode = null;
      node = node.items[seg] as Node;
    } else break;
  }
  const target = key && keyNode ? keyNode : node;
  const offset = target?.range?.[0] ?? 0;
  const pos = parsed.lineCounter.linePos(offset);
  return { line: pos.line, column: pos.col };
}

/** The source text of the scalar at `path`, as the user typed it (`01067`, not 1067). */
export function sourceText(parsed: ParsedFile, path: readonly (string | number)[]): string | undefined {
  let node: unknown = parsed.doc.contents;
  for (const seg of path) {
    if (isMap(node)) node = pairOf(node as YAMLMap<Node, Node>, String(seg), parsed.doc)?.value;
    else if (isSeq(node) && typeof seg === 'number') node = node.items[seg];
    else return undefined;
  }
  if (isScalar(node) && node.range) return parsed.text.slice(node.range[0], node.range[1]).trim();
  return undefined;
}

/**
 * Each map's pairs by key, built once per map when first asked: a diagnostic per key of a map
 * with 40,000 keys would otherwise search the map 40,000 times. The first of equal keys wins.
 */
const PAIRS = new WeakMap<YAMLMap, Map<string, Pair<Node, Node>>>();

function pairOf(map: YAMLMap, key: string, doc: Document.Parsed): Pair<Node, Node> | undefined {
  let pairs = PAIRS.get(map);
  if (!pairs) {
    pairs = new Map();
    for (const pair of map.items as Pair<Node, Node>[]) {
      const text = keyText(pair, doc);
      if (text !== undefined && !pairs.has(text)) pairs.set(text, pair);
    }
    PAIRS.set(map, pairs);
  }
  return pairs.get(key);
}

/** The key of a pair as it is in the plain data (a list or map as key becomes text, e.g. `[ a, b ]`). */
function keyText(pair: Pair<Node, Node>, doc: Document.Parsed): string | undefined {
  if (isScalar(pair.key)) return String(pair.key.value);
  if (pair.key === null) return undefined;
  // Rare (a mistake, in these files): let yaml turn the key into text the way it did for the data.
  const single = new YAMLMap(doc.schema);
  single.items.push(pair);
  return Object.keys(single.toJS(doc) as object)[0];
}
