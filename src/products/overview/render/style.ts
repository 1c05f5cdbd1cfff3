// The overview's own style, after the shared page style (formats/page.ts: colours, type, tables,
// A4 print rules): the cover, the figures, the notes, the charts, and wide tables in a box that
// scrolls sideways on a narrow screen so that the page itself never does.
export const OVERVIEW_CSS = `header.cover { padding-top: 32px; padding-bottom: 18px; border-bottom: 4px solid var(--brand); }
.subtitle { margin: 0 0 14px; color: var(--muted); }
nav ol { display: flex; flex-wrap: wrap; gap: 4px 18px; margin: 0; padding: 0; list-style: none; }
nav a { color: var(--brand); text-decoration: none; }
nav a:hover, nav a:focus { text-decoration: underline; }
section { padding: 10px 0 18px; border-bottom: 1px solid var(--line); }
ul.figures { display: grid; grid-template-columns: repeat(auto-fill, minmax(190px, 1fr)); gap: 10px; margin: 8px 0 12px; padding: 0; list-style: none; }
ul.figures li { padding: 10px 14px; border: 1px solid var(--line); border-left: 5px solid var(--accent); border-radius: 6px; background: var(--soft); }
.figure-value { display: block; font-size: 26px; font-weight: 700; line-height: 1.2; color: var(--brand); }
.figure-label { display: block; font-weight: 600; }
ul.notes { padding-left: 20px; }
ul.notes li { margin: 4px 0; overflow-wrap: anywhere; }
h1, h2, p, figcaption { overflow-wrap: anywhere; }
.table-box { max-width: 100%; overflow-x: auto; }
.table-box:focus { outline: 2px solid var(--accent); outline-offset: 2px; }
figure.chart-figure { margin: 12px 0 18px; padding: 12px; border: 1px solid var(--line); border-radius: 6px; }
figure.chart-figure figcaption { margin-top: 6px; color: var(--muted); font-size: 13px; }
svg.chart { display: block; max-width: 100%; height: auto; font-family: inherit; }
svg .label { font-size: 13px; fill: var(--ink); }
svg .value { font-size: 12px; font-weight: 700; fill: var(--ink); }
svg .legend { font-size: 12px; fill: var(--muted); }
svg .bar { fill: var(--brand); }
svg .bar.attended { fill: #4aa37a; }
@media print {
  header.cover { padding-top: 0; }
  nav { display: none; }
  .table-box { overflow: visible; }
  section { border-bottom: none; }
}
`;
