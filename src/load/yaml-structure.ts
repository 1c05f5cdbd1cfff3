// The indentation of a YAML file checked line by line, to say WHICH line is off and where it
// belongs: the yaml package often reports an indentation slip one line too early or too late, and
// in words no coordinator can use. Only consulted when the yaml package found an error.
import { LineCounter, parseDocument } from 'yaml';
import type { Code, Params } from '../i18n/catalogue.js';
import { duplicateKeys } from './duplicate-keys.js';
import type { Line } from './yaml-lines.js';

/** One syntax slip: where it is, and the catalogue code and values of its message. */
export interface Slip {
  line: number;
  column: number;
  code: Code;
  params: Params;
}

/** A block of the file: the entries of a map (`key: value` lines) or of a list (`- ` lines) at one column. */
export interface Level {
  col: number;
  kind: 'map' | 'seq';
  first: Line;
  last: Line;
  /** How many lines begin an entry at this level. */
  count: number;
  /** Begun by the first line after a `key:` or `-` that opened it (or by the file's first line). */
  viaOpener: boolean;
  /** The column of the `key:` or `-` that opened it; undefined at the top of the file. */
  base?: number;
  /** A map that is an item of a list (its first key stands after `- `). */
  fromDash: boolean;
  firstKey?: string;
  /** Key → line of its first occurrence. */
  keys: Map<string, number>;
}

export interface Structure {
  /** The first line that does not fit the lines before it. */
  slip?: Slip;
  /** For each line with a key (up to the slip): the map it belongs to. */
  mapOf: Map<number, Level>;
}

export function checkStructure(lines: readonly Line[]): Structure {
  const content = lines.filter((l) => l.role === 'content' || l.role === 'marker');
  const keysInFile = new Set(content.flatMap((l) => (l.key === undefined ? [] : [l.key])));
  const levels: Level[] = [];
  const mapOf = new Map<number, Level>();
  const done = (slip?: Slip): Structure => ({ slip, mapOf });
  let opener: Line | undefined;
  let plainAbove: number | undefined;
  let prev: Line | undefined;
  const step = indentStep(content);

  const push = (line: Line, viaOpener: boolean, fromDash = 0, base?: number) => {
    for (const d of line.dashes.slice(fromDash)) levels.push({ ...level(d, 'seq', line, viaOpener, false), base });
    if (line.key !== undefined && line.keyCol !== undefined) {
      const map = { ...level(line.keyCol, 'map', line, viaOpener, line.dashes.length > 0), base };
      map.firstKey = line.key;
      map.keys.set(line.key, line.no);
      levels.push(map);
      mapOf.set(line.no, map);
    }
  };

  for (let k = 0; k < content.length; k++) {
    const line = content[k]!;
    if (line.unsure) return done();
    if (line.role === 'marker') {
      levels.length = 0;
      opener = plainAbove = prev = undefined;
      continue;
    }
    if (line.tab !== undefined) return done({ line: line.no, column: line.tab + 1, code: 'yaml-tab', params: {} });
    const i = line.indent;
    // a long text, continued on deeper lines (a deeper `- ` line is taken for a list item, not for text)
    if (plainAbove !== undefined && i > plainAbove && line.key === undefined && line.dashes.length === 0) continue;
    plainAbove = undefined;

    let placed = false;
    if (opener) {
      const base = opener.keyCol ?? opener.dashes.at(-1) ?? opener.indent;
      // deeper than the key, or a list at the key's own column (`key:` / `- a`)
      if (i > base || (i === base && line.dashes.length > 0 && opener.key !== undefined)) {
        push(line, true, 0, base);
        placed = true;
      }
      opener = undefined;
    }
    if (!placed) {
      const popped: Level[] = [];
      while (levels.length > 0 && levels.at(-1)!.col > i) popped.push(levels.pop()!);
      let top = levels.at(-1);
      if (top && top.col === i && top.kind === 'seq' && line.dashes.length === 0) {
        const parent = levels.at(-2);
        if (parent && parent.kind === 'map' && parent.col === i) {
          levels.pop(); // the list under `key:` at the key's own column has ended
          top = parent;
        } else return done(missingDash(line, top));
      }
      if (top && top.col === i) {
        if (top.kind === 'map') {
          if (line.dashes.length > 0) return done(unexpectedDash(line, top));
          if (line.key === undefined) return done(keySlip(line, prev, keysInFile));
          top.count++;
          top.last = line;
          if (!top.keys.has(line.key)) top.keys.set(line.key, line.no);
          mapOf.set(line.no, top);
        } else {
          top.count++;
          top.last = line;
          push(line, false, 1);
        }
      } else if (!top && popped.length === 0) {
        // `id:jugendamt` / `name: …` at the top of a file: the first line was meant as `key: value`
        if (prev && prev.key === undefined && prev.dashes.length === 0 && prev.indent === i && line.key !== undefined)
          return done(keySlip(prev, undefined, keysInFile));
        push(line, true); // the file's first line opens its top level, like a `key:` opens a block
      } else {
        return done(
          misaligned(line, {
            top,
            popped,
            prev,
            sibling: nextSibling(content, k),
            keysInFile,
            step,
            under: popped.length > 0 ? top : levels.at(-2),
            tryFix: (slip) => readsUpTo(lines, slip),
          }),
        );
      }
    }
    if (line.unclosed) return done(unclosed(line));
    if (line.textSlip) return done(indentSlip(line.textSlip.line, line.textSlip.indent, line.textSlip.ref));
    if (line.opens) opener = line;
    if (line.valueKind === 'plain' || line.valueKind === 'alias' || (line.valueKind === 'property' && !line.opens)) {
      plainAbove = line.keyCol ?? line.dashes.at(-1) ?? -1;
    }
    prev = line;
  }
  return done();
}

