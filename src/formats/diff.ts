// What a writing command changed, as a unified diff (the form `git diff` shows and `patch` and
// `git apply` read): a German (or English) line naming each file, then `--- a/…`, `+++ b/…` and
// the hunks with three lines of context. Line diff by Myers' O(ND) algorithm: an edit of a
// large file is a few lines, so D is small.
import { Chalk } from 'chalk';
import { t } from '../i18n/catalogue.js';
import type { Lang } from '../i18n/lang.js';
import { showControls } from '../safe-text.js';

export interface FileDiff {
  /** Relative to the network folder, `/`-separated. */
  file: string;
  /** The old text; undefined for a new file. */
  before: string | undefined;
  after: string;
}

const CONTEXT = 3;

type Op = { kind: ' ' | '-' | '+'; line: string };

export function renderDiff(diffs: readonly FileDiff[], options: { lang: Lang; color: boolean }): string {
  const c = new Chalk({ level: options.color ? 1 : 0 });
  let out = '';
  for (const d of diffs) {
    out += `${c.bold(t(options.lang, d.before === undefined ? 'edit.diff.new-file' : 'edit.diff.file', { file: d.file }))}\n`;
    out += `${d.before === undefined ? '--- /dev/null' : `--- a/${d.file}`}\n+++ b/${d.file}\n`;
    const a = splitLines(d.before ?? '');
    const b = splitLines(d.after);
    for (const hunk of hunks(diffLines(a.lines, b.lines))) {
      out += c.cyan(`@@ -${range(hunk.aStart, hunk.aCount)} +${range(hunk.bStart, hunk.bCount)} @@`) + '\n';
      for (const [i, op] of hunk.ops.entries()) {
        // A comment or value may hold control characters (an ESC that commands the terminal): shown, never sent.
        const text = `${op.kind}${showControls(op.line, true)}`;
        out += `${op.kind === '+' ? c.green(text) : op.kind === '-' ? c.red(text) : text}\n`;
        // The last line of a side without a final line end is marked, as diff does.
        const isLastOf = (side: 'a' | 'b') => (side === 'a' ? op.kind !== '+' && hunk.aLastIndex === i : op.kind !== '-' && hunk.bLastIndex === i);
        if ((isLastOf('a') && !a.finalBreak) || (isLastOf('b') && !b.finalBreak)) out += '\\ No newline at end of file\n';
      }
    }
  }
  return out;
}

/** Lines without their line ends (a CR of CRLF stays out of the shown diff), and whether the text ends in one. */
function splitLines(text: string): { lines: string[]; finalBreak: boolean } {
  if (text === '') return { lines: [], finalBreak: true };
  const finalBreak = text.endsWith('\n');
  const lines = (finalBreak ? text.slice(0, -1) : text).split('\n').map((l) => l.replace(/\r$/, ''));
  return { lines, finalBreak };
}

const range = (start: number, count: number) => (count === 1 ? `${start}` : `${count === 0 ? start - 1 : start},${count}`);

/** The shortest edit script from a to b (Myers 1986), as a list of kept, removed and added lines. */
function diffLines(a: readonly string[], b: readonly string[]): Op[] {
  // Common head and tail first: for an edit of a few lines this leaves almost nothing to search.
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
  const x = a.slice(head, a.length - tail);
  const y = b.slice(head, b.length - tail);
  return slide([
    ...a.slice(0, head).map((line): Op => ({ kind: ' ', line })),
    ...myers(x, y),
    ...a.slice(a.length - tail).map((line): Op => ({ kind: ' ', line })),
  ]);
}

function myers(a: readonly string[], b: readonly string[]): Op[] {
  // Only lines added (an appended entry, a new file) or only removed: the one possible script,
  // without the search (its trace grows with every line: 3,000 appended lines took 8 s).
  if (a.length === 0) return b.map((line): Op => ({ kind: '+', line }));
  if (b.length === 0) return a.map((line): Op => ({ kind: '-', line }));
  const n = a.length;
  const m = b.length;
  const max = n + m;
  const v = new Map<number, number>([[1, 0]]);
  const trace: Map<number, number>[] = [];
  for (let d = 0; d <= max; d++) {
    trace.push(new Map(v));
    for (let k = -d; k <= d; k += 2) {
      let xPos = k === -d || (k !== d && v.get(k - 1)! < v.get(k + 1)!) ? v.get(k + 1)! : v.get(k - 1)! + 1;
      let yPos = xPos - k;
      while (xPos < n && yPos < m && a[xPos] === b[yPos]) {
        xPos++;
        yPos++;
      }
      v.set(k, xPos);
      if (xPos >= n && yPos >= m) return backtrack(trace, a, b);
    }
  }
  return [];
}

