// Certificates of attendance as a PDF typeset by Typst (formats/typst.ts), in this process: the
// names go from memory into the PDF and nowhere else. One page per name, or pages with a line to
// write the name on (--blank).
import { block, heading, list, par, terms, text, typstDocument, type Typst } from '../../formats/typst.js';
import type { Lang } from '../../i18n/lang.js';
import { PAGE_WORDS } from '../../i18n/page.js';
import type { IsoDate } from '../../model/types.js';
import type { CertificateText } from './certificate.js';
import { CERTIFICATE_WORDS } from './words.js';

/** A line to write or sign on, with its label below. */
const line = (label: string, width: string): Typst => block(text(label, { size: 8.5, colour: 'muted' }), { width, stroke: '(top: 0.6pt + c-ink)', inset: 3 });

/** `names`: one certificate each; an undefined name is a certificate to fill in by hand. */
export function renderCertificatesTypst(cert: CertificateText, names: readonly (string | undefined)[], lang: Lang, today: IsoDate): string {
  const w = CERTIFICATE_WORDS[lang];
  const page = (name: string | undefined): Typst[] => [
    heading(1, w.title),
    `v(14mm)`,
    name === undefined ? `v(10mm)` : par(text(name, { bold: true, size: 16 })),
    name === undefined ? line(w.nameLine, '100%') : '[]',
    `v(4mm)`,
    par(text(cert.attended)),
    `v(4mm)`,
    terms([
      ...cert.facts.map((f) => [f.label, text(f.value)] as const),
      ...(cert.content.length > 0 ? [[w.content, list(cert.content.map((c) => text(c)))] as const] : []),
    ]),
    `v(24mm)`,
    `grid(columns: (1fr, 1fr), column-gutter: 12mm, ${par(text(cert.dated))}, [])`,
    `grid(columns: (1fr, 1fr), column-gutter: 12mm, ${line('', '100%')}, ${line(cert.signature, '100%')})`,
  ];
  const body = names.flatMap((name, i) => [...(i > 0 ? ['pagebreak()'] : []), ...page(name)]);
  return typstDocument({
    lang,
    title: `${w.title} – ${cert.network}`,
    date: today,
    footer: w.footer(cert.network),
    pageOf: PAGE_WORDS[lang].pageOf,
    size: 11,
    body,
  });
}
