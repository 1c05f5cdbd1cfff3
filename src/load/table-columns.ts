// Which column of a coordinator's table holds what: headers in German or English, as people write
// them in Excel ("E-Mail", "Tel.", "Name der Einrichtung", "Träger / Einrichtung"), and the headers
// of netzwerk's own exports, so that export → edit in Excel → import goes round. Generic: `import`
// and `attendance` find their columns the same way.
import { foldText } from '../model/slug.js';

/** A header as compared: lower case, umlauts written out, only letters and digits ("E-Mail" → "email"). */
export const headerKey = (header: string): string => foldText(header).replace(/[^a-z0-9]/g, '');

export interface Columns<F extends string> {
  /** The row (0-based) that holds the headers. */
  headerRow: number;
  /** Field → column index. */
  index: Partial<Record<F, number>>;
  /** Columns that are not used: their header and index (the report names them with what they hold). */
  ignored: { header: string; column: number }[];
}

/**
 * The field a header names: the whole header as one of a field's words ("E-Mail", "Ansprechpartnerin"),
 * else one of its words, in the order of `aliases` ("Name der Einrichtung" → the institution's field
 * when that comes before the person's name; "Tel. dienstlich" → phone).
 */
function fieldOf<F extends string>(header: string, aliases: Record<F, readonly string[]>): F | undefined {
  const fields = Object.keys(aliases) as F[];
  const whole = headerKey(header);
  if (whole === '') return undefined;
  const exact = fields.find((f) => aliases[f].includes(whole));
  if (exact) return exact;
  const words = foldText(header)
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length > 1);
  return fields.find((f) => words.some((w) => aliases[f].includes(w)));
}

/**
 * Finds the header row (the first of the first ten rows in which at least `minimum` headers are
 * known; a title above the table is allowed) and each field's column (the first that fits).
 * `aliases` are header keys (headerKey form), in the order a word of a longer header is tried;
 * `known` are headers recognised but not used.
 */
export function findColumns<F extends string>(
  rows: readonly (readonly string[])[],
  aliases: Record<F, readonly string[]>,
  options: { minimum?: number; known?: readonly string[] } = {},
): Columns<F> | undefined {
  for (let r = 0; r < Math.min(rows.length, 10); r++) {
    const row = rows[r]!;
    const fields = row.map((header) => fieldOf(header, aliases));
    if (fields.filter((f) => f !== undefined).length < (options.minimum ?? 2)) continue;
    const index: Partial<Record<F, number>> = {};
    const ignored: Columns<F>['ignored'] = [];
    row.forEach((header, i) => {
      const field = fields[i];
      if (field !== undefined && index[field] === undefined) index[field] = i;
      else if (header.trim() !== '' && !(options.known ?? []).includes(headerKey(header))) ignored.push({ header: header.trim(), column: i });
    });
    return { headerRow: r, index, ignored };
  }
  return undefined;
}
