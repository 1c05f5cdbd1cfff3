// The feedback forms of the period's qualification offers (FORMAT.md, Extensions: a meeting's
// `evaluation`, counts only): forms returned against the participants of the evaluated offers,
// and per question (the same wording on every form) the mean across the offers, each offer's
// mean weighted by its `responses`, or by its forms where responses are not given.
import { dayOf } from '../model/dates.js';
import type { Model } from '../model/types.js';
import type { Period } from './period.js';
import type { ReportEvaluations } from './types.js';

/** Two decimals, the way a mean on a 1–5 scale is read. */
const round2 = (n: number) => Math.round(n * 100 + 1e-9) / 100;

export function reportEvaluations(model: Model, period: Period): ReportEvaluations {
  const offers = model.meetings.filter((m) => m.status === 'held' && m.qualification_offer && period.from <= dayOf(m.start) && dayOf(m.start) <= period.to);
  const evaluated = offers.filter((m) => m.evaluation !== undefined);
  const list = evaluated.map((m) => ({
    id: m.id,
    title: m.title,
    participants: m.attendance.reduce((sum, a) => sum + a.persons, 0) + m.guests,
    forms: m.evaluation!.forms,
  }));
  // Questions in the order they first appear (meetings are sorted by start).
  const questions = new Map<string, { weighted: number; weight: number; means: number[]; offers: number }>();
  for (const m of evaluated) {
    for (const r of m.evaluation!.ratings) {
      const key = r.question.trim();
      const q = questions.get(key) ?? { weighted: 0, weight: 0, means: [], offers: 0 };
      const weight = r.responses ?? m.evaluation!.forms;
      q.weighted += r.mean * weight;
      q.weight += weight;
      q.means.push(r.mean);
      q.offers++;
      questions.set(key, q);
    }
  }
  return {
    offers: offers.length,
    evaluated: evaluated.length,
    participants: list.reduce((sum, m) => sum + m.participants, 0),
    forms: list.reduce((sum, m) => sum + m.forms, 0),
    ratings: [...questions].map(([question, q]) => ({
      question,
      // Without any weight (no responses, no forms) every offer counts the same.
      mean: round2(q.weight > 0 ? q.weighted / q.weight : q.means.reduce((a, b) => a + b, 0) / q.means.length),
      responses: q.weight,
      offers: q.offers,
    })),
    list,
  };
}
