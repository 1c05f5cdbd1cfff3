// netzwerk contacts: contact lists as CSV, Excel, vCard or e-mail list, only with the people the
// audience may see. Options → load and validate → who is reached (pure) → render (pure) → write;
// on stderr, every selected partner the list does not reach, so that nobody is left out in silence.
import type { Invocation } from '../../cli/spec.js';
import { CONTACTS, CONTACTS_OUTPUTS } from './spec.js';
import { resolveDir, type Context } from '../../cli/context.js';
import { loadValidModel } from '../../network/open.js';
import { knownMeeting, knownValue } from '../../cli/option-values.js';
import { chooseOutput } from '../../cli/output-format.js';
import { reach, RECIPIENT_LIMIT } from '../../model/reach.js';
import { leftOutNote, meetingNotes } from '../../i18n/reach-notes.js';
import type { ContactSelection } from '../../model/contact-rows.js';
import { UsageError } from '../../errors.js';
import { t } from '../../i18n/catalogue.js';
import { renderContactsCsv } from './csv.js';
import { renderContactsVcard } from './vcard.js';
import { renderContactsXlsx } from './xlsx.js';
import { mailboxes, renderMailboxBlocks, renderMailboxList, withoutEmail } from '../../formats/mailbox-list.js';
import { writeOutput } from '../../write/output.js';

export async function run(ctx: Context, { args, options }: Invocation<typeof CONTACTS>): Promise<number> {
  const { format } = chooseOutput(CONTACTS_OUTPUTS, {
    format: options.format,
    out: options.out,
    fallback: 'csv',
    stdoutIsTTY: ctx.io.stdout.isTTY,
    name: t(ctx.lang, 'out.name.contacts'),
  });
  if (options.batch !== undefined && format !== 'emails') throw new UsageError('usage.batch-format');
  const { model } = loadValidModel(ctx, args.dir);
  const selection: ContactSelection = {
    audience: options.audience,
    sectors: options.sector,
    municipalities: options.municipality.map((m) => knownValue('--municipality', m, model.network.region.municipalities)),
    insofa: options.insofa,
    ...(options.meeting === undefined ? {} : { meeting: knownMeeting(model, options.meeting) }),
  };
  const result = reach(model, selection, ctx.today, { needEmail: format === 'emails' });
  const rows = result.rows;

  let content: string | Uint8Array;
  if (format === 'csv') content = renderContactsCsv(rows, { lang: ctx.lang, delimiter: options.delimiter ?? ';', bom: options.bom });
  else if (format === 'xlsx')
    content = await renderContactsXlsx(rows, { lang: ctx.lang, today: ctx.today, network: model.network.name, audience: options.audience });
  else if (format === 'vcf') content = renderContactsVcard(rows, { lang: ctx.lang, network: { id: model.network.id, name: model.network.name } });
  else if (options.batch !== undefined)
    content = renderMailboxBlocks(rows, options.batch, (block, blocks, count) => t(ctx.lang, 'reach.mailbox-block', { block, blocks, count }));
  else content = renderMailboxList(rows);

  await writeOutput(ctx, options.out, content, resolveDir(ctx, args.dir));
  // Notes on stderr, so that stdout stays the list itself.
  if (rows.length === 0) ctx.note('note.no-contacts');
  if (options.meeting !== undefined) meetingNotes(result, options.meeting, ctx.lang, ctx.note);
  else leftOutNote(result, ctx.lang, ctx.note);
  if (format === 'emails') {
    const missingEmail = withoutEmail(rows).length;
    if (missingEmail > 0) ctx.note('note.missing-email', { count: missingEmail });
    const addresses = mailboxes(rows).length;
    if (options.batch === undefined && addresses > RECIPIENT_LIMIT) ctx.note('reach.recipient-limit', { count: addresses, limit: RECIPIENT_LIMIT });
    if (options.batch !== undefined && options.batch > RECIPIENT_LIMIT) ctx.note('reach.batch-above-limit', { batch: options.batch, limit: RECIPIENT_LIMIT });
  }
  return 0;
}
