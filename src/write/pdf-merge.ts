// Several PDFs Typst wrote, one after the other, as one PDF: typeset-pdf.ts typesets a very large
// document in parts so that Typst never holds more than one part's layout in memory (the
// 1,000-partner directory: about 500 MB in one piece). What makes it one tagged PDF/UA document
// again: one page tree (the parts' pages in order), one structure tree (the parts' Document
// children under the first part's Document), one parent tree (each part's keys moved past the
// keys of the parts before it, in its pages and annotations too), one outline rebuilt from the
// headings of all parts, and the first part's catalog, language, title, metadata (its page count
// corrected) and info. The parts come without footers: a last small PDF has only the footers
// ("Seite 7 von 189", which needs the whole count), and each of its pages is drawn over the page
// of the same number as a form, an artifact. Fonts, pages, contents and annotations are copied
// byte for byte, only their references renumbered. Only for PDFs as this program's Typst writes
// them; anything else is a PdfSyntaxError, never half a file.
import { createHash } from 'node:crypto';
import { footedPage, footerForm, readFooters, DRAW, SAVE } from './pdf-footers.js';
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

interface Part {
  file: PdfFile;
  catalog: Dict;
  pages: number;
  kids: PdfValue[];
  /** Its pages' object numbers and where each stands among its pages. */
  pageNums: Map<number, number>;
  structRoot: number;
  document: number;
  children: PdfValue[];
  /** The parent tree's number–value pairs, flat, and the key after the last. */
  nums: PdfValue[];
  nextKey: number;
  roleMap: Dict;
  outline: number | undefined;
  /** The outline's entries in document order, with the level of the heading each belongs to. */
  bookmarks: { level: number; title: PdfValue; dest: [string, PdfValue] }[];
  /** Its catalog, page tree, structure tree, Document, outline and metadata: in the first part rewritten as the joined file's, in the others left out. */
  trees: Set<number>;
  /** Objects no part keeps: the outline's entries (made again) and a parent tree of its own. */
  gone: Set<number>;
}

/** Structure elements whose content is text: a heading never stands inside them. */
const LEAVES = new Set(['/P', '/Span', '/Link', '/Lbl', '/Strong', '/Em', '/H1', '/H2', '/H3', '/H4', '/H5', '/H6']);

function readPart(bytes: Uint8Array): Part {
  const file = readPdfFile(bytes);
  const catalogNum = refOf(file.trailer.get('/Root'), 'trailer /Root');
  const catalog = dictAt(file, catalogNum, 'catalog');
  const gone = new Set<number>();
  const pages = refOf(catalog.get('/Pages'), 'catalog /Pages');
  const kids = arrayOf(dictAt(file, pages, 'page tree').get('/Kids'), 'page tree /Kids');
  // One level of pages, as Typst writes them (no page tree nodes inside).
  for (const kid of kids)
    if (writeValue(dictAt(file, refOf(kid, 'page'), 'page').get('/Type') ?? { kind: 'atom', text: '' }, (n) => n) !== '/Page')
      throw new PdfSyntaxError(0, 'page expected');
  const structRoot = refOf(catalog.get('/StructTreeRoot'), 'catalog /StructTreeRoot');
  const root = dictAt(file, structRoot, 'structure tree');
  const [document, ...more] = arrayOf(root.get('/K'), 'structure tree /K');
  if (more.length > 0) throw new PdfSyntaxError(0, 'one Document element expected');
  const documentNum = refOf(document, 'Document');
  let parentTree = root.get('/ParentTree');
  if (parentTree?.kind === 'ref') {
    gone.add(parentTree.num);
    parentTree = objectValue(file, parentTree.num);
  }
  const tree = dictOf(parentTree, 'parent tree');
  if (tree.has('/Kids')) throw new PdfSyntaxError(0, 'parent tree with /Kids');
  const outline = catalog.get('/Outlines')?.kind === 'ref' ? refOf(catalog.get('/Outlines'), 'outline') : undefined;
  const metadata = catalog.get('/Metadata')?.kind === 'ref' ? refOf(catalog.get('/Metadata'), 'metadata') : undefined;
  // Typst bookmarks every heading: its outline entries and its H1–H6 elements are the same list
  // in the same order, and the elements know their level, which a part's outline cannot (a part
  // that begins with a level-3 heading has it at its top).
  const levels = headingLevels(file, documentNum);
  const entries = outline === undefined ? [] : outlineEntries(file, outline, gone);
  if (entries.length !== levels.length) throw new PdfSyntaxError(0, `${entries.length} bookmarks for ${levels.length} headings`);
  return {
    file,
    catalog,
    pages,
    kids,
    pageNums: new Map(kids.map((kid, at) => [refOf(kid, 'page'), at])),
    structRoot,
    document: documentNum,
    children: arrayOf(dictAt(file, documentNum, 'Document').get('/K'), 'Document /K'),
    nums: arrayOf(tree.get('/Nums'), 'parent tree /Nums'),
    nextKey: intOf(root.get('/ParentTreeNextKey'), '/ParentTreeNextKey'),
    roleMap: root.get('/RoleMap') ? dictOf(root.get('/RoleMap'), '/RoleMap') : new Map(),
    outline,
    bookmarks: entries.map((e, i) => ({ ...e, level: levels[i]! })),
    trees: new Set(
      [catalogNum, pages, structRoot, documentNum, outline, metadata, refOf(file.trailer.get('/Info'), 'trailer /Info')].filter((n) => n !== undefined),
    ),
    gone,
  };
}

