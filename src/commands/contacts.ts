// netzwerk contacts: contact lists as CSV, Excel, vCard or e-mail list, only with the people the
// audience may see. Options → load and validate → who is reached (pure) → render (pure) → write;
// on stderr, every selected partner the list does not reach, so that nobody is left out in silence.
import type { Invocation } from '../cli/commands.js';
import { resolveDir, type Context } from '../cli/context.js';
import { loadValidModel } from '../cli/load.js';
import { knownMeeting, knownValue } from '../cli/option-values.js';
import { chooseOutput, type OutputKind } from '../cli/output-format.js';
import { reach, type Reach } from '../contacts/reach.js';
import type { ContactSelection } from '../contacts/select.js';
import { UsageError } from '../errors.js';
import { t } from '../i18n/catalogue.js';
import { MAILBOX_BLOCK_HEADING } from '../i18n/contacts.js';
import type { Lang } from '../i18n/lang.js';
import { renderContactsCsv } from '../render/contacts-csv.js';
import { renderContactsVcard } from '../render/contacts-vcard.js';
import { renderContactsXlsx } from '../render/contacts-xlsx.js';
import { mailboxes, renderMailboxBlocks, renderMailboxList, withoutEmail } from '../render/mailbox-list.js';
import { writeOutput } from '../write/output.js';

type Format = 'csv' | 'vcf' | 'emails' | 'xlsx';
const OUTPUTS: readonly OutputKind<Format>[] = [
  { format: 'csv', option: 'csv', endings: ['.csv'] },
  { format: 'vcf', option: 'vcf', endings: ['.vcf', '.vcard'] },
  { format: 'emails', option: 'emails', endings: ['.txt'] },
  { format: 'xlsx', option: 'xlsx', endings: ['.xlsx'], binary: true },
];

/** Exchange (and so most Outlook installations) accepts at most this many recipients per message. */
export const RECIPIENT_LIMIT = 500;

export async function run(ctx: Context, { args, options }: Invocation<'contacts'>): Promise<number> {
  const { format } = chooseOutput(OUTPUTS, { format: options.format, out: options.out, fallback: 'csv', stdoutIsTTY: ctx.io.stdout.isTTY });
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
  else if (format === 'xlsx') content = await renderContactsXlsx(rows, { lang: ctx.lang, today: ctx.today, network: model.network.name });
  else if (format === 'vcf') content = renderContactsVcard(rows, { lang: ctx.lang, network: { id: model.network.id, name: model.network.name } });
  else if (options.batch !== undefined) content = renderMailboxBlocks(rows, options.batch, MAILBOX_BLOCK_HEADING[ctx.lang]);
  else content = renderMailboxList(rows);

  await writeOutput(ctx.io, options.out, content, resolveDir(ctx, args.dir));
  // Notes on stderr, so that stdout stays the list itself.
  const note = (code: string, params = {}) => ctx.io.stderr.write(`${t(ctx.lang, code, params)}\n`);
  if (rows.length === 0) note('note.no-contacts');
  if (options.meeting !== undefined) meetingNotes(result, options.meeting, ctx.lang, note);
  else leftOutNote(result, ctx.lang, note);
  if (format === 'emails') {
    const missingEmail = withoutEmail(rows).length;
    if (missingEmail > 0) note('note.missing-email', { count: missingEmail });
    const addresses = mailboxes(rows).length;
    if (options.batch === undefined && addresses > RECIPIENT_LIMIT) note('reach.recipient-limit', { count: addresses, limit: RECIPIENT_LIMIT });
    if (options.batch !== undefined && options.batch > RECIPIENT_LIMIT) note('reach.batch-above-limit', { batch: options.batch, limit: RECIPIENT_LIMIT });
  }
  return 0;
}

type Note = (code: string, params?: Record<string, string | number | undefined>) => void;

const reasonText = (lang: Lang, r: Reach['missed'][number]['reason']) =>
  r.kind === 'hidden' ? t(lang, 'reach.reason.hidden', { audience: r.widest }) : t(lang, `reach.reason.${r.kind}`);

/** An invitation list: every invited active partner it misses, by name and reason, then the counts. */
function meetingNotes(result: Reach, meeting: string, lang: Lang, note: Note): void {
  if (result.missed.length === 0) {
    note('reach.meeting-all', { wanted: result.wanted.length, meeting });
    return;
  }
  note('reach.meeting-head', { reached: result.reached.length, wanted: result.wanted.length, meeting });
  for (const m of result.missed) note('reach.item', { partner: m.partner.name, reason: reasonText(lang, m.reason) });
  note('reach.counts', { missed: result.missed.length, ...counts(result) });
}

/** Any other list: how many selected active partners it leaves out, why, and which. */
function leftOutNote(result: Reach, lang: Lang, note: Note): void {
  if (result.missed.length === 0) return;
  const c = counts(result);
  const hiddenBy = new Map<string, number>();
  for (const m of result.missed) if (m.reason.kind === 'hidden') hiddenBy.set(m.reason.widest, (hiddenBy.get(m.reason.widest) ?? 0) + 1);
  const detail = [
    c.noContact ? t(lang, 'reach.left-out.no-contact', { count: c.noContact }) : '',
    ...[...hiddenBy].map(([audience, count]) => t(lang, 'reach.left-out.hidden', { count, audience })),
    c.noEmail ? t(lang, 'reach.left-out.no-email', { count: c.noEmail }) : '',
  ].filter(Boolean);
  note('reach.left-out', { missed: result.missed.length, wanted: result.wanted.length, detail: detail.join(', ') });
  note('reach.left-out.names', { names: result.missed.map((m) => m.partner.name).join(', ') });
}

function counts(result: Reach): { noContact: number; hidden: number; noEmail: number } {
  const of = (kind: string) => result.missed.filter((m) => m.reason.kind === kind).length;
  return { noContact: of('no-contact'), hidden: of('hidden'), noEmail: of('no-email') };
}
