// What every inline SVG chart (the report's, the overview's) shares: the opening with <title> and
// <desc>, number formatting, and a scale of round steps.
import { escapeHtml as e } from './page.js';

export const fmt = (n: number) => String(Math.round(n * 10) / 10);

export function svgOpen(width: number, height: number, title: string, desc: string, cls: string): string {
  return (
    `<svg class="chart ${cls}" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-label="${e(title)}">\n` +
    `<title>${e(title)}</title>\n<desc>${e(desc)}</desc>\n`
  );
}

/** An axis with at most 5 whole-number steps of 1, 2 or 5 × 10^k. */
export function niceScale(value: number): { max: number; step: number } {
  if (value <= 5) return { max: 5, step: 1 };
  const raw = value / 5;
  const mag = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((f) => f * mag).find((s) => s >= raw)!;
  return { max: step * Math.ceil(value / step), step };
}
