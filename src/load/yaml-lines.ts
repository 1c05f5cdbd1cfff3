// A YAML file line by line, the way a person reads it: indentation, list dashes, `key: value`.
// Only used to explain a syntax error the yaml package found (yaml-slips.ts): the data always
// come from the yaml package. Lines inside block texts (`|`), multi-line lists in brackets and
// multi-line quoted texts are marked, so that the structure check looks at real lines only.

export interface Line {
  /** 1-based line number. */
  no: number;
  text: string;
  /** Spaces before the first other character (a tab ends the count, see `tab`). */
  indent: number;
  /** 0-based column of a tab in the leading whitespace. */
  tab?: number;
  /** blank/comment lines, lines inside a block text, a bracket list or a quoted text ('inner'), or real lines. */
  role: 'blank' | 'inner' | 'marker' | 'content';
  /** 0-based columns of the `- ` list markers that begin the line. */
  dashes: number[];
  /** 0-based column after the dashes. */
  body: number;
  /** The text from `body` on, without a trailing comment. */
  bodyText: string;
  key?: string;
  keyCol?: number;
  /** The value after `key:` (or the item after the dashes), without a trailing comment; '' when none. */
  value: string;
  valueCol: number;
  valueKind: 'none' | 'plain' | 'quoted' | 'flow' | 'block' | 'alias' | 'property';
  /** For quoted and bracketed values: 0-based column just after the closing character on this line. */
  closedAt?: number;
  /** Nothing after `key:` or `-`: a nested block follows. */
  opens: boolean;
  /** Something the structure check does not model (explicit keys `? `, properties on keys …). */
  unsure?: boolean;
  /** A quoted text or bracket list that begins here and is not closed on this line. */
  open?: { char: string; col: number };
  /** A bracket list that begins here and is never closed before the indentation falls back. */
  unclosed?: { char: string; col: number };
  /** For a `|` or `>` line: a line of its text indented less than the text's first line (`line` belongs at `indent`, like `ref`). */
  textSlip?: { line: Line; indent: number; ref: Line };
}

