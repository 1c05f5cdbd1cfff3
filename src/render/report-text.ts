// The report for the terminal: headings, aligned tables (long cells wrapped), colour only when asked.
import { Chalk, type ChalkInstance } from 'chalk';
import type { Report } from '../report/types.js';
import { reportDocument, type Block, type Cell, type Tone } from './report-document.js';

const WIDTH = 100;

/** Characters, not UTF-16 units, so that umlauts and ✓ count as one. */
const len = (s: string) => [...s].length;
const pad = (s: string, width: number, align: 'left' | 'right' | 'center' = 'left') => {
  const gap = Math.max(0, width - len(s));
  if (align === 'right') return ' '.repeat(gap) + s;
  if (align === 'center') return ' '.repeat(Math.floor(gap / 2)) + s + ' '.repeat(gap - Math.floor(gap / 2));
  return s + ' '.repeat(gap);
};

/** Word wrap; a word longer than the width is cut. */
export function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    for (let word of paragraph.split(/\s+/).filter(Boolean)) {
      while (len(word) > width) {
        if (line) lines.push(line), (line = '');
        lines.push([...word].slice(0, width).join(''));
        word = [...word].slice(width).join('');
      }
      if (!line) line = word;
      else if (len(line) + 1 + len(word) <= width) line += ` ${word}`;
      else lines.push(line), (line = word);
    }
    lines.push(line);
  }
  return lines;
}

export function renderReportText(report: Report, options: { lang: 'de' | 'en'; color: boolean }): string {
  const c = new Chalk({ level: options.color ? 1 : 0 });
  const doc = reportDocument(report, options.lang);
  const out: string[] = [];
  const heading = `${doc.title}: ${doc.networkName}`;
  out.push(c.bold(heading), doc.subtitle, '═'.repeat(Math.min(WIDTH, Math.max(len(heading), len(doc.subtitle)))));
  for (const section of doc.sections) {
    out.push('', c.bold(section.title), '─'.repeat(len(section.title)));
    for (const block of section.blocks) {
      const lines = renderBlock(block, c, section.title);
      if (lines.length > 0) out.push('', ...lines);
    }
  }
  return out.join('\n') + '\n';
}

function toned(c: ChalkInstance, text: string, tone: Tone | undefined): string {
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

function renderBlock(block: Block, c: ChalkInstance, sectionTitle: string): string[] {
  switch (block.kind) {
    case 'subheading':
      return [c.bold(block.text)];
    case 'paragraph':
      return wrap(block.text, WIDTH).map((l) => (block.note ? c.dim(l) : l));
    case 'facts':
    case 'figures': {
      const rows = block.kind === 'facts' ? block.rows : block.items.map((i) => ({ label: i.label, value: i.detail && i.detail !== i.value ? `${i.value}  (${i.detail})` : i.value, tone: i.tone }));
      const w = Math.max(...rows.map((r) => len(r.label))) + 1;
      return rows.flatMap((r) =>
        wrap(r.value, WIDTH - w - 2).map((line, i) => `${i === 0 ? pad(`${r.label}:`, w) : ' '.repeat(w)}  ${toned(c, line, r.tone)}`),
      );
    }
    case 'list':
      return block.items.flatMap((item) => {
        const lines = wrap(item.text, WIDTH - 2).map((l, i) => `${i === 0 ? '•' : ' '} ${l}`);
        if (item.detail) lines.push(`  ${c.dim(item.detail)}`);
        return lines;
      });
    case 'table':
      return [...(block.caption === sectionTitle ? [] : [c.bold(block.caption)]), ...table(block.columns, block.rows, c)];
    case 'chart':
      return [];
  }
}

/** An aligned table: bold header, a rule, cells wrapped at their column's width (also used by `meetings`). */
export function table(columns: Extract<Block, { kind: 'table' }>['columns'], rows: Cell[][], c: ChalkInstance): string[] {
  const wrapped = rows.map((row) => row.map((cell, i) => (columns[i]!.wrap ? wrap(cell.text, columns[i]!.wrap!) : [cell.text])));
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
      out.push(line(row.map((lines) => lines[k] ?? ''), rows[r]!.map((cell) => cell.tone)));
    }
  });
  return out;
}
