// The Art. 15 letter as a PDF for a window envelope (DL, DIN 5008 form B, or form A when the
// network says so): the same document as the Markdown and HTML (document.ts), typeset by Typst
// (formats/typst.ts). The address field 85 × 45 mm, 20 mm from the left edge and 45 mm (form A:
// 27 mm) from the top, the sender's return address in one small line at its top and the address
// in its lower 27.3 mm; the sender's block and the date beside it, 125 mm from the left edge; the
// subject below the field; fold marks and the hole mark on the left edge of the first page
// (decoration, an artifact). Every page's footer names the letter and the page.
import { formatDate } from '../../../i18n/format.js';
import { PAGE_WORDS } from '../../../i18n/page.js';
import type { IsoDate } from '../../../model/types.js';
import type { LetterForm } from '../../../model/vocabulary.js';
import { block, heading, join, list, mm, par, terms, text, typstDocument, type Typst } from '../../../formats/typst.js';
import type { LetterBlock, LetterDocument } from './document.js';

/** DIN 5008 in millimetres from the page's top edge: the address field, the information block, the subject, the fold marks. */
const FORMS: Record<LetterForm, { field: number; info: number; subject: number; folds: readonly number[] }> = {
  A: { field: 27, info: 32, subject: 80.5, folds: [87, 192] },
  B: { field: 45, info: 50, subject: 98.5, folds: [105, 210] },
};
const MARGIN = { top: 20, right: 20, bottom: 22, left: 25 };
/** The address field: 20 mm from the left edge, 85 mm wide; its upper 17.7 mm hold the return address. */
const FIELD = { left: 20, width: 85, notes: 17.7, address: 27.3 };
const INFO = { left: 125, width: 65 };
const HOLE_MARK = 148.5;

/** A block placed on the first page at a distance from the page's edges (not from the margins). */
const placed = (left: number, top: number, body: Typst) => `place(top + left, dx: ${mm(left - MARGIN.left)}, dy: ${mm(top - MARGIN.top)}, ${body})`;

const lines = (list: readonly string[], size?: number) => join(...list.flatMap((l, i) => [...(i > 0 ? ['linebreak()'] : []), text(l, { size })]));

export function renderLetterTypst(doc: LetterDocument, today: IsoDate): string {
  const form = FORMS[doc.form];
  const body: Typst[] = [
    // the window: the return address at the top of the field, the address in its lower part
    // (a line's box from its ascender: the text stays inside the zones, not only its capitals)
    placed(
      FIELD.left,
      form.field + 2,
      block(`{ set text(top-edge: "ascender"); ${text(doc.returnAddress, { size: 7, colour: 'muted' })} }`, { width: mm(FIELD.width) }),
    ),
    placed(
      FIELD.left,
      form.field + FIELD.notes,
      block(`{ set text(top-edge: "ascender"); ${lines(doc.addressee, 10.5)} }`, { width: mm(FIELD.width), height: mm(FIELD.address) }),
    ),
    placed(
      INFO.left,
      form.info,
      block(`{ set text(top-edge: "ascender"); ${join(lines(doc.sender, 8.5), 'parbreak()', text(doc.date, { size: 9.5 }))} }`, { width: mm(INFO.width) }),
    ),
    `v(${mm(form.subject - MARGIN.top)})`,
    heading(1, doc.subject),
    par(text(doc.salutation)),
  ];
  for (const section of doc.sections) {
    if (section.title) body.push(heading(2, section.title));
    for (const b of section.blocks) body.push(renderBlock(b));
  }
  body.push(block(join(text(doc.closing), 'parbreak()', lines(doc.signature)), { breakable: false, above: 14 }));
  const marks = [...form.folds.map((y) => ({ y, length: 6 })), { y: HOLE_MARK, length: 9 }]
    .map((m) => `place(top + left, dx: 4mm, dy: ${mm(m.y)}, line(length: ${mm(m.length)}, stroke: 0.5pt + c-muted))`)
    .join('; ');
  return typstDocument({
    lang: doc.lang,
    title: `${doc.title}: ${doc.addressee[0] ?? ''}`,
    date: today,
    footer: `${doc.footer} · ${PAGE_WORDS[doc.lang].asOf} ${formatDate(today, doc.lang)}`,
    pageOf: PAGE_WORDS[doc.lang].pageOf,
    size: 10,
    margin: MARGIN,
    background: marks,
    rules: [
      'show heading.where(level: 1): set text(size: 11pt, fill: c-ink)',
      'show heading.where(level: 1): set block(above: 0pt, below: 12pt)',
      'show heading.where(level: 2): set text(size: 10.5pt)',
      'show heading.where(level: 2): set block(above: 14pt, below: 6pt)',
      'show heading.where(level: 3): set text(size: 10pt)',
      'set par(justify: false)',
    ],
    body,
  });
}

function renderBlock(b: LetterBlock): Typst {
  switch (b.kind) {
    case 'paragraph':
      return par(text(b.text));
    case 'list':
      return list(b.items.map((i) => text(i)));
    case 'contact':
      return block(lines(b.lines), { breakable: false, inset: 4, stroke: '(left: 2pt + c-brandSoft)', above: 6, below: 8 });
    case 'fields':
      return block(
        join(
          heading(3, b.caption),
          terms(b.rows.map(([k, v]) => [k, text(v)] as const)),
          ...(b.note ? [par(text(b.note, { italic: true, colour: 'muted' }))] : []),
        ),
        { breakable: false },
      );
  }
}
