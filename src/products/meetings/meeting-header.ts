// When and where a meeting is, as an invitation and a sign-in sheet both show it: a pure
// function of the model and the meeting.
import { dayOf } from '../../model/dates.js';
import type { IsoDate, Meeting, Model } from '../../model/types.js';
import type { MeetingType } from '../../model/vocabulary.js';

/** The audience of an invitation and a sign-in sheet: the network's partners. */
export const INVITATION_AUDIENCE = 'network' as const;

/** When a meeting takes place, as a letter writes it: days, and times `HH:MM` for a timed meeting. */
interface MeetingWhen {
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

function meetingWhen(m: Meeting): MeetingWhen {
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
