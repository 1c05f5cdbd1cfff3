// The invitation as plain text (einladung.txt and the body of the e-mail draft): the meeting
// with its long date, place, topics and organisers, how to reply, and the coordination's
// signature. Lines end in `\n`; the e-mail renderer turns them into CRLF.
import type { InvitationData } from './invitation.js';
import { formatDate, formatLongDate, formatWhen } from '../../../i18n/format.js';
import { INVITATION_WORDS } from './words.js';
import { label, MEETING_TYPE_LABELS } from '../../../i18n/labels.js';
import type { Lang } from '../../../i18n/lang.js';

/** The name of the calendar file the letter points to. */
export const ICS_FILE = 'termin.ics';

export interface InvitationText {
  subject: string;
  /** The letter, to paste into a message or to send as it is. */
  body: string;
}

export function renderInvitationText(data: InvitationData, lang: Lang): InvitationText {
  const w = INVITATION_WORDS[lang];
  const m = data.meeting;
  const subject = w.subject(oneLine(m.title), formatDate(m.when.startDay, lang));
  const blocks: string[] = [w.greeting, w.intro];
  const facts = [label(MEETING_TYPE_LABELS, m.type, lang), oneLine(m.title), formatWhen(m.when, lang)];
  if (m.location) facts.push(`${w.place}: ${oneLine(m.location)}`);
  if (m.online) facts.push(`${w.online}: ${oneLine(m.online)}`);
  blocks.push(facts.join('\n'));
  if (m.topics.length > 0) blocks.push([`${w.topics}:`, ...m.topics.map((t) => `– ${oneLine(t)}`)].join('\n'));
  if (m.description) blocks.push(m.description);
  if (m.organizers.length > 0) blocks.push(`${w.organizers}: ${m.organizers.join(', ')}`);
  blocks.push([w.reply(data.replyBy === undefined ? undefined : formatLongDate(data.replyBy, lang), data.address?.email), w.attachment(ICS_FILE)].join('\n'));
  blocks.push([w.closing, w.office(data.network.name)].join('\n'));
  for (const s of data.signers) {
    const lines = [s.name];
    const role = [s.function, s.office].filter(Boolean).join(', ');
    if (role) lines.push(role);
    const reach = [s.phone ? `${w.phone} ${s.phone}` : '', s.email ?? ''].filter(Boolean).join(' · ');
    if (reach) lines.push(reach);
    blocks.push(lines.join('\n'));
  }
  return { subject, body: `${blocks.join('\n\n')}\n` };
}

/** A value that belongs on one line (a title, a place): line breaks become spaces. */
const oneLine = (text: string) => text.replace(/\s*\n\s*/g, ' ').trim();
