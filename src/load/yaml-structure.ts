// The indentation of a YAML file checked line by line, to say WHICH line is off and where it
// belongs: the yaml package often reports an indentation slip one line too early or too late, and
// in words no coordinator can use. Only consulted when the yaml package found an error.
import type { Params } from '../i18n/catalogue.js';
import type { Line } from './yaml-lines.js';

/** One syntax slip: where it is, and the catalogue code and values of its message. */
export interface Slip {
  line: number;
  column: number;
  code: string;
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
  /** Begun by the first line after a `key:` or `-` that opened it. */
  viaOpener: boolean;
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

  const push = (line: Line, viaOpener: boolean, fromDash = 0) => {
    for (const d of line.dashes.slice(fromDash)) levels.push(level(d, 'seq', line, viaOpener, false));
    if (line.key !== undefined && line.keyCol !== undefined) {
      const map = level(line.keyCol, 'map', line, viaOpener, line.dashes.length > 0);
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
    if (plainAbove !== undefined && i > plainAbove && line.key === undefined) continue; // a long text, continued
    plainAbove = undefined;

    let placed = false;
    if (opener) {
      const base = opener.keyCol ?? opener.dashes.at(-1) ?? opener.indent;
      // deeper than the key, or a list at the key's own column (`key:` / `- a`)
      if (i > base || (i === base && line.dashes.length > 0 && opener.key !== undefined)) {
        push(line, true);
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
          if (line.dashes.length > 0) return done(); // a list item among keys: leave it to the fallback
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
        push(line, false);
      } else {
        return done(misaligned(line, top, popped, prev, content[k + 1], keysInFile));
      }
    }
    if (line.unclosed) return done(unclosed(line));
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

/** A line at a column where the lines before it allow no entry. */
function misaligned(line: Line, top: Level | undefined, popped: Level[], prev: Line | undefined, next: Line | undefined, keysInFile: ReadonlySet<string>): Slip {
  // `- name:Kerstin` or `- name Kerstin` above: YAML read a text item, and the entry below it is deeper than a text allows.
  if (prev && prev.key === undefined && prev.valueKind === 'plain') {
    if (NO_SPACE.test(prev.bodyText)) return noSpace(prev);
    const words = WORDS.exec(prev.bodyText);
    if (words && keysInFile.has(words[1]!)) return missingColon(prev, words[1]!, words[2]!);
  }
  const i = line.indent;
  // The first line of a block is off and the lines after it agree: the first line is the slip.
  const block = popped.at(-1) ?? top;
  if (block && block.viaOpener && block.count === 1 && next && next.role === 'content' && next.indent === i && next.no > line.no) {
    const first = block.first;
    // `contacts:` / `    name: A` / `      function: B`: with „- “ before it, the first line would fit.
    if (first.dashes.length === 0 && first.key !== undefined && i - block.col === 2) return missingDash(first);
    const expected = first.indent + (i - block.col);
    if (expected >= 0) return indentSlip(first, expected, line);
  }
  const candidates = [...popped, ...(top ? [top] : [])];
  const wanted = line.dashes.length > 0 ? 'seq' : 'map';
  const pool = candidates.some((c) => c.kind === wanted) ? candidates.filter((c) => c.kind === wanted) : candidates;
  // nearest column; on a tie the inner block (popped come first, innermost first: reversed below)
  let best = pool[0]!;
  for (const c of pool) if (Math.abs(c.col - i) < Math.abs(best.col - i) || (Math.abs(c.col - i) === Math.abs(best.col - i) && c.col > best.col)) best = c;
  return indentSlip(line, best.col, best.last);
}

/** The line's first word as the message names it: its key, `-` (a list item) or the start of its text. */
export function lineWhat(line: Line): string {
  if (line.dashes.length > 0) return line.key !== undefined ? `- ${line.key}` : '-';
  if (line.key !== undefined) return line.key;
  const text = line.bodyText;
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
function missingDash(line: Line, list?: Level): Slip {
  return {
    line: line.no,
    column: line.indent + 1,
    code: 'yaml-missing-dash',
    params: { what: lineWhat(line), fixed: `- ${line.bodyText}`, dashColumn: (list?.col ?? line.indent) + 1, refLine: list?.last.no },
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