function headingLevels(file: PdfFile, documentNum: number): number[] {
  const levels: number[] = [];
  const visit = (num: number) => {
    const element = dictAt(file, num, 'structure element');
    const role = element.get('/S');
    const name = role?.kind === 'atom' ? role.text : '';
    const heading = /^\/H([1-6])$/.exec(name);
    if (heading) levels.push(Number(heading[1]));
    if (LEAVES.has(name)) return;
    const k = element.get('/K');
    for (const kid of k === undefined ? [] : k.kind === 'array' ? k.items : [k]) if (kid.kind === 'ref') visit(kid.num);
  };
  for (const kid of arrayOf(dictAt(file, documentNum, 'Document').get('/K'), 'Document /K')) if (kid.kind === 'ref') visit(kid.num);
  return levels;
}

/** The outline's entries in document order (depth first), each with its title and its target (/Dest or /A). */
function outlineEntries(file: PdfFile, root: number, gone: Set<number>): { title: PdfValue; dest: [string, PdfValue] }[] {
  const out: { title: PdfValue; dest: [string, PdfValue] }[] = [];
  const walk = (first: PdfValue | undefined) => {
    for (let at = first; at?.kind === 'ref';) {
      const item = dictAt(file, at.num, 'outline entry');
      gone.add(at.num);
      const title = item.get('/Title');
      const target = item.has('/Dest') ? '/Dest' : '/A';
      if (!title || !item.get(target)) throw new PdfSyntaxError(0, 'outline entry without title or target');
      out.push({ title, dest: [target, item.get(target)!] });
      walk(item.get('/First'));
      at = item.get('/Next');
    }
  };
  walk(dictAt(file, root, 'outline').get('/First'));
  return out;
}

/**
 * The joined PDF of parts Typst wrote (each a complete tagged PDF, the first one with the
 * document's title and metadata), with the pages of `footers` (as many) laid over them.
 */
