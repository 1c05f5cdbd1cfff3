// The overview as Markdown with GitHub tables, for wikis and e-mails.
import { escapeMarkdown } from '../../../formats/markdown.js';
import type { Lang } from '../../../i18n/lang.js';
import { overviewDocument, type Block } from '../document.js';
import type { Overview } from '../types.js';

export function renderOverviewMarkdown(overview: Overview, options: { lang: Lang }): string {
  const doc = overviewDocument(overview, options.lang);
  const out = [`# ${escapeMarkdown(doc.title)}`, '', `*${escapeMarkdown(doc.subtitle)}*`];
  for (const section of doc.sections) {
    out.push('', `## ${escapeMarkdown(section.title)}`);
    for (const block of section.blocks) {
      const lines = markdownOf(block);
      if (lines.length > 0) out.push('', ...lines);
    }
  }
  return out.join('\n') + '\n';
}

function markdownOf(block: Block): string[] {
  switch (block.kind) {
    case 'figures':
      return block.items.map((i) => `- **${escapeMarkdown(i.label)}:** ${escapeMarkdown(i.value)}`);
    case 'paragraph':
      return [block.note ? `*${escapeMarkdown(block.text)}*` : escapeMarkdown(block.text)];
    case 'list':
      return block.items.map((i) => `- ${escapeMarkdown(i)}`);
    case 'table': {
      // The section's heading names the table already.
      const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
      return [
        line(block.columns.map((col) => escapeMarkdown(col.title))),
        line(block.columns.map((col) => (col.align === 'right' ? '---:' : col.align === 'center' ? ':---:' : '---'))),
        ...block.rows.map((cells) => line(cells.map((cell) => escapeMarkdown(cell.text)))),
      ];
    }
    case 'chart':
      return [];
  }
}
