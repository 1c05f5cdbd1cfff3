// The cells of the CSV files the program writes, kept from being read as formulas or numbers by
// a spreadsheet (formats/csv.ts writes them), and read back the way they were (import/).

/**
 * A cell a spreadsheet would read as a formula gets a leading apostrophe: one starting with
 * = + - @ (also their full-width forms, which some programs normalise), TAB, CR or LF, also
 * after leading spaces. A phone number `+49 …` thus stays visible text: `'+49 …`.
 */
export function neutralise(cell: string): string {
  return /^[\t\r\n]|^ *[=+\-@\uFF1D\uFF0B\uFF0D\uFF20]/.test(cell) ? `'${cell}` : cell;
}

const DIGITS_ONLY = /^\s*\d+([.,]\d+)?\s*$/;

/**
 * A phone number of digits only (`02541123456`) would become the number 2541123456 in a
 * spreadsheet, losing its leading zero: it gets the apostrophe too, so every phone stays text.
 */
export function phoneCell(phone: string): string {
  return DIGITS_ONLY.test(phone) ? `'${phone}` : neutralise(phone);
}

/**
 * A cell as it was before neutralise() or phoneCell() put their apostrophe before it, for reading
 * a list back (import, attendance): the apostrophe goes only where the writer would have put it,
 * so a text that begins with one of its own (`'s Hertogenbosch`) keeps it.
 */
export function unneutralise(cell: string): string {
  if (!cell.startsWith("'")) return cell;
  const rest = cell.slice(1);
  return neutralise(rest) !== rest || DIGITS_ONLY.test(rest) ? rest : cell;
}
