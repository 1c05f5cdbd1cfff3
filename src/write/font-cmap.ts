// Which characters a TrueType/OpenType font has a glyph for: its `cmap` table (format 4, the
// Basic Multilingual Plane, or format 12, all of Unicode), read from the font's bytes. The PDF
// path asks it of the fonts it ships, so that a character no font has is replaced before
// typesetting instead of failing PDF/UA (which forbids text without a glyph).

/** The code points the font maps to a glyph (glyph 0, .notdef, does not count). */
export function fontCodePoints(font: Uint8Array): Set<number> {
  const view = new DataView(font.buffer, font.byteOffset, font.byteLength);
  const tables = view.getUint16(4);
  let cmap = -1;
  for (let i = 0; i < tables; i++) {
    const record = 12 + i * 16;
    if (String.fromCharCode(font[record]!, font[record + 1]!, font[record + 2]!, font[record + 3]!) === 'cmap') cmap = view.getUint32(record + 8);
  }
  if (cmap < 0) throw new Error('font without cmap');
  // The best subtable: format 12 (full Unicode) over format 4 (BMP), Unicode or Windows encodings.
  let best: { offset: number; format: number } | undefined;
  for (let i = 0; i < view.getUint16(cmap + 2); i++) {
    const record = cmap + 4 + i * 8;
    const [platform, encoding] = [view.getUint16(record), view.getUint16(record + 2)];
    const offset = cmap + view.getUint32(record + 4);
    const format = view.getUint16(offset);
    const unicode = platform === 0 || (platform === 3 && (encoding === 1 || encoding === 10));
    if (unicode && (format === 12 || (format === 4 && best?.format !== 12))) best = { offset, format };
  }
  if (best === undefined) throw new Error('font without a Unicode cmap');
  return best.format === 12 ? format12(view, best.offset) : format4(view, best.offset);
}

function format4(view: DataView, at: number): Set<number> {
  const points = new Set<number>();
  const segments = view.getUint16(at + 6) / 2;
  const ends = at + 14;
  const starts = ends + segments * 2 + 2;
  const deltas = starts + segments * 2;
  const ranges = deltas + segments * 2;
  for (let s = 0; s < segments; s++) {
    const [end, start] = [view.getUint16(ends + s * 2), view.getUint16(starts + s * 2)];
    const delta = view.getInt16(deltas + s * 2);
    const range = view.getUint16(ranges + s * 2);
    for (let c = start; c <= end && c !== 0xffff; c++) {
      const glyph = range === 0 ? (c + delta) & 0xffff : glyphAt(view, ranges + s * 2 + range + (c - start) * 2, delta);
      if (glyph !== 0) points.add(c);
    }
  }
  return points;
}

const glyphAt = (view: DataView, at: number, delta: number) => {
  const glyph = view.getUint16(at);
  return glyph === 0 ? 0 : (glyph + delta) & 0xffff;
};

function format12(view: DataView, at: number): Set<number> {
  const points = new Set<number>();
  const groups = view.getUint32(at + 12);
  for (let g = 0; g < groups; g++) {
    const group = at + 16 + g * 12;
    const [start, end, glyph] = [view.getUint32(group), view.getUint32(group + 4), view.getUint32(group + 8)];
    for (let c = start; c <= end; c++) if (glyph + (c - start) !== 0) points.add(c);
  }
  return points;
}
