// Who takes part: the partners active at the period end against those of them that attended at
// least one meeting held in the period, per sector and per category of § 9 Abs. 4 LKiSchG NRW.
// The Nationales Zentrum Frühe Hilfen counts actors "in die fallübergreifende Netzwerkarbeit
// eingebunden", not members on paper: a category covered by membership while nobody of it
// attended is flagged.
import { coverage, isActive } from '../model/coverage.js';
import type { Model } from '../model/types.js';
import { CATEGORIES, SECTORS, type Category } from '../model/vocabulary.js';
import { heldIn } from './held.js';
import type { Period } from './period.js';
import type { ReportParticipation } from './types.js';

export function reportParticipation(model: Model, period: Period): ReportParticipation {
  const end = period.to;
  const active = model.partners.filter((p) => isActive(p, end));
  const { held, attended } = heldIn(model, period);
  const attends = (id: string) => attended.has(id);

  const bySector: ReportParticipation['by_sector'] = {};
  for (const s of SECTORS) {
    const ofSector = active.filter((p) => p.sector === s);
    if (ofSector.length > 0) bySector[s] = { active: ofSector.length, attending: ofSector.filter((p) => attends(p.id)).length };
  }
  const members = coverage(model, end).partners;
  const byCategory = {} as ReportParticipation['by_category'];
  const flagged: Category[] = [];
  for (const c of CATEGORIES) {
    const ids = members.get(c)!;
    const attending = ids.filter(attends).length;
    byCategory[c] = { active: ids.length, attending, flagged: ids.length > 0 && attending === 0 };
    if (byCategory[c].flagged) flagged.push(c);
  }
  return {
    active: active.length,
    attending: active.filter((p) => attends(p.id)).length,
    held_meetings: held.length,
    held_with_attendance: held.filter((m) => m.attendance.length > 0).length,
    by_sector: bySector,
    by_category: byCategory,
    flagged,
    inactive: active.filter((p) => !attends(p.id)).map((p) => p.id),
  };
}