function level(col: number, kind: Level['kind'], line: Line, viaOpener: boolean, fromDash: boolean): Level {
  return { col, kind, first: line, last: line, count: 1, viaOpener, fromDash, keys: new Map() };
}

/** `key:value` (no space), as a list item or entry on its own: YAML reads it as text. */
const NO_SPACE = /^([A-Za-z_][\w.-]*):([^\s/].*)$/;

/** The usual indentation step of the file (2 in the examples): how much deeper a block is than its key. */
function indentStep(content: readonly Line[]): number {
  const counts = new Map<number, number>();
  for (let k = 1; k < content.length; k++) {
    const [a, b] = [content[k - 1]!, content[k]!];
    if (!a.opens || a.key === undefined || b.indent <= a.indent) continue;
    const d = b.indent - (a.keyCol ?? a.indent);
    counts.set(d, (counts.get(d) ?? 0) + 1);
  }
  // 2 unless the file clearly uses another step (one odd line must not set it)
  let best = 2;
  for (const [d, n] of counts) if (n >= 2 && n > (counts.get(best) ?? 0)) best = d;
  return best;
}

/** The next line after content[k] that is not deeper than it: its sibling, or the end of its block. */
function nextSibling(content: readonly Line[], k: number): Line | undefined {
  const i = content[k]!.indent;
  for (let j = k + 1; j < content.length; j++) {
    const l = content[j]!;
    if (l.role === 'content' && l.indent <= i) return l;
  }
  return undefined;
}

interface Around {
  top: Level | undefined;
  /** The levels closed by this line, innermost first. */
  popped: Level[];
  prev: Line | undefined;
  sibling: Line | undefined;
  keysInFile: ReadonlySet<string>;
  step: number;
  /** The block that holds the one the line is next to. */
  under: Level | undefined;
  /** How far the file reads with a slip's fix applied. */
  tryFix: (slip: Slip) => number;
}

