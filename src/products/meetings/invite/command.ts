// netzwerk invite MEETING [DIR] [--out-dir DIR] [--batch N] [--reply-by DATE]: the invitation to
// one meeting, as four files in one folder (docs/meetings.md):
//   einladung.txt   the letter (German; English with --lang en) with the subject to copy
//   termin.ics      the event, exactly as `calendar --meeting` writes it (same UID and SEQUENCE)
//   empfaenger.txt  the invited partners' addresses for Bcc, in blocks of at most --batch
//   einladung.eml   the draft to open in Outlook and send (einladung-1.eml … for more than --batch)
// and on stderr every invited partner it does not reach, with the reason (as `contacts --meeting`).
import { createHash } from 'node:crypto';
import { calendarData } from '../calendar/events.js';
import { invitation, INVITATION_AUDIENCE } from '../meeting-header.js';
import { offsetMinutes } from '../timezone.js';
import type { Invocation } from '../../../cli/spec.js';
import { INVITE } from './spec.js';
import { resolveDir, type Context } from '../../../cli/context.js';
import { loadValidModel } from '../../../network/open.js';
import { knownMeeting } from '../../../cli/option-values.js';
import { meetingNotes } from '../../../i18n/reach-notes.js';
import { reach, RECIPIENT_LIMIT } from '../../../model/reach.js';
import { UsageError } from '../../../errors.js';
import { t } from '../../../i18n/catalogue.js';
import { formatDate } from '../../../i18n/format.js';
import { INVITATION_WORDS } from './words.js';
import { dayOf } from '../../../model/dates.js';
import { renderEml, mailDate, type Mailbox } from '../../../formats/eml.js';
import { renderIcs } from '../calendar/ics.js';
import { ICS_FILE, renderInvitationText } from './text.js';
import { renderMailboxBlocks, uniqueRecipients } from '../../../formats/mailbox-list.js';
import { writeOutputFolder, type FolderFile } from '../../../write/output-folder.js';

/** The e-mail drafts of an earlier run in the same folder: replaced or, when no longer written, removed. */
const OWN_DRAFTS = /^einladung(-\d+)?\.eml$/;

export async function run(ctx: Context, { args, options }: Invocation<typeof INVITE>): Promise<number> {
  const { model } = loadValidModel(ctx, args.dir);
  const id = knownMeeting(model, args.meeting, { argument: true });
  const meeting = model.meetingById.get(id)!;
  const day = dayOf(meeting.start);
  const shown = (d: string) => formatDate(d, ctx.lang);
  if (meeting.status === 'cancelled') throw new UsageError('invite.cancelled', { id });
  if (meeting.status === 'held') throw new UsageError('invite.held', { id });
  if (dayOf(meeting.end ?? meeting.start) < ctx.today) throw new UsageError('invite.past', { id, date: shown(day), today: shown(ctx.today) });
  if (options.replyBy !== undefined && options.replyBy > day) throw new UsageError('invite.reply-late', { date: shown(options.replyBy), day: shown(day) });
  if (options.replyBy !== undefined && options.replyBy < ctx.today) throw new UsageError('invite.reply-past', { date: shown(options.replyBy), today: shown(ctx.today) });

  const data = invitation(model, meeting, ctx.today, options.replyBy === undefined ? {} : { replyBy: options.replyBy });
  const text = renderInvitationText(data, ctx.lang);
  const calendar = calendarData(model, { types: [], public: false, meeting: id }, ctx.today, ctx.lang);
  const ics = renderIcs(calendar);
  const result = reach(model, { audience: INVITATION_AUDIENCE, sectors: [], municipalities: [], insofa: false, meeting: id }, ctx.today, { needEmail: true });
  const recipients = uniqueRecipients(result.rows);
  const batch = options.batch ?? RECIPIENT_LIMIT;
  const blocks: Mailbox[][] = [];
  for (let i = 0; i < recipients.length; i += batch) blocks.push(recipients.slice(i, i + batch));
  if (blocks.length === 0) blocks.push([]);

  const coordination = data.address ? [data.address] : [];
  const stamp = ctx.today.replace(/-/g, '');
  const sequence = calendar.events[0]?.sequence ?? meeting.revision;
  const uidHash = createHash('sha256').update(calendar.events[0]?.uid ?? id).digest('hex').slice(0, 16);
  const date = mailDate(ctx.today, offsetMinutes(`${ctx.today}T00:00:00`, model.network.timezone));
  const method = /^METHOD:PUBLISH\r?$/m.test(ics) ? '; method=PUBLISH' : '';
  const drafts: FolderFile[] = blocks.map((bcc, i) => ({
    name: blocks.length === 1 ? 'einladung.eml' : `einladung-${i + 1}.eml`,
    content: renderEml({
      ...(data.address ? { from: data.address } : {}),
      to: coordination,
      bcc,
      subject: text.subject,
      date,
      // Unique per meeting (its calendar UID, hashed to keep the line short), revision, day and
      // block; the same again for the same data and --today.
      messageId: `einladung.${stamp}.r${sequence}${blocks.length === 1 ? '' : `.${i + 1}`}.${uidHash}@${model.network.id}.netzwerk`,
      text: text.body,
      attachments: [{ filename: ICS_FILE, contentType: `text/calendar; charset=UTF-8${method}`, content: ics }],
    }),
  }));
  const files: FolderFile[] = [
    { name: 'einladung.txt', content: `${INVITATION_WORDS[ctx.lang].subjectLabel}: ${text.subject}\n\n${text.body}` },
    { name: ICS_FILE, content: ics },
    { name: 'empfaenger.txt', content: renderMailboxBlocks(recipients, batch, (block, blocks, count) => t(ctx.lang, 'reach.mailbox-block', { block, blocks, count })) },
    ...drafts,
  ];
  const outDir = options.outDir ?? id;
  const written = await writeOutputFolder(ctx.io, outDir, files, resolveDir(ctx, args.dir), { stale: OWN_DRAFTS });

  const say = (code: string, params = {}) => ctx.io.stdout.write(`${t(ctx.lang, code, params)}\n`);
  say('invite.written', { dir: outDir, files: files.map((f) => f.name).join(', ') });
  if (!written.created) say('invite.replaced', { removed: written.removed.join(', ') || undefined });
  if (recipients.length > 0) say('invite.recipients', { count: recipients.length, drafts: drafts.length, batch });
  const note = (code: string, params = {}) => ctx.io.stderr.write(`${t(ctx.lang, code, params)}\n`);
  meetingNotes(result, id, ctx.lang, note, { all: 'invite.meeting-all', head: 'invite.meeting-head', hidden: 'invite.reason-hidden' });
  if (recipients.length === 0) note('invite.no-recipients');
  if (!data.address) note('invite.no-address');
  if (batch > RECIPIENT_LIMIT) note('reach.batch-above-limit', { batch, limit: RECIPIENT_LIMIT });
  return 0;
}
