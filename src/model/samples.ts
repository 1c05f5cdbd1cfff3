// The sample entries `netzwerk init` writes (`sample: true`) are left out of every output (report,
// directory, contact lists, calendars, invitations) until the coordinator replaces or deletes
// them: a first report to the committee must not carry "Grundschule am Park". What refers to a
// sample (a youth office, an organiser, a party, attendance) is left out with it. `person` and
// `review` keep them: they answer about everything stored.
import { assembleModel } from './build.js';
import type { Model } from './types.js';

/** How many samples of each kind were left out. */
export interface SamplesLeftOut {
  partners: number;
  contacts: number;
  coordinators: number;
  meetings: number;
  agreements: number;
  activities: number;
  /** 1 when the placeholder Leitbild was left out. */
  mission_statement: number;
}

/** The Leitbild placeholder of `init` before it was written as a comment: never in a report. */
const SAMPLE_MISSION_STATEMENT = 'Hier kann das Leitbild des Netzwerks stehen, sobald es beschlossen ist.';
export const isSampleMission = (text: string | undefined) => text?.trim() === SAMPLE_MISSION_STATEMENT;

export function withoutSamples(model: Model): { model: Model; left: SamplesLeftOut } {
  const partners = model.partners.filter((p) => !p.sample);
  const kept = new Set(partners.map((p) => p.id));
  const contacts =
    partners.reduce((n, p) => n + p.contacts.filter((c) => c.sample).length, 0) +
    model.partners.filter((p) => p.sample).reduce((n, p) => n + p.contacts.length, 0);
  const left: SamplesLeftOut = {
    partners: model.partners.length - partners.length,
    contacts,
    coordinators: model.network.coordinators.filter((c) => c.sample).length,
    meetings: model.meetings.filter((m) => m.sample).length,
    agreements: model.agreements.filter((a) => a.sample).length,
    activities: model.activities.filter((a) => a.sample).length,
    mission_statement: isSampleMission(model.network.mission_statement) ? 1 : 0,
  };
  if (Object.values(left).every((n) => n === 0)) return { model, left };
  const mission = left.mission_statement > 0;
  const { mission_statement, ...rest } = model.network;
  const network = {
    ...rest,
    ...(mission ? {} : { mission_statement }),
    youth_offices: model.network.youth_offices.filter((id) => kept.has(id)),
    coordinators: model.network.coordinators.filter((c) => !c.sample && kept.has(c.partner)),
  };
  return {
    model: assembleModel(
      network,
      partners.map((p) => ({ ...p, contacts: p.contacts.filter((c) => !c.sample) })),
      model.meetings
        .filter((m) => !m.sample)
        .map((m) => ({
          ...m,
          organizers: m.organizers.filter((id) => kept.has(id)),
          attendance: m.attendance.filter((a) => kept.has(a.partner)),
          ...(m.invited?.partners ? { invited: { ...m.invited, partners: m.invited.partners.filter((id) => kept.has(id)) } } : {}),
        })),
      model.agreements.filter((a) => !a.sample).map((a) => ({ ...a, parties: a.parties.filter((p) => kept.has(p.partner)) })),
      model.activities.filter((a) => !a.sample),
    ),
    left,
  };
}
