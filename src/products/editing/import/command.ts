// netzwerk import FILE.csv|FILE.xlsx [DIR] [--visibility …] [--update] [--allow-similar] [--verbose]
// [--dry-run]: a coordinator's list of institutions and contact persons becomes partners with
// contacts (plan.ts), written through the edit layer: into partners.yaml, or as one new file per
// partner in partners/. Rows of persons and institutions the network has are compared: their
// changes are shown, and applied with --update. The summary says who the new persons reach.
import { resolve } from 'node:path';
import { askerFor } from '../../../cli/ask.js';
import { working } from '../../../cli/progress.js';
import type { Context } from '../../../cli/context.js';
import type { Invocation } from '../../../cli/spec.js';
import { KEY_ORDER } from '../../../edit/order.js';
import { placeNew, type Change } from '../../../edit/place.js';
import type { Edit, Value } from '../../../edit/types.js';
import { UsageError } from '../../../errors.js';
import { t } from '../../../i18n/catalogue.js';
import { IMPORT_COLUMN_WORDS } from '../../../i18n/import.js';
import { readTable, type Table } from '../../../load/table-file.js';
import { editNetwork } from '../../../network/change.js';
import { oneLineValues } from '../../../safe-text.js';
import { shellArg } from '../../../paths.js';
import { planImport, visibilityColumnIn, type ImportPlan, type Update } from './plan.js';
import { IMPORT } from './spec.js';
import { importDatasheet } from './datasheet.js';

export async function run(ctx: Context, { args, options }: Invocation<typeof IMPORT>): Promise<number> {
  const table = await working(ctx, 'working.import', () => readTable(resolve(ctx.io.cwd, args.file), args.file));
  if (options.datasheet) {
    await importDatasheet(ctx, table, args.file, args.dir, options.dryRun);
    return 0;
  }
  // A list that says nothing about who may see each person: asked once on a terminal (the safe default is internal).
  let visibility = options.visibility;
  if (visibility === undefined && !visibilityColumnIn(table.rows)) {
    const asker = await askerFor(ctx.io, t(ctx.lang, 'ask.keys'));
    if (asker) {
      visibility = await asker.choose(
        t(ctx.lang, 'import.ask-visibility'),
        (['internal', 'network'] as const).map((v) => ({ value: v, name: t(ctx.lang, `import.ask-visibility.${v}`) })),
        'internal',
      );
    }
  }
  await editNetwork(ctx, args.dir, { dryRun: options.dryRun }, (session) => {
    const plan = planImport(table.rows, session.model, { today: ctx.today, ...(visibility ? { visibility } : {}), allowSimilar: options.allowSimilar });
    if (!plan) throw new UsageError('import.no-header', { file: args.file });
    report(ctx, plan, table, args.file, { update: options.update, verbose: options.verbose, visibility, dir: args.dir });
    const taken = new Set<string>();
    const changes: Change[] = [];
    for (const p of plan.newPartners) {
      const change = placeNew(session.folder, 'partners', p.id, p.entry, taken);
      taken.add(change.file);
      changes.push(change);
    }
    for (const { partner, entries } of plan.newContacts) {
      changes.push({ file: partner.origin.file, edits: entries.map((item) => ({ op: 'append' as const, path: [...partner.origin.path, 'contacts'], item })) });
    }
    if (options.update) for (const u of plan.updates) changes.push({ file: u.origin.file, edits: updateEdits(u) });
    return changes;
  });
  return 0;
}