const BLOCK_HEADER = /^[|>][-+0-9]*\s*(#.*)?$/;

export function scanLines(text: string): Line[] {
  const raw = text.split('\n').map((l) => (l.endsWith('\r') ? l.slice(0, -1) : l));
  const lines: Line[] = [];
  /** Inside a block text: lines deeper than this column belong to it. */
  let blockAbove: number | undefined;
  let block: { header: Line; lines: Line[] } | undefined;
  /** Inside a multi-line bracket list or quoted text that began on `owner`. */
  let pending: { owner: Line; parentCol: number; state: ValueState } | undefined;
  for (let i = 0; i < raw.length; i++) {
    const line = blankLine(i + 1, raw[i]!);
    lines.push(line);
    const trimmed = line.text.trim();
    if (blockAbove !== undefined) {
      if (trimmed === '' || line.indent > blockAbove) {
        line.role = 'inner';
        if (trimmed !== '') block?.lines.push(line);
        continue;
      }
      blockAbove = undefined;
      if (block) checkText(block.header, block.lines);
      block = undefined;
    }
    if (pending) {
      if (pending.state.quote === undefined && trimmed !== '' && !trimmed.startsWith('#') && line.indent <= pending.parentCol) {
        // A bracket list still open where the indentation says the next entry begins.
        pending.owner.unclosed = pending.owner.open;
        pending = undefined;
      } else {
        line.role = 'inner';
        continueValue(pending.state, line.text, 0);
        if (pending.state.depth === 0 && pending.state.quote === undefined) pending = undefined;
        continue;
      }
    }
    if (trimmed === '' || trimmed.startsWith('#')) continue;
    if (line.tab !== undefined) {
      line.role = 'content';
      continue;
    }
    if (line.indent === 0 && /^(---|\.\.\.)(\s|$)/.test(line.text)) {
      line.role = 'marker';
      continue;
    }
    if (line.indent === 0 && line.text.startsWith('%')) {
      line.role = 'marker';
      line.unsure = true;
      continue;
    }
    line.role = 'content';
    readStructure(line);
    const parentCol = line.keyCol ?? line.dashes.at(-1) ?? line.indent;
    if (line.valueKind === 'block') {
      blockAbove = line.key === undefined ? (line.dashes.at(-1) ?? line.indent) : line.indent;
      block = { header: line, lines: [] };
    }
    if ((line.valueKind === 'flow' || line.valueKind === 'quoted') && line.closedAt === undefined) {
      const state = startValue(line.value);
      line.open = { char: line.value[0]!, col: line.valueCol };
      pending = { owner: line, parentCol: line.key === undefined ? parentCol : line.indent, state };
    }
  }
  if (pending && pending.state.quote === undefined) pending.owner.unclosed = pending.owner.open;
  if (block) checkText(block.header, block.lines);
  return lines;
}

/**
 * The lines of a `|` text take their indentation from its first line; a later line indented less
 * ends the text too early. When the lines after the first agree with each other, the first line is
 * the one that is off; otherwise the first line that is less indented.
 */
function checkText(header: Line, text: Line[]): void {
  const [first, ...rest] = text;
  if (!first || rest.length === 0 || /^[|>][-+]?[1-9]/.test(header.value)) return;
  const less = rest.find((l) => l.indent < first.indent);
  if (!less) return;
  // with the lines after it in agreement, the first line is off, unless it stands where the file's
  // texts usually do (two columns deeper than their key)
  const usual = (header.keyCol ?? header.indent) + 2;
  if (rest.every((l) => l.indent === less.indent) && first.indent !== usual) header.textSlip = { line: first, indent: less.indent, ref: less };
  else header.textSlip = { line: less, indent: first.indent, ref: first };
}

function blankLine(no: number, text: string): Line {
  let indent = 0;
  while (text[indent] === ' ') indent++;
  const tab = /^[ \t]*\t/.test(text) && text.trim() !== '' && !text.trim().startsWith('#') ? text.indexOf('\t') : undefined;
  return { no, text, indent, tab, role: 'blank', dashes: [], body: indent, bodyText: '', value: '', valueCol: indent, valueKind: 'none', opens: false };
}

/** Dashes, key and value of a real line. */
function readStructure(line: Line): void {
  const t = line.text;
  let pos = line.indent;
  while (t[pos] === '-' && (pos + 1 === t.length || t[pos + 1] === ' ')) {
    line.dashes.push(pos);
    pos++;
    while (t[pos] === ' ') pos++;
  }
  line.body = pos;
  const rest = t.slice(pos);
  line.bodyText = stripComment(rest);
  if (line.bodyText === '') {
    line.valueCol = pos;
    line.opens = line.dashes.length > 0;
    return;
  }
  const c = rest[0]!;
  if (c === '?' && (rest.length === 1 || rest[1] === ' ')) {
    line.unsure = true;
    return;
  }
  const keyEnd = findKeyEnd(rest);
  if (keyEnd === undefined) {
    setValue(line, rest, pos);
    return;
  }
  const keyText = rest.slice(0, keyEnd).trimEnd();
  if (/^[&!*]/.test(keyText)) line.unsure = true;
  line.key = /^(["']).*\1$/.test(keyText) ? keyText.slice(1, -1) : keyText;
  line.keyCol = pos;
  let v = pos + keyEnd + 1;
  while (t[v] === ' ' || t[v] === '\t') v++;
  setValue(line, t.slice(v), v);
}

function setValue(line: Line, text: string, col: number): void {
  line.valueCol = col;
  const c = text[0];
  if (c === '"' || c === "'") {
    line.valueKind = 'quoted';
    line.value = text.trimEnd();
    const end = endOfQuoted(text);
    if (end !== undefined) {
      line.closedAt = col + end;
      line.value = text.slice(0, end) + stripComment(text.slice(end));
    }
    return;
  }
  if (c === '[' || c === '{') {
    line.valueKind = 'flow';
    line.value = text.trimEnd();
    const state = startValue(text);
    if (state.depth === 0 && state.quote === undefined && state.end !== undefined) {
      line.closedAt = col + state.end;
      line.value = text.slice(0, state.end) + stripComment(text.slice(state.end));
    }
    return;
  }
  line.value = stripComment(text);
  if (line.value === '') {
    line.opens = true;
    return;
  }
  if (BLOCK_HEADER.test(text.trim())) {
    line.valueKind = 'block';
    return;
  }
  if (c === '*') {
    line.valueKind = 'alias';
    return;
  }
  if (c === '&' || c === '!') {
    // An anchor or tag alone opens a nested block; with text after it, the text is the value.
    line.valueKind = 'property';
    line.opens = /^\S+$/.test(line.value);
    return;
  }
  line.valueKind = 'plain';
}

/** Index of the `:` that ends a plain or quoted key in `text`, or undefined when the text is no key. */
function findKeyEnd(text: string): number | undefined {
  let i = 0;
  const c = text[0];
  if (c === '"' || c === "'") {
    const end = endOfQuoted(text);
    if (end === undefined) return undefined;
    const m = /^\s*:(?=\s|$)/.exec(text.slice(end));
    return m ? end + m[0].length - 1 : undefined;
  }
  if (c === '[' || c === '{' || c === '|' || c === '>' || c === '#') return undefined;
  for (; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '#' && i > 0 && /\s/.test(text[i - 1]!)) return undefined;
    if (ch === ':' && (i + 1 === text.length || text[i + 1] === ' ' || text[i + 1] === '\t')) return i;
  }
  return undefined;
}

/** The text without a trailing ` # comment` (outside quotes), trimmed at the end. */
export function stripComment(text: string): string {
  let quote: string | undefined;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quote) {
      if (ch === '\\' && quote === '"') i++;
      else if (ch === quote) quote = undefined;
    } else if ((ch === '"' || ch === "'") && (i === 0 || /[\s[{,:]/.test(text[i - 1]!))) quote = ch;
    else if (ch === '#' && (i === 0 || /\s/.test(text[i - 1]!))) return text.slice(0, i).trimEnd();
  }
  return text.trimEnd();
}

/** Index just after the closing quote of the quoted text at the start of `text`, or undefined. */
function endOfQuoted(text: string): number | undefined {
  const q = text[0];
  for (let i = 1; i < text.length; i++) {
    const ch = text[i]!;
    if (q === '"' && ch === '\\') i++;
    else if (ch === q) {
      if (q === "'" && text[i + 1] === "'") i++;
      else return i + 1;
    }
  }
  return undefined;
}

interface ValueState {
  depth: number;
  quote?: string;
  /** Index just after the bracket that closed the outermost list, on the first line. */
  end?: number;
}

function startValue(text: string): ValueState {
  const state: ValueState = { depth: 0 };
  if (text[0] === '"' || text[0] === "'") {
    state.quote = text[0];
    continueValue(state, text, 1);
    return state;
  }
  continueValue(state, text, 0);
  return state;
}

/** Follows brackets and quotes through `text` from `from`; stops where the outermost bracket closes. */
function continueValue(state: ValueState, text: string, from: number): void {
  for (let i = from; i < text.length; i++) {
    const ch = text[i]!;
    if (state.quote) {
      if (state.quote === '"' && ch === '\\') i++;
      else if (ch === state.quote) {
        if (state.quote === "'" && text[i + 1] === "'") i++;
        else state.quote = undefined;
      }
      continue;
    }
    if (ch === '#' && (i === 0 || /\s/.test(text[i - 1]!))) return;
    // A quote opens a quoted text only where a value begins (`['a', "b"]`), not inside a word (`[Kinder's]`).
    if ((ch === '"' || ch === "'") && (i === 0 || /[\s[{,:]/.test(text[i - 1]!))) state.quote = ch;
    else if (ch === '[' || ch === '{') state.depth++;
    else if (ch === ']' || ch === '}') {
      state.depth--;
      if (state.depth <= 0) {
        state.depth = 0;
        state.end = i + 1;
        return;
      }
    }
  }
}
