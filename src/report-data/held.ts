// The meetings held in the report period (their first day in it) and the partners that attended
// at least one of them: what participation, the tasks and the Frühe-Hilfen profile count as taking part.
import { dayOf } from '../model/dates.js';
import type { Meeting, Model } from '../model/types.js';
import type { Period } from './period.js';

export function heldIn(model: Model, period: Period): { held: Meeting[]; attended: ReadonlySet<string> } {
  const held = model.meetings.filter((m) => m.status === 'held' && period.from <= dayOf(m.start) && dayOf(m.start) <= period.to);
  return { held, attended: new Set(held.flatMap((m) => m.attendance.map((a) => a.partner))) };
}
