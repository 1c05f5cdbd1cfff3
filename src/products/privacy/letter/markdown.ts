// The Art. 15 letter as Markdown: to paste into a word processor or an e-mail, or to keep on file.
import type { LetterBlock, LetterDocument } from './document.js';
import { escapeMarkdown } from '../../../formats/markdown.js';

/** Lines that must stay lines: Markdown's hard break is two spaces at the end. */
const lines = (list: readonly string[]) => list.map(escapeMarkdown).join('  \n');

export function renderLetterMarkdown(doc: LetterDocument): string {
  const out: string[] = [
    lines(doc.sender),
    '',
    lines(doc.addressee),
    '',
    doc.date,
    '',
    `**${escapeMarkdown(doc.subject)}**`,
    '',
    escapeMarkdown(doc.salutation),
  ];
  for (const section of doc.sections) {
    if (section.title) out.push('', `## ${escapeMarkdown(section.title)}`);
    for (const block of section.blocks) out.push('', ...renderBlock(block));
  }
  out.push('', escapeMarkdown(doc.closing), '', lines(doc.signature));
  return out.join('\n') + '\n';
}

function renderBlock(block: LetterBlock): string[] {
  switch (block.kind) {
    case 'paragraph':
      return [escapeMarkdown(block.text)];
    case 'list':
      return block.items.map((i) => `- ${escapeMarkdown(i)}`);
    case 'contact':
      return [lines(block.lines)];
    case 'fields':
      return [
        `**${escapeMarkdown(block.caption)}**`,
        '',
        ...block.rows.map(([k, v]) => `- ${escapeMarkdown(k)}: ${escapeMarkdown(v)}`),
        ...(block.note ? ['', `*${escapeMarkdown(block.note)}*`] : []),
      ];
  }
}
