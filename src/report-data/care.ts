// Two parts of the report about what the partners keep ready: their Schutzkonzepte per sector
// (model/schutzkonzept.ts) and the pool of insoweit erfahrene Fachkräfte (model/insofa-pool.ts).
// Counts only; which partners' reviews are due is named for the internal and network audiences,
// counted for the public; the public report leaves the pool out (it is the partners' tool).
import { insofaPool } from '../model/insofa-pool.js';
import type { Audience } from '../model/policy.js';
import { schutzkonzeptBySector, schutzkonzeptReviewsDue } from '../model/schutzkonzept.js';
import type { IsoDate, Model } from '../model/types.js';
import type { ReportInsofaPool, ReportSchutzkonzepte } from './types.js';

export function reportSchutzkonzepte(model: Model, end: IsoDate, today: IsoDate, audience: Audience): ReportSchutzkonzepte {
  const due = schutzkonzeptReviewsDue(model, today);
  return {
    by_sector: schutzkonzeptBySector(model, end),
    review_due: due.length,
    review_due_partners: audience === 'public' ? null : due.map((p) => ({ id: p.id, name: p.name, review: p.schutzkonzept!.review! })),
  };
}

export function reportInsofaPool(model: Model, end: IsoDate, audience: Audience): ReportInsofaPool | null {
  return audience === 'public' ? null : insofaPool(model, end);
}
