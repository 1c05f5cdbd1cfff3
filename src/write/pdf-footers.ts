// The footers of a PDF typeset in parts (pdf-merge.ts): "Seite 7 von 189" needs the count of all
// pages, so the parts are typeset without footers and the footers last, alone, on as many empty
// pages. Each of those pages becomes a form drawn over the joined page of the same number, inside
// an artifact (a footer is not read aloud), its content saved and restored around the page's own
// so that the page's drawing state does not move it.
import {
  arrayOf,
  copied,
  dictAt,
  dictOf,
  dictText,
  intOf,
  objectValue,
  PdfSyntaxError,
  readPdfFile,
  refOf,
  writeValue,
  type Dict,
  type PdfFile,
  type PdfValue,
} from './pdf-syntax.js';

/** The name of the footer's form in a page's resources. */
const FOOTER = '/NzFooter';

const streamText = (content: string) => `<<\n  /Length ${content.length}\n>>\nstream\n${content}\nendstream`;
/** The content stream before each page's own: the drawing state saved. */
export const SAVE = streamText('q\n');
/** The content stream after it: the state restored, the page's footer drawn. */
export const DRAW = streamText(`\nQ\n/Artifact BMC\n${FOOTER} Do\nEMC\n`);

export interface Footers {
  file: PdfFile;
  pages: FooterPage[];
  /** The objects the pages' resources need, to be copied. */
  needed: number[];
}

interface FooterPage {
  contents: number;
  resources: PdfValue;
  box: PdfValue;
}

/** The footers' pages: each one's content and resources, and the objects those resources need. */
export function readFooters(bytes: Uint8Array): Footers {
  const file = readPdfFile(bytes);
  const catalog = dictAt(file, refOf(file.trailer.get('/Root'), 'trailer /Root'), 'catalog');
  const kids = arrayOf(dictAt(file, refOf(catalog.get('/Pages'), 'catalog /Pages'), 'page tree').get('/Kids'), 'page tree /Kids');
  const needed = new Set<number>();
  const reach = (v: PdfValue): void => {
    if (v.kind === 'ref' && !needed.has(v.num)) {
      needed.add(v.num);
      reach(objectValue(file, v.num));
    } else if (v.kind === 'array') v.items.forEach(reach);
    else if (v.kind === 'dict') for (const item of v.entries.values()) reach(item);
  };
  const pages = kids.map((kid) => {
    const page = dictAt(file, refOf(kid, 'page'), 'page');
    const resources = page.get('/Resources') ?? { kind: 'dict', entries: new Map() };
    const box = page.get('/MediaBox');
    if (!box) throw new PdfSyntaxError(0, 'footer page without /MediaBox');
    reach(resources);
    reach(box);
    return { contents: refOf(page.get('/Contents'), 'footer contents'), resources, box };
  });
  return { file, pages, needed: [...needed].sort((a, b) => a - b) };
}

/** A part's page with its parent-tree key moved, its content saved and restored around, and its footer's form drawn over it. */
export function footedPage(
  file: PdfFile,
  num: number,
  ref: (n: number) => number,
  keyShift: number,
  footer: { form: number; save: number; draw: number },
): string {
  const page = dictAt(file, num, 'page');
  const resources = resolved(file, page.get('/Resources'));
  const xobjects = resolved(file, resources.get('/XObject'));
  if (xobjects.has(FOOTER)) throw new PdfSyntaxError(0, `page with its own ${FOOTER}`);
  const xobjectText = dictText([...[...xobjects].map(([key, value]) => [key, writeValue(value, ref)] as const), [FOOTER, `${footer.form} 0 R`]]);
  const resourcesText = dictText([
    ...[...resources].filter(([key]) => key !== '/XObject').map(([key, value]) => [key, writeValue(value, ref)] as const),
    ['/XObject', xobjectText],
  ]);
  const contents = page.get('/Contents');
  const streams = contents === undefined ? [] : contents.kind === 'array' ? contents.items : [contents];
  const entries = [...page].filter(([key]) => key !== '/Resources' && key !== '/Contents');
  return dictText([
    ...entries.map(([key, value]) => [key, key === '/StructParents' ? String(intOf(value, key) + keyShift) : writeValue(value, ref)] as const),
    ['/Resources', resourcesText],
    ['/Contents', `[${[`${footer.save} 0 R`, ...streams.map((s) => writeValue(s, ref)), `${footer.draw} 0 R`].join(' ')}]`],
  ]);
}

/** A dictionary given in place or by reference (empty when absent). */
function resolved(file: PdfFile, value: PdfValue | undefined): Dict {
  if (value === undefined) return new Map();
  return value.kind === 'ref' ? dictAt(file, value.num, 'dictionary') : dictOf(value, 'dictionary');
}

/** A footer page as a form: its content stream with the form's keys, and its bytes. */
export function footerForm(footers: Footers, page: FooterPage, ref: (n: number) => number): [string, Uint8Array] {
  const stream = [...dictOf(objectValue(footers.file, page.contents), 'footer contents')].map(([key, value]) => [key, writeValue(value, ref)] as const);
  const [, data] = copied(footers.file, page.contents, ref, 0);
  if (!data) throw new PdfSyntaxError(0, 'footer contents: stream expected');
  return [
    dictText([['/Type', '/XObject'], ['/Subtype', '/Form'], ['/BBox', writeValue(page.box, ref)], ['/Resources', writeValue(page.resources, ref)], ...stream]),
    data,
  ];
}
