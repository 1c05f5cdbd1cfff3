// Certificates of attendance as printed pages (A4, through the PDF path): one page per name, or
// pages with a line to write the name on (--blank).
import { escapeHtml as e, renderPage } from '../../formats/page.js';
import type { Lang } from '../../i18n/lang.js';
import type { CertificateText } from './certificate.js';
import { CERTIFICATE_WORDS } from './words.js';

const CSS = `
section.certificate { break-after: page; padding-top: 2rem; }
section.certificate:last-of-type { break-after: auto; }
.certificate h1 { font-size: 2rem; margin-bottom: 2.5rem; }
.certificate .name { font-size: 1.5rem; font-weight: bold; margin: 0 0 0.5rem; }
.certificate .blank { border-bottom: 1px solid #222; height: 2.2rem; margin: 0; }
.certificate .blank-label { font-size: 0.8rem; margin: 0.2rem 0 1rem; }
.certificate dl { display: grid; grid-template-columns: max-content 1fr; gap: 0.4rem 1rem; margin: 2rem 0; }
.certificate dt { font-weight: bold; }
.certificate dd { margin: 0; }
.certificate .signature { margin-top: 4rem; display: flex; justify-content: space-between; gap: 2rem; }
.certificate .signature p { border-top: 1px solid #222; padding-top: 0.3rem; width: 45%; font-size: 0.85rem; }
`;

/** `names`: one certificate each; an undefined name is a certificate to fill in by hand. */
export function renderCertificatesHtml(text: CertificateText, names: readonly (string | undefined)[], lang: Lang): string {
  const w = CERTIFICATE_WORDS[lang];
  const page = (name: string | undefined) =>
    [
      `<section class="certificate" aria-label="${e(w.title)}">`,
      `<h1>${e(w.title)}</h1>`,
      name === undefined ? `<p class="blank"></p>\n<p class="blank-label">${e(w.nameLine)}</p>` : `<p class="name">${e(name)}</p>`,
      `<p>${e(text.attended)}</p>`,
      `<dl>`,
      ...text.facts.map((f) => `<dt>${e(f.label)}</dt><dd>${e(f.value)}</dd>`),
      ...(text.content.length > 0 ? [`<dt>${e(w.content)}</dt><dd><ul>${text.content.map((c) => `<li>${e(c)}</li>`).join('')}</ul></dd>`] : []),
      `</dl>`,
      `<div class="signature"><p>${e(text.dated)}</p><p>${e(text.signature)}</p></div>`,
      `</section>`,
    ].join('\n');
  return renderPage({ lang, title: `${w.title} – ${text.network}`, css: CSS, body: `<main>\n${names.map(page).join('\n')}\n</main>` });
}