/** What the import read, takes, changes and leaves out, and whom the new persons reach. */
function report(
  ctx: Context,
  plan: ImportPlan,
  table: Table,
  file: string,
  o: { update: boolean; verbose: boolean; visibility: string | undefined; dir: string | undefined },
): void {
  const how =
    table.encoding === 'XLSX'
      ? t(ctx.lang, 'import.how-xlsx', { sheet: table.sheet ?? '' })
      : t(ctx.lang, 'import.how-csv', { encoding: table.encoding, delimiter: table.delimiter === '\t' ? 'Tab' : table.delimiter });
  ctx.say('import.read', { file, rows: plan.rows, how });
  const words = IMPORT_COLUMN_WORDS[ctx.lang];
  const header = table.rows[plan.columns.headerRow]!;
  const used = Object.entries(plan.columns.index).map(([field, i]) => `${header[i as number]!.trim()} → ${words[field]}`);
  ctx.say('import.columns', { columns: used.join(', ') });
  // A column not taken is named with what it holds (its first value), so that the user sees what is left out.
  const sample = (column: number) =>
    table.rows
      .slice(plan.columns.headerRow + 1)
      .find((r) => (r[column] ?? '').trim() !== '')
      ?.[column]?.trim();
  const ignored = plan.columns.ignored.map((c) => t(ctx.lang, 'import.column-holds', { header: c.header, sample: sample(c.column) }));
  if (ignored.length > 0) ctx.say('import.columns-ignored', { columns: ignored.join(', ') });
  const contactsNew = plan.newPartners.reduce((n, p) => n + p.contacts.length, 0);
  const contactsExisting = plan.newContacts.reduce((n, c) => n + c.entries.length, 0);
  ctx.say('import.summary', { partners: plan.newPartners.length, contacts: contactsNew, existing: contactsExisting });
  if (plan.unchanged.length > 0) ctx.say('import.unchanged', { count: plan.unchanged.length, rows: o.verbose ? plan.unchanged.join(', ') : undefined });
  if (plan.updates.length > 0) {
    ctx.say(o.update ? 'import.updates' : 'import.updates-not', { count: plan.updates.length });
    for (const u of plan.updates)
      ctx.say('import.update', {
        row: u.row,
        name: u.name,
        partner: u.kind === 'person' ? u.partner.name : undefined,
        changes: u.changes.map((c) => `${c.field}: ${shown(c.before)} → ${shown(c.after)}`).join('; '),
      });
  }
  // the words of the command to run again, to copy as they are (quoted where a shell needs it)
  reach(ctx, plan, [file, ...(o.dir === undefined ? [] : [o.dir])].map((w) => shellArg(w)).join(' '), o.visibility);
  if (plan.notes.length > 0) {
    ctx.say('import.notes');
    for (const n of plan.notes) {
      const params = n.params.column === undefined ? n.params : { ...n.params, column: words[String(n.params.column)] ?? n.params.column };
      ctx.say('import.note', { row: t(ctx.lang, 'import.row', { row: n.row }), note: t(ctx.lang, n.code, oneLineValues(params)) });
    }
  }
  ctx.io.stdout.write('\n');
}

/** Whom the new persons reach, by their visibility: the internal ones reach no invitation and no list for the partners. */
function reach(ctx: Context, plan: ImportPlan, args: string, chosen: string | undefined): void {
  const persons = [...plan.newPartners.flatMap((p) => p.contacts), ...plan.newContacts.flatMap((c) => c.entries)];
  if (persons.length === 0) return;
  const of = (v: string) => persons.filter((p) => (p.visibility ?? 'internal') === v).length;
  const internal = of('internal');
  ctx.say('import.reach', { internal, network: of('network'), public: of('public') });
  if (internal > 0) ctx.say(plan.visibilityColumn || chosen ? 'import.reach-change' : 'import.reach-change-no-column', { args, prog: ctx.prog });
}

const shown = (v: Value | undefined): string =>
  v === undefined ? '–' : Array.isArray(v) ? v.join(', ') : typeof v === 'object' && v !== null ? Object.values(v).join(', ') : String(v);

/** The edits of one update: the fields of a person, or an institution's municipalities and address. */
function updateEdits(u: Update): Edit[] {
  const edits: Edit[] = [];
  const values: Record<string, Value> = {};
  for (const c of u.changes) {
    if (c.field === 'address') {
      const after = c.after as Record<string, Value>;
      if (u.partner.address) edits.push({ op: 'set', path: [...u.origin.path, 'address'], values: after, order: KEY_ORDER.address });
      else values.address = after;
    } else values[c.field] = c.after;
  }
  if (Object.keys(values).length > 0) edits.unshift({ op: 'set', path: u.origin.path, values, order: u.order });
  return edits;
}