function backtrack(trace: Map<number, number>[], a: readonly string[], b: readonly string[]): Op[] {
  const ops: Op[] = [];
  let x = a.length;
  let y = b.length;
  for (let d = trace.length - 1; d >= 0; d--) {
    const v = trace[d]!;
    const k = x - y;
    const down = k === -d || (k !== d && v.get(k - 1)! < v.get(k + 1)!);
    const prevK = down ? k + 1 : k - 1;
    const prevX = v.get(prevK) ?? 0;
    const prevY = prevX - prevK;
    // The step from (prevX, prevY) lands here (an added line goes down, a removed one right), then equal lines follow.
    const midX = down ? prevX : prevX + 1;
    const midY = down ? prevY + 1 : prevY;
    while (x > midX && y > midY) {
      x--;
      y--;
      ops.push({ kind: ' ', line: a[x]! });
    }
    if (d > 0) ops.push(down ? { kind: '+', line: b[prevY]! } : { kind: '-', line: a[prevX]! });
    x = prevX;
    y = prevY;
  }
  return ops.reverse();
}

/**
 * A block of added (or removed) lines can often stand one line higher or lower with the same
 * result (the entry added after a `verified:` line also ends with one). Like git's heuristics,
 * each block is moved to where its first line is least indented: it then shows as the whole entry.
 */
function slide(ops: Op[]): Op[] {
  const out = [...ops];
  const indent = (line: string) => (line.trim() === '' ? 0 : line.length - line.trimStart().length);
  // The block out[s..e) of one kind, one line up or down: the line that changes sides is equal on both.
  const up = (s: number, e: number, kind: Op['kind']) => {
    const lines = [out[s - 1]!.line, ...out.slice(s, e).map((o) => o.line)];
    out.splice(s - 1, lines.length, ...lines.slice(0, -1).map((line) => ({ kind, line })), { kind: ' ', line: lines.at(-1)! });
  };
  const down = (s: number, e: number, kind: Op['kind']) => {
    const lines = [...out.slice(s, e).map((o) => o.line), out[e]!.line];
    out.splice(s, lines.length, { kind: ' ', line: lines[0]! }, ...lines.slice(1).map((line) => ({ kind, line })));
  };
  let i = 0;
  while (i < out.length) {
    const kind = out[i]!.kind;
    let end = i;
    while (end < out.length && out[end]!.kind === kind) end++;
    const pure = kind !== ' ' && out[i - 1]?.kind !== (kind === '+' ? '-' : '+') && out[end]?.kind !== (kind === '+' ? '-' : '+');
    if (!pure) {
      i = end;
      continue;
    }
    let s = i;
    let e = end;
    while (s > 0 && out[s - 1]!.kind === ' ' && out[s - 1]!.line === out[e - 1]!.line) {
      up(s, e, kind);
      s--;
      e--;
    }
    let best = s;
    let bestIndent = indent(out[s]!.line);
    while (e < out.length && out[e]!.kind === ' ' && out[e]!.line === out[s]!.line) {
      down(s, e, kind);
      s++;
      e++;
      if (indent(out[s]!.line) < bestIndent) {
        best = s;
        bestIndent = indent(out[s]!.line);
      }
    }
    while (s > best) {
      up(s, e, kind);
      s--;
      e--;
    }
    i = e;
  }
  return out;
}

interface Hunk {
  aStart: number;
  aCount: number;
  bStart: number;
  bCount: number;
  ops: Op[];
  /** Index in ops of the hunk's line that is the last line of a (of b), if the hunk reaches it. */
  aLastIndex: number;
  bLastIndex: number;
}

/** Groups changes with CONTEXT lines around them; changes closer than twice that share a hunk. */
function hunks(ops: readonly Op[]): Hunk[] {
  const changed = ops.map((o, i) => (o.kind === ' ' ? -1 : i)).filter((i) => i >= 0);
  const out: Hunk[] = [];
  const aTotal = ops.filter((o) => o.kind !== '+').length;
  const bTotal = ops.filter((o) => o.kind !== '-').length;
  let i = 0;
  while (i < changed.length) {
    const from = Math.max(0, changed[i]! - CONTEXT);
    let to = Math.min(ops.length - 1, changed[i]! + CONTEXT);
    while (i + 1 < changed.length && changed[i + 1]! - CONTEXT <= to + 1) to = Math.min(ops.length - 1, changed[++i]! + CONTEXT);
    i++;
    const before = ops.slice(0, from);
    const aStart = before.filter((o) => o.kind !== '+').length + 1;
    const bStart = before.filter((o) => o.kind !== '-').length + 1;
    const slice = ops.slice(from, to + 1);
    const aCount = slice.filter((o) => o.kind !== '+').length;
    const bCount = slice.filter((o) => o.kind !== '-').length;
    const lastIndex = (count: number, start: number, total: number, skip: '+' | '-') => {
      if (start + count - 1 !== total || count === 0) return -1;
      for (let j = slice.length - 1; j >= 0; j--) if (slice[j]!.kind !== skip) return j;
      return -1;
    };
    out.push({
      aStart,
      aCount,
      bStart,
      bCount,
      ops: slice,
      aLastIndex: lastIndex(aCount, aStart, aTotal, '+'),
      bLastIndex: lastIndex(bCount, bStart, bTotal, '-'),
    });
  }
  return out;
}
