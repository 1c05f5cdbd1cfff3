// The tasks that § 9 Abs. 2 Nr. 1–4 and Abs. 3 Nr. 1–3 LKiSchG NRW assign to the coordination
// and the network, each with the evidence of the period drawn from the data, and the public
// information work beside them. What counts as evidence, and how much of it makes a task
// "belegt", is documented in docs/report.md ("Aufgaben nach § 9 LKiSchG NRW"); the status says
// that the data hold evidence, not how well a task was done.
import { coverage, isActive, isInForce } from '../model/coverage.js';
import { dayOf } from '../model/dates.js';
import { visibleTo } from '../model/policy.js';
import type { Meeting, Model } from '../model/types.js';
import { CATEGORIES, type AgreementType, type MeetingType } from '../model/vocabulary.js';
import { heldIn } from './held.js';
import type { Period } from './period.js';
import { PUBLIC_INFORMATION_ID, type Report, type ReportEvidence, type ReportTask, type TaskId } from './types.js';

type Parts = Pick<Report, 'activities' | 'meetings'>;

export function reportTasks(model: Model, period: Period, parts: Parts): { tasks: ReportTask[]; public_information: ReportTask } {
  const end = period.to;
  const { held, attended } = heldIn(model, period);
  const meetingsOf = (types: readonly MeetingType[]) => held.filter((m) => types.includes(m.type)).map(meetingEvidence);
  const activitiesOf = (type: string, needsBody = false) =>
    parts.activities.list.filter((a) => a.type === type && (!needsBody || a.body !== null)).map(activityEvidence);
  const agreementsOf = (types: readonly AgreementType[]) =>
    model.agreements
      .filter((a) => types.includes(a.type) && isInForce(a, end))
      .map((a): ReportEvidence => ({ kind: 'agreement', id: a.id, title: a.title, date: null, count: null }));

  const q = parts.meetings.qualification_offers;
  // A category counts when a partner of it took part; one that only a youth office covers (its
  // own InsoFa) is the Jugendamt again, not another body at the table.
  const members = coverage(model, end).partners;
  const attendedCategories = CATEGORIES.filter((c) =>
    members.get(c)!.some((id) => attended.has(id) && (c === 'jugendamt' || model.partnerById.get(id)!.sector !== 'jugendamt')),
  ).map((c): ReportEvidence => ({ kind: 'category', id: c, title: null, date: null, count: null }));
  // § 4 Abs. 2 KKG: the insoweit erfahrene Fachkräfte the network's partners can reach (their
  // contacts released to the network), named by their institution, never by the person.
  const insofaPartners = model.partners
    .filter((p) => isActive(p, end) && p.contacts.some((c) => c.insofa && visibleTo(c.visibility, 'network')))
    .map((p): ReportEvidence => ({ kind: 'partner', id: p.id, title: p.name, date: null, count: null }));

  const task = (id: TaskId | typeof PUBLIC_INFORMATION_ID, items: ReportEvidence[], threshold = 1): ReportTask => ({
    id,
    evidence: items.length,
    threshold,
    status: items.length >= threshold ? 'belegt' : 'kein_beleg',
    items,
  });
  const publicMeetings = held.filter((m) => m.public || m.type === 'informationsveranstaltung').map(meetingEvidence);
  return {
    tasks: [
      task('abs2_nr1', [...meetingsOf(['steuerungsgruppe', 'arbeitskreis']), ...activitiesOf('fachberatung')]),
      task('abs2_nr2', meetingsOf(['netzwerktreffen', 'auftakt'])),
      // "regelmäßig": as often as the network's own target says (pro rata), at least once.
      task('abs2_nr3', held.filter((m) => m.qualification_offer).map(meetingEvidence), Math.max(1, q.target ?? 1)),
      task('abs2_nr4', activitiesOf('vertretung', true)),
      // Networking needs more than one kind of body at the table: the Jugendamt and at least one other.
      task('abs3_nr1', attendedCategories, 2),
      task('abs3_nr2', agreementsOf(['verfahrensabsprache', 'vereinbarung_8a'])),
      task('abs3_nr3', [...agreementsOf(['verfahrensabsprache', 'datenschutz']), ...insofaPartners]),
    ],
    public_information: task(PUBLIC_INFORMATION_ID, [...activitiesOf('oeffentlichkeitsarbeit'), ...publicMeetings]),
  };
}

export const meetingEvidence = (m: Meeting): ReportEvidence => ({ kind: 'meeting', id: m.id, title: m.title, date: dayOf(m.start), count: null });
export const activityEvidence = (a: Report['activities']['list'][number]): ReportEvidence => ({
  kind: 'activity',
  id: a.id,
  title: a.title,
  date: a.date ?? a.start,
  count: a.count,
});
