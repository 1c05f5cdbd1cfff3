// What the sign-in sheet of a meeting lists: a pure function of the model and the meeting.
import { invitedPartners } from '../../../model/invitations.js';
import type { Meeting, Model } from '../../../model/types.js';
import { meetingHeader, type MeetingHeader } from '../meeting-header.js';

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
