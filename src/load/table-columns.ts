// Which column of a coordinator's table holds what: headers in German or English, as people write
// them in Excel, and the headers of netzwerk's own CSV export (src/products/contacts/words.ts), so that
// export → edit in Excel → import goes round. Generic: `attendance` finds its columns the same way.
import { foldText } from '../model/slug.js';

/** A header as compared: lower case, umlauts written out, only letters and digits ("E-Mail" → "email"). */
export const headerKey = (header: string): string => foldText(header).replace(/[^a-z0-9]/g, '');

export interface Columns<F extends string> {
  /** The row (0-based) that holds the headers. */
  headerRow: number;
  /** Field → column index. */
  index: Partial<Record<F, number>>;
  /** Headers of columns that are not used (for the report). */
  ignored: string[];
}

/**
 * Finds the header row (the first of the first ten rows in which at least `minimum` headers are
 * known; a title above the table is allowed) and each field's column (the first that fits).
 * `aliases` are header keys (headerKey form); `known` are headers recognised but not used.
 */
export function findColumns<F extends string>(
  rows: readonly (readonly string[])[],
  aliases: Record<F, readonly string[]>,
  options: { minimum?: number; known?: readonly string[] } = {},
): Columns<F> | undefined {
  const fieldOf = (header: string): F | undefined => {
    const key = headerKey(header);
    return (Object.keys(aliases) as F[]).find((f) => aliases[f].includes(key));
  };
  for (let r = 0; r < Math.min(rows.length, 10); r++) {
    const row = rows[r]!;
    const fields = row.map(fieldOf);
    if (fields.filter((f) => f !== undefined).length < (options.minimum ?? 2)) continue;
    const index: Partial<Record<F, number>> = {};
    const ignored: string[] = [];
    row.forEach((header, i) => {
      const field = fields[i];
      if (field !== undefined && index[field] === undefined) index[field] = i;
      else if (header.trim() !== '' && !(options.known ?? []).includes(headerKey(header))) ignored.push(header.trim());
    });
    return { headerRow: r, index, ignored };
  }
  return undefined;
}
