// Whose contact data must be confirmed again, and whose must be deleted: the data-care policy
// (model/policy.ts) that validate's warnings and `person` follow too, grouped by partner.
import { formatPath } from '../../../diagnostics.js';
import type { Locate } from '../../../load/locate.js';
import { isActive } from '../../../model/coverage.js';
import { dataCare, partnerConfirmation } from '../../../model/policy.js';
import { schutzkonzeptReviewsDue, schutzkonzeptUnknown } from '../../../model/schutzkonzept.js';
import type { IsoDate, Model, Origin } from '../../../model/types.js';
import type { Place } from '../person/person.js';

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

interface ReviewGroup {
  partner: { id: string; name: string };
  persons: StalePerson[];
}

interface DeletionGroup {
  partner: { id: string; name: string };
  left: IsoDate;
  deleteFrom: IsoDate;
  persons: ReviewPerson[];
}

/** An institution to ask for its own data (the datasheet): its entry, and its Schutzkonzept. */
interface InstitutionCheck {
  partner: { id: string; name: string };
  /** The entry as a whole: never confirmed, or longer ago than targets.review_partners_after_months. */
  entry?: { reason: 'never' | 'due'; verified?: IsoDate; dueSince?: IsoDate };
  /** The Schutzkonzept: its review has come, or the institution (a school, a Kita …) has not said. */
  schutzkonzept?: { reason: 'review'; review: IsoDate } | { reason: 'unknown' };
}

export interface ReviewFindings {
  network: { id: string; name: string };
  today: IsoDate;
  reviewAfterMonths: number;
  retentionMonths: number;
  /** Partners in the order of the model (by name), each with its persons due for review. */
  review: ReviewGroup[];
  deletion: DeletionGroup[];
  reviewPartnersAfterMonths: number;
  /** Active institutions to ask, in the model's order. */
  institutions: InstitutionCheck[];
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
  const gone = new Map<string, DeletionGroup>();
  for (const { person, partner, coordinator, care } of dataCare(model, today)) {
    if (partner === undefined) continue;
    const kind = coordinator ? 'coordinator' : 'contact';
    if (care.state === 'never' || care.state === 'due') {
      const entry: StalePerson = { ...base(kind, person), reason: care.state };
      if (care.state === 'due') {
        entry.verified = care.verified;
        entry.dueSince = care.reviewDue;
      }
      stale.set(partner.id, [...(stale.get(partner.id) ?? []), entry]);
    } else if (care.state === 'delete') {
      const group = gone.get(partner.id) ?? { partner: { id: partner.id, name: partner.name }, left: care.left, deleteFrom: care.deleteFrom, persons: [] };
      group.persons.push(base(kind, person));
      gone.set(partner.id, group);
    }
  }
  // Partners in the model's order (by name); within a partner, coordinators first.
  const review: ReviewGroup[] = [];
  const deletion: DeletionGroup[] = [];
  for (const p of model.partners) {
    const persons = stale.get(p.id);
    if (persons) review.push({ partner: { id: p.id, name: p.name }, persons });
    const group = gone.get(p.id);
    if (group) deletion.push(group);
  }

  return {
    network: { id: model.network.id, name: model.network.name },
    today,
    reviewAfterMonths: targets.review_contacts_after_months,
    retentionMonths: targets.retention_months_after_leaving,
    review,
    deletion,
    reviewPartnersAfterMonths: targets.review_partners_after_months,
    institutions: institutionChecks(model, today),
  };
}

function institutionChecks(model: Model, today: IsoDate): InstitutionCheck[] {
  const reviews = new Set(schutzkonzeptReviewsDue(model, today));
  const unknown = new Set(schutzkonzeptUnknown(model, today));
  return model.partners.flatMap((p): InstitutionCheck[] => {
    if (!isActive(p, today)) return [];
    const care = partnerConfirmation(p, model, today);
    if (care.state === 'ok' && !reviews.has(p) && !unknown.has(p)) return [];
    return [
      {
        partner: { id: p.id, name: p.name },
        ...(care.state === 'never' ? { entry: { reason: 'never' as const } } : {}),
        ...(care.state === 'due' ? { entry: { reason: 'due' as const, verified: care.verified, dueSince: care.reviewDue } } : {}),
        ...(reviews.has(p) ? { schutzkonzept: { reason: 'review' as const, review: p.schutzkonzept!.review! } } : {}),
        ...(unknown.has(p) ? { schutzkonzept: { reason: 'unknown' as const } } : {}),
      },
    ];
  });
}
