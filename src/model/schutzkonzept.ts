// Child protection concepts (Schutzkonzepte) of the active partners: schools must have one since
// 2022 (§ 42 Abs. 6 SchulG NRW), § 11 LKiSchG NRW asks the providers of youth work to work towards
// one. Counted per sector (the report), and which reviews are due (review, the report, validate).
import { isActive } from './coverage.js';
import type { IsoDate, Model, Partner } from './types.js';
import { SECTORS, type SchutzkonzeptStatus, type Sector } from './vocabulary.js';

/** Sectors in which a Schutzkonzept is asked for: counted even when no partner has said anything yet. */
const SCHUTZKONZEPT_SECTORS: readonly Sector[] = ['schule', 'kita', 'freie_jugendhilfe', 'familienbildung', 'eingliederungshilfe'];

export type SchutzkonzeptCounts = Record<SchutzkonzeptStatus | 'unbekannt', number>;

/** Per sector (asked-for sectors, and any other where a partner gave its status): how many have, work on, lack one, or are unknown. */
export function schutzkonzeptBySector(model: Model, day: IsoDate): Partial<Record<Sector, SchutzkonzeptCounts>> {
  const active = model.partners.filter((p) => isActive(p, day));
  const out: Partial<Record<Sector, SchutzkonzeptCounts>> = {};
  for (const sector of SECTORS) {
    const of = active.filter((p) => p.sector === sector);
    if (of.length === 0 || (!SCHUTZKONZEPT_SECTORS.includes(sector) && !of.some((p) => p.schutzkonzept))) continue;
    const counts: SchutzkonzeptCounts = { vorhanden: 0, in_arbeit: 0, fehlt: 0, unbekannt: 0 };
    for (const p of of) counts[p.schutzkonzept?.status ?? 'unbekannt']++;
    out[sector] = counts;
  }
  return out;
}

/** Active partners whose Schutzkonzept is due for review (review ≤ day), in the model's order. */
export const schutzkonzeptReviewsDue = (model: Model, day: IsoDate): Partner[] =>
  model.partners.filter((p) => isActive(p, day) && p.schutzkonzept?.review !== undefined && p.schutzkonzept.review <= day);

/** Active partners of an asked-for sector that have not said whether they have one. */
export const schutzkonzeptUnknown = (model: Model, day: IsoDate): Partner[] =>
  model.partners.filter((p) => isActive(p, day) && SCHUTZKONZEPT_SECTORS.includes(p.sector) && p.schutzkonzept === undefined);
