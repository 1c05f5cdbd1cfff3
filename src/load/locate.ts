// From a path inside a file to the line and column of the YAML node it names.
//
// The positions are taken from the parsed document once, into a compact index (PositionIndex),
// and the document itself is dropped: it holds some five objects per value, and keeping a
// thousand of them for the messages made the garbage collector copy them again and again while
// the next files were read (checking the benchmark's large network took a tenth longer). The
// index holds six numbers and a key per node, in two arrays.
import { isMap, isScalar, isSeq, YAMLMap, type Document, type Node, type Pair, type YAMLSeq } from 'yaml';
import type { Origin } from '../model/types.js';

export interface Position {
  line: number;
  column: number;
}

/** Line and column of a place in the network's files: an item's origin and a path below it. */
export type Locate = (origin: Origin, sub?: readonly (string | number)[]) => Position;

type Path = readonly (string | number)[];

/** What the index needs of a parsed file (ParsedFile in parse-yaml.ts). */
export interface Located {
  text: string;
  positions: PositionIndex;
  lineCounter: { linePos(offset: number): { line: number; col: number } };
}

// Per node, six numbers in `nodes`: where its key begins (-1 for a list item or the top; NONE
// for a hole in a list, which is no node), where its value begins (its key's place when it has
// no value), where a scalar's text ends (-1 for anything else), its children: the number of the
// first and how many, and whether it is a list. A node's children are numbered one after the
// other, so a list's item i is first + i, and a map's key is found among its children's `keys`.
const KEY = 0;
const VALUE = 1;
const END = 2;
const FIRST = 3;
const COUNT = 4;
const LIST = 5;
const SLOTS = 6;
const NONE = -2;
/** Maps with more keys are searched through a Map of their keys, made when first searched. */
const SCAN_LIMIT = 16;

export class PositionIndex {
  private readonly nodes: number[] = [];
  /** Per node, its key as in the plain data (undefined for list items and keys that are no text). */
  private readonly keys: (string | undefined)[] = [];
  /** For large maps, by node number: their children by key (the first of equal keys). */
  private readonly large = new Map<number, Map<string, number>>();

  constructor(doc: Document.Parsed) {
    // Iterative: a deeply nested file must not overflow the stack here either.
    const pending: { node: YAMLMap | YAMLSeq; at: number }[] = [];
    const add = (key: Node | null, keyText: string | undefined, value: Node | null): void => {
      const at = this.keys.length;
      const shown = value ?? key;
      this.nodes.push(key?.range?.[0] ?? -1, shown?.range?.[0] ?? 0, isScalar(value) && value.range ? value.range[1] : -1, 0, 0, isSeq(value) ? 1 : 0);
      this.keys.push(keyText);
      if (isMap(value) || isSeq(value)) pending.push({ node: value, at });
    };
    add(null, undefined, doc.contents as Node | null);
    while (pending.length > 0) {
      const { node, at } = pending.pop()!;
      this.nodes[at * SLOTS + FIRST] = this.keys.length;
      this.nodes[at * SLOTS + COUNT] = node.items.length;
      if (isMap(node)) {
        for (const pair of node.items as Pair<Node, Node>[]) add(pair.key, keyText(pair, doc), pair.value);
      } else {
        for (const item of node.items as (Node | null)[]) {
          if (item) add(null, undefined, item);
          else {
            this.nodes.push(NONE, 0, -1, 0, 0, 0);
            this.keys.push(undefined);
          }
        }
      }
    }
  }

  /** The node of the path, or of the deepest part of it that exists, and whether all of it did. */
  find(path: Path): { node: number; whole: boolean } {
    let node = 0;
    for (const seg of path) {
      const child = this.child(node, seg);
      if (child === undefined) return { node, whole: false };
      node = child;
    }
    return { node, whole: true };
  }

  private child(node: number, seg: string | number): number | undefined {
    const first = this.nodes[node * SLOTS + FIRST]!;
    const count = this.nodes[node * SLOTS + COUNT]!;
    if (count === 0) return undefined;
    if (this.nodes[node * SLOTS + LIST] === 1) {
      // item `seg`, if that is an index and no hole
      const at = typeof seg === 'number' && Number.isInteger(seg) && seg >= 0 && seg < count ? first + seg : undefined;
      return at === undefined || this.nodes[at * SLOTS + KEY] === NONE ? undefined : at;
    }
    const key = String(seg);
    if (count <= SCAN_LIMIT) {
      for (let at = first; at < first + count; at++) if (this.keys[at] === key) return at;
      return undefined;
    }
    let byKey = this.large.get(node);
    if (!byKey) {
      byKey = new Map();
      for (let at = first; at < first + count; at++) if (this.keys[at] !== undefined && !byKey.has(this.keys[at]!)) byKey.set(this.keys[at]!, at);
      this.large.set(node, byKey);
    }
    return byKey.get(key);
  }

  /** Offset of a node's value; with `key`, of its key when it has one. */
  offset(node: number, key: boolean): number {
    const keyAt = this.nodes[node * SLOTS + KEY]!;
    return key && keyAt >= 0 ? keyAt : this.nodes[node * SLOTS + VALUE]!;
  }

  /** [start, end) of a scalar's text, or undefined when the node is no scalar. */
  scalarRange(node: number): [number, number] | undefined {
    const end = this.nodes[node * SLOTS + END]!;
    return end < 0 ? undefined : [this.nodes[node * SLOTS + VALUE]!, end];
  }
}

/**
 * The position of `path` in the file. With `key`, the last segment's key rather than its value
 * (an unknown property points at its name). A path that does not exist points at the deepest
 * node that does (a missing property points at its parent).
 */
export function locate(parsed: Located, path: Path, key = false): Position {
  const { node } = parsed.positions.find(path);
  const pos = parsed.lineCounter.linePos(parsed.positions.offset(node, key));
  return { line: pos.line, column: pos.col };
}

/** The source text of the scalar at `path`, as the user typed it (`01067`, not 1067). */
export function sourceText(parsed: Located, path: Path): string | undefined {
  const { node, whole } = parsed.positions.find(path);
  const range = whole ? parsed.positions.scalarRange(node) : undefined;
  return range && parsed.text.slice(range[0], range[1]).trim();
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
