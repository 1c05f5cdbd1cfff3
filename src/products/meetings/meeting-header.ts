// What an invitation to one meeting says, and what its sign-in sheet lists: pure functions of
// the model, the meeting and today. `invite` renders the first as a letter and an e-mail draft,
// `sheet` the second as a printable list; the words come from src/i18n/, the layout from src/render/.
// Only what the network's partners may read: coordinators by the data-care policy (a coordinator
// they may not see is replaced by the office), institutions, never persons of the partners.
import { addDays, dayOf } from '../../model/dates.js';
import { invitedPartners } from '../../model/invitations.js';
import { coordinationAddress, coordinationFor } from '../../model/policy.js';
import type { IsoDate, Meeting, Model } from '../../model/types.js';
import type { MeetingType } from '../../model/vocabulary.js';

/** The audience of an invitation and a sign-in sheet: the network's partners. */
export const INVITATION_AUDIENCE = 'network' as const;

/** Without --reply-by, replies are asked for this many days before the meeting. */
export const REPLY_DAYS_BEFORE = 7;

/** When a meeting takes place, as a letter writes it: days, and times `HH:MM` for a timed meeting. */
export interface MeetingWhen {
  allDay: boolean;
  startDay: IsoDate;
  /** The last day (inclusive); the start day for a meeting within one day. */
  endDay: IsoDate;
  startTime?: string;
  endTime?: string;
}

export interface MeetingHeader {
  id: string;
  title: string;
  type: MeetingType;
  when: MeetingWhen;
  location?: string;
  online?: string;
  /** The organising partners' names. */
  organizers: string[];
}

export interface Signer {
  name: string;
  function?: string;
  office?: string;
  phone?: string;
  email?: string;
}

export interface InvitationData {
  network: { id: string; name: string };
  meeting: MeetingHeader & { topics: string[]; description?: string };
  /** The day replies are asked for; none when that day would already have passed. */
  replyBy?: IsoDate;
  /** Where replies go (and the e-mail's sender): the coordination's address, if it has one. */
  address?: { name: string; email: string };
  /** Who signs: the coordinators the partners may see, then the offices of the others (general number and address only). */
  signers: Signer[];
}

export function meetingWhen(m: Meeting): MeetingWhen {
  const startDay = dayOf(m.start);
  const endDay = m.end === undefined ? startDay : dayOf(m.end);
  if (m.allDay) return { allDay: true, startDay, endDay: endDay < startDay ? startDay : endDay };
  const when: MeetingWhen = { allDay: false, startDay, endDay: endDay < startDay ? startDay : endDay, startTime: m.start.slice(11, 16) };
  if (m.end !== undefined && m.end > m.start) when.endTime = m.end.slice(11, 16);
  else when.endDay = startDay;
  return when;
}

export function meetingHeader(model: Model, m: Meeting): MeetingHeader {
  const header: MeetingHeader = {
    id: m.id,
    title: m.title,
    type: m.type,
    when: meetingWhen(m),
    organizers: m.organizers.map((id) => model.partnerById.get(id)?.name ?? id),
  };
  if (m.location) header.location = m.location;
  if (m.online) header.online = m.online;
  return header;
}

export function invitation(model: Model, m: Meeting, today: IsoDate, options: { replyBy?: IsoDate } = {}): InvitationData {
  const data: InvitationData = {
    network: { id: model.network.id, name: model.network.name },
    meeting: { ...meetingHeader(model, m), topics: [...m.topics] },
    signers: signers(model, today),
  };
  if (m.description?.trim()) data.meeting.description = m.description.trim();
  const replyBy = options.replyBy ?? addDays(dayOf(m.start), -REPLY_DAYS_BEFORE);
  if (replyBy >= today) data.replyBy = replyBy;
  const address = coordinationAddress(model, INVITATION_AUDIENCE, today);
  if (address) data.address = address;
  return data;
}

function signers(model: Model, today: IsoDate): Signer[] {
  const { persons, offices } = coordinationFor(model, INVITATION_AUDIENCE, today);
  const out: Signer[] = persons.map((c) => {
    const s: Signer = { name: c.name };
    if (c.function) s.function = c.function;
    const office = model.partnerById.get(c.partner)?.name;
    if (office) s.office = office;
    if (c.phone) s.phone = c.phone;
    if (c.email) s.email = c.email;
    return s;
  });
  for (const office of offices) {
    const s: Signer = { name: office.name };
    if (office.phone) s.phone = office.phone;
    if (office.email) s.email = office.email;
    out.push(s);
  }
  return out;
}

/** The sign-in sheet: the meeting and the invited partners active on its day (names and ids only). */
export interface SheetData {
  network: { name: string };
  meeting: MeetingHeader;
  partners: { id: string; name: string }[];
}

export function signInSheet(model: Model, m: Meeting): SheetData {
  return {
    network: { name: model.network.name },
    meeting: meetingHeader(model, m),
    partners: invitedPartners(model, m).map((p) => ({ id: p.id, name: p.name })),
  };
}
