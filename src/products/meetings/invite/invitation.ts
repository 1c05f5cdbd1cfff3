// What an invitation to one meeting says: a pure function of the model, the meeting and today.
// `invite` renders it as a letter and an e-mail draft (text.ts). Only what the network's partners
// may read: coordinators by the data-care policy (a coordinator they may not see is replaced by
// the office), institutions, never persons of the partners.
import { addDays, dayOf } from '../../../model/dates.js';
import { coordinationAddress, coordinationFor } from '../../../model/policy.js';
import type { IsoDate, Meeting, Model } from '../../../model/types.js';
import { INVITATION_AUDIENCE, meetingHeader, type MeetingHeader } from '../meeting-header.js';

/** Without --reply-by, replies are asked for this many days before the meeting. */
const REPLY_DAYS_BEFORE = 7;

interface Signer {
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
