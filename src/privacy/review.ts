// Whose contact data must be confirmed again, and whose must be deleted: the same rules as
// validate's warnings and the report's "Hinweise" (src/validate/warnings.ts), grouped by partner.
import { formatPath } from '../diagnostics.js';
import { addMonths } from '../model/dates.js';
import type { IsoDate, Model, Origin } from '../model/types.js';
import { partnersDueForDeletion, personsUnderReview } from '../validate/warnings.js';
import type { Locate } from '../load/locate.js';
import type { Place } from './person.js';

export interface ReviewPerson {
  kind: 'coordinator' | 'contact';
  name: string;
  function?: string;
  email?: string;
  phone?: string;
  place: Place;
}

export interface StalePerson extends ReviewPerson {
  /** `never`: no verified date; `due`: verified longer ago than the review interval. */
  reason: 'never' | 'due';
  verified?: IsoDate;
  /** The day the review became due (verified + interval). */
  dueSince?: IsoDate;
}

export interface ReviewGroup {
  partner: { id: string; name: string };
  persons: StalePerson[];
}

export interface DeletionGroup {
  partner: { id: string; name: string };
  left: IsoDate;
  deleteFrom: IsoDate;
  persons: ReviewPerson[];
}

export interface ReviewFindings {
  network: { id: string; name: string };
  today: IsoDate;
  reviewAfterMonths: number;
  retentionMonths: number;
  /** Partners in the order of the model (by name), each with its persons due for review. */
  review: ReviewGroup[];
  deletion: DeletionGroup[];
}

export function reviewFindings(model: Model, today: IsoDate, locate: Locate): ReviewFindings {
  const targets = model.network.targets;
  const base = (kind: ReviewPerson['kind'], c: { name: string; function?: string; email?: string; phone?: string; origin: Origin }): ReviewPerson => ({
    kind,
    name: c.name,
    ...(c.function !== undefined ? { function: c.function } : {}),
    ...(c.email !== undefined ? { email: c.email } : {}),
    ...(c.phone !== undefined ? { phone: c.phone } : {}),
    place: { file: c.origin.file, line: locate(c.origin, ['name']).line, path: formatPath([...c.origin.path, 'name']) },
  });

  const stale = new Map<string, StalePerson[]>();
  for (const { person, partner, coordinator, review } of personsUnderReview(model, today)) {
    if (review.state === 'ok' || partner === undefined) continue;
    const entry: StalePerson = { ...base(coordinator ? 'coordinator' : 'contact', person), reason: review.state };
    if (review.state === 'due') {
      entry.verified = review.verified;
      entry.dueSince = addMonths(review.verified, targets.review_contacts_after_months);
    }
    const list = stale.get(partner.id);
    if (list) list.push(entry);
    else stale.set(partner.id, [entry]);
  }
  const review: ReviewGroup[] = [];
  for (const p of model.partners) {
    const persons = stale.get(p.id);
    if (persons) review.push({ partner: { id: p.id, name: p.name }, persons });
  }

  const deletion: DeletionGroup[] = partnersDueForDeletion(model, today)
    .filter(({ partner }) => partner.contacts.length > 0)
    .map(({ partner, left, deleteFrom }) => ({
      partner: { id: partner.id, name: partner.name },
      left,
      deleteFrom,
      persons: partner.contacts.map((c) => base('contact', c)),
    }));

  return {
    network: { id: model.network.id, name: model.network.name },
    today,
    reviewAfterMonths: targets.review_contacts_after_months,
    retentionMonths: targets.retention_months_after_leaving,
    review,
    deletion,
  };
}
