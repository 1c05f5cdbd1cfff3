// Edits of a network file that keep every byte the edit does not touch: comments, blank lines,
// key order, quoting, flow lists. yaml's Document API finds the place (node ranges); the new
// text is spliced in there, formatted like its neighbours (style.ts). Re-rendering the whole
// document with doc.toString() would not do: it re-wraps long lines and re-spaces `[a, b]`.
// Every result is parsed again and must hold exactly the old data plus the edit (verify below).
import { isDeepStrictEqual } from 'node:util';
import { isMap, isScalar, isSeq, parseDocument, type Document, type Node, type Pair, type YAMLMap, type YAMLSeq } from 'yaml';
import { columnOf, dashColumn, lineStart, renderLines, styleOf, type Style } from './style.js';
import { EditError, type Edit, type Path, type Value } from './types.js';

/**
 * Applies the edits in order and returns the new text; throws EditError, never returns a wrong text.
 * Appends that follow each other to the same list are placed together, with one parse of the
 * file: the same text as one at a time (test/unit/edit-yaml.test.ts), but an import of several
 * hundred contacts no longer parses the growing file once per row.
 */
export function applyEdits(text: string, edits: readonly Edit[]): string {
  let current = text;
  for (let i = 0; i < edits.length;) {
    const edit = edits[i]!;
    if (edit.op === 'append') {
      const items: Value[] = [];
      for (let next = edits[i]; next?.op === 'append' && samePath(next.path, edit.path); next = edits[++i]) items.push(next.item);
      current = append(current, edit.path, items);
      continue;
    }
    if (edit.op === 'set') current = setKeys(current, edit.path, edit.values, edit.order ?? []);
    else current = remove(current, edit.path);
    i++;
  }
  verify(text, current, edits);
  return current;
}

const samePath = (a: Path, b: Path) => a.length === b.length && a.every((seg, i) => seg === b[i]);

function parse(text: string, path: Path): Document.Parsed {
  const doc = parseDocument(text, { version: '1.2', uniqueKeys: true, logLevel: 'error' });
  if (doc.errors.length > 0) throw new EditError('parse', path);
  return doc;
}

/** The offset just after the line that holds `offset - 1` (a node ending in a line end ends there). */
function afterLine(text: string, offset: number): number {
  if (offset > 0 && text[offset - 1] === '\n') return offset;
  const end = text.indexOf('\n', offset);
  return end < 0 ? text.length : end + 1;
}

/** Inserts whole lines at a line start (or at the end of a text without a final line end). */
function insertLines(text: string, at: number, lines: readonly string[], style: Style): string {
  const needsBreak = at === text.length && at > 0 && text[at - 1] !== '\n';
  const block = lines.join(style.newline) + style.newline;
  return text.slice(0, at) + (needsBreak ? style.newline : '') + block + text.slice(at);
}

const indentLines = (lines: readonly string[], column: number) => lines.map((l) => (l === '' ? l : ' '.repeat(column) + l));

const endOf = (node: Node): number => node.range![1];

function pairOf(map: YAMLMap, key: string): Pair<Node, Node | null> | undefined {
  return (map.items as Pair<Node, Node | null>[]).find((p) => isScalar(p.key) && String(p.key.value) === key);
}

/** Appends the items to the list at `path` (made when it is missing or empty). */
function append(text: string, path: Path, items: readonly Value[]): string {
  const doc = parse(text, path);
  const style = styleOf(doc, text);
  const target = path.length === 0 ? (doc.contents as Node | null) : (doc.getIn(path, true) as Node | null | undefined);
  if (path.length === 0 && (target === null || (isScalar(target) && target.value === null))) {
    // A collection file of comments only (`init --empty`): the list starts after them.
    return insertLines(text, text.length, renderLines(items, style), style);
  }
  if (target === undefined || target === null || (isScalar(target) && target.value === null)) {
    const key = path.at(-1);
    if (typeof key !== 'string') throw new EditError('not-a-list', path);
    const made = setKeys(text, path.slice(0, -1), { [key]: [items[0]!] }, []);
    return items.length > 1 ? append(made, path, items.slice(1)) : made;
  }
  if (!isSeq(target)) throw new EditError('not-a-list', path);
  return target.flow ? appendFlow(text, target, items, style, path) : appendBlock(text, target, items, style, path, String(path.at(-1) ?? ''));
}

