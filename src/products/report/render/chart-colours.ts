// The colours of the report's charts, for the HTML page (html-style.ts) and the PDF
// (typst-charts.ts) alike. Each bar stands out from the white page by at least 3:1, and a bar's
// darker part from the lighter bar it lies on by at least 3:1 (WCAG 1.4.11, non-text contrast);
// the light "members" bars, too light against white, get an outline of 3:1.

/** A bar's CSS classes (svg-bars.ts, `cls`) → its fill, and an outline where the fill alone is too light. */
export const BAR_COLOURS: Readonly<Record<string, { fill: string; stroke?: string }>> = {
  bar: { fill: '#2a7ab0' },
  'bar network': { fill: '#1f4e79' },
  'bar training': { fill: '#3d8a62' },
  'bar other': { fill: '#7a8796' },
  'bar other-period': { fill: '#6f7b88' },
  'bar members': { fill: '#dbe8f5', stroke: '#2a7ab0' },
  'bar members other-period': { fill: '#eceef1', stroke: '#6f7b88' },
};

/** The chart rules of the page's style sheet, one per kind of bar. */
export const BAR_CSS = Object.entries(BAR_COLOURS)
  .map(([cls, c]) => `svg .${cls.split(' ').join('.')} { fill: ${c.fill};${c.stroke ? ` stroke: ${c.stroke}; stroke-width: 1;` : ''} }`)
  .join('\n');
