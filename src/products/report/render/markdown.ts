// The report as Markdown with GitHub tables, for wikis and e-mails.
import { escapeMarkdown } from '../../../formats/markdown.js';
import type { Report } from '../../../report-data/types.js';
import { reportDocument, type Block } from '../document/document.js';

export function renderReportMarkdown(report: Report, options: { lang: 'de' | 'en' }): string {
  const doc = reportDocument(report, options.lang);
  const out: string[] = [`# ${doc.title}: ${escapeMarkdown(doc.networkName)}`, '', `*${escapeMarkdown(doc.subtitle)}*`];
  if (doc.audienceMark) out.push('', `**${escapeMarkdown(doc.audienceMark)}**`);
  for (const section of doc.sections) {
    out.push('', `## ${section.title}`);
    for (const block of section.blocks) {
      const lines = renderBlock(block, section.title);
      if (lines.length > 0) out.push('', ...lines);
    }
  }
  return out.join('\n') + '\n';
}

function renderBlock(block: Block, sectionTitle: string): string[] {
  switch (block.kind) {
    case 'subheading':
      return [`### ${escapeMarkdown(block.text)}`];
    case 'paragraph': {
      // A multi-line text (the Leitbild) keeps its line breaks as paragraphs.
      const paragraphs = block.text.split(/\n\s*\n/).map((p) => escapeMarkdown(p.trim()));
      return (block.note ? paragraphs.map((p) => `*${p}*`) : paragraphs).flatMap((p, i) => (i === 0 ? [p] : ['', p]));
    }
    case 'facts':
      return block.rows.map((r) => `- **${escapeMarkdown(r.label)}:** ${escapeMarkdown(r.value)}`);
    case 'figures':
      return block.items.map(
        (i) => `- **${escapeMarkdown(i.label)}:** ${escapeMarkdown(i.value)}${i.detail && i.detail !== i.value ? ` (${escapeMarkdown(i.detail)})` : ''}`,
      );
    case 'list':
      return block.items.map((i) => `- ${escapeMarkdown(i.text)}${i.detail ? ` (\`${i.detail.replace(/`/g, "'")}\`)` : ''}`);
    case 'table': {
      const row = (cells: string[]) => `| ${cells.join(' | ')} |`;
      const rule = block.columns.map((c) => (c.align === 'right' ? '---:' : c.align === 'center' ? ':---:' : '---'));
      return [
        ...(block.caption === sectionTitle ? [] : [`**${escapeMarkdown(block.caption)}**`, '']),
        row(block.columns.map((c) => escapeMarkdown(c.title))),
        row(rule),
        ...block.rows.map((cells) => row(cells.map((c) => escapeMarkdown(c.text)))),
      ];
    }
    case 'chart':
      return [];
  }
}
