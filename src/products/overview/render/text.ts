// The overview for the terminal: headings, aligned tables (long cells wrapped), colour only when asked.
import { Chalk } from 'chalk';
import { len, pad, table, wrap } from '../../../formats/text-table.js';
import type { Lang } from '../../../i18n/lang.js';
import { overviewDocument } from '../document.js';
import type { Overview } from '../types.js';

const WIDTH = 100;

export function renderOverviewText(overview: Overview, options: { lang: Lang; color: boolean }): string {
  const c = new Chalk({ level: options.color ? 1 : 0 });
  const doc = overviewDocument(overview, options.lang);
  const out = [c.bold(doc.title), doc.subtitle, '═'.repeat(Math.min(WIDTH, Math.max(len(doc.title), len(doc.subtitle))))];
  for (const section of doc.sections) {
    out.push('', c.bold(section.title), '─'.repeat(len(section.title)));
    for (const block of section.blocks) {
      switch (block.kind) {
        case 'figures': {
          const w = Math.max(...block.items.map((i) => len(i.label))) + 1;
          out.push('', ...block.items.map((i) => `${pad(`${i.label}:`, w)}  ${i.value}`));
          break;
        }
        case 'paragraph':
          out.push('', ...wrap(block.text, WIDTH).map((l) => (block.note ? c.dim(l) : l)));
          break;
        case 'list':
          out.push('', ...block.items.flatMap((item) => wrap(item, WIDTH - 2).map((l, i) => `${i === 0 ? '•' : ' '} ${l}`)));
          break;
        case 'table':
          out.push('', ...table(block.columns, block.rows, c));
          break;
        case 'chart':
          break;
      }
    }
  }
  return out.join('\n') + '\n';
}