export function mergePdfs(inputs: readonly Uint8Array[], footers: Uint8Array): Uint8Array {
  const parts = inputs.map(readPart);
  const over = readFooters(footers);
  const first = parts[0]!;
  // Every kept object a new number, part by part in the order of the old ones; what a part's
  // objects point to in the trees replaced is the joined file's object of that kind.
  let next = 1;
  const numbers = parts.map((p) => {
    const map = new Map<number, number>();
    for (let n = 1; n < p.file.size; n++) if (p.file.starts[n]! >= 0 && !p.gone.has(n) && (p === first || !p.trees.has(n))) map.set(n, next++);
    return map;
  });
  const outlineNum = first.outline !== undefined ? numbers[0]!.get(first.outline)! : parts.some((p) => p.bookmarks.length > 0) ? next++ : 0;
  const joined = { pages: numbers[0]!.get(first.pages)!, structRoot: numbers[0]!.get(first.structRoot)!, document: numbers[0]!.get(first.document)! };
  const refs = parts.map((p, i) => (num: number): number => {
    if (i > 0 && num === p.pages) return joined.pages;
    if (i > 0 && num === p.structRoot) return joined.structRoot;
    if (i > 0 && num === p.document) return joined.document;
    const mapped = numbers[i]!.get(num);
    if (mapped === undefined) throw new PdfSyntaxError(0, `part ${i + 1}: reference to object ${num} that is not copied`);
    return mapped;
  });
  const keyOffsets = parts.map((_, i) => parts.slice(0, i).reduce((sum, p) => sum + p.nextKey, 0));
  const totalPages = parts.reduce((sum, p) => sum + p.kids.length, 0);

  // The outline again, from the headings of every part.
  interface Entry {
    num: number;
    part: number;
    level: number;
    title: PdfValue;
    dest: [string, PdfValue];
    parent: Entry | undefined;
    children: Entry[];
  }
  const top: Entry[] = [];
  const open: Entry[] = [];
  for (const [i, p] of parts.entries())
    for (const b of p.bookmarks) {
      while (open.length > 0 && open.at(-1)!.level >= b.level) open.pop();
      const entry: Entry = { num: next++, part: i, ...b, parent: open.at(-1), children: [] };
      (entry.parent?.children ?? top).push(entry);
      open.push(entry);
    }
  const entries: Entry[] = [];
  const collect = (list: readonly Entry[]): void => {
    for (const e of list) {
      entries.push(e);
      collect(e.children);
    }
  };
  collect(top);
  if (over.pages.length !== totalPages) throw new PdfSyntaxError(0, `${over.pages.length} pages of footers for ${totalPages} pages`);
  // The footers' objects: what their resources need, each page's content as a form, and two
  // content streams every page shares: one that saves the graphics state before the page's own
  // content, one that restores it and draws the page's footer (an artifact) over it.
  const overNumbers = new Map(over.needed.map((n) => [n, next++]));
  const overRef = (num: number): number => {
    const mapped = overNumbers.get(num);
    if (mapped === undefined) throw new PdfSyntaxError(0, `footers: reference to object ${num} that is not copied`);
    return mapped;
  };
  const forms = over.pages.map(() => next++);
  const save = next++;
  const draw = next++;
  const firstPages = parts.map((_, i) => parts.slice(0, i).reduce((sum, p) => sum + p.kids.length, 0));

  const instance = createHash('md5')
    .update(parts.map((p) => writeValue(p.file.trailer.get('/ID') ?? { kind: 'atom', text: '' }, (n) => n)).join('\n'))
    .digest('base64');
  const out = new Output(parts.reduce((sum, p) => sum + p.file.bytes.length, 0) + 65_536);
  const offsets: number[] = [];
  const emit = (num: number, body: string, data?: Uint8Array) => {
    offsets[num] = out.length;
    out.text(`${num} 0 obj\n${body}`);
    if (data) out.bytes(data);
    out.text('\nendobj\n');
  };
  // The header as Typst writes it: the version and a comment of bytes above 127 (a binary file).
  out.text(first.file.text.slice(0, /\n\d+ 0 obj\s/.exec(first.file.text)!.index + 1));

  for (const [i, p] of parts.entries()) {
    const ref = refs[i]!;
    for (const [old, num] of numbers[i]!) {
      const special = i === 0 ? specialObject(old) : undefined;
      if (special !== undefined) emit(num, special);
      else if (p.pageNums.has(old))
        emit(num, footedPage(p.file, old, ref, keyOffsets[i]!, { form: forms[firstPages[i]! + p.pageNums.get(old)!]!, save, draw }));
      else emit(num, ...copied(p.file, old, ref, keyOffsets[i]!));
    }
  }
  if (first.outline === undefined && entries.length > 0) emit(outlineNum, outlineRoot());
  for (const e of entries) {
    const siblings = e.parent?.children ?? top;
    const at = siblings.indexOf(e);
    emit(
      e.num,
      dictText([
        ['/Parent', `${e.parent?.num ?? outlineNum} 0 R`],
        ...(at > 0 ? [['/Prev', `${siblings[at - 1]!.num} 0 R`] as const] : []),
        ...(at < siblings.length - 1 ? [['/Next', `${siblings[at + 1]!.num} 0 R`] as const] : []),
        ...(e.children.length > 0
          ? ([
              ['/First', `${e.children[0]!.num} 0 R`],
              ['/Last', `${e.children.at(-1)!.num} 0 R`],
              // Closed, as Typst writes it: the count of its children, negative.
              ['/Count', String(-e.children.length)],
            ] as const)
          : []),
        ['/Title', writeValue(e.title, refs[e.part]!)],
        [e.dest[0], writeValue(e.dest[1], refs[e.part]!)],
      ]),
    );
  }

  for (const old of over.needed) emit(overNumbers.get(old)!, ...copied(over.file, old, overRef, 0));
  for (const [k, page] of over.pages.entries()) emit(forms[k]!, ...footerForm(over, page, overRef));
  emit(save, SAVE);
  emit(draw, DRAW);
  const size = next;
  const xref = out.length;
  const rows = ['xref', `0 ${size}`, '0000000000 65535 f '];
  for (let n = 1; n < size; n++) {
    if (offsets[n] === undefined) throw new PdfSyntaxError(0, `object ${n} not written`);
    rows.push(`${String(offsets[n]).padStart(10, '0')} 00000 n `);
  }
  const id = first.file.trailer.get('/ID');
  const docId = id?.kind === 'array' && id.items[0] ? writeValue(id.items[0], (n) => n) : `(${instance})`;
  out.text(
    `${rows.join('\n')}\ntrailer\n${dictText([
      ['/Size', String(size)],
      ['/Root', `${refs[0]!(refOf(first.file.trailer.get('/Root'), '/Root'))} 0 R`],
      ['/Info', `${refs[0]!(refOf(first.file.trailer.get('/Info'), '/Info'))} 0 R`],
      ['/ID', `[${docId} (${instance})]`],
    ])}\nstartxref\n${xref}\n%%EOF`,
  );
  return out.done();

  function specialObject(old: number): string | undefined {
    const ref = refs[0]!;
    const catalogNum = refOf(first.file.trailer.get('/Root'), '/Root');
    if (old === catalogNum) {
      const catalog = new Map(first.catalog);
      if (entries.length > 0) catalog.set('/Outlines', { kind: 'ref', num: first.outline ?? -1 });
      return writeValue({ kind: 'dict', entries: catalog }, (n) => (n === -1 ? outlineNum : ref(n)));
    }
    if (old === first.pages)
      return dictText([
        ['/Type', '/Pages'],
        ['/Count', String(totalPages)],
        ['/Kids', `[${parts.flatMap((p, i) => p.kids.map((k) => writeValue(k, refs[i]!))).join(' ')}]`],
      ]);
    if (old === first.structRoot) {
      const roles = new Map(parts.flatMap((p) => [...p.roleMap]));
      const nums = parts.flatMap((p, i) =>
        p.nums.map((v, at) => (at % 2 === 0 ? String(intOf(v, 'parent tree key') + keyOffsets[i]!) : writeValue(v, refs[i]!))),
      );
      return dictText([
        ['/Type', '/StructTreeRoot'],
        ...(roles.size > 0 ? [['/RoleMap', writeValue({ kind: 'dict', entries: roles }, ref)] as const] : []),
        ['/K', `[${joined.document} 0 R]`],
        ['/ParentTree', dictText([['/Nums', `[${nums.join(' ')}]`]])],
        ['/ParentTreeNextKey', String(keyOffsets.at(-1)! + parts.at(-1)!.nextKey)],
      ]);
    }
    if (old === first.document) {
      const element = new Map(dictAt(first.file, first.document, 'Document'));
      element.delete('/K');
      return `${writeValue({ kind: 'dict', entries: element }, ref).slice(0, -2)}  /K [${parts.flatMap((p, i) => p.children.map((c) => writeValue(c, refs[i]!))).join(' ')}]\n>>`;
    }
    if (old === first.outline) return outlineRoot();
    const metadata = first.catalog.get('/Metadata');
    if (metadata?.kind === 'ref' && old === metadata.num) return xmp(first.file, old, totalPages, instance);
    return undefined;
  }

  function outlineRoot(): string {
    return dictText([
      ['/Type', '/Outlines'],
      ...(top.length > 0
        ? ([
            ['/First', `${top[0]!.num} 0 R`],
            ['/Last', `${top.at(-1)!.num} 0 R`],
            ['/Count', String(top.length)],
          ] as const)
        : []),
    ]);
  }
}

