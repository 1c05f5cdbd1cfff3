// The directory's own style, after the shared page style (page.ts): cards that flow into one
// column on a phone (375 px) and several on a wide screen, long addresses and links that wrap
// instead of widening the page, the filter, and print rules (A4: two columns of cards, none split
// over two pages; no filter, no links list and no closing line on paper: the top of the first page
// and the PDF's page footer carry the "Stand"). Sides are logical (inline-start, inline-end), so
// that a right-to-left page (Arabic) mirrors the layout by itself.
export const DIRECTORY_CSS = `[hidden] { display: none !important; }
header.cover { padding-top: 28px; padding-bottom: 14px; border-bottom: 4px solid var(--brand); }
.kicker { margin: 0; color: var(--accent); font-weight: 600; letter-spacing: .08em; text-transform: uppercase; font-size: 13px; }
.subtitle { margin: 0 0 6px; color: var(--muted); }
.as-of { margin: 0 0 10px; font-weight: 600; }
.emergency { margin: 10px 0 14px; padding: 8px 12px; border-inline-start: 5px solid var(--bad); background: var(--bad-soft); color: var(--ink); }
.emergency a { color: var(--bad); font-weight: 700; }
nav.toc h2 { font-size: 18px; margin: 12px 0 4px; }
nav.toc h3 { font-size: 15px; margin: 10px 0 4px; color: var(--muted); }
ul.inline { display: flex; flex-wrap: wrap; gap: 4px 16px; margin: 0; padding: 0; list-style: none; }
ul.inline a { text-decoration: none; }
ul.inline a:hover, ul.inline a:focus { text-decoration: underline; }
.count-hint { color: var(--muted); font-size: 13px; }
main > section { padding: 8px 0 18px; border-bottom: 1px solid var(--line); }
.filter { display: flex; flex-wrap: wrap; gap: 8px 18px; align-items: flex-end; margin: 16px 0 4px; padding: 10px 14px; background: var(--soft); border: 1px solid var(--line); border-radius: 6px; }
.filter .field { display: flex; flex-direction: column; gap: 2px; max-width: 100%; }
.filter label { font-weight: 600; }
.filter select { font: inherit; padding: 4px 6px; min-width: 12rem; max-width: 100%; border: 1px solid var(--muted); border-radius: 4px; background: #fff; color: var(--ink); }
.filter .count { margin: 0; flex-basis: 100%; color: var(--ink); }
.group > h3 { margin: 18px 0 4px; font-size: 19px; color: var(--brand); }
.group-text { margin: 0 0 8px; color: var(--muted); }
ul.cards { display: grid; grid-template-columns: repeat(auto-fill, minmax(min(100%, 19rem), 1fr)); gap: 12px; margin: 8px 0 14px; padding: 0; list-style: none; }
ul.cards > li { min-width: 0; }
ul.cards article { height: 100%; padding: 10px 14px; border: 1px solid var(--line); border-inline-start: 5px solid var(--brand); border-radius: 6px; background: #fff; overflow-wrap: anywhere; }
ul.cards li:target article { outline: 3px solid var(--accent); outline-offset: 2px; }
.cards h3, .cards h4 { margin: 0 0 2px; font-size: 16px; line-height: 1.3; color: var(--brand); }
.kind { margin: 0 0 6px; color: var(--muted); font-size: 14px; }
dl.contact { display: grid; grid-template-columns: max-content minmax(0, 1fr); gap: 2px 10px; margin: 6px 0; font-size: 14px; }
dl.contact dt { color: var(--muted); font-weight: 600; }
dl.contact dd { margin: 0; min-width: 0; }
.persons-label { margin: 8px 0 2px; font-weight: 600; font-size: 14px; }
ul.persons { margin: 0; padding: 0; list-style: none; font-size: 14px; }
ul.persons li { padding: 4px 0; border-top: 1px solid var(--line); }
ul.persons li:first-child { border-top: 0; }
.person-name { font-weight: 600; }
.person-function, .person-lines { display: block; }
.badge { display: inline-block; margin-inline-start: 6px; padding: 0 6px; border-radius: 4px; background: var(--brand-soft); color: var(--brand); font-size: 12px; font-weight: 700; }
.via { margin: 8px 0 0; font-size: 14px; font-style: italic; }
div.towns { display: grid; grid-template-columns: repeat(auto-fill, minmax(min(100%, 26rem), 1fr)); gap: 0 24px; }
ul.towns { margin: 4px 0 0; padding-inline-start: 20px; }
section.town { min-width: 0; padding: 2px 0 6px; overflow-wrap: anywhere; }
section.town h3 { margin: 12px 0 4px; }
section.town p { margin: 4px 0; }
ul.events { margin: 8px 0; padding: 0; list-style: none; }
ul.events > li { margin: 0 0 12px; padding: 10px 14px; border: 1px solid var(--line); border-radius: 6px; overflow-wrap: anywhere; }
ul.events h3 { margin: 0 0 4px; }
.when { margin: 0; font-weight: 600; }
.cancelled { color: var(--bad); }
footer { border-top: 1px solid var(--line); margin-top: 8px; }
nav.access { margin: 0 0 10px; padding: 6px 0; border-bottom: 1px solid var(--line); font-size: 14px; }
nav.access a[aria-current] { font-weight: 700; text-decoration: none; color: var(--ink); }
.machine-note { margin: 6px 0 10px; padding: 6px 10px; border-inline-start: 5px solid var(--warn); background: var(--warn-soft); color: var(--ink); font-size: 14px; }
.machine-note p { margin: 2px 0; }
.gloss { font-weight: 400; color: var(--ink); }
ul.offers { margin: 0 0 4px; padding: 0; list-style: none; font-size: 14px; }
ul.offers > li { padding: 4px 0; border-top: 1px solid var(--line); }
ul.offers > li:first-child { border-top: 0; }
.offer-title { margin: 0; font-weight: 600; }
.offer-text { margin: 2px 0; }
input#filter-a { font: inherit; padding: 4px 6px; width: 8rem; max-width: 100%; border: 1px solid var(--muted); border-radius: 4px; color: var(--ink); }
section.statement, section.easy { overflow-wrap: anywhere; }
section.statement h2, section.easy h2 { margin-top: 26px; }
section.easy p { margin: 4px 0; font-size: 17px; line-height: 1.6; }
dl.words dt { margin-top: 10px; font-weight: 700; font-size: 17px; }
dl.words dd { margin: 0; }
@media (max-width: 600px) {
  header.cover, main, footer { padding-left: 14px; padding-right: 14px; }
  h1 { font-size: 24px; }
  h2 { font-size: 20px; }
  .filter select, input#filter-a { min-width: 0; width: 100%; }
  .filter .field { flex-basis: 100%; }
}
@media print {
  nav.toc, .filter { display: none !important; }
  header.cover { padding-top: 0; }
  ul.cards, div.towns { grid-template-columns: 1fr 1fr; gap: 4mm 6mm; }
  ul.cards > li, ul.events > li, section.town { break-inside: avoid; page-break-inside: avoid; }
  ul.cards article { height: auto; }
  .group-text, #insofa > p, #koordination > p { break-after: avoid; page-break-after: avoid; break-inside: avoid; page-break-inside: avoid; }
  footer { display: none; }
  ul.cards article { border-inline-start-width: 3px; }
  .cards h3, .cards h4 { font-size: 11pt; }
  dl.contact, ul.persons, .kind { font-size: 9pt; }
  main > section { border-bottom: 0; }
  h2 { break-before: auto; }
}
`;