/** A line at a column where the lines before it allow no entry. */
function misaligned(line: Line, { top, popped, prev, sibling, keysInFile, step, under, tryFix }: Around): Slip {
  // `- name:Kerstin` or `- name Kerstin` above: YAML read a text item, and the entry below it is deeper than a text allows.
  if (prev && prev.key === undefined && prev.valueKind === 'plain') {
    if (NO_SPACE.test(prev.bodyText)) return noSpace(prev);
    const words = WORDS.exec(prev.bodyText);
    if (words && keysInFile.has(words[1]!)) return missingColon(prev, words[1]!, words[2]!);
  }
  const i = line.indent;
  // `    name: A` (or `    {partner: a}`) and below it `  - name: B`: the item above lacks its dash.
  const inner = popped.at(-1);
  if (line.dashes.length > 0) {
    if (inner && inner.kind === 'map' && inner.first.dashes.length === 0 && inner.col === i + 2 && inner.first.key === line.key)
      return missingDash(inner.first, undefined, i);
    if (prev && prev.dashes.length === 0 && prev.key === undefined && line.key === undefined && (prev.indent === i + 2 || prev.indent === i))
      return missingDash(prev, undefined, i);
  }
  // The block the line should belong to: the nearest of its kind (a list for `- `, else a map);
  // on a tie the inner one.
  const candidates = [...popped, ...(top ? [top] : [])];
  const wanted = line.dashes.length > 0 ? 'seq' : 'map';
  const pool = candidates.some((c) => c.kind === wanted) ? candidates.filter((c) => c.kind === wanted) : candidates;
  let block = pool[0]!;
  for (const c of pool) if (Math.abs(c.col - i) < Math.abs(block.col - i) || (Math.abs(c.col - i) === Math.abs(block.col - i) && c.col > block.col)) block = c;
  const own = indentSlip(line, block.col, block.last);
  // Or is the block's first line off, and this one right? Only a block of one line so far.
  if (!block.viaOpener || block.count !== 1) return own;
  const expected = block.first.indent + (i - block.col);
  let first: Slip | undefined;
  // `contacts:` / `    name: A` / `      function: B`: with „- “ before it, the first line would fit.
  if (block.first.dashes.length === 0 && block.first.key !== undefined && i - block.col === 2) first = missingDash(block.first);
  else if (expected >= 0) first = indentSlip(block.first, expected, line);
  if (!first) return own;
  // The fix of the right one gets the file further (tried out) …
  const [a, b] = [tryFix(first), tryFix(own)];
  if (a !== b) return a > b ? first : own;
  // … else: the lines after this one agree with it, or the first line breaks the file's step.
  const agrees = sibling !== undefined && sibling.indent === i;
  const fitsStep = (sibling === undefined || sibling.indent < i) && under !== undefined && i - under.col === step && block.col - under.col !== step;
  const onStep = (indent: number) =>
    block.base === undefined ? indent === 0 : indent - block.base === step || (indent === block.base && block.kind === 'seq');
  const firstOffStep = !onStep(block.first.indent) && onStep(expected);
  return agrees || fitsStep || firstOffStep ? first : own;
}

/**
 * The text with the slip fixed as its message says, for the fixes that are a changed line
 * (indentation, a dash, a colon or a space); undefined for the others.
 */
function applyFix(lines: readonly Line[], slip: Slip): string | undefined {
  const line = lines[slip.line - 1];
  if (!line) return undefined;
  const p = slip.params;
  let fixed: string | undefined;
  if (slip.code === 'yaml-indent-column') fixed = ' '.repeat(Number(p.expected) - 1) + line.text.trimStart();
  else if (slip.code === 'yaml-missing-dash') fixed = ' '.repeat(Number(p.dashColumn) - 1) + String(p.fixed);
  else if (slip.code === 'yaml-no-space-after-colon' || slip.code === 'yaml-missing-colon') fixed = line.text.slice(0, line.body) + String(p.fixed);
  if (fixed === undefined) return undefined;
  return lines.map((l) => (l === line ? fixed : l.text)).join('\n');
}

/**
 * How far the yaml package reads the file once the slip is fixed: the line of its first error, a
 * key written twice included (Infinity: none; 0: no fix). Keys written twice are found by
 * duplicate-keys.ts, in linear time: yaml's own check compares every key with every key before
 * it (a file of 40,000 keys with one slip took 45 s to explain).
 */
export function readsUpTo(lines: readonly Line[], slip: Slip): number {
  const text = applyFix(lines, slip);
  if (text === undefined) return 0;
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, logLevel: 'error', prettyErrors: false, uniqueKeys: false, version: '1.2' });
  let first = Infinity;
  for (const error of doc.errors) first = Math.min(first, error.pos[0]);
  for (const { offset } of duplicateKeys(doc)) first = Math.min(first, offset);
  return first === Infinity ? Infinity : lineCounter.linePos(first).line;
}

