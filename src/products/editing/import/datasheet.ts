// netzwerk import FILE.xlsx --datasheet [DIR] [--dry-run]: a datasheet the institution returned
// (written by `netzwerk datasheet`). Every row with a value under "bitte ändern in" changes that
// field of that institution, found by the row's key (model/datasheet.ts); nothing else of the
// network is touched. The institution's `verified` becomes the day of the import (--today), and
// so does that of each contact person on the sheet: the institution has confirmed them.
import type { Context } from '../../../cli/context.js';
import { KEY_ORDER } from '../../../edit/order.js';
import type { Change } from '../../../edit/place.js';
import type { Value } from '../../../edit/types.js';
import { UsageError } from '../../../errors.js';
import { t, type Code } from '../../../i18n/catalogue.js';
import { formatDate } from '../../../i18n/format.js';
import { SCHUTZKONZEPT_LABELS } from '../../../i18n/labels.js';
import type { Table } from '../../../load/table-file.js';
import { DATASHEET_COLUMNS as COL, rowKey, sheetContacts } from '../../../model/datasheet.js';
import { dateFrom } from '../../../model/dates.js';
import type { Lang } from '../../../i18n/lang.js';
import type { Partner } from '../../../model/types.js';
import { SCHUTZKONZEPT_STATUSES } from '../../../model/vocabulary.js';
import { editNetwork } from '../../../network/change.js';
import { listValueFrom, yesNoFrom } from '../values.js';

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
    const { partnerValues, contactValues } = changesOf(partner, cells, ctx.lang);
    const today = ctx.today;
    const edits: Change[] = [];
    const setAt = (path: readonly (string | number)[], values: Record<string, Value>, order: readonly string[]) =>
      edits.push({ file: partner.origin.file, edits: [{ op: 'set', path, values, order }] });
    // nested maps: set their keys where the map is there, else the whole map
    for (const group of ['address', 'schutzkonzept'] as const) {
      const values = partnerValues[group] as Record<string, Value> | undefined;
      if (values === undefined) continue;
      if (partner[group] !== undefined) setAt([...partner.origin.path, group], values, KEY_ORDER[group]);
      else setAt(partner.origin.path, { [group]: values }, KEY_ORDER.partner);
      delete partnerValues[group];
    }
    setAt(partner.origin.path, { ...partnerValues, verified: today }, KEY_ORDER.partner);
    for (const { contact, index } of sheetContacts(partner)) {
      setAt(contact.origin.path, { ...(contactValues.get(index) ?? {}), verified: today }, KEY_ORDER.contact);
    }
    const count = cells.filter((c) => c.change !== '').length;
    ctx.say('datasheet.applied', { partner: partner.name, count, date: formatDate(today, ctx.lang) });
    return edits;
  });
}

/** The new values, by field: the partner's (address and schutzkonzept as maps) and each contact's by its index. */
function changesOf(partner: Partner, cells: readonly Cell[], lang: Lang) {
  const partnerValues: Record<string, Value | Record<string, Value>> = {};
  const contactValues = new Map<number, Record<string, Value>>();
  const bad = (cell: Cell, what: Code): never => {
    throw new UsageError('datasheet.bad-value', { row: cell.row, key: cell.key, value: cell.change, what: t(lang, what) });
  };
  for (const cell of cells) {
    const target = rowKey(cell.key)!;
    // the sheet still fits the file: each contact row names the person at that place
    if (target.scope === 'contact' && target.field === 'name') {
      const now = partner.contacts[target.index];
      if (now?.name !== cell.stored) throw new UsageError('datasheet.contact-moved', { row: cell.row, name: cell.stored });
    }
    if (cell.change === '') continue;
    if (target.scope === 'partner') {
      const [head, sub] = target.field.split('.') as [string, string | undefined];
      if (head === 'id') bad(cell, 'datasheet.not-editable');
      let value: Value = cell.change;
      if (head === 'municipalities')
        value = cell.change
          .split(/[,;]/)
          .map((m) => m.trim())
          .filter((m) => m !== '');
      if (sub === 'since' || sub === 'review') value = dateFrom(cell.change) ?? bad(cell, 'datasheet.not-a-date');
      if (sub === 'status') value = listValueFrom(cell.change, SCHUTZKONZEPT_STATUSES, SCHUTZKONZEPT_LABELS) ?? bad(cell, 'datasheet.not-a-status');
      if (sub === undefined) partnerValues[head] = value;
      else partnerValues[head] = { ...((partnerValues[head] as Record<string, Value> | undefined) ?? {}), [sub]: value };
    } else {
      const values = contactValues.get(target.index) ?? {};
      if (target.field === 'insofa') {
        const yes = yesNoFrom(cell.change) ?? bad(cell, 'datasheet.not-yes-no');
        // an InsoFa with the pool's details stays as it is when the sheet says "ja"
        if (!(yes && partner.contacts[target.index]?.insofaDetails)) values.insofa = yes;
      } else values[target.field] = cell.change;
      contactValues.set(target.index, values);
    }
  }
  return { partnerValues, contactValues };
}
