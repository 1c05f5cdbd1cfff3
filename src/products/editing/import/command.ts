// netzwerk import FILE.csv|FILE.xlsx [DIR] [--dry-run]: a coordinator's existing list of
// institutions and contact persons becomes partners with contacts (src/products/editing/import/plan.ts), written
// through the edit layer: into partners.yaml, or as one new file per partner in partners/.
import { resolve } from 'node:path';
import type { Invocation } from '../../../cli/spec.js';
import { IMPORT } from './spec.js';
import type { Context } from '../../../cli/context.js';
import { editNetwork } from '../../../network/change.js';
import { placeNew, type Change } from '../../../edit/place.js';
import { UsageError } from '../../../errors.js';
import { t } from '../../../i18n/catalogue.js';
import { IMPORT_COLUMN_WORDS } from '../../../i18n/import.js';
import { readTable } from '../../../load/table-file.js';
import { planImport } from './plan.js';
import { oneLineValues } from '../../../safe-text.js';

export async function run(ctx: Context, { args, options }: Invocation<typeof IMPORT>): Promise<number> {
  await editNetwork(ctx, args.dir, { dryRun: options.dryRun }, async (session) => {
    const table = await readTable(resolve(ctx.io.cwd, args.file), args.file);
    const plan = planImport(table.rows, session.model, ctx.today);
    if (!plan) throw new UsageError('import.no-header', { file: args.file });

    ctx.say('import.read', {
      file: args.file,
      rows: plan.rows,
      how:
        table.encoding === 'XLSX'
          ? t(ctx.lang, 'import.how-xlsx', { sheet: table.sheet ?? '' })
          : t(ctx.lang, 'import.how-csv', { encoding: table.encoding, delimiter: table.delimiter === '\t' ? 'Tab' : table.delimiter }),
    });
    const words = IMPORT_COLUMN_WORDS[ctx.lang];
    const used = Object.entries(plan.columns.index).map(
      ([field, i]) => `${table.rows[plan.columns.headerRow]![i as number]!.trim()} → ${words[field as keyof typeof words]}`,
    );
    ctx.say('import.columns', { columns: used.join(', ') });
    if (plan.columns.ignored.length > 0) ctx.say('import.columns-ignored', { columns: plan.columns.ignored.join(', ') });
    const contactsNew = plan.newPartners.reduce((n, p) => n + p.contacts, 0);
    const contactsExisting = plan.newContacts.reduce((n, c) => n + c.entries.length, 0);
    ctx.say('import.summary', { partners: plan.newPartners.length, contacts: contactsNew, existing: contactsExisting });
    if (plan.notes.length > 0) {
      ctx.say('import.notes');
      for (const n of plan.notes) {
        const params = n.params.column === undefined ? n.params : { ...n.params, column: words[String(n.params.column)] ?? n.params.column };
        ctx.say('import.note', { row: t(ctx.lang, 'import.row', { row: n.row }), note: t(ctx.lang, n.code, oneLineValues(params)) });
      }
    }
    ctx.io.stdout.write('\n');

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
    return changes;
  });
  return 0;
}