/** The line's first word as the message names it: its key, `-` (a list item) or the start of its text. */
function lineWhat(line: Line): string {
  if (line.dashes.length > 0) return line.key !== undefined ? `- ${line.key}` : '-';
  if (line.key !== undefined) return line.key;
  const text = line.bodyText || line.text.trim();
  return text.length > 30 ? `${text.slice(0, 30)}…` : text;
}

/** `line` belongs at `expectedIndent`; `ref` is a line to compare with (named when its entry stands there). */
function indentSlip(line: Line, expectedIndent: number, ref: Line): Slip {
  const diff = line.indent - expectedIndent;
  return {
    line: line.no,
    column: line.indent + 1,
    code: 'yaml-indent-column',
    params: {
      what: lineWhat(line),
      actual: line.indent + 1,
      expected: expectedIndent + 1,
      spaces: Math.abs(diff),
      direction: diff > 0 ? 'fewer' : 'more',
      refLine: ref.no,
      refWhat: ref.indent === expectedIndent ? lineWhat(ref) : ref.keyCol === expectedIndent ? ref.key : undefined,
    },
  };
}

/** A line where the list has its next item, without the dash (`list`: that list; none for its first item). */
function missingDash(line: Line, list?: Level, dashCol?: number): Slip {
  return {
    line: line.no,
    column: line.indent + 1,
    code: 'yaml-missing-dash',
    params: { what: lineWhat(line), fixed: `- ${line.bodyText}`, dashColumn: (dashCol ?? list?.col ?? line.indent) + 1, refLine: list?.last.no },
  };
}

/** The dash forgotten before the first key of a list item that repeats the item above (yaml: DUPLICATE_KEY). */
export function missingDashBefore(line: Line, map: Level): Slip {
  const dash = map.first.dashes.at(-1) ?? Math.max(0, map.col - 2);
  return {
    line: line.no,
    column: line.indent + 1,
    code: 'yaml-missing-dash',
    params: { what: lineWhat(line), fixed: `- ${line.bodyText}`, dashColumn: dash + 1, refLine: map.first.no },
  };
}

/** `- sector: x` among `key: value` lines: the dash makes it a list item where none can be. */
function unexpectedDash(line: Line, map: Level): Slip {
  return {
    line: line.no,
    column: line.indent + 1,
    code: 'yaml-unexpected-dash',
    params: { what: line.key ?? lineWhat(line), fixed: line.bodyText, refLine: map.last.no, refWhat: map.last.keyCol === map.col ? map.last.key : undefined },
  };
}

/** A line among `key: value` lines that has no `key: `. */
function keySlip(line: Line, prev: Line | undefined, keysInFile: ReadonlySet<string>): Slip {
  if (NO_SPACE.test(line.bodyText)) return noSpace(line);
  const words = WORDS.exec(line.bodyText);
  const continuesText = prev !== undefined && prev.valueKind === 'plain';
  if (words && (keysInFile.has(words[1]!) || (!continuesText && /^[a-z][a-z0-9_]*$/.test(words[1]!)))) return missingColon(line, words[1]!, words[2]!);
  if (continuesText) return { line: line.no, column: line.body + 1, code: 'yaml-continuation', params: { refLine: prev.no, key: prev.key } };
  return { line: line.no, column: line.body + 1, code: 'yaml-expected-key', params: {} };
}

/** `sector jugendamt`: a word, a space, more. */
const WORDS = /^([A-Za-z_][\w-]*)\s+(\S.*)$/;

function missingColon(line: Line, key: string, value: string): Slip {
  return { line: line.no, column: line.body + key.length + 1, code: 'yaml-missing-colon', params: { key, fixed: `${key}: ${value}` } };
}

function noSpace(line: Line): Slip {
  const [, key, value] = NO_SPACE.exec(line.bodyText)!;
  return { line: line.no, column: line.body + key!.length + 1, code: 'yaml-no-space-after-colon', params: { key, fixed: `${key}: ${value}` } };
}

function unclosed(line: Line): Slip {
  const { char, col } = line.unclosed!;
  return { line: line.no, column: col + 1, code: 'yaml-unclosed-bracket', params: { char, close: char === '[' ? ']' : '}', key: line.key } };
}
