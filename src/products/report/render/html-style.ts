// The HTML report's own style, after the shared page style (page.ts: colours, type, tables, A4
// print rules): the cover, the key figures, the notes and the charts (their colours: chart-colours.ts).
import { BAR_CSS } from './chart-colours.js';

export const REPORT_CSS = `header.cover { padding-top: 32px; padding-bottom: 18px; border-bottom: 4px solid var(--brand); }
.kicker { margin: 0; color: var(--accent); font-weight: 600; letter-spacing: .08em; text-transform: uppercase; font-size: 13px; }
.subtitle { margin: 0 0 14px; color: var(--muted); }
.audience { display: inline-block; margin: 6px 0 2px; padding: 2px 10px; border: 2px solid var(--brand); border-radius: 4px; color: var(--brand); font-weight: 700; }
.audience.internal { border-color: var(--bad); color: var(--bad); }
nav ol { display: flex; flex-wrap: wrap; gap: 4px 18px; margin: 0; padding: 0; list-style: none; counter-reset: sec; }
nav li { counter-increment: sec; }
nav li::before { content: counter(sec) ". "; color: var(--muted); }
nav a { color: var(--brand); text-decoration: none; }
nav a:hover { text-decoration: underline; }
section { padding: 10px 0 18px; border-bottom: 1px solid var(--line); counter-increment: h2; }
main { counter-reset: h2; }
h2::before { content: counter(h2) ". "; color: var(--accent); }
ul.figures { display: grid; grid-template-columns: repeat(auto-fill, minmax(min(100%, 250px), 1fr)); gap: 10px; margin: 8px 0 12px; padding: 0; list-style: none; }
ul.figures li { min-width: 0; padding: 10px 14px; border: 1px solid var(--line); border-left: 5px solid var(--accent); border-radius: 6px; background: var(--soft); overflow-wrap: break-word; }
ul.figures li.ok { border-left-color: var(--ok); }
ul.figures li.bad { border-left-color: var(--bad); }
ul.figures li.warn { border-left-color: #d08a00; }
.figure-value { display: block; font-size: 26px; font-weight: 700; line-height: 1.2; color: var(--brand); }
.figure-label { display: block; font-weight: 600; }
.figure-detail { display: block; color: var(--muted); font-size: 13px; }
li.ok .figure-detail { color: var(--ok); } li.bad .figure-detail { color: var(--bad); }
table.compact { width: auto; min-width: min(60%, 100%); }
ul.notes { padding-left: 20px; }
ul.notes li { margin: 4px 0; }
.where { display: block; color: var(--muted); font-size: 12px; font-family: Consolas, "DejaVu Sans Mono", monospace; }
figure.chart-figure { margin: 12px 0 18px; padding: 12px; border: 1px solid var(--line); border-radius: 6px; }
figure.chart-figure figcaption { margin-top: 6px; color: var(--muted); font-size: 13px; }
svg.chart { display: block; max-width: 100%; height: auto; font-family: inherit; }
svg .label { font-size: 13px; fill: var(--ink); }
svg .value { font-size: 12px; font-weight: 700; fill: var(--ink); }
svg .axis, svg .legend { font-size: 12px; fill: var(--muted); }
svg .colhead { font-size: 13px; font-weight: 700; fill: var(--brand); }
svg .grid { stroke: var(--line); stroke-width: 1; }
svg .baseline { stroke: var(--muted); stroke-width: 1; }
${BAR_CSS}
svg .cell text { font-size: 15px; font-weight: 700; }
svg .cell.covered rect { fill: var(--ok-soft); stroke: var(--ok); }
svg .cell.covered text { fill: var(--ok); }
svg .cell.missing rect { fill: url(#hatch-missing); stroke: var(--bad); }
svg .cell.missing text { fill: var(--bad); }
svg .cell.none rect { fill: var(--soft); stroke: #c2c9d2; }
svg .cell.none text { fill: var(--muted); }
svg .hatch-bg { fill: var(--bad-soft); }
svg .hatch-line { stroke: #f3b2aa; stroke-width: 2; }
ol.matrix-key { columns: 2 16rem; margin: 6px 0 0; padding-left: 28px; font-size: 13px; }
nav ol { overflow-wrap: anywhere; }
@media print {
  header.cover { padding-top: 0; }
  nav { display: none; }
  ul.figures li { break-inside: avoid; page-break-inside: avoid; }
  section { border-bottom: none; }
}
`;
