// The Frühe-Hilfen block of the report data (`report --profile fruehe-hilfen`, JSON key
// `fruehe_hilfen`): part of the JSON contract, documented key by key in docs/report.md.
import type { ActorType, KkgKind } from '../model/fruehe-hilfen.js';
import type { ReportEvidence } from './evidence.js';

/** The conditions of the Bundesstiftung Frühe Hilfen the report checks, in this order. */
export type ConditionId = 'koordination' | 'vereinbarung' | 'netzwerktreffen' | 'beteiligung';

/** Members (active partners at the period end) and those of them that attended a meeting held in the period. */
interface Membership {
  members: number;
  attending: number;
  /** The members' partner ids, in the order of partners.list. */
  partners: string[];
}

export interface ReportFruehHilfen {
  /** network.yaml says the network is a Netzwerk Frühe Hilfen (`kind`). */
  declared: boolean;
  /** The coordination: persons, their staff shares added up (null when none is given), how many have a qualification. Counts only, never who. */
  coordination: { coordinators: number; fte: number | null; with_fte: number; qualified: number };
  /** The partners of § 3 Abs. 2 KKG, in the law's order. */
  partner_kinds: ({ id: KkgKind } & Membership)[];
  /** Every actor type; `eingebunden`: at least one member attended a meeting held in the period. */
  actor_types: ({ id: ActorType; eingebunden: boolean } & Membership)[];
  /** Active partners whose kind of § 3 Abs. 2 KKG neither their actor type nor their sector tells. */
  unassigned: string[];
  /** The funding conditions, each with the period's evidence. */
  conditions: { id: ConditionId; status: 'belegt' | 'kein_beleg'; items: ReportEvidence[] }[];
  /** What a Sachbericht asks for, in the period. */
  figures: {
    meetings_held: number;
    network_meetings_held: number;
    network_meetings_target: number | null;
    qualification_offers_held: number;
    qualification_offers_target: number | null;
    participants: number;
    /** Pieces of evidence of the public information work (as public_information.evidence). */
    public_information: number;
    /** Activities of type `beteiligung`, and the sum of their counts. */
    participation_activities: number;
    participation_count: number;
  };
}
