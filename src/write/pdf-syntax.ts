// Just enough of PDF's object syntax (ISO 32000-1, 7.3) to join the PDFs Typst writes
// (pdf-merge.ts): a PDF file as text (latin1, one character per byte, so that every byte comes
// back as it was), its objects found through the cross-reference table, a value read into a small
// tree, and a value copied with its references renumbered. Strings, names and streams are copied
// as they are, never decoded.

/** A value as read: dictionaries and arrays as trees, everything else as its source text. */
export type PdfValue =
  | { kind: 'dict'; entries: Map<string, PdfValue> }
  | { kind: 'array'; items: PdfValue[] }
  | { kind: 'ref'; num: number }
  /** A number, name, string, boolean or null, exactly as written (`/Title`, `(Seite 1)`, `<FEFF…>`, `12`). */
  | { kind: 'atom'; text: string };

interface Token {
  start: number;
  end: number;
  /** `<<`, `>>`, `[`, `]`, `name`, `string`, `number`, `R` or another keyword. */
  type: string;
}

const WHITE = new Set([0, 9, 10, 12, 13, 32]);
const DELIMITER = new Set([...'()<>[]{}/%'].map((c) => c.charCodeAt(0)));

/** The next token at or after `p`, undefined at the end of `to`. */
function token(s: string, p: number, to: number): Token | undefined {
  for (;;) {
    while (p < to && WHITE.has(s.charCodeAt(p))) p++;
    if (p < to && s[p] === '%') {
      while (p < to && s[p] !== '\n' && s[p] !== '\r') p++;
      continue;
    }
    break;
  }
  if (p >= to) return undefined;
  const c = s[p]!;
  if (c === '<' && s[p + 1] === '<') return { start: p, end: p + 2, type: '<<' };
  if (c === '>' && s[p + 1] === '>') return { start: p, end: p + 2, type: '>>' };
  if (c === '[' || c === ']') return { start: p, end: p + 1, type: c };
  if (c === '<') {
    const end = s.indexOf('>', p);
    if (end < 0 || end >= to) throw new PdfSyntaxError(p, 'hex string without end');
    return { start: p, end: end + 1, type: 'string' };
  }
  if (c === '(') {
    // Parentheses nest unless escaped with a backslash, which also escapes itself.
    let depth = 0;
    for (let q = p; q < to; q++) {
      const ch = s[q];
      if (ch === '\\') q++;
      else if (ch === '(') depth++;
      else if (ch === ')' && --depth === 0) return { start: p, end: q + 1, type: 'string' };
    }
    throw new PdfSyntaxError(p, 'string without end');
  }
  let q = p + 1;
  while (q < to && !WHITE.has(s.charCodeAt(q)) && !DELIMITER.has(s.charCodeAt(q))) q++;
  if (c === '/') return { start: p, end: q, type: 'name' };
  const word = s.slice(p, q);
  return { start: p, end: q, type: /^[+-]?(\d+\.?\d*|\.\d+)$/.test(word) ? 'number' : word };
}

export class PdfSyntaxError extends Error {
  constructor(at: number, what: string) {
    super(`PDF: ${what} at byte ${at}`);
  }
}

const isInteger = (s: string, t: Token | undefined) => t?.type === 'number' && /^\d+$/.test(s.slice(t.start, t.end));

