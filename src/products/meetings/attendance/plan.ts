// A typed-up sign-in list → who came: pure, from the table's rows and the network. Columns are
// found by their headers (columns.ts), in German or English, the sheet's own CSV template among
// them (src/products/meetings/sheet/words.ts). Institutions are matched by id, else by name (exactly, in any case
// and spelling of umlauts, or by the id the name makes); a near miss is not taken but reported
// with its suggestion, as is every number that is not one. Rows of the same institution are
// added up; a row "Gäste"/"Guests" or a column of that name gives the guests.
import { unneutralise } from '../../../formats/csv-cells.js';
import { SHEET_WORDS } from '../sheet/words.js';
import type { Code, Params } from '../../../i18n/catalogue.js';
import { LANGS } from '../../../i18n/lang.js';
import { foldText, slugify } from '../../../model/slug.js';
import type { Model, Partner } from '../../../model/types.js';
import { suggest } from '../../../suggest.js';
import { findColumns, headerKey, type Columns } from '../../../load/table-columns.js';

const sheetHeaders = (field: 'institution' | 'id' | 'persons' | 'guests') => LANGS.map((l) => headerKey(SHEET_WORDS[l].csv[field]));

const ATTENDANCE_FIELDS = {
  id: [...sheetHeaders('id'), 'kennung', 'id', 'partnerid', 'partnerkennung', 'kuerzel'],
  name: [
    ...sheetHeaders('institution'),
    'einrichtung',
    'institution',
    'organisation',
    'organization',
    'partner',
    'partnername',
    'traeger',
    'dienststelle',
    'behoerde',
    'namedereinrichtung',
    'einrichtungsname',
    'nameeinrichtung',
  ],
  persons: [
    ...sheetHeaders('persons'),
    'personen',
    'anzahl',
    'anzahlpersonen',
    'personenzahl',
    'teilnehmende',
    'teilnehmer',
    'teilnehmerinnen',
    'anzahlteilnehmende',
    'teilnehmendenzahl',
    'persons',
    'participants',
    'count',
    'number',
    'numberofpersons',
  ],
  guests: [...sheetHeaders('guests'), 'gaeste', 'guests', 'gaestezahl', 'anzahlgaeste', 'externe', 'externegaeste'],
} as const;
type AttendanceField = keyof typeof ATTENDANCE_FIELDS;

/** What a row's institution cell says when the row counts guests. */
const GUEST_ROWS = new Set([...sheetHeaders('guests'), 'gaeste', 'gast', 'guests', 'guest', 'externe', 'externegaeste', 'sonstigegaeste']);

interface AttendanceProblem {
  /** The row and column as the spreadsheet numbers them (from 1). */
  row: number;
  column: number;
  code: Code;
  params: Params;
}

interface AttendanceEntry {
  partner: Partner;
  persons: number;
  /** The rows it was read from (more than one: added up). */
  rows: number[];
}

export interface AttendancePlan {
  columns: Columns<AttendanceField>;
  /** In the order of the list. */
  entries: AttendanceEntry[];
  /** Undefined when the list has no row or column for guests (the meeting's guests stay as they are). */
  guests?: number;
  problems: AttendanceProblem[];
  /** Institutions listed without a number (or with 0): not counted. */
  withoutNumber: number;
  /** Rows with content below the header. */
  rows: number;
}

