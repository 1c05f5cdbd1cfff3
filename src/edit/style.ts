// How a YAML file is written, read from the file itself, so that new entries look like their
// neighbours: the indentation step, whether a list under a key is indented, how each key's text
// is quoted, and which keys hold their lists in flow form (`[a, b]`, `{partner: x, persons: 2}`).
// Also the renderer of new entries in that style: yaml's own stringifier, applied to the NEW
// value only (it would re-render untouched parts differently, see docs/architecture.md).
import { Document, isMap, isPair, isScalar, isSeq, Scalar, visit, type Node } from 'yaml';
import type { Value } from './types.js';

type ScalarStyle = 'PLAIN' | 'QUOTE_DOUBLE' | 'QUOTE_SINGLE';

export interface Style {
  /** Spaces per level of a nested map (`address:` → `  street:`). */
  indent: number;
  /** Whether a block list under a key is indented (`contacts:\n  - name`) or not (`contacts:\n- name`). */
  indentSeq: boolean;
  /** How the text under each key is quoted, as in the file (first occurrence). */
  quoting: ReadonlyMap<string, ScalarStyle>;
  /** Keys whose lists are written in flow form `[a, b]`. */
  flowList: ReadonlyMap<string, boolean>;
  /** Keys whose list items are maps in flow form `- {partner: a, persons: 2}`. */
  flowItems: ReadonlyMap<string, boolean>;
  /** The line end of the file. */
  newline: '\n' | '\r\n';
}

/** Numbers a YAML reader would take for a number or lose a leading zero of: always quoted, as FORMAT.md asks. */
const ALWAYS_QUOTED = new Set(['phone', 'mobile', 'postal_code']);

export const lineStart = (text: string, offset: number): number => text.lastIndexOf('\n', offset - 1) + 1;
export const columnOf = (text: string, offset: number): number => offset - lineStart(text, offset);

/** Reads the style of a parsed document (defaults where the file shows nothing: 2 spaces, indented lists). */
export function styleOf(doc: Document.Parsed | undefined, text: string): Style {
  const quoting = new Map<string, ScalarStyle>();
  const flowList = new Map<string, boolean>();
  const flowItems = new Map<string, boolean>();
  let indent: number | undefined;
  let indentSeq: boolean | undefined;
  if (doc) {
    visit(doc, {
      Pair(_, pair) {
        if (!isScalar(pair.key) || !pair.key.range) return;
        const key = String(pair.key.value);
        const value = pair.value as Node | null;
        const keyColumn = columnOf(text, pair.key.range[0]);
        if (isScalar(value) && typeof value.value === 'string' && !quoting.has(key)) {
          const type = value.type;
          if (type === 'PLAIN' || type === 'QUOTE_DOUBLE' || type === 'QUOTE_SINGLE') quoting.set(key, type);
        } else if (isMap(value) && !value.flow && value.items[0] && isPair(value.items[0]) && isScalar(value.items[0].key) && value.items[0].key.range) {
          indent ??= columnOf(text, value.items[0].key.range[0]) - keyColumn;
        } else if (isSeq(value)) {
          if (!flowList.has(key)) flowList.set(key, Boolean(value.flow));
          const first = value.items[0] as Node | undefined;
          if (isMap(first) && !flowItems.has(key)) flowItems.set(key, Boolean(first.flow));
          if (!value.flow && first?.range && indentSeq === undefined) indentSeq = dashColumn(text, first.range[0]) > keyColumn;
        }
      },
    });
  }
  return {
    indent: indent !== undefined && indent > 0 && indent <= 8 ? indent : 2,
    indentSeq: indentSeq ?? true,
    quoting,
    flowList,
    flowItems,
    newline: text.includes('\r\n') ? '\r\n' : '\n',
  };
}

/** The column of the `-` that introduces a block list item starting at `offset` (its content). */
export function dashColumn(text: string, offset: number): number {
  const start = lineStart(text, offset);
  const prefix = text.slice(start, offset);
  const dash = prefix.search(/-\s*$/);
  return dash >= 0 ? dash : Math.max(0, prefix.length - 2);
}

/** A YAML node for `value`, styled like the file: quoting per key, flow lists where the file has them. */
function nodeFor(doc: Document, value: Value, style: Style, key?: string, inFlow = false): Node {
  if (Array.isArray(value)) {
    const seq = doc.createNode([]) as ReturnType<Document['createNode']> & { flow?: boolean; items: Node[] };
    const allScalars = value.every((v) => typeof v !== 'object');
    seq.flow = inFlow || (key !== undefined ? (style.flowList.get(key) ?? allScalars) : false);
    for (const v of value) {
      const item = nodeFor(doc, v, style, undefined, seq.flow);
      if (isMap(item) && key !== undefined) item.flow = seq.flow || (style.flowItems.get(key) ?? false);
      seq.items.push(item);
    }
    return seq as Node;
  }
  if (typeof value === 'object' && value !== null) {
    const map = doc.createNode({}) as ReturnType<Document['createNode']> & { flow?: boolean; items: unknown[] };
    map.flow = inFlow;
    for (const [k, v] of Object.entries(value)) {
      const pair = doc.createPair(k, null);
      pair.value = nodeFor(doc, v as Value, style, k, inFlow);
      map.items.push(pair);
    }
    return map as Node;
  }
  const scalar = new Scalar(value);
  if (typeof value === 'string') {
    if (value.includes('\n')) scalar.type = inFlow ? 'QUOTE_DOUBLE' : 'BLOCK_LITERAL';
    else if (key !== undefined && ALWAYS_QUOTED.has(key)) scalar.type = 'QUOTE_DOUBLE';
    else if (key !== undefined && style.quoting.get(key) !== undefined && style.quoting.get(key) !== 'PLAIN') scalar.type = style.quoting.get(key)!;
  }
  return scalar;
}

/**
 * `value` as YAML lines in the file's style, without indentation of its own and without a line
 * end after the last line. A map gives `key: value` lines, a list `- item` lines, a scalar one line.
 */
export function renderLines(value: Value, style: Style, options: { key?: string; flow?: boolean } = {}): string[] {
  const doc = new Document(null, { version: '1.2' });
  doc.contents = nodeFor(doc, value, style, options.key, options.flow ?? false) as never;
  const text = doc.toString({ indent: style.indent, indentSeq: style.indentSeq, lineWidth: 0, minContentWidth: 0, flowCollectionPadding: false });
  return text.replace(/\n$/, '').split('\n');
}
