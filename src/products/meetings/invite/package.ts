// The invitation to one meeting as the files of its folder (docs/meetings.md), a pure function of
// the model, the meeting, today and the options: the letter (einladung.txt), the event exactly as
// `calendar --meeting` writes it (termin.ics: same UID and SEQUENCE), the invited partners'
// addresses for Bcc in blocks (empfaenger.txt) and one e-mail draft per block (einladung.eml,
// einladung-1.eml …). Who it does not reach comes with it, for the notes on stderr.
import { createHash } from 'node:crypto';
import { renderEml, mailDate, type Mailbox } from '../../../formats/eml.js';
import { renderMailboxBlocks, uniqueRecipients } from '../../../formats/mailbox-list.js';
import { t } from '../../../i18n/catalogue.js';
import type { Lang } from '../../../i18n/lang.js';
import { reach, RECIPIENT_LIMIT, type Reach } from '../../../model/reach.js';
import type { IsoDate, Meeting, Model } from '../../../model/types.js';
import type { FolderFile } from '../../../write/output-folder.js';
import { calendarData } from '../calendar/events.js';
import { icsMethod, renderIcs } from '../calendar/ics.js';
import { INVITATION_AUDIENCE } from '../meeting-header.js';
import { offsetMinutes } from '../timezone.js';
import { invitation, type InvitationData } from './invitation.js';
import { ICS_FILE, renderInvitationText } from './text.js';
import { INVITATION_WORDS } from './words.js';

export interface InvitationPackage {
  files: FolderFile[];
  /** What the invitation says (its sender, for the note when there is none). */
  data: InvitationData;
  /** The addresses it goes to (each once), in how many drafts, at most `batch` each. */
  recipients: number;
  drafts: number;
  batch: number;
  /** Who is invited and not reached, and why. */
  reach: Reach;
}

export function invitationPackage(
  model: Model,
  meeting: Meeting,
  today: IsoDate,
  lang: Lang,
  options: { batch?: number; replyBy?: IsoDate },
): InvitationPackage {
  const data = invitation(model, meeting, today, options.replyBy === undefined ? {} : { replyBy: options.replyBy });
  const text = renderInvitationText(data, lang);
  const calendar = calendarData(model, { types: [], public: false, meeting: meeting.id }, today, lang);
  const ics = renderIcs(calendar);
  const result = reach(model, { audience: INVITATION_AUDIENCE, sectors: [], municipalities: [], insofa: false, meeting: meeting.id }, today, {
    needEmail: true,
  });
  const recipients = uniqueRecipients(result.rows);
  const batch = options.batch ?? RECIPIENT_LIMIT;
  const blocks: Mailbox[][] = [];
  for (let i = 0; i < recipients.length; i += batch) blocks.push(recipients.slice(i, i + batch));
  if (blocks.length === 0) blocks.push([]);

  const coordination = data.address ? [data.address] : [];
  const stamp = today.replace(/-/g, '');
  const sequence = calendar.events[0]?.sequence ?? meeting.revision;
  const uidHash = createHash('sha256')
    .update(calendar.events[0]?.uid ?? meeting.id)
    .digest('hex')
    .slice(0, 16);
  const date = mailDate(today, offsetMinutes(`${today}T00:00:00`, model.network.timezone));
  const method = icsMethod(calendar);
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
      attachments: [{ filename: ICS_FILE, contentType: `text/calendar; charset=UTF-8${method ? `; method=${method}` : ''}`, content: ics }],
    }),
  }));
  const heading = (block: number, count: number, size: number) => t(lang, 'reach.mailbox-block', { block, blocks: count, count: size });
  const files: FolderFile[] = [
    { name: 'einladung.txt', content: `${INVITATION_WORDS[lang].subjectLabel}: ${text.subject}\n\n${text.body}` },
    { name: ICS_FILE, content: ics },
    { name: 'empfaenger.txt', content: renderMailboxBlocks(recipients, batch, heading) },
    ...drafts,
  ];
  return { files, data, recipients: recipients.length, drafts: drafts.length, batch, reach: result };
}
