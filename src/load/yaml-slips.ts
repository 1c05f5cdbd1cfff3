// One slip, one message: from the yaml package's errors to the ONE thing the person has to fix,
// at its own line and column, with the fix in words (catalogue codes `yaml-…`). The yaml package
// keeps parsing after an error and reports every consequence, in English; here only its first
// error counts, the source line is read to see what was meant, and nothing of its text is shown.
import { isAlias, isNode, isScalar, parseDocument, visit, type Document, type LineCounter, type YAMLError } from 'yaml';
import type { Code, Params } from '../i18n/catalogue.js';
import { scanLines, stripComment, type Line } from './yaml-lines.js';
import { checkStructure, missingDashBefore, readsUpTo, type Level, type Slip } from './yaml-structure.js';

export type { Slip } from './yaml-structure.js';

/** An error of the yaml package, or a key found twice by duplicate-keys.ts (code DUPLICATE_KEY). */
export type YamlProblem = Pick<YAMLError, 'code' | 'message'> & { pos: readonly [number, number] };

const DUPLICATE_KEY: YAMLError['code'] = 'DUPLICATE_KEY';

/** A key found twice by duplicate-keys.ts, as the yaml package would report it. */
export const duplicateKeyProblem = (offset: number): YamlProblem => ({ pos: [offset, offset], code: DUPLICATE_KEY, message: '' });

/** The first slip behind the yaml package's errors (at least one). */
export function explainSyntaxError(text: string, errors: readonly YamlProblem[], lineCounter: LineCounter): Slip {
  const first = [...errors].sort((a, b) => a.pos[0] - b.pos[0])[0]!;
  const at = lineCounter.linePos(first.pos[0]);
  const lines = scanLines(text);
  const line = lines[at.line - 1];

  // 1. A tab in the indentation, on the line of the error or before it.
  const tab = lines.find((l) => l.role === 'content' && l.tab !== undefined && l.no <= at.line + 2);
  if (tab) return tabSlip(lines, tab);
  // 2. A quotation mark that is never closed: the line where it was opened.
  if (first.code === 'MISSING_CHAR' && /quote/.test(first.message)) return unclosedQuote(lines, first.message.includes("'") ? "'" : '"', at);
  // 3. A value on the error's line that YAML reads as something else.
  if (first.code === 'BAD_DQ_ESCAPE' && line) return backslash(line, at);
  const value = line && first.code !== 'DUPLICATE_KEY' ? valueSlip(line) : undefined;
  if (value) return value;
  // 4. A line whose indentation does not fit (the yaml package often names the line before or
  // after it). Further up than a few lines only when its fix, tried out, gets the file further.
  const structure = checkStructure(lines);
  const slip = structure.slip;
  if (slip && slip.line <= at.line + 2 && (slip.line >= at.line - 5 || readsUpTo(lines, slip) > at.line)) return slip;
  // 5. A key written twice, or the dash forgotten before a new list item.
  if (first.code === 'DUPLICATE_KEY') return duplicateKey(text, first.pos[0], at, line, structure.mapOf);
  // 6. The rest, by the yaml package's error code: a message with the usual fixes.
  return byCode(first, at);
}

/**
 * Slips that parse without an error but change a value: a value that begins with `&` (an unused
 * anchor) or `!` (an unknown tag), `*` where no anchor of that name exists, or a Windows path in
 * double quotes (`"C:\neu\vertrag.pdf"`: `\n` and `\v` would become a line break and a control
 * character; a path on a drive or a share, so no escape was meant).
 */
