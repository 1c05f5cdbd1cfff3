// The Frühe-Hilfen profile of the report (`report --profile fruehe-hilfen`): which partners of
// § 3 Abs. 2 KKG and which actor types of the NZFH are members and took part, the funding
// conditions of the Bundesstiftung Frühe Hilfen with the period's evidence, and the figures of a
// Sachbericht. What counts, and what of the law and the conditions could be confirmed, is said in
// docs/report.md ("Profil Frühe Hilfen"). The coordination is counted, never named.
import { isActive, isInForce } from '../model/coverage.js';
import { ACTOR_TYPES, KKG_KINDS, kkgKindOf } from '../model/fruehe-hilfen.js';
import type { Coordinator, Model, Partner } from '../model/types.js';
import type { AgreementType } from '../model/vocabulary.js';
import type { ReportFruehHilfen } from './fruehe-hilfen-types.js';
import { heldIn } from './held.js';
import type { Period } from './period.js';
import { activityEvidence, meetingEvidence } from './tasks.js';
import type { Report, ReportEvidence } from './types.js';

type Parts = Pick<Report, 'meetings' | 'activities' | 'public_information'>;

/**
 * Agreements that set down how the network works together (its goals, standards and procedures);
 * a § 8a agreement with one provider or a data-protection agreement does not.
 */
const WRITTEN_STANDARDS: readonly AgreementType[] = ['kooperationsvereinbarung', 'leitbild', 'verfahrensabsprache', 'sonstige'];

export function reportFruehHilfen(model: Model, period: Period, parts: Parts): ReportFruehHilfen {
  const end = period.to;
  const active = model.partners.filter((p) => isActive(p, end));
  const { held, attended } = heldIn(model, period);
  const membership = (members: readonly Partner[]) => ({
    members: members.length,
    attending: members.filter((p) => attended.has(p.id)).length,
    partners: members.map((p) => p.id),
  });

  const coordinators = model.network.coordinators;
  const coordination = {
    coordinators: coordinators.length,
    fte: coordinationFte(coordinators),
    with_fte: coordinators.filter((c) => c.fte !== undefined).length,
    qualified: coordinators.filter((c) => c.qualifications.length > 0).length,
  };

  const agreements = model.agreements
    .filter((a) => WRITTEN_STANDARDS.includes(a.type) && isInForce(a, end))
    .map((a): ReportEvidence => ({ kind: 'agreement', id: a.id, title: a.title, date: null, count: null }));
  const networkMeetings = held.filter((m) => m.type === 'netzwerktreffen').map(meetingEvidence);
  const participation = parts.activities.list.filter((a) => a.type === 'beteiligung').map(activityEvidence);
  const nm = parts.meetings.network_meetings;
  const status = (ok: boolean) => (ok ? ('belegt' as const) : ('kein_beleg' as const));

  return {
    declared: model.network.kind.includes('fruehe_hilfen'),
    coordination,
    partner_kinds: KKG_KINDS.map((id) => ({ id, ...membership(active.filter((p) => kkgKindOf(p) === id)) })),
    actor_types: ACTOR_TYPES.map((id) => {
      const m = membership(active.filter((p) => p.actor_type === id));
      return { id, eingebunden: m.attending > 0, ...m };
    }),
    unassigned: active.filter((p) => kkgKindOf(p) === undefined).map((p) => p.id),
    conditions: [
      // A coordination with a staff share, and a qualification for it.
      { id: 'koordination', status: status((coordination.fte ?? 0) > 0 && coordination.qualified > 0), items: [] },
      { id: 'vereinbarung', status: status(agreements.length > 0), items: agreements },
      // Network meetings against the network's own target (pro rata), at least one.
      { id: 'netzwerktreffen', status: status(networkMeetings.length >= Math.max(1, nm.target ?? 1)), items: networkMeetings },
      { id: 'beteiligung', status: status(participation.length > 0), items: participation },
    ],
    figures: {
      meetings_held: parts.meetings.held,
      network_meetings_held: nm.held,
      network_meetings_target: nm.target,
      qualification_offers_held: parts.meetings.qualification_offers.held,
      qualification_offers_target: parts.meetings.qualification_offers.target,
      participants: parts.meetings.participants,
      public_information: parts.public_information.evidence,
      participation_activities: participation.length,
      participation_count: participation.reduce((sum, a) => sum + (a.count ?? 0), 0),
    },
  };
}

/** The coordinators' staff shares added up (in hundredths: 0.1 + 0.2 is 0.3); null when none is given. */
export function coordinationFte(coordinators: readonly Pick<Coordinator, 'fte'>[]): number | null {
  const shares = coordinators.flatMap((c) => (c.fte === undefined ? [] : [c.fte]));
  return shares.length === 0 ? null : shares.reduce((sum, x) => sum + Math.round(x * 100), 0) / 100;
}
