// netzwerk contacts: contact lists as CSV, vCard or e-mail list, only with the people the
// audience may see. Options → load and validate → select (pure) → render (pure) → write.
import type { Invocation } from '../cli/commands.js';
import { resolveDir, type Context } from '../cli/context.js';
import { loadValidModel } from '../cli/load.js';
import { knownMeeting, knownValue } from '../cli/option-values.js';
import { outputFormat } from '../cli/output-format.js';
import { selectContacts, type ContactSelection } from '../contacts/select.js';
import { t } from '../i18n/catalogue.js';
import { renderContactsCsv } from '../render/contacts-csv.js';
import { renderContactsVcard } from '../render/contacts-vcard.js';
import { renderMailboxList, withoutEmail } from '../render/mailbox-list.js';
import { writeOutput } from '../write/output.js';

type Format = 'csv' | 'vcf' | 'emails';
const BY_EXTENSION: Record<string, Format> = { '.csv': 'csv', '.vcf': 'vcf', '.vcard': 'vcf', '.txt': 'emails' };

export async function run(ctx: Context, { args, options }: Invocation<'contacts'>): Promise<number> {
  const format = outputFormat(options.format, options.out, BY_EXTENSION, 'csv');
  const { model } = loadValidModel(ctx, args.dir);
  const selection: ContactSelection = {
    audience: options.audience,
    sectors: options.sector,
    municipalities: options.municipality.map((m) => knownValue('--municipality', m, model.network.region.municipalities)),
    insofa: options.insofa,
    ...(options.meeting === undefined ? {} : { meeting: knownMeeting(model, options.meeting) }),
  };
  const rows = selectContacts(model, selection, ctx.today);

  let content: string;
  if (format === 'csv') content = renderContactsCsv(rows, { lang: ctx.lang, delimiter: options.delimiter ?? ';', bom: options.bom });
  else if (format === 'vcf') content = renderContactsVcard(rows, { lang: ctx.lang, network: { id: model.network.id, name: model.network.name } });
  else content = renderMailboxList(rows);

  await writeOutput(ctx.io, options.out, content, resolveDir(ctx, args.dir));
  // Notes on stderr, so that stdout stays the list itself.
  if (rows.length === 0) ctx.io.stderr.write(`${t(ctx.lang, 'note.no-contacts')}\n`);
  const missingEmail = format === 'emails' ? withoutEmail(rows).length : 0;
  if (missingEmail > 0) ctx.io.stderr.write(`${t(ctx.lang, 'note.missing-email', { count: missingEmail })}\n`);
  return 0;
}