/** The value that starts at `p` (after white space) and where it ends. */
export function readValue(s: string, p: number, to = s.length): { value: PdfValue; end: number } {
  const first = token(s, p, to);
  if (!first) throw new PdfSyntaxError(p, 'value expected');
  if (first.type === '<<') {
    const entries = new Map<string, PdfValue>();
    let at = first.end;
    for (;;) {
      const key = token(s, at, to);
      if (!key) throw new PdfSyntaxError(at, 'dictionary without end');
      if (key.type === '>>') return { value: { kind: 'dict', entries }, end: key.end };
      if (key.type !== 'name') throw new PdfSyntaxError(key.start, 'name expected');
      const { value, end } = readValue(s, key.end, to);
      entries.set(s.slice(key.start, key.end), value);
      at = end;
    }
  }
  if (first.type === '[') {
    const items: PdfValue[] = [];
    let at = first.end;
    for (;;) {
      const next = token(s, at, to);
      if (!next) throw new PdfSyntaxError(at, 'array without end');
      if (next.type === ']') return { value: { kind: 'array', items }, end: next.end };
      const { value, end } = readValue(s, at, to);
      items.push(value);
      at = end;
    }
  }
  if (isInteger(s, first)) {
    const second = token(s, first.end, to);
    const third = second && token(s, second.end, to);
    if (isInteger(s, second) && third?.type === 'R') return { value: { kind: 'ref', num: Number(s.slice(first.start, first.end)) }, end: third.end };
  }
  if (first.type === '>>' || first.type === ']') throw new PdfSyntaxError(first.start, `unexpected ${first.type}`);
  return { value: { kind: 'atom', text: s.slice(first.start, first.end) }, end: first.end };
}

/** A value as PDF text, its references through `ref`. */
export function writeValue(v: PdfValue, ref: (num: number) => number): string {
  switch (v.kind) {
    case 'atom':
      return v.text;
    case 'ref':
      return `${ref(v.num)} 0 R`;
    case 'array':
      return `[${v.items.map((item) => writeValue(item, ref)).join(' ')}]`;
    case 'dict':
      return `<<\n${[...v.entries].map(([key, value]) => `  ${key} ${writeValue(value, ref)}\n`).join('')}>>`;
  }
}

