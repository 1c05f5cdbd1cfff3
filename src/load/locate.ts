// From a path inside a file to the line and column of the YAML node it names.
//
// The positions are taken from the parsed document once, into a compact index (PositionIndex),
// and the document itself is dropped: it holds some five objects per value, and keeping a
// thousand of them for the messages made the garbage collector copy them again and again while
// the next files were read (checking the benchmark's large network took a tenth longer). The
// index holds four numbers per node and one Map or list per map or list of the file.
import { isMap, isScalar, isSeq, YAMLMap, type Document, type Node, type Pair } from 'yaml';
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

// Per node, four numbers in `nodes`: where its key begins (-1 for a list item or the top),
// where its value begins (its key's place when it has no value), where a scalar's text ends
// (-1 for anything else), and its children's entry in `children` (-1 when it has none).
const KEY = 0;
const VALUE = 1;
const END = 2;
const CHILDREN = 3;
const SLOTS = 4;

export class PositionIndex {
  private readonly nodes: number[] = [];
  /** A map's children by key (the first of equal keys wins), a list's by index: node numbers (-1: no node). */
  private readonly children: (Map<string, number> | number[])[] = [];

  constructor(doc: Document.Parsed) {
    // Iterative: a deeply nested file must not overflow the stack here either.
    const pending: { node: Node; at: number }[] = [];
    const add = (key: Node | null, value: Node | null): number => {
      const at = this.nodes.length / SLOTS;
      const shown = value ?? key;
      this.nodes.push(key?.range?.[0] ?? -1, shown?.range?.[0] ?? 0, isScalar(value) && value.range ? value.range[1] : -1, -1);
      if (value && (isMap(value) || isSeq(value))) pending.push({ node: value, at });
      return at;
    };
    add(null, doc.contents as Node | null);
    while (pending.length > 0) {
      const { node, at } = pending.pop()!;
      this.nodes[at * SLOTS + CHILDREN] = this.children.length;
      if (isMap(node)) {
        const byKey = new Map<string, number>();
        this.children.push(byKey);
        for (const pair of node.items as Pair<Node, Node>[]) {
          const text = keyText(pair, doc);
          if (text !== undefined && !byKey.has(text)) byKey.set(text, add(pair.key, pair.value));
        }
      } else {
        const list: number[] = [];
        this.children.push(list);
        for (const item of (node as { items: unknown[] }).items) list.push(item ? add(null, item as Node) : -1);
      }
    }
  }

  /** The node of the path, or of the deepest part of it that exists, and whether all of it did. */
  find(path: Path): { node: number; whole: boolean } {
    let node = 0;
    for (const seg of path) {
      const entry = this.nodes[node * SLOTS + CHILDREN]!;
      const children = entry < 0 ? undefined : this.children[entry];
      const child = children instanceof Map ? children.get(String(seg)) : typeof seg === 'number' ? children?.[seg] : undefined;
      if (child === undefined || child < 0) return { node, whole: false };
      node = child;
    }
    return { node, whole: true };
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
