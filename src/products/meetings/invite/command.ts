// netzwerk invite MEETING [DIR] [--out-dir DIR] [--batch N] [--reply-by DATE]: the invitation to
// one meeting, as four files in one folder (docs/meetings.md):
//   einladung.txt   the letter (German; English with --lang en) with the subject to copy
//   termin.ics      the event, exactly as `calendar --meeting` writes it (same UID and SEQUENCE)
//   empfaenger.txt  the invited partners' addresses for Bcc, in blocks of at most --batch
//   einladung.eml   the draft to open in Outlook and send (einladung-1.eml … for more than --batch)
// and on stderr every invited partner it does not reach, with the reason (as `contacts --meeting`).
import { resolveDir, type Context } from '../../../cli/context.js';
import { knownMeeting } from '../../../cli/option-values.js';
import type { Invocation } from '../../../cli/spec.js';
import { UsageError } from '../../../errors.js';
import { formatDate } from '../../../i18n/format.js';
import { meetingNotes } from '../../../i18n/reach-notes.js';
import { dayOf } from '../../../model/dates.js';
import { RECIPIENT_LIMIT } from '../../../model/reach.js';
import { loadValidModel } from '../../../network/open.js';
import { writeOutputFolder } from '../../../write/output-folder.js';
import { invitationPackage } from './package.js';
import { INVITE } from './spec.js';

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
  if (options.replyBy !== undefined && options.replyBy < ctx.today)
    throw new UsageError('invite.reply-past', { date: shown(options.replyBy), today: shown(ctx.today) });

  const invitation = invitationPackage(model, meeting, ctx.today, ctx.lang, options);
  const { files, batch, recipients } = invitation;
  const outDir = options.outDir ?? id;
  const written = await writeOutputFolder(ctx.io, outDir, files, resolveDir(ctx, args.dir), { stale: OWN_DRAFTS });

  ctx.say('invite.written', { dir: outDir, files: files.map((f) => f.name).join(', ') });
  if (!written.created) ctx.say('invite.replaced', { removed: written.removed.join(', ') || undefined });
  if (recipients > 0) ctx.say('invite.recipients', { count: recipients, drafts: invitation.drafts, batch });
  meetingNotes(invitation.reach, id, ctx.lang, ctx.note, { all: 'invite.meeting-all', head: 'invite.meeting-head', hidden: 'invite.reason-hidden' });
  if (recipients === 0) ctx.note('invite.no-recipients');
  if (!invitation.data.address) ctx.note('invite.no-address');
  if (batch > RECIPIENT_LIMIT) ctx.note('reach.batch-above-limit', { batch, limit: RECIPIENT_LIMIT });
  return 0;
}
