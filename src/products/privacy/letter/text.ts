// The Art. 15 letter on a terminal: the same document as plain text, lines wrapped at 80
// characters, headings underlined; to read before writing it as a PDF or Markdown file.
import type { LetterBlock, LetterDocument } from './document.js';
import { wrap } from '../../../formats/text-table.js';

const WIDTH = 80;
const para = (text: string, indent = '') => wrap(text, WIDTH - indent.length).map((l) => indent + l);

export function renderLetterText(doc: LetterDocument): string {
  const out: string[] = [
    ...doc.sender,
    '',
    ...doc.addressee,
    '',
    doc.date,
    '',
    ...para(doc.subject),
    '─'.repeat(Math.min(WIDTH, [...doc.subject].length)),
    '',
    ...para(doc.salutation),
  ];
  for (const section of doc.sections) {
    if (section.title) out.push('', section.title, '─'.repeat(Math.min(WIDTH, [...section.title].length)));
    for (const block of section.blocks) out.push('', ...renderBlock(block));
  }
  out.push('', ...para(doc.closing), '', ...doc.signature);
  return out.join('\n') + '\n';
}

function renderBlock(block: LetterBlock): string[] {
  switch (block.kind) {
    case 'paragraph':
      return para(block.text);
    case 'list':
      return block.items.flatMap((i) => para(i, '  ').map((l, n) => (n === 0 ? `•${l.slice(1)}` : l)));
    case 'contact':
      return block.lines;
    case 'fields':
      return [...para(block.caption), ...block.rows.flatMap(([k, v]) => para(`${k}: ${v}`, '  ')), ...(block.note ? ['', ...para(block.note)] : [])];
  }
}
