// netzwerk import FILE.xlsx --datasheet [DIR] [--dry-run]: a datasheet the institution returned
// (written by `netzwerk datasheet`). Every row with a value under "bitte ändern in" changes that
// field of that institution, found by the row's key (model/datasheet.ts), read and written as
// `netzwerk set` reads and writes that field (set/fields.ts, set/field-edit.ts); nothing else of
// the network is touched. The institution's `verified` becomes the day of the import (--today),
// and so does that of each contact person on the sheet: the institution has confirmed them.
import type { Context } from '../../../cli/context.js';
import type { Edit, Value } from '../../../edit/types.js';
import { UsageError } from '../../../errors.js';
import { codeOf, t } from '../../../i18n/catalogue.js';
import { formatDate } from '../../../i18n/format.js';
import type { Table } from '../../../load/table-file.js';
import { DATASHEET_COLUMNS as COL, rowKey, sheetContacts } from '../../../model/datasheet.js';
import type { Partner } from '../../../model/types.js';
import { editNetwork } from '../../../network/change.js';
import { editOf } from '../set/field-edit.js';
import { FIELDS, fieldOfKey } from '../set/fields.js';
import { partnerTarget, personTarget, type Target } from '../set/targets.js';

interface Cell {
  row: number;
  key: string;
  stored: string;
  change: string;
}

export async function importDatasheet(ctx: Context, table: Table, file: string, dir: string | undefined, dryRun: boolean): Promise<void> {
  const cells: Cell[] = table.rows
    .map((r, i) => ({ row: i + 1, key: (r[COL.key] ?? '').trim(), stored: (r[COL.stored] ?? '').trim(), change: (r[COL.change] ?? '').trim() }))
    .filter((c) => rowKey(c.key) !== undefined);
  const id = cells.find((c) => c.key === 'partner.id')?.stored;
  if (id === undefined || id === '') throw new UsageError('datasheet.not-a-sheet', { file });
  await editNetwork(ctx, dir, { dryRun }, (session) => {
    const partner = session.model.partnerById.get(id);
    if (!partner) throw new UsageError('datasheet.unknown-partner', { id });
    const edits = sheetEdits(ctx, partner, cells, session.model.network.region.municipalities);
    ctx.say('datasheet.applied', { partner: partner.name, count: cells.filter((c) => c.change !== '').length, date: formatDate(ctx.today, ctx.lang) });
    return [{ file: partner.origin.file, edits }];
  });
}

/** The edits of the sheet's changes, then the confirmation (verified) of the institution and of each contact on the sheet. */
function sheetEdits(ctx: Context, partner: Partner, cells: readonly Cell[], municipalities: readonly string[]): Edit[] {
  const institution = partnerTarget(partner);
  const contacts = new Map(sheetContacts(partner).map(({ contact, index }) => [index, personTarget(contact, partner, false)]));
  const created = new Map<Target, Map<string, Record<string, Value>>>();
  const edits: Edit[] = [];
  const write = (target: Target, key: string, value: Value | 'remove') => {
    if (!created.has(target)) created.set(target, new Map());
    edits.push(...(editOf(target, key, value, created.get(target)!)?.edits ?? []));
  };
  for (const cell of cells) {
    const row = rowKey(cell.key)!;
    // the sheet still fits the file: each contact row names the person at that place
    if (row.scope === 'contact' && row.field === 'name' && partner.contacts[row.index]?.name !== cell.stored)
      throw new UsageError('datasheet.contact-moved', { row: cell.row, name: cell.stored });
    if (cell.change === '') continue;
    if (row.scope === 'partner' && row.field === 'id') throw new UsageError('datasheet.not-editable', { row: cell.row });
    const target = row.scope === 'partner' ? institution : contacts.get(row.index);
    if (target === undefined) throw new UsageError('datasheet.contact-moved', { row: cell.row, name: cell.stored });
    const field = fieldOfKey(target.kind, row.field)!;
    const parsed = FIELDS[field]!.parse(cell.change, { municipalities, kind: target.kind });
    if (!parsed.ok)
      throw new UsageError('datasheet.bad-value', {
        row: cell.row,
        key: cell.key,
        value: cell.change,
        what: t(ctx.lang, codeOf(`set.expected.${parsed.expected}`)),
      });
    write(target, FIELDS[field]!.key, parsed.value);
  }
  write(institution, 'verified', ctx.today);
  for (const target of contacts.values()) write(target, 'verified', ctx.today);
  return edits;
}
