// Positions by path (load/locate.ts) come from a compact index, not from the kept YAML document.
// The reference here walks yaml's own Document, as the messages were placed before the index:
// every path of every example and fixture file, paths that do not exist, keys and scalar texts.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, YAMLMap, type Document, type Node, type Pair } from 'yaml';
import { locate, PositionIndex, sourceText } from '../../src/load/locate.js';
import { parseYamlFile } from '../../src/load/parse-yaml.js';
import { EXAMPLES, FIXTURES } from '../support/helpers.js';

type Path = (string | number)[];

/** The pair of a map whose key is `seg` in the plain data (the first of equal keys; a list as key is its text). */
function pairOf(map: { items: unknown[] }, seg: string | number, doc: Document.Parsed): Pair<Node, Node> | undefined {
  return (map.items as Pair<Node, Node>[]).find((p) => {
    if (isScalar(p.key)) return String(p.key.value) === String(seg);
    const single = new YAMLMap(doc.schema);
    single.items.push(p);
    return p.key !== null && Object.keys(single.toJS(doc) as object)[0] === String(seg);
  });
}

/** The place of a path by walking the document itself: the deepest node that exists. */
function reference(doc: Document.Parsed, path: Path, key: boolean): number {
  let node: Node | null = doc.contents as Node | null;
  let keyNode: Node | null = null;
  for (const seg of path) {
    if (isMap(node)) {
      const pair = pairOf(node, seg, doc);
      if (!pair) break;
      keyNode = pair.key;
      node = pair.value ?? pair.key;
    } else if (isSeq(node) && typeof seg === 'number' && node.items[seg]) {
      keyNode = null;
      node = node.items[seg] as Node;
    } else break;
  }
  const target = key && keyNode ? keyNode : node;
  return target?.range?.[0] ?? 0;
}

/** The text of the scalar at the path, by walking the document; undefined if the path does not lead to one. */
function referenceSource(doc: Document.Parsed, text: string, path: Path): string | undefined {
  let node: unknown = doc.contents;
  for (const seg of path) {
    if (isMap(node)) node = pairOf(node, seg, doc)?.value;
    else if (isSeq(node) && typeof seg === 'number') node = node.items[seg];
    else return undefined;
  }
  return isScalar(node) && node.range ? text.slice(node.range[0], node.range[1]).trim() : undefined;
}

/** Every path to a value of the plain data, with a missing key and a missing index beside them. */
function pathsOf(value: unknown, path: Path = [], out: Path[] = []): Path[] {
  out.push(path, [...path, 'gibt_es_nicht'], [...path, 99]);
  if (Array.isArray(value)) value.forEach((v, i) => pathsOf(v, [...path, i], out));
  else if (typeof value === 'object' && value !== null) for (const [k, v] of Object.entries(value)) pathsOf(v, [...path, k], out);
  return out;
}

function yamlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true })
    .map(String)
    .filter((f) => /\.ya?ml$/.test(f) && statSync(join(dir, f)).isFile())
    .map((f) => join(dir, f));
}

function compare(text: string, doc: Document.Parsed, lineCounter: LineCounter, value: unknown, positions: PositionIndex): string[] {
  const wrong: string[] = [];
  const parsed = { text, positions, lineCounter };
  for (const path of pathsOf(value)) {
    for (const key of [false, true]) {
      const pos = lineCounter.linePos(reference(doc, path, key));
      const got = locate(parsed, path, key);
      if (got.line !== pos.line || got.column !== pos.col)
        wrong.push(`${JSON.stringify(path)} key=${key}: ${got.line}:${got.column}, not ${pos.line}:${pos.col}`);
    }
    const expected = referenceSource(doc, text, path);
    const got = sourceText(parsed, path);
    if (got !== expected) wrong.push(`${JSON.stringify(path)} text ${JSON.stringify(got)}, not ${JSON.stringify(expected)}`);
  }
  return wrong;
}

describe('positions by path', () => {
  const files = [...yamlFiles(EXAMPLES), ...yamlFiles(FIXTURES)];

  it('match a walk of the YAML document for every path of every example and fixture file', () => {
    let checked = 0;
    const wrong: string[] = [];
    for (const file of files) {
      const bytes = readFileSync(file);
      const { parsed } = parseYamlFile({ file: relative(EXAMPLES, file), bytes, size: bytes.length }, 'de');
      if (!parsed) continue; // files that are meant to be broken
      const lineCounter = new LineCounter();
      const doc = parseDocument(parsed.text, { lineCounter, version: '1.2', uniqueKeys: false, logLevel: 'error' });
      wrong.push(...compare(parsed.text, doc, lineCounter, parsed.value, parsed.positions).map((w) => `${relative(EXAMPLES, file)} ${w}`));
      checked++;
    }
    expect(wrong).toEqual([]);
    expect(checked).toBeGreaterThan(50);
  });

  it.each([
    ['empty values, flow collections and nested lists', 'a:\nb: [1, 2, {c: 3}]\nd:\n  - - x\n    - y\n  -\n  - e: "01067"\n'],
    ['an alias stands for its anchor, and paths below it end at the alias', 'base: &b {x: 1}\nuse: *b\n'],
    ['a number as key is found by its text', '1: eins\n"2": zwei\n'],
    ['a top-level list of items', '- id: a\n  contacts:\n    - name: Eva\n      email: eva@jugendamt.example\n- id: b\n'],
    ['a file with only a scalar', 'nur text\n'],
    ['of equal keys the first', 'a: 1\nb: 2\na: 3\n'],
    ['a large map, searched by its keys, with a key twice', Array.from({ length: 40 }, (_, i) => `k${i % 37}: ${i}\n`).join('') + 'l:\n  - 1\n'],
    ['a map whose first key is empty', '? \n: leer\nb: 2\n'],
  ])('match the walk for %s', (_, text) => {
    const lineCounter = new LineCounter();
    const doc = parseDocument(text, { lineCounter, version: '1.2', uniqueKeys: false, logLevel: 'error' });
    expect(compare(text, doc, lineCounter, doc.toJS(), new PositionIndex(doc))).toEqual([]);
  });

  it('point at the parent of a missing property, and with `key` at the name of the property', () => {
    const text = 'id: kita\ncontacts:\n  - name: Eva Beispiel\n    role: Leitung\n';
    const lineCounter = new LineCounter();
    const parsed = { text, positions: new PositionIndex(parseDocument(text, { lineCounter })), lineCounter };
    expect(locate(parsed, ['contacts', 0, 'role'])).toEqual({ line: 4, column: 11 });
    expect(locate(parsed, ['contacts', 0, 'role'], true)).toEqual({ line: 4, column: 5 });
    expect(locate(parsed, ['contacts', 0, 'email'])).toEqual({ line: 3, column: 5 }); // the contact
    expect(locate(parsed, ['contacts', 3])).toEqual({ line: 3, column: 3 }); // the list
    expect(sourceText(parsed, ['contacts', 0, 'email'])).toBeUndefined();
  });
});
