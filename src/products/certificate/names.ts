// The participants' names from the list a coordinator brings (CSV or Excel): a column headed
// Name (or Teilnehmende), or Vorname and Nachname together, found as `import` finds its columns
// (load/table-columns.ts: a title above the table allowed), else the first column. The names live
// only in memory and on the printed certificates: never written to the network or another file.
import { findColumns } from '../../load/table-columns.js';
import type { Table } from '../../load/table-file.js';

/** Header keys (load/table-columns.ts `headerKey`) of the name columns. */
const ALIASES = {
  name: ['name', 'namen', 'vorundnachname', 'teilnehmer', 'teilnehmerin', 'teilnehmende', 'participant', 'fullname'],
  first: ['vorname', 'firstname', 'givenname'],
  last: ['nachname', 'familienname', 'lastname', 'surname'],
};

export function namesFrom(table: Pick<Table, 'rows'>): string[] {
  const rows = table.rows.filter((r) => r.some((c) => c.trim() !== ''));
  const columns = findColumns(rows, ALIASES, { minimum: 1 });
  const { first, last, name: whole } = columns?.index ?? {};
  const body = columns ? rows.slice(columns.headerRow + 1) : rows;
  const name = (r: readonly string[]) =>
    first !== undefined && last !== undefined ? `${r[first] ?? ''} ${r[last] ?? ''}` : (r[whole ?? first ?? last ?? 0] ?? '');
  return body.map((r) => name(r).replace(/\s+/g, ' ').trim()).filter((n) => n !== '');
}
