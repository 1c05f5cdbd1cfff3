// The report's charts in the PDF: the same bars as the HTML's SVG (svg.ts, svg-periods.ts build
// them), drawn by Typst as horizontal bars with their values written beside them, in a figure
// whose alternative text is the chart's data in words. The drawing itself is an artifact; a
// screen reader reads the alternative text, and the table beside each chart has the figures too.
import { colour, mm, text, type Typst } from '../../../formats/typst.js';
import type { Bar, BarChart } from '../../../formats/svg-bars.js';
import { BAR_COLOURS } from './chart-colours.js';

/** The longest bar, in millimetres: with the labels and the values, the chart fits the width of A4's text. */
const BAR_MAX = 95;

const fill = (cls: string) => BAR_COLOURS[cls] ?? BAR_COLOURS.bar!;

function swatch(cls: string, width: Typst, height: number, outline = true): Typst {
  const c = fill(cls);
  return `box(width: ${width}, height: ${height}pt, fill: rgb("${c.fill}")${c.stroke && outline ? `, stroke: 0.6pt + rgb("${c.stroke}")` : ''})`;
}

/** A bar with its darker part at the start (partners that took part, of the members), outlined as one. */
function partBar(bar: Bar, max: number, height: number): Typst {
  const width = (v: number) => mm(Math.max(0.6, (v / max) * BAR_MAX));
  if (bar.part === undefined || bar.part <= 0) return swatch(bar.cls, width(bar.value), height);
  const c = fill(bar.cls);
  const rest = bar.value - bar.part;
  const pieces = [swatch(bar.partCls ?? bar.cls, width(bar.part), height, false), ...(rest > 0 ? [swatch(bar.cls, width(rest), height, false)] : [])];
  return `box(${c.stroke ? `stroke: 0.6pt + rgb("${c.stroke}"), ` : ''}stack(dir: ltr, ${pieces.join(', ')}))`;
}

/** A bar chart as Typst: a legend, then one row per label with its bars and values. */
export function typstBars(chart: BarChart): Typst {
  const globalMax = Math.max(1, ...chart.rows.flatMap((r) => r.bars.map((b) => b.value)));
  const barH = chart.rows.some((r) => r.bars.length > 1) ? 6.5 : 8;
  const cells: Typst[] = [];
  for (const row of chart.rows) {
    const max = chart.perRow ? Math.max(1, ...row.bars.map((b) => b.value)) : globalMax;
    const bars = row.bars.map(
      (bar) => `box(height: ${barH + 1.5}pt, { ${bar.value > 0 ? `${partBar(bar, max, barH)}; ` : ''}h(3pt); ${text(bar.text, { size: 7.5, bold: true })} })`,
    );
    cells.push(`align(right + horizon, ${text(row.label, { size: 8 })})`, `align(left + horizon, stack(spacing: 1.5pt, ${bars.join(', ')}))`);
  }
  const legend =
    chart.legend.length === 0
      ? ''
      : `block(below: 5pt, { ${chart.legend.map((item) => `${swatch(item.cls, '8pt', 8)}; h(3pt); ${text(item.text, { size: 7.5, colour: 'muted' })}; h(10pt)`).join('; ')} }); `;
  return (
    `block(width: 100%, inset: (x: 6pt, y: 6pt), stroke: 0.5pt + ${colour('line')}, radius: 3pt, { ${legend}` +
    `grid(columns: (auto, 1fr), column-gutter: 6pt, row-gutter: 3pt, ${cells.join(', ')}) })`
  );
}

/** The chart's alternative text: its title and its data. */
export const chartAlt = (chart: BarChart): string => `${chart.title}. ${chart.desc}`;
