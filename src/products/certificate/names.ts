// The participants' names from the list a coordinator brings (CSV or Excel): a column headed
// Name (or Teilnehmende), or Vorname and Nachname together, else the first column. The names live
// only in memory and on the printed certificates: never written to the network or another file.
import type { Table } from '../../load/table-file.js';

const HEADER = /^(name|namen|vor- und nachname|teilnehmer(in)?|teilnehmende|participant|full name)$/i;
const FIRST = /^(vorname|first name|given name)$/i;
const LAST = /^(nachname|familienname|last name|surname)$/i;

export function namesFrom(table: Table): string[] {
  const rows = table.rows.filter((r) => r.some((c) => c.trim() !== ''));
  const head = (rows[0] ?? []).map((c) => c.trim());
  const first = head.findIndex((c) => FIRST.test(c));
  const last = head.findIndex((c) => LAST.test(c));
  const whole = head.findIndex((c) => HEADER.test(c));
  const body = first >= 0 || last >= 0 || whole >= 0 ? rows.slice(1) : rows;
  const name = (r: readonly string[]) =>
    first >= 0 && last >= 0 ? `${(r[first] ?? '').trim()} ${(r[last] ?? '').trim()}` : (r[whole >= 0 ? whole : Math.max(first, last, 0)] ?? '');
  return body.map((r) => name(r).replace(/\s+/g, ' ').trim()).filter((n) => n !== '');
}
