// The data-care policy, in one place: who may see whom, when a person's data are due for review
// or for deletion, when an agreement is due for review, who the calendar names as organiser.
// validate's warnings, review, person, contacts, calendar and report all ask these functions,
// so that they agree on every person.
import { hasEnded, isActive } from './coverage.js';
import { addMonths } from './dates.js';
import type { Agreement, Contact, Coordinator, IsoDate, Meeting, Model, Partner } from './types.js';
import { VISIBILITIES, type Visibility } from './vocabulary.js';

/** Who will read an output: the same three steps as a person's visibility. */
export const AUDIENCES = VISIBILITIES;
export type Audience = Visibility;

const RANK: Record<Visibility, number> = { internal: 0, network: 1, public: 2 };

/** `internal` output shows everyone; `network` shows visibility network or public; `public` shows public only. */
export function visibleTo(visibility: Visibility, audience: Audience): boolean {
  return RANK[visibility] >= RANK[audience];
}

/** The narrower of two visibilities. */
export const narrower = (a: Visibility, b: Visibility): Visibility => (RANK[a] <= RANK[b] ? a : b);

export type Person = Contact | Coordinator;

/** Where a person's data stand on a day. */
export type CareState =
  /** Confirmed within the review interval; the next review is due on `reviewDue`. */
  | { state: 'ok'; verified: IsoDate; reviewDue: IsoDate }
  /** Never confirmed (no `verified`). */
  | { state: 'never' }
  /** Confirmed longer ago than the review interval. */
  | { state: 'due'; verified: IsoDate; reviewDue: IsoDate }
  /** The partner has left; the data are kept until `deleteFrom`. */
  | { state: 'retained'; left: IsoDate; deleteFrom: IsoDate }
  /** The partner left more than the retention period ago: delete the data. */
  | { state: 'delete'; left: IsoDate; deleteFrom: IsoDate };

export interface CaredPerson {
  person: Person;
  /** The contact's partner, or the coordinator's (unknown only in invalid data). */
  partner: Partner | undefined;
  coordinator: boolean;
  care: CareState;
}

/** The day from which a departed partner's persons should be deleted, if it has left. */
function deletionDueFrom(partner: Partner, model: Model): IsoDate | undefined {
  return partner.left === undefined ? undefined : addMonths(partner.left, model.network.targets.retention_months_after_leaving);
}

/** The state of one person's data on `today`: coordinators and contacts alike. */
export function careOf(person: Person, partner: Partner | undefined, model: Model, today: IsoDate): CareState {
  if (partner?.left !== undefined && partner.left <= today) {
    const deleteFrom = deletionDueFrom(partner, model)!;
    return { state: deleteFrom <= today ? 'delete' : 'retained', left: partner.left, deleteFrom };
  }
  if (person.verified === undefined) return { state: 'never' };
  const reviewDue = addMonths(person.verified, model.network.targets.review_contacts_after_months);
  return { state: reviewDue <= today ? 'due' : 'ok', verified: person.verified, reviewDue };
}

/** Every coordinator, then every partner's contacts (in the model's order), with the state of their data. */
export function dataCare(model: Model, today: IsoDate): CaredPerson[] {
  const out: CaredPerson[] = model.network.coordinators.map((c) => {
    const partner = model.partnerById.get(c.partner);
    return { person: c, partner, coordinator: true, care: careOf(c, partner, model, today) };
  });
  for (const p of model.partners) {
    for (const c of p.contacts) out.push({ person: c, partner: p, coordinator: false, care: careOf(c, p, model, today) });
  }
  return out;
}

/** Where an institution's confirmation of its own entry stands (`verified` of the partner, the datasheet). */
export type PartnerConfirmation =
  { state: 'ok'; verified: IsoDate; reviewDue: IsoDate } | { state: 'never' } | { state: 'due'; verified: IsoDate; reviewDue: IsoDate };

export function partnerConfirmation(partner: Partner, model: Model, today: IsoDate): PartnerConfirmation {
  if (partner.verified === undefined) return { state: 'never' };
  const reviewDue = addMonths(partner.verified, model.network.targets.review_partners_after_months);
  return { state: reviewDue <= today ? 'due' : 'ok', verified: partner.verified, reviewDue };
}

/** Active partners whose entry is to be confirmed again (never, or longer ago than targets.review_partners_after_months), in the model's order. */
export const partnersToConfirm = (model: Model, today: IsoDate): Partner[] =>
  model.partners.filter((p) => isActive(p, today) && partnerConfirmation(p, model, today).state !== 'ok');

/** The contact-list audiences that include a person today: none once the partner is not active. */
export function audiencesOf(person: Person, partner: Partner | undefined, today: IsoDate): Audience[] {
  return partner && isActive(partner, today) ? AUDIENCES.filter((a) => visibleTo(person.visibility, a)) : [];
}

/** A meeting the public may read about (public calendar, Wegweiser): marked `public`, and never a case conference. */
export const isPublicMeeting = (m: Meeting): boolean => m.public && m.type !== 'fallkonferenz';

/** An agreement's review is due when its review date has come (FORMAT.md: review ≤ today), whatever its status. */
export function agreementReviewDue(agreement: Agreement, today: IsoDate): boolean {
  return agreement.review !== undefined && agreement.review <= today;
}

/** A due review worth a warning: of an agreement that has not ended (expired, terminated). */
export const agreementReviewPending = (agreement: Agreement, today: IsoDate): boolean => agreementReviewDue(agreement, today) && !hasEnded(agreement.status);

/**
 * The calendar's ORGANIZER: the first coordinator with an e-mail address whom the audience may
 * see and whose partner is active today. None → no ORGANIZER.
 */
export function organizer(model: Model, audience: Audience, today: IsoDate): Coordinator | undefined {
  return model.network.coordinators.find((c) => {
    const partner = model.partnerById.get(c.partner);
    return c.email && visibleTo(c.visibility, audience) && partner !== undefined && isActive(partner, today);
  });
}

/** Who the coordination is towards an audience: the coordinators it may see, and the offices of the others. */
export interface Coordination {
  /** Coordinators the audience may see whose partner is active today, in network.yaml's order. */
  persons: Coordinator[];
  /** The offices (partners) of the coordinators it may not see: named instead of them, each once. */
  offices: Partner[];
}

export function coordinationFor(model: Model, audience: Audience, today: IsoDate): Coordination {
  const persons: Coordinator[] = [];
  const offices: Partner[] = [];
  for (const c of model.network.coordinators) {
    const partner = model.partnerById.get(c.partner);
    if (partner === undefined || !isActive(partner, today)) continue;
    if (visibleTo(c.visibility, audience)) persons.push(c);
    else if (!offices.includes(partner)) offices.push(partner);
  }
  return { persons, offices };
}

/**
 * The coordination's e-mail address towards an audience (an invitation's sender and reply
 * address): the calendar's organiser (above), else the general address of an active office
 * of the coordination (a coordinator's partner, then the youth offices that carry the network),
 * which is no personal data. None → undefined.
 */
export function coordinationAddress(model: Model, audience: Audience, today: IsoDate): { name: string; email: string } | undefined {
  const person = organizer(model, audience, today);
  if (person?.email) return { name: person.name, email: person.email };
  const ids = [...model.network.coordinators.map((c) => c.partner), ...model.network.youth_offices];
  for (const id of ids) {
    const office = model.partnerById.get(id);
    if (office?.email && isActive(office, today)) return { name: office.name, email: office.email };
  }
  return undefined;
}