/** Reads the rows; undefined when no header row names an institution (by name or id). */
export function planAttendance(table: readonly (readonly string[])[], model: Model): AttendancePlan | undefined {
  const columns = findColumns(table, ATTENDANCE_FIELDS, { minimum: 2 });
  if (!columns || (columns.index.id === undefined && columns.index.name === undefined)) return undefined;
  const plan: AttendancePlan = { columns, entries: [], problems: [], withoutNumber: 0, rows: 0 };
  const problem = (row: number, field: AttendanceField, code: Code, params: Params = {}) =>
    plan.problems.push({ row, column: (columns.index[field] ?? 0) + 1, code, params });
  const byPartner = new Map<string, AttendanceEntry>();
  const addGuests = (n: number) => (plan.guests = (plan.guests ?? 0) + n);

  for (let r = columns.headerRow + 1; r < table.length; r++) {
    const cells = table[r]!;
    const cell = (field: AttendanceField) => {
      const i = columns.index[field];
      return i === undefined ? '' : unneutralise((cells[i] ?? '').trim());
    };
    const [id, name, persons, guests] = [cell('id'), cell('name'), cell('persons'), cell('guests')];
    if (!id && !name && !persons && !guests) continue;
    const row = r + 1;
    plan.rows++;
    if (guests) {
      const n = count(guests);
      if (n === undefined) problem(row, 'guests', 'attendance.bad-number', { value: guests });
      else addGuests(n);
    }
    if (GUEST_ROWS.has(headerKey(name || id))) {
      const n = persons ? count(persons) : 0;
      if (n === undefined) problem(row, 'persons', 'attendance.bad-number', { value: persons });
      else addGuests(n);
      continue;
    }
    const n = persons ? count(persons) : undefined;
    if (persons && n === undefined) {
      problem(row, 'persons', 'attendance.bad-number', { value: persons });
      continue;
    }
    if (!id && !name) {
      if (n) problem(row, 'persons', 'attendance.no-institution', { value: persons });
      continue;
    }
    if (!n) {
      plan.withoutNumber++;
      continue;
    }
    const partner = matchPartner(model, id, name, row, problem);
    if (!partner) continue;
    const entry = byPartner.get(partner.id);
    if (entry) {
      entry.persons += n;
      entry.rows.push(row);
    } else {
      const fresh = { partner, persons: n, rows: [row] };
      byPartner.set(partner.id, fresh);
      plan.entries.push(fresh);
    }
  }
  return plan;
}

/** A whole number ≥ 0 as typed or as Excel gives it back (`3`, `3.0`, `3,0`); undefined for anything else. */
function count(text: string): number | undefined {
  const m = /^(\d{1,9})(?:[.,]0+)?$/.exec(text.replace(/\s/g, ''));
  return m ? Number(m[1]) : undefined;
}

const sameText = (a: string, b: string) => a.replace(/\s+/g, ' ') === b.replace(/\s+/g, ' ');

/** The partner a name means: exactly, then in any case and spelling of umlauts, then by the id it makes; more than one is no answer. */
function byName(model: Model, name: string): { partner?: Partner; several?: Partner[] } {
  const tiers = [
    (p: Partner) => sameText(p.name, name),
    (p: Partner) => foldText(p.name).replace(/\s+/g, ' ') === foldText(name).replace(/\s+/g, ' '),
    (p: Partner) => p.id === slugify(name),
  ];
  for (const fits of tiers) {
    const found = model.partners.filter(fits);
    if (found.length === 1) return { partner: found[0] };
    if (found.length > 1) return { several: found };
  }
  return {};
}

function matchPartner(
  model: Model,
  id: string,
  name: string,
  row: number,
  problem: (row: number, field: AttendanceField, code: Code, params?: Params) => void,
): Partner | undefined {
  const named = name ? byName(model, name) : {};
  if (id) {
    const partner = model.partnerById.get(id) ?? model.partnerById.get(id.toLowerCase());
    if (!partner) {
      problem(row, 'id', 'attendance.unknown-id', { value: id, suggestion: named.partner?.id ?? suggest(id, model.partnerById.keys()) });
      return undefined;
    }
    if (named.partner && named.partner !== partner) {
      problem(row, 'id', 'attendance.id-name-differ', { id, name, idName: partner.name, nameId: named.partner.id });
      return undefined;
    }
    return partner;
  }
  if (named.partner) return named.partner;
  if (named.several) problem(row, 'name', 'attendance.ambiguous-name', { value: name, ids: named.several.map((p) => p.id).join(', ') });
  else
    problem(row, 'name', 'attendance.unknown-name', {
      value: name,
      suggestion: suggest(
        name,
        model.partners.map((p) => p.name),
      ),
    });
  return undefined;
}
