// The Art. 15 letter as one HTML page on the shared page layer (page.ts): a DIN-style letter head
// (sender, addressee, date), the subject, then the sections. The PDF for a window envelope: typst.ts.
import type { LetterBlock, LetterDocument } from './document.js';
import { escapeHtml as e, renderPage } from '../../../formats/page.js';

const LETTER_CSS = `main.letter { max-width: 760px; padding-top: 28px; padding-bottom: 28px; }
.letterhead { display: grid; grid-template-columns: minmax(0, 1fr) minmax(0, 1fr); gap: 12px 32px; margin-bottom: 28px; }
.sender { grid-column: 2; grid-row: 1; text-align: right; color: var(--muted); font-size: 13px; }
.addressee { grid-column: 1; grid-row: 1 / span 2; padding-top: 36px; }
.date { grid-column: 2; grid-row: 2; text-align: right; align-self: end; }
.letterhead p { margin: 0; }
h1.subject { font-size: 17px; color: var(--ink); margin: 18px 0 16px; }
main.letter h2 { font-size: 15px; color: var(--brand); margin: 22px 0 6px; }
main.letter h3 { font-size: 14px; margin: 14px 0 4px; }
main.letter dl.facts { margin: 4px 0 10px; }
main.letter ul { padding-left: 20px; }
main.letter li { margin: 3px 0; }
p.contact { margin: 6px 0 10px 0; padding-left: 12px; border-left: 3px solid var(--brand-soft); }
.closing { margin-top: 24px; }
@media screen and (max-width: 600px) {
  .letterhead { grid-template-columns: minmax(0, 1fr); }
  .sender, .addressee, .date { grid-column: 1; grid-row: auto; text-align: left; padding-top: 0; }
}
main.letter { overflow-wrap: break-word; }
@media print {
  main.letter { max-width: none; padding: 0; }
  .letterhead { break-inside: avoid; }
  main.letter h2 { font-size: 12pt; }
  main.letter section { break-inside: auto; }
  h3, dl.facts, p.contact, li { break-inside: avoid; page-break-inside: avoid; }
}
`;

const br = (lines: readonly string[]) => lines.map(e).join('<br>');

export function renderLetterHtml(doc: LetterDocument): string {
  const out: string[] = [
    '<main class="letter">',
    '<header class="letterhead">',
    `<p class="sender">${br(doc.sender)}</p>`,
    `<p class="addressee">${br(doc.addressee)}</p>`,
    `<p class="date">${e(doc.date)}</p>`,
    '</header>',
    `<h1 class="subject">${e(doc.subject)}</h1>`,
    `<p>${e(doc.salutation)}</p>`,
  ];
  for (const section of doc.sections) {
    if (section.title) out.push('<section>', `<h2>${e(section.title)}</h2>`);
    for (const block of section.blocks) out.push(renderBlock(block));
    if (section.title) out.push('</section>');
  }
  out.push(`<p class="closing">${e(doc.closing)}</p>`, `<p>${br(doc.signature)}</p>`, '</main>');
  return renderPage({
    lang: doc.lang,
    title: `${doc.title}: ${doc.addressee[0] ?? ''}`,
    description: `${doc.title} – ${doc.subject}`,
    css: LETTER_CSS,
    body: out.join('\n'),
  });
}

function renderBlock(block: LetterBlock): string {
  switch (block.kind) {
    case 'paragraph':
      return `<p>${e(block.text)}</p>`;
    case 'list':
      return `<ul>\n${block.items.map((i) => `<li>${e(i)}</li>`).join('\n')}\n</ul>`;
    case 'contact':
      return `<p class="contact">${br(block.lines)}</p>`;
    case 'fields':
      return (
        `<h3>${e(block.caption)}</h3>\n<dl class="facts">\n${block.rows.map(([k, v]) => `<dt>${e(k)}</dt><dd>${e(v)}</dd>`).join('\n')}\n</dl>` +
        (block.note ? `\n<p class="note">${e(block.note)}</p>` : '')
      );
  }
}
