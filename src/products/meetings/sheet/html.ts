// The sign-in sheet (Teilnahmeliste) as a printable page: the meeting's header, then one block
// per invited institution (its name, empty lines for name and signature), then lines for guests.
// A block is never split across pages; pages break only between blocks. No person's data is
// printed: the lines are filled in by hand on the day.
import type { SheetData } from './sheet.js';
import { formatWhen } from '../../../i18n/format.js';
import type { Lang } from '../../../i18n/lang.js';
import { SHEET_WORDS } from './words.js';
import { escapeHtml, germanData, renderPage } from '../../../formats/page.js';

export interface SheetOptions {
  lang: Lang;
  /** Empty lines per institution. */
  lines: number;
  /** Empty lines for guests. */
  guestLines: number;
}

const SHEET_CSS = `p.kicker { margin: 28px 0 0; color: var(--muted); font-weight: 600; letter-spacing: 0.02em; }
section.block { margin: 0 0 14px; break-inside: avoid; page-break-inside: avoid; }
table.sign { margin: 0; table-layout: fixed; }
table.sign caption { font-size: 15px; padding-top: 0; }
table.sign td { height: 38px; border-bottom: 1px solid #8a96a3; }
table.sign td + td { border-left: 1px solid var(--line); }
table.sign tbody tr:nth-child(even) { background: none; }
table.sign th.name { width: 55%; }
table.sign.guests th.name { width: 34%; }
table.sign.guests th.what { width: 33%; }
@media print {
  p.kicker { margin-top: 0; }
  table.sign { font-size: 10pt; }
  table.sign caption { font-size: 11pt; }
  table.sign td { height: 9mm; }
}
`;

/** When and where, and who organises: the sheet's facts, on the page and in the PDF (typst.ts). */
export function sheetFacts(data: SheetData, lang: Lang): [string, string][] {
  const w = SHEET_WORDS[lang];
  const m = data.meeting;
  const facts: [string, string][] = [[w.when, formatWhen(m.when, lang)]];
  if (m.location) facts.push([w.place, m.location]);
  if (m.online) facts.push([w.online, m.online]);
  if (m.organizers.length > 0) facts.push([w.organizers, m.organizers.join(', ')]);
  return facts;
}

export function renderSheetHtml(data: SheetData, options: SheetOptions): string {
  const w = SHEET_WORDS[options.lang];
  const m = data.meeting;
  const facts = sheetFacts(data, options.lang);
  const empty = (cells: number) => Array.from({ length: cells }, () => '<td></td>').join('');
  const rows = (count: number, cells: number) => Array.from({ length: count }, () => `<tr>${empty(cells)}</tr>`).join('\n');
  const head = (...columns: [string, string][]) =>
    `<thead><tr>${columns.map(([cls, text]) => `<th scope="col" class="${cls}">${escapeHtml(text)}</th>`).join('')}</tr></thead>`;

  const blocks = data.partners.map(
    (p) =>
      `<section class="block">\n<table class="sign">\n<caption${germanData(options.lang)}>${escapeHtml(p.name)}</caption>\n${head(['name', w.name], ['signature', w.signature])}\n<tbody>\n${rows(options.lines, 2)}\n</tbody>\n</table>\n</section>`,
  );
  const guests =
    options.guestLines > 0
      ? [
          '<section class="block">',
          `<h2>${escapeHtml(w.guests)}</h2>`,
          '<table class="sign guests">',
          `<caption>${escapeHtml(w.guestsIntro)}</caption>`,
          head(['name', w.name], ['what', w.institutionOrFunction], ['signature', w.signature]),
          `<tbody>\n${rows(options.guestLines, 3)}\n</tbody>`,
          '</table>',
          '</section>',
        ].join('\n')
      : '';
  const body = [
    '<header class="cover">',
    `<p class="kicker">${escapeHtml(w.kicker)} · ${escapeHtml(data.network.name)}</p>`,
    `<h1${germanData(options.lang)}>${escapeHtml(m.title)}</h1>`,
    `<dl class="facts">\n${facts.map(([k, v]) => `<dt>${escapeHtml(k)}</dt><dd>${escapeHtml(v)}</dd>`).join('\n')}\n</dl>`,
    `<p>${escapeHtml(w.intro)}</p>`,
    `<p class="note">${escapeHtml(w.privacy)}</p>`,
    '</header>',
    '<main>',
    ...(blocks.length > 0 ? [`<h2>${escapeHtml(w.institutions(blocks.length))}</h2>`, ...blocks] : []),
    guests,
    '</main>',
  ]
    .filter(Boolean)
    .join('\n');
  const description = `${w.kicker}: ${m.title} – ${data.network.name}, ${formatWhen(m.when, options.lang)}`;
  return renderPage({ lang: options.lang, title: `${w.kicker}: ${m.title}`, description, css: SHEET_CSS, body });
}
