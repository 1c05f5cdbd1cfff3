// Who a meeting invites: `invited` absent = every partner; otherwise its sectors and partners together.
import { isActive } from './coverage.js';
import { dayOf } from './dates.js';
import type { Meeting, Model, Partner } from './types.js';

export function isInvited(meeting: Meeting, partner: Partner): boolean {
  const invited = meeting.invited;
  if (!invited) return true;
  return (invited.sectors ?? []).includes(partner.sector) || (invited.partners ?? []).includes(partner.id);
}

/** The invited partners that are active on the meeting's day, in the model's order (by name). */
export function invitedPartners(model: Model, meeting: Meeting): Partner[] {
  const day = dayOf(meeting.start);
  return model.partners.filter((p) => isActive(p, day) && isInvited(meeting, p));
}
