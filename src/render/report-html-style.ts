// The HTML report's style sheet: calm, readable on screen, printable on A4 (colours kept in print).
export const REPORT_CSS = `:root {
  --ink: #1d2733; --muted: #5b6675; --line: #d8dee6; --soft: #f4f6f9;
  --brand: #1f4e79; --brand-soft: #e7eef6; --accent: #2a7ab0;
  --ok: #1e7b45; --ok-soft: #dcf1e3; --bad: #b42318; --bad-soft: #fde4e1; --warn: #9a5b00; --warn-soft: #fdf0d5;
}
* { box-sizing: border-box; }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { margin: 0; color: var(--ink); background: #fff; font: 15px/1.5 "Segoe UI", "Helvetica Neue", Arial, "Liberation Sans", sans-serif; }
header.cover, main, footer { max-width: 980px; margin: 0 auto; padding: 0 28px; }
header.cover { padding-top: 32px; padding-bottom: 18px; border-bottom: 4px solid var(--brand); }
.kicker { margin: 0; color: var(--accent); font-weight: 600; letter-spacing: .08em; text-transform: uppercase; font-size: 13px; }
h1 { margin: 4px 0 6px; font-size: 30px; line-height: 1.2; color: var(--brand); }
.subtitle { margin: 0 0 14px; color: var(--muted); }
nav ol { display: flex; flex-wrap: wrap; gap: 4px 18px; margin: 0; padding: 0; list-style: none; counter-reset: sec; }
nav li { counter-increment: sec; }
nav li::before { content: counter(sec) ". "; color: var(--muted); }
nav a { color: var(--brand); text-decoration: none; }
nav a:hover { text-decoration: underline; }
section { padding: 10px 0 18px; border-bottom: 1px solid var(--line); counter-increment: h2; }
main { counter-reset: h2; }
h2 { margin: 22px 0 10px; font-size: 22px; color: var(--brand); }
h2::before { content: counter(h2) ". "; color: var(--accent); }
h3 { margin: 20px 0 8px; font-size: 16px; color: var(--ink); }
p { margin: 8px 0; }
p.note { color: var(--muted); font-size: 13px; }
dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: 4px 18px; margin: 8px 0 14px; }
dl.facts dt { font-weight: 600; color: var(--muted); }
dl.facts dd { margin: 0; }
ul.figures { display: grid; grid-template-columns: repeat(auto-fill, minmax(210px, 1fr)); gap: 10px; margin: 8px 0 12px; padding: 0; list-style: none; }
ul.figures li { padding: 10px 14px; border: 1px solid var(--line); border-left: 5px solid var(--accent); border-radius: 6px; background: var(--soft); }
ul.figures li.ok { border-left-color: var(--ok); }
ul.figures li.bad { border-left-color: var(--bad); }
ul.figures li.warn { border-left-color: #d08a00; }
.figure-value { display: block; font-size: 26px; font-weight: 700; line-height: 1.2; color: var(--brand); }
.figure-label { display: block; font-weight: 600; }
.figure-detail { display: block; color: var(--muted); font-size: 13px; }
li.ok .figure-detail { color: var(--ok); } li.bad .figure-detail { color: var(--bad); }
table { width: 100%; border-collapse: collapse; margin: 10px 0 16px; font-size: 14px; }
caption { caption-side: top; text-align: left; font-weight: 700; padding: 4px 0 6px; color: var(--ink); }
th, td { padding: 6px 8px; border-bottom: 1px solid var(--line); text-align: left; vertical-align: top; }
thead th { background: var(--brand-soft); color: var(--brand); border-bottom: 2px solid var(--brand); font-weight: 600; }
tbody th { font-weight: 600; }
tbody tr:nth-child(even) { background: #fafbfc; }
.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
.center { text-align: center; }
.nowrap { white-space: nowrap; }
table.compact { width: auto; min-width: 60%; }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
td.ok, dd.ok { color: var(--ok); font-weight: 600; }
td.bad, dd.bad { color: var(--bad); font-weight: 600; }
td.warn, dd.warn { color: var(--warn); font-weight: 600; }
td.muted, th.muted, dd.muted { color: var(--muted); }
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
svg .bar { fill: var(--accent); }
svg .bar.network { fill: var(--brand); }
svg .bar.training { fill: #4aa37a; }
svg .bar.other { fill: #9db4cc; }
svg .cell text { font-size: 15px; font-weight: 700; }
svg .cell.covered rect { fill: var(--ok-soft); stroke: var(--ok); }
svg .cell.covered text { fill: var(--ok); }
svg .cell.missing rect { fill: url(#hatch-missing); stroke: var(--bad); }
svg .cell.missing text { fill: var(--bad); }
svg .cell.none rect { fill: var(--soft); stroke: #c2c9d2; }
svg .cell.none text { fill: var(--muted); }
svg .hatch-bg { fill: var(--bad-soft); }
svg .hatch-line { stroke: #f3b2aa; stroke-width: 2; }
ol.matrix-key { columns: 2; margin: 6px 0 0; padding-left: 28px; font-size: 13px; }
footer { padding-top: 14px; padding-bottom: 28px; color: var(--muted); font-size: 12px; }
@page { size: A4; margin: 16mm 14mm 18mm; }
@media print {
  body { font-size: 10pt; }
  header.cover, main, footer { max-width: none; padding-left: 0; padding-right: 0; }
  header.cover { padding-top: 0; }
  nav { display: none; }
  h1 { font-size: 20pt; }
  h2 { font-size: 14pt; break-after: avoid; page-break-after: avoid; }
  h3, caption { break-after: avoid; page-break-after: avoid; }
  table { font-size: 9pt; }
  tr, figure, ul.figures li, dl.facts { break-inside: avoid; page-break-inside: avoid; }
  thead { display: table-header-group; }
  section { border-bottom: none; }
  tbody tr:nth-child(even) { background: none; }
}
`;