/** `[a, b]` → `[a, b, c, d]`: the new items before the closing bracket. */
function appendFlow(text: string, seq: YAMLSeq, items: readonly Value[], style: Style, path: Path): string {
  const close = seq.range![1] - 1;
  if (text[close] !== ']') throw new EditError('layout', path);
  const rendered = items.map((item) => {
    const lines = renderLines(item, style, { flow: true });
    if (lines.length !== 1) throw new EditError('layout', path);
    return lines[0]!;
  });
  return text.slice(0, close) + (seq.items.length > 0 ? ', ' : '') + rendered.join(', ') + text.slice(close);
}

/**
 * New `- item`s after the last one, at the same column, with the same blank line between items.
 * Each new item follows the one before it as that followed the list's last: the same column, the
 * same blank line, a `{…}` item where that was one.
 */
function appendBlock(text: string, seq: YAMLSeq, items: readonly Value[], style: Style, path: Path, key: string): string {
  const present = seq.items as Node[];
  const last = present.at(-1);
  if (!last?.range) throw new EditError('layout', path);
  const dash = dashColumn(text, last.range[0]);
  const contentOffset = columnOf(text, last.range[0]) - dash;
  if (text[lineStart(text, last.range[0]) + dash] !== '-' || contentOffset < 2) throw new EditError('layout', path);
  const at = afterLine(text, endOf(last));
  const previous = present.at(-2);
  const gap = previous?.range ? text.slice(afterLine(text, endOf(previous)), lineStart(text, last.range[0])) : '';
  const blank = gap
    .split('\n')
    .slice(0, -1)
    .some((l) => l.trim() === '');
  let flowBefore = isMap(last) && Boolean(last.flow);
  const lines: string[] = [];
  items.forEach((item) => {
    const flowItem = flowBefore && typeof item === 'object' && !Array.isArray(item);
    const rendered = flowItem ? renderLines(item, style, { flow: true }) : renderLines(item, style, { key });
    if (blank) lines.push('');
    lines.push(`${' '.repeat(dash)}-${' '.repeat(contentOffset - 1)}${rendered[0]}`, ...indentLines(rendered.slice(1), dash + contentOffset));
    flowBefore = flowItem && item !== null;
  });
  return insertLines(text, at, lines, style);
}

function setKeys(text: string, path: Path, values: { readonly [key: string]: Value }, order: readonly string[]): string {
  let current = text;
  for (const [key, value] of Object.entries(values)) current = setKey(current, path, key, value, order);
  return current;
}

function setKey(text: string, path: Path, key: string, value: Value, order: readonly string[]): string {
  const doc = parse(text, path);
  const style = styleOf(doc, text);
  const map = path.length === 0 ? (doc.contents as Node | null) : (doc.getIn(path, true) as Node | null | undefined);
  if (!isMap(map)) throw new EditError('not-a-map', path);
  const pair = pairOf(map, key);
  if (pair && isEmpty(pair.value) && typeof value === 'object') return fillEmptyKey(text, pair, key, value, style, [...path, key]);
  if (pair) return replaceValue(text, pair, value, style, [...path, key]);
  if (map.flow) return insertIntoFlowMap(text, map, key, value, style, path);
  const first = map.items[0] as Pair<Node, Node | null> | undefined;
  if (!first?.key.range) throw new EditError('layout', path);
  const column = columnOf(text, first.key.range[0]);
  const rendered = indentLines(renderLines({ [key]: value }, style, { key }), column);
  return insertLines(text, insertionPoint(text, map, key, order), rendered, style);
}