// A reference (`12 0 R`, not inside a name or a longer number), the parent-tree key of a page or
// an annotation, or the start of a string, in which neither counts (`<<` opens a dictionary).
const SCAN = /(?<![^\s[\]<>(){}])(\d+)\s+\d+\s+R(?![^\s/[\]<>(){}%])|\/StructParents?\s+(\d+)(?![\d.]|\s+\d+\s+R)|<<|\(|</g;

/**
 * The text from `from` to `to` with every reference `N G R` renumbered through `ref` and the
 * parent-tree keys of pages and annotations (`/StructParents`, `/StructParent`) raised by
 * `keyShift`; everything else, white space included, as it was.
 */
export function renumber(s: string, from: number, to: number, ref: (num: number) => number, keyShift = 0): string {
  const out: string[] = [];
  let copied = from;
  SCAN.lastIndex = from;
  for (let m = SCAN.exec(s); m && m.index < to; m = SCAN.exec(s)) {
    if (m[1] !== undefined) {
      out.push(s.slice(copied, m.index), `${ref(Number(m[1]))} 0 R`);
      copied = SCAN.lastIndex;
    } else if (m[2] !== undefined) {
      out.push(s.slice(copied, SCAN.lastIndex - m[2].length), String(Number(m[2]) + keyShift));
      copied = SCAN.lastIndex;
    } else if (m[0] !== '<<') SCAN.lastIndex = token(s, m.index, to)!.end;
  }
  out.push(s.slice(copied, to));
  return out.join('');
}

/** A PDF file as written by Typst: its text, and where each object's body begins (after `N 0 obj`) and where its `endobj` stands (-1: no such object). */
export interface PdfFile {
  text: string;
  bytes: Uint8Array;
  /** One more than the highest object number. */
  size: number;
  starts: Int32Array;
  ends: Int32Array;
  trailer: Map<string, PdfValue>;
}

/** Reads the cross-reference table (a classic table, as Typst writes it; anything else is refused). */
export function readPdfFile(bytes: Uint8Array): PdfFile {
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  const start = /startxref\s+(\d+)\s+%%EOF\s*$/.exec(text.slice(-64));
  if (!text.startsWith('%PDF-') || !start) throw new PdfSyntaxError(0, 'no PDF or no cross-reference table');
  const xref = Number(start[1]);
  const head = /^xref\s+0\s+(\d+)\s+/.exec(text.slice(xref, xref + 40));
  if (!head) throw new PdfSyntaxError(xref, 'cross-reference table expected');
  const size = Number(head[1]);
  const rows = xref + head[0].length;
  const starts = new Int32Array(size).fill(-1);
  const ends = new Int32Array(size).fill(-1);
  const offsets: [number, number][] = [];
  for (let n = 1; n < size; n++) {
    const row = /^(\d{10}) (\d{5}) ([nf])$/.exec(text.slice(rows + 20 * n, rows + 20 * n + 18));
    if (!row) throw new PdfSyntaxError(rows + 20 * n, 'cross-reference entry expected');
    if (row[3] === 'n') offsets.push([n, Number(row[1])]);
  }
  // An object ends where the next one (in the file) begins.
  offsets.sort((a, b) => a[1] - b[1]);
  for (const [i, [n, at]] of offsets.entries()) {
    const header = `${n} 0 obj`;
    if (!text.startsWith(header, at)) throw new PdfSyntaxError(at, `object ${n} expected`);
    const end = text.lastIndexOf('endobj', offsets[i + 1]?.[1] ?? xref);
    if (end < at) throw new PdfSyntaxError(at, `object ${n} without endobj`);
    starts[n] = at + header.length;
    ends[n] = end;
  }
  const trailerAt = text.indexOf('trailer', rows + 20 * size);
  const trailer = readValue(text, trailerAt + 'trailer'.length).value;
  if (trailer.kind !== 'dict') throw new PdfSyntaxError(trailerAt, 'trailer dictionary expected');
  return { text, bytes, size, starts, ends, trailer: trailer.entries };
}

/** The value of object `num` (the dictionary of a stream). */
export function objectValue(file: PdfFile, num: number): PdfValue {
  if (!(num > 0 && num < file.size && file.starts[num]! >= 0)) throw new PdfSyntaxError(0, `object ${num} missing`);
  return readValue(file.text, file.starts[num]!, file.ends[num]!).value;
}

// ---- reading and writing values in a file

export type Dict = Map<string, PdfValue>;

// A value of the kind expected, or a PdfSyntaxError that names what was expected (`what`).
export const dictOf = (v: PdfValue | undefined, what: string): Dict => {
  if (v?.kind !== 'dict') throw new PdfSyntaxError(0, `${what}: dictionary expected`);
  return v.entries;
};
export const refOf = (v: PdfValue | undefined, what: string): number => {
  if (v?.kind !== 'ref') throw new PdfSyntaxError(0, `${what}: reference expected`);
  return v.num;
};
export const arrayOf = (v: PdfValue | undefined, what: string): PdfValue[] => {
  if (v?.kind === 'array') return v.items;
  if (v?.kind === 'ref') return [v];
  throw new PdfSyntaxError(0, `${what}: array expected`);
};
export const intOf = (v: PdfValue | undefined, what: string): number => {
  if (v?.kind !== 'atom' || !/^\d+$/.test(v.text)) throw new PdfSyntaxError(0, `${what}: integer expected`);
  return Number(v.text);
};
export const dictAt = (file: PdfFile, num: number, what: string) => dictOf(objectValue(file, num), what);

/** A dictionary as PDF text, one key per line, as Typst writes them. */
export const dictText = (entries: readonly (readonly [string, string])[]) => `<<\n${entries.map(([k, v]) => `  ${k} ${v}\n`).join('')}>>`;

/** An object's body with its references renumbered; a stream's bytes (`stream` … `endstream`) as they are. */
export function copied(file: PdfFile, num: number, ref: (n: number) => number, keyShift: number): [string, Uint8Array?] {
  const { text } = file;
  const start = file.starts[num]!;
  const end = file.ends[num]!;
  // A stream's object ends in `endstream` (looked for at its end only: the file is megabytes long).
  if (!/endstream\s*$/.test(text.slice(Math.max(start, end - 16), end))) return [renumber(text, start, end, ref, keyShift).trim()];
  const dict = readValue(text, start, end).end;
  let last = end;
  while (/\s/.test(text[last - 1]!)) last--;
  return [renumber(text, start, dict, ref, keyShift).trimStart(), file.bytes.subarray(dict, last)];
}
