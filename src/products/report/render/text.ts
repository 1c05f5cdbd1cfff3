// The report for the terminal: headings, aligned tables (long cells wrapped), colour only when asked.
import { Chalk, type ChalkInstance } from 'chalk';
import { len, pad, table, toned, wrap } from '../../../formats/text-table.js';
import type { Report } from '../../../report-data/types.js';
import { reportDocument, type Block } from '../document/document.js';

const WIDTH = 100;

export function renderReportText(report: Report, options: { lang: 'de' | 'en'; color: boolean }): string {
  const c = new Chalk({ level: options.color ? 1 : 0 });
  const doc = reportDocument(report, options.lang);
  const out: string[] = [];
  const heading = `${doc.title}: ${doc.networkName}`;
  out.push(
    c.bold(heading),
    doc.subtitle,
    ...(doc.audienceMark ? [c.bold(doc.audienceMark)] : []),
    '═'.repeat(Math.min(WIDTH, Math.max(len(heading), len(doc.subtitle)))),
  );
  for (const section of doc.sections) {
    out.push('', c.bold(section.title), '─'.repeat(len(section.title)));
    for (const block of section.blocks) {
      const lines = renderBlock(block, c, section.title);
      if (lines.length > 0) out.push('', ...lines);
    }
  }
  return out.join('\n') + '\n';
}

function renderBlock(block: Block, c: ChalkInstance, sectionTitle: string): string[] {
  switch (block.kind) {
    case 'subheading':
      return [c.bold(block.text)];
    case 'paragraph':
      return wrap(block.text, WIDTH).map((l) => (block.note ? c.dim(l) : l));
    case 'facts':
    case 'figures': {
      const rows =
        block.kind === 'facts'
          ? block.rows
          : block.items.map((i) => ({ label: i.label, value: i.detail && i.detail !== i.value ? `${i.value}  (${i.detail})` : i.value, tone: i.tone }));
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