/** Before the first key that `order` puts after `key` (above its comment lines), else after the last pair. */
function insertionPoint(text: string, map: YAMLMap, key: string, order: readonly string[]): number {
  const pairs = map.items as Pair<Node, Node | null>[];
  const rank = order.indexOf(key);
  if (rank >= 0) {
    const next = pairs.findIndex((p, i) => i > 0 && isScalar(p.key) && order.indexOf(String(p.key.value)) > rank);
    if (next > 0) {
      let at = lineStart(text, pairs[next]!.key.range![0]);
      // Comment lines directly above a key belong to it: insert above them.
      while (at > 0) {
        const above = lineStart(text, at - 1);
        if (!/^\s*#/.test(text.slice(above, at))) break;
        at = above;
      }
      const previousEnd = afterLine(text, endOf((pairs[next - 1]!.value ?? pairs[next - 1]!.key) as Node));
      return Math.max(at, previousEnd);
    }
  }
  const last = pairs.at(-1)!;
  return afterLine(text, endOf((last.value ?? last.key) as Node));
}

const isEmpty = (node: Node | null) => node === null || (isScalar(node) && node.value === null);

/** `contacts:` with nothing after it (or `~`) becomes the key with its new list or map below. */
function fillEmptyKey(text: string, pair: Pair<Node, Node | null>, key: string, value: Value, style: Style, path: Path): string {
  const keyStart = pair.key.range![0];
  const end = afterLine(text, endOf(pair.value ?? pair.key));
  if (!/^\s*:\s*(~|null)?\s*$/.test(text.slice(pair.key.range![1], end))) throw new EditError('layout', path);
  const rendered = renderLines({ [key]: value }, style, { key });
  const lines = [rendered[0]!, ...indentLines(rendered.slice(1), columnOf(text, keyStart))];
  return text.slice(0, keyStart) + lines.join(style.newline) + style.newline + text.slice(end);
}

/** A present key gets its new value where the old one stood, quoted the same way. */
function replaceValue(text: string, pair: Pair<Node, Node | null>, value: Value, style: Style, path: Path): string {
  const old = pair.value;
  if ((isSeq(old) && Array.isArray(value)) || (isMap(old) && isPlainMap(value))) return replaceCollection(text, pair, old, value, style, path);
  if (!isScalar(old) || !old.range || typeof value === 'object') throw new EditError('layout', path);
  if (old.type !== 'PLAIN' && old.type !== 'QUOTE_DOUBLE' && old.type !== 'QUOTE_SINGLE') throw new EditError('layout', path);
  const key = String((pair.key as { value: unknown }).value);
  const quoting = new Map(style.quoting).set(key, old.type);
  const lines = renderLines({ [key]: value }, { ...style, quoting });
  if (lines.length !== 1) throw new EditError('layout', path);
  const rendered = lines[0]!.slice(lines[0]!.indexOf(':') + 2);
  return text.slice(0, old.range[0]) + rendered + text.slice(old.range[1]);
}

/**
 * A list or map replaced by another (`languages: [tr, ar]` → `[tr, ar, ru]`, `ages: { from: 0, to: 6 }`
 * → `{ from: 3 }`): a flow collection stays one on its line, its padding kept; a block one's lines,
 * from its key to its last item, become the new key and items.
 */
function replaceCollection(text: string, pair: Pair<Node, Node | null>, old: YAMLSeq | YAMLMap, value: Value, style: Style, path: Path): string {
  const key = String((pair.key as { value: unknown }).value);
  if (!old.range || !pair.key || !(pair.key as Node).range) throw new EditError('layout', path);
  if (old.flow) {
    const lines = renderLines(value, { ...style, flowList: new Map(style.flowList).set(key, true) }, { key, flow: true });
    if (lines.length !== 1) throw new EditError('layout', path);
    // `{ from: 0 }` stays padded as it was written (the renderer writes `{from: 0}`)
    const padded = /^[[{] /.test(text.slice(old.range[0], old.range[0] + 2)) ? lines[0]!.replace(/^([[{])(.*)([\]}])$/, '$1 $2 $3') : lines[0]!;
    return text.slice(0, old.range[0]) + padded + text.slice(old.range[1]);
  }
  const keyStart = (pair.key as Node).range![0];
  const start = lineStart(text, keyStart);
  // the key must begin its line (not share it with a list item's dash)
  if (text.slice(start, keyStart).trim() !== '') throw new EditError('layout', path);
  const rendered = indentLines(renderLines({ [key]: value }, { ...style, flowList: new Map(style.flowList).set(key, false) }, { key }), keyStart - start);
  const end = afterLine(text, endOf(old));
  return text.slice(0, start) + rendered.join(style.newline) + style.newline + text.slice(end);
}

const isPlainMap = (v: Value): v is { readonly [key: string]: Value } => typeof v === 'object' && !Array.isArray(v);

/**
 * The lines of a list item (`- {partner: a, persons: 2}`, `- partner: a` and its keys) or of a
 * key with its value, from the start of its line to the end of its last line (with a comment at
 * the end of that line). The item or key must begin its line (after the indentation and, for an
 * item, its `- `): the first key of a list item shares the dash's line and cannot be removed alone.
 */
function remove(text: string, path: Path): string {
  const last = path.at(-1);
  if (last === undefined) throw new EditError('layout', path);
  const doc = parse(text, path);
  const parentPath = path.slice(0, -1);
  const parent = parentPath.length === 0 ? (doc.contents as Node | null) : (doc.getIn(parentPath, true) as Node | null | undefined);
  let start: number;
  let end: number;
  if (typeof last === 'number') {
    if (!isSeq(parent) || parent.flow) throw new EditError('not-a-list', path);
    const item = (parent.items as Node[])[last];
    if (!item?.range) throw new EditError('layout', path);
    start = lineStart(text, item.range[0]);
    if (!/^\s*-\s+$/.test(text.slice(start, item.range[0]))) throw new EditError('layout', path);
    end = afterLine(text, endOf(item));
  } else {
    if (!isMap(parent) || parent.flow) throw new EditError('not-a-map', path);
    const pair = pairOf(parent, last);
    if (!pair) return text;
    start = lineStart(text, pair.key.range![0]);
    if (!/^\s*$/.test(text.slice(start, pair.key.range![0]))) throw new EditError('layout', path);
    end = afterLine(text, endOf((pair.value ?? pair.key) as Node));
  }
  return text.slice(0, start) + text.slice(end);
}

/** `{partner: a, persons: 2}` → `{partner: a, persons: 2, note: x}`. */
function insertIntoFlowMap(text: string, map: YAMLMap, key: string, value: Value, style: Style, path: Path): string {
  const close = map.range![1] - 1;
  if (text[close] !== '}') throw new EditError('layout', path);
  const lines = renderLines({ [key]: value }, style, { flow: true });
  if (lines.length !== 1) throw new EditError('layout', path);
  const pair = lines[0]!.replace(/^\{|\}$/g, '');
  return text.slice(0, close) + (map.items.length > 0 ? ', ' : '') + pair + text.slice(close);
}

/** The new text must parse and hold exactly the old data with the edits applied: nothing else changed. */
function verify(before: string, after: string, edits: readonly Edit[]): void {
  // a fresh copy: the edits change it in place; a file of comments only is an empty list to an append at its top
  const parsed = parse(before, []).toJS() as unknown;
  const data = parsed === null && edits[0]?.op === 'append' && edits[0].path.length === 0 ? [] : parsed;
  for (const edit of edits) applyToData(data, edit);
  const actual = parse(after, []).toJS() as unknown;
  if (!isDeepStrictEqual(actual, data)) throw new EditError('verify', edits[0]?.path ?? []);
}

/** Applies an edit to the plain data, in place. */
function applyToData(data: unknown, edit: Edit): void {
  const at = (path: Path) => path.reduce<unknown>((node, seg) => (node as Record<string | number, unknown> | undefined)?.[seg], data);
  if (edit.op === 'append') {
    const list = at(edit.path);
    if (Array.isArray(list)) list.push(structuredClone(edit.item));
    else (at(edit.path.slice(0, -1)) as Record<string, unknown>)[String(edit.path.at(-1))] = [structuredClone(edit.item)];
  } else if (edit.op === 'set') {
    Object.assign(at(edit.path) as object, structuredClone(edit.values));
  } else {
    const parent = at(edit.path.slice(0, -1));
    const last = edit.path.at(-1)!;
    if (Array.isArray(parent) && typeof last === 'number') parent.splice(last, 1);
    else if (parent !== null && typeof parent === 'object') delete (parent as Record<string, unknown>)[String(last)];
  }
}