/** The joined file as it is written: bytes in a buffer that grows when it must. */
class Output {
  private buffer: Buffer;
  length = 0;
  constructor(expected: number) {
    this.buffer = Buffer.allocUnsafe(expected);
  }
  private room(n: number): void {
    if (this.length + n <= this.buffer.length) return;
    const bigger = Buffer.allocUnsafe(Math.max(this.buffer.length * 2, this.length + n));
    this.buffer.copy(bigger, 0, 0, this.length);
    this.buffer = bigger;
  }
  text(s: string): void {
    this.room(s.length);
    this.length += this.buffer.write(s, this.length, 'latin1');
  }
  bytes(b: Uint8Array): void {
    this.room(b.length);
    this.buffer.set(b, this.length);
    this.length += b.length;
  }
  done(): Uint8Array {
    return new Uint8Array(this.buffer.buffer, this.buffer.byteOffset, this.length);
  }
}

/** The first part's XMP packet with the joined file's page count and instance. */
function xmp(file: PdfFile, num: number, pages: number, instance: string): string {
  const raw = file.text.slice(file.starts[num], file.ends[num]);
  const m = /^([\s\S]*?)stream\r?\n([\s\S]*?)\r?\nendstream\s*$/.exec(raw);
  if (!m || /\/Filter/.test(m[1]!)) throw new PdfSyntaxError(file.starts[num]!, 'metadata stream expected uncompressed');
  const xml = m[2]!
    .replace(/<xmpTPg:NPages>\d+<\/xmpTPg:NPages>/, `<xmpTPg:NPages>${pages}</xmpTPg:NPages>`)
    .replace(/<xmpMM:InstanceID>[^<]*<\/xmpMM:InstanceID>/, `<xmpMM:InstanceID>${instance}</xmpMM:InstanceID>`);
  const dict = m[1]!.replace(/\/Length\s+\d+/, `/Length ${xml.length}`);
  return `${dict.trim()}\nstream\n${xml}\nendstream`;
}
