// Text for the terminal: word wrap and aligned tables (a bold header, a rule, cells wrapped at
// their column's width, colour by a cell's tone). The report and the list of meetings use it.
import type { ChalkInstance } from 'chalk';

export type Tone = 'ok' | 'bad' | 'warn' | 'muted';

export interface Cell {
  text: string;
  tone?: Tone;
  /** Text from the network's files (names, titles), written in German: marked so on pages in another language. */
  data?: boolean;
  /** A last line never wrapped (an id the user types again): the column widens for it. */
  whole?: string;
}

export interface Column {
  title: string;
  align?: 'left' | 'right' | 'center';
  /** Text output wraps the column at this width. */
  wrap?: number;
  /** HTML keeps the column on one line. */
  nowrap?: boolean;
}

/** Characters, not UTF-16 units, so that umlauts, ✓ and an emoji count as one (counted without an array of them: every cell of every table is measured). */
export function len(s: string): number {
  let n = s.length;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00) n--;
  }
  return n;
}

/** The index after `count` characters from `start` (a surrogate pair is one character). */
function afterChars(s: string, start: number, count: number): number {
  let i = start;
  for (let n = 0; n < count && i < s.length; n++) {
    const c = s.charCodeAt(i);
    i += c >= 0xd800 && c <= 0xdbff && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00 ? 2 : 1;
  }
  return i;
}

export const pad = (s: string, width: number, align: 'left' | 'right' | 'center' = 'left') => {
  const gap = Math.max(0, width - len(s));
  if (align === 'right') return ' '.repeat(gap) + s;
  if (align === 'center') return ' '.repeat(Math.floor(gap / 2)) + s + ' '.repeat(gap - Math.floor(gap / 2));
  return s + ' '.repeat(gap);
};

/**
 * Word wrap; a word longer than the width is cut. Linear in the text: each word is measured once,
 * and a long one split into characters once (a 400 KB name took a minute when sliced again and
 * again).
 */
export function wrap(text: string, width: number): string[] {
  // Most cells fit: one line as it is (spaces collapsed as below), no words to measure.
  if (text.length <= width && !/\s\s|^\s|\s$|[\n\t\r]/.test(text)) return [text];
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    let lineLength = 0;
    for (let word of paragraph.split(/\s+/).filter(Boolean)) {
      let length = len(word);
      if (length > width) {
        if (line) {
          lines.push(line);
          line = '';
          lineLength = 0;
        }
        // Pieces of `width` characters, cut by walking the string once (no array of its characters).
        let start = 0;
        for (; length > width; length -= width) {
          const end = afterChars(word, start, width);
          lines.push(word.slice(start, end));
          start = end;
        }
        word = word.slice(start);
      }
      if (line && lineLength + 1 + length <= width) {
        line += ` ${word}`;
        lineLength += 1 + length;
      } else {
        if (line) lines.push(line);
        line = word;
        lineLength = length;
      }
    }
    lines.push(line);
  }
  return lines;
}

export function toned(c: ChalkInstance, text: string, tone: Tone | undefined): string {
  switch (tone) {
    case 'ok':
      return c.green(text);
    case 'bad':
      return c.red(text);
    case 'warn':
      return c.yellow(text);
    case 'muted':
      return c.dim(text);
    default:
      return text;
  }
}

/** An aligned table: bold header, a rule, cells wrapped at their column's width. */
export function table(columns: readonly Column[], rows: readonly Cell[][], c: ChalkInstance): string[] {
  const wrapped = rows.map((row) =>
    row.map((cell, i) => [...(columns[i]!.wrap ? wrap(cell.text, columns[i]!.wrap!) : [cell.text]), ...(cell.whole === undefined ? [] : [cell.whole])]),
  );
  const widths = columns.map((col, i) => Math.max(len(col.title), ...wrapped.map((row) => Math.max(...row[i]!.map(len)))));
  const line = (cells: string[], tones?: (Tone | undefined)[]) =>
    cells
      .map((text, i) => toned(c, pad(text, widths[i]!, columns[i]!.align), tones?.[i]))
      .join('  ')
      .trimEnd();
  const out = [c.bold(line(columns.map((col) => col.title))), widths.map((w) => '─'.repeat(w)).join('  ')];
  wrapped.forEach((row, r) => {
    const height = Math.max(...row.map((lines) => lines.length));
    for (let k = 0; k < height; k++) {
      out.push(
        line(
          row.map((lines) => lines[k] ?? ''),
          rows[r]!.map((cell) => cell.tone),
        ),
      );
    }
  });
  return out;
}
