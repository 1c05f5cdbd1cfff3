// Horizontal bar charts with one or more bars per row (this period and the compared one), a bar
// optionally holding a darker part (partners that took part, of the members): the report's
// participation by sector, key figures of two periods and partners by sector with --compare; the
// overview's categories across networks. Plain SVG, a <title> on every row and the values written
// beside the bars, so nothing depends on colour; the page's CSS colours the classes.
import { escapeHtml as e } from './page.js';
import { fmt, svgOpen } from './svg-base.js';

export interface Bar {
  value: number;
  /** A part of the value drawn over it (darker), e.g. the partners that took part. */
  part?: number;
  /** Written beside the bar. */
  text: string;
  /** CSS classes of the bar (and of its part). */
  cls: string;
  partCls?: string;
}

interface BarRow {
  label: string;
  /** What a screen reader and a tooltip say for the row. */
  title: string;
  bars: Bar[];
}

export interface BarChart {
  title: string;
  desc: string;
  cls: string;
  rows: BarRow[];
  legend: { cls: string; text: string }[];
  /** Scale each row to its own largest value (figures of different sizes side by side). */
  perRow?: boolean;
  /** The value of a full bar (100 for shares in per cent); default: the largest value. */
  max?: number;
  /** The widest the labels may take (default 300); longer labels need more. */
  labelWidth?: number;
}

const BAR_MAX = 340;

export function barChart(chart: BarChart): string {
  const { rows } = chart;
  const barsPerRow = Math.max(1, ...rows.map((r) => r.bars.length));
  const barH = barsPerRow === 1 ? 18 : 11;
  const rowH = barsPerRow * barH + (barsPerRow - 1) * 2 + 10;
  const labelW = Math.min(chart.labelWidth ?? 300, Math.ceil(24 + Math.max(8, ...rows.map((r) => [...r.label].length)) * 7.2));
  const legendH = chart.legend.length > 0 ? 26 : 0;
  const top = legendH + 6;
  const width = labelW + BAR_MAX + 80;
  const height = top + rows.length * rowH + 6;
  const globalMax = chart.max ?? Math.max(1, ...rows.flatMap((r) => r.bars.map((b) => b.value)));
  let svg = svgOpen(width, height, chart.title, chart.desc, chart.cls);
  let lx = labelW;
  for (const item of chart.legend) {
    svg += `<rect x="${fmt(lx)}" y="6" width="14" height="14" rx="2" class="${item.cls}"/><text x="${fmt(lx + 20)}" y="18" class="legend">${e(item.text)}</text>`;
    lx += 44 + [...item.text].length * 7.2;
  }
  if (chart.legend.length > 0) svg += '\n';
  rows.forEach((row, i) => {
    const y = top + i * rowH;
    const max = chart.perRow ? Math.max(1, ...row.bars.map((b) => b.value)) : globalMax;
    const w = (v: number) => (v <= 0 ? 0 : Math.max(2, (v / max) * BAR_MAX));
    svg += `<g><title>${e(row.title)}</title>`;
    svg += `<text x="${labelW - 10}" y="${fmt(y + (rowH - 10) / 2 + 5)}" text-anchor="end" class="label">${e(row.label)}</text>`;
    row.bars.forEach((bar, j) => {
      const by = y + j * (barH + 2);
      if (bar.value > 0) svg += `<rect x="${labelW}" y="${by}" width="${fmt(w(bar.value))}" height="${barH}" rx="2" class="${bar.cls}"/>`;
      if (bar.part !== undefined && bar.part > 0)
        svg += `<rect x="${labelW}" y="${by}" width="${fmt(w(bar.part))}" height="${barH}" rx="2" class="${bar.partCls ?? bar.cls}"/>`;
      svg += `<text x="${fmt(labelW + w(bar.value) + 6)}" y="${fmt(by + barH - 2)}" class="value">${e(bar.text)}</text>`;
    });
    svg += '</g>\n';
  });
  return svg + '</svg>';
}
