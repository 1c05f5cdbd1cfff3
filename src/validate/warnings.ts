// Warnings: things a coordinator should look at, not errors in the data. The one implementation
// behind `validate`'s warnings and the report's "Hinweise".
import { label, CATEGORY_LABELS } from '../i18n/labels.js';
import { coverage, hasEnded } from '../model/coverage.js';
import { addMonths, dayOf, formatDate } from '../model/dates.js';
import type { Contact, Coordinator, IsoDate, Model, Partner } from '../model/types.js';
import type { Reporter } from './reporter.js';

type Person = Contact | Coordinator;

export type ReviewState = { state: 'ok' } | { state: 'never' } | { state: 'due'; verified: IsoDate };

/** Whether a person's contact data are due for review on `today`. */
export function reviewState(person: Person, model: Model, today: IsoDate): ReviewState {
  if (person.verified === undefined) return { state: 'never' };
  const months = model.network.targets.review_contacts_after_months;
  return addMonths(person.verified, months) <= today ? { state: 'due', verified: person.verified } : { state: 'ok' };
}

/** The day from which a departed partner's contacts should be deleted, if it has left. */
export function deletionDueFrom(partner: Partner, model: Model): IsoDate | undefined {
  return partner.left === undefined ? undefined : addMonths(partner.left, model.network.targets.retention_months_after_leaving);
}

/** A person whose data the coordination keeps up to date, with the state of its review. */
export interface UnderReview {
  person: Person;
  /** The coordinator's or contact's partner (a coordinator's partner id may be unknown only in invalid data). */
  partner: Partner | undefined;
  coordinator: boolean;
  review: ReviewState;
}

/**
 * Who is reviewed on `today`: every coordinator, and the contacts of partners that have not left.
 * Contacts of a partner that has left are not reviewed any more: they wait for deletion.
 */
export function personsUnderReview(model: Model, today: IsoDate): UnderReview[] {
  const out: UnderReview[] = model.network.coordinators.map((c) => ({
    person: c,
    partner: model.partnerById.get(c.partner),
    coordinator: true,
    review: reviewState(c, model, today),
  }));
  for (const p of model.partners) {
    if (p.left !== undefined && p.left <= today) continue;
    for (const c of p.contacts) out.push({ person: c, partner: p, coordinator: false, review: reviewState(c, model, today) });
  }
  return out;
}

/** Partners that left long enough ago that their contacts' data should be deleted on `today`. */
export function partnersDueForDeletion(model: Model, today: IsoDate): { partner: Partner; left: IsoDate; deleteFrom: IsoDate }[] {
  const out: { partner: Partner; left: IsoDate; deleteFrom: IsoDate }[] = [];
  for (const p of model.partners) {
    const deleteFrom = deletionDueFrom(p, model);
    if (deleteFrom !== undefined && deleteFrom <= today) out.push({ partner: p, left: p.left!, deleteFrom });
  }
  return out;
}

export function collectWarnings(model: Model, today: IsoDate, r: Reporter): void {
  const lang = r.lang;
  const months = model.network.targets.review_contacts_after_months;

  for (const m of model.meetings) {
    const day = dayOf(m.start);
    const params = { title: m.title, date: formatDate(m.start, lang) };
    if (m.status === 'planned' && day < today) r.warning(m.origin, ['status'], 'meeting-planned-past', params);
    if (m.status === 'held' && day > today) r.warning(m.origin, ['status'], 'meeting-held-future', params);
    // BRIEF: a case conference is recorded by date, format and institutions only, never the case.
    if (m.type === 'fallkonferenz') {
      for (const key of ['description', 'topics', 'minutes'] as const) {
        if (m[key] !== undefined && m[key]!.length > 0) r.warning(m.origin, [key], 'fallkonferenz-details', { key });
      }
    }
  }

  for (const { person, review: state } of personsUnderReview(model, today)) {
    if (state.state === 'never') r.warning(person.origin, ['name'], 'contact-not-verified', { name: person.name });
    else if (state.state === 'due') r.warning(person.origin, ['verified'], 'contact-review-due', { name: person.name, verified: formatDate(state.verified, lang), months });
    if (!person.email && !person.phone) r.warning(person.origin, ['name'], 'contact-unreachable', { name: person.name });
  }
  const retention = model.network.targets.retention_months_after_leaving;
  for (const { partner: p, left } of partnersDueForDeletion(model, today)) {
    for (const c of p.contacts) r.warning(c.origin, ['name'], 'contact-retention', { partner: p.name, name: c.name, left: formatDate(left, lang), months: retention });
  }

  for (const a of model.agreements) {
    if (a.review !== undefined && a.review <= today && !hasEnded(a.status)) {
      r.warning(a.origin, ['review'], 'agreement-review-due', { title: a.title, review: formatDate(a.review, lang) });
    }
  }

  // Points at targets.required_categories when it is there, else at the closest node that is.
  for (const category of coverage(model, today).missing) {
    r.add('warning', model.network.origin.file, ['targets', 'required_categories'], 'category-missing', { label: label(CATEGORY_LABELS, category, lang) }, { shownPath: [] });
  }
}