export function findQuietSlip(doc: Document.Parsed, text: string, lineCounter: LineCounter): Slip | undefined {
  const tag = doc.warnings.find((w) => w.code === 'TAG_RESOLVE_FAILED');
  // No walk through the data of a file without anchors, aliases or a quoted path (most files).
  // An anchor or alias starts a node: `&`/`*` at a line's start or after a blank, `[`, `{` or `,`,
  // followed by its name (not `Lehrer*innen`, not `Kinder- & Jugendhilfe`).
  if (!tag && !/(?:^|[\s[{,])[&*][^\s[\]{},]/m.test(text) && !/"([A-Za-z]:\\|\\\\)/.test(text)) return undefined;
  const found: { offset: number; char: string }[] = [];
  if (tag) found.push({ offset: tag.pos[0], char: '!' });
  let escaped: number | undefined;
  const anchors = new Set<string>();
  const used = new Set<string>();
  const anchored: { name: string; offset: number }[] = [];
  // Anchors come before their aliases in the file, and visit() walks it in that order.
  visit(doc, (_, node) => {
    if (isAlias(node)) {
      if (!anchors.has(node.source)) found.push({ offset: node.range?.[0] ?? 0, char: '*' });
      used.add(node.source);
      return;
    }
    if (!isNode(node)) return;
    if (node.anchor) {
      anchors.add(node.anchor);
      if (isScalar(node)) anchored.push({ name: node.anchor, offset: node.range?.[0] ?? 0 });
    }
    if (escaped === undefined && isScalar(node) && node.type === 'QUOTE_DOUBLE' && node.range && typeof node.value === 'string') {
      const source = text.slice(node.range[0], node.range[1]);
      // a drive letter or a network share: a path, where every `\` was meant as it stands
      if (/^"([A-Za-z]:\\|\\\\\w)/.test(source)) escaped = node.range[0];
    }
  });
  for (const a of anchored) if (!used.has(a.name)) found.push({ offset: a.offset, char: '&' });
  if (escaped !== undefined) found.push({ offset: escaped, char: '\\' });
  if (found.length === 0) return undefined;
  const { offset, char } = found.sort((a, b) => a.offset - b.offset)[0]!;
  const lines = scanLines(text);
  const line = lines[lineCounter.linePos(offset).line - 1];
  if (char === '\\') {
    const pos = lineCounter.linePos(offset);
    return line ? backslash(line, pos) : { line: pos.line, column: pos.col, code: 'yaml-backslash', params: {} };
  }
  if (line && line.value.startsWith(char)) return quoteSlip(line, char);
  const pos = lineCounter.linePos(offset);
  return { line: pos.line, column: pos.col, code: 'yaml-quote-value', params: { char } };
}

/** A tab in the indentation: where the line's first word belongs, from the line above it. */
function tabSlip(lines: readonly Line[], tab: Line): Slip {
  const slip: Slip = { line: tab.no, column: tab.tab! + 1, code: 'yaml-tab', params: {} };
  const prev = lines
    .slice(0, tab.no - 1)
    .reverse()
    .find((l) => l.role === 'content' && l.tab === undefined);
  const text = tab.text.trimStart();
  const word = /^(- )?([^\s:]+)/.exec(text);
  if (!prev || !word) return slip;
  const base = prev.keyCol ?? prev.dashes.at(-1) ?? prev.indent;
  const list = word[1] !== undefined;
  // under a `key:` two columns deeper; else where the line above has its key (or its dash)
  const expected = prev.opens ? base + 2 : list ? (prev.dashes[0] ?? prev.indent) : base;
  slip.params = {
    what: list ? `- ${word[2]}` : word[2],
    expected: expected + 1,
    refLine: prev.opens ? undefined : prev.no,
    refWhat: prev.opens ? undefined : list ? '-' : prev.key,
  };
  return slip;
}

const CLOSING: Record<string, string> = { '[': ']', '{': '}', '"': '"', "'": "'" };

/** A value that begins with a character YAML treats specially, or holds `: `: quote the whole value. */
function valueSlip(line: Line): Slip | undefined {
  if (line.role !== 'content' || line.valueKind === 'none' || line.valueKind === 'block') return undefined;
  const v = line.value;
  const c = v[0];
  if (c === undefined) return undefined;
  if (CLOSING[c] !== undefined && line.closedAt !== undefined && stripComment(line.text.slice(line.closedAt)) !== '') return quoteSlip(line, c);
  if (c === '*' && /^\*\S+\s+\S/.test(v)) return quoteSlip(line, c);
  if ('%@`,|>'.includes(c)) return quoteSlip(line, c);
  if ((c === '-' || c === '?') && (v[1] === ' ' || v.length === 1) && line.key !== undefined) return quoteSlip(line, c);
  if (line.valueKind === 'plain' && /:(\s|$)/.test(v)) return quoteSlip(line, ':');
  return undefined;
}

function quoteSlip(line: Line, char: string): Slip {
  const raw = stripComment(line.text.slice(line.valueCol));
  const quoted = quoteValue(raw);
  const prefix = line.key !== undefined ? `${line.key}: ` : '- ';
  return {
    line: line.no,
    column: line.valueCol + 1,
    code: char === ':' ? 'yaml-colon-in-value' : 'yaml-quote-value',
    params: {
      char,
      close: CLOSING[char],
      key: line.key,
      fixed: quoted === undefined ? undefined : prefix + quoted,
      atEnd: char === ':' && !/:\s/.test(raw) ? 1 : undefined,
    },
  };
}

/** The value in quotes so that YAML reads exactly `raw`; checked by parsing it. */
function quoteValue(raw: string): string | undefined {
  const candidates = [`"${raw}"`, `'${raw.replace(/'/g, "''")}'`, JSON.stringify(raw)];
  return candidates.find((q) => {
    const doc = parseDocument(`v: ${q}\n`, { version: '1.2' });
    return doc.errors.length === 0 && (doc.toJS() as { v?: unknown } | null)?.v === raw;
  });
}

/** `"C:\Daten"`: a backslash in double quotes starts an escape; single quotes take it as it is. */
function backslash(line: Line, at: { line: number; col: number }): Slip {
  const inner =
    line.valueKind === 'quoted' && line.value.startsWith('"') && line.closedAt !== undefined
      ? line.text.slice(line.valueCol + 1, line.closedAt - 1)
      : undefined;
  const quoted = inner === undefined ? undefined : `'${inner.replace(/'/g, "''")}'`;
  const valid = quoted !== undefined && (parseDocument(`v: ${quoted}\n`, { version: '1.2' }).toJS() as { v?: unknown } | null)?.v === inner;
  const prefix = line.key !== undefined ? `${line.key}: ` : '- ';
  return {
    line: at.line,
    column: inner === undefined ? at.col : line.valueCol + 1,
    code: 'yaml-backslash',
    params: { fixed: valid ? prefix + quoted : undefined },
  };
}

function unclosedQuote(lines: readonly Line[], char: string, at: { line: number; col: number }): Slip {
  const opener = lines.find((l) => l.open?.char === char && l.no <= at.line);
  if (!opener) return { line: at.line, column: at.col, code: 'yaml-unclosed-quote', params: { char } };
  const raw = opener.text.slice(opener.open!.col).trimEnd();
  const prefix = opener.key !== undefined ? `${opener.key}: ` : opener.dashes.length > 0 ? '- ' : '';
  const closed = raw + char;
  const valid = parseDocument(`v: ${closed}\n`, { version: '1.2' }).errors.length === 0;
  return { line: opener.no, column: opener.open!.col + 1, code: 'yaml-unclosed-quote', params: { char, fixed: valid ? prefix + closed : undefined } };
}

function duplicateKey(text: string, offset: number, at: { line: number; col: number }, line: Line | undefined, mapOf: ReadonlyMap<number, Level>): Slip {
  const map = mapOf.get(at.line);
  const key = line?.key ?? (/^[^\s:,{}[\]]+/.exec(text.slice(offset))?.[0] ?? '').replace(/^["']|["']$/g, '');
  if (line && map && map.fromDash && map.firstKey === key && line.keyCol === map.col && line.dashes.length === 0) return missingDashBefore(line, map);
  const first = map?.keys.get(key);
  return { line: at.line, column: at.col, code: 'yaml-duplicate-key', params: { key, first: first !== undefined && first !== at.line ? first : undefined } };
}

/** Every error code of the yaml package, put into the catalogue's words (nothing of its English text). */
function byCode(err: YamlProblem, at: { line: number; col: number }): Slip {
  const slip = (code: Code, params: Params = {}): Slip => ({ line: at.line, column: at.col, code, params: { line: at.line, column: at.col, ...params } });
  const m = err.message;
  switch (err.code) {
    case 'TAB_AS_INDENT':
      return slip('yaml-tab');
    case 'BAD_INDENT':
      if (/end with a ([\]}])/.test(m)) return slip('yaml-unclosed-bracket', { close: /\]/.test(m) ? ']' : '}', char: /\]/.test(m) ? '[' : '{' });
      return slip('yaml-indent');
    case 'MULTILINE_IMPLICIT_KEY':
    case 'BLOCK_AS_IMPLICIT_KEY':
      return slip('yaml-indent');
    case 'MISSING_CHAR':
      if (/Sequence item without/.test(m)) return slip('yaml-indent');
      if (/followed by map values/.test(m)) return slip('yaml-expected-key');
      if (/Missing space after :/.test(m)) return slip('yaml-no-space-after-colon');
      if (/Missing , /.test(m)) return slip('yaml-flow-comma');
      if (/Comments must be separated/.test(m)) return slip('yaml-comment-space');
      return slip('yaml-syntax');
    case 'BLOCK_IN_FLOW':
      return slip('yaml-flow-comma');
    case 'BAD_DQ_ESCAPE':
      return slip('yaml-backslash');
    case 'BAD_SCALAR_START':
    case 'BAD_ALIAS':
    case 'ALIAS_PROPS':
    case 'BAD_PROP_ORDER':
    case 'MULTIPLE_ANCHORS':
    case 'MULTIPLE_TAGS':
    case 'TAG_RESOLVE_FAILED':
    case 'BAD_COLLECTION_TYPE':
      return slip('yaml-special-char');
    case 'DUPLICATE_KEY':
      return slip('yaml-duplicate-key', { key: '' });
    case 'MULTIPLE_DOCS':
      return slip('yaml-multiple-documents');
    case 'BAD_DIRECTIVE':
      return slip('yaml-directive');
    case 'RESOURCE_EXHAUSTION':
      // the yaml package gives this code when composing a node overflowed the stack (too many
      // aliases are found later, by toJS): deep nesting, not aliases
      return slip('yaml-too-deep');
    case 'KEY_OVER_1024_CHARS':
      return slip('yaml-key-too-long');
    case 'IMPOSSIBLE':
    case 'UNEXPECTED_TOKEN':
    case 'NON_STRING_KEY':
      return slip('yaml-syntax');
    default:
      return unmapped(err.code, slip);
  }
}

/** A code a newer yaml package may add: the type check asks for a case above; until then the general message. */
const unmapped = (_code: never, slip: (code: Code) => Slip): Slip => slip('yaml-syntax');
