// The coordination's work outside meetings (activities.yaml) in the report period. An activity
// belongs to the period of its first day (its date, or the start of its range), as a meeting
// does: a range over two years is counted once, in the year it began.
import { firstDayOf } from '../model/build.js';
import type { Model } from '../model/types.js';
import { ACTIVITY_TYPES } from '../model/vocabulary.js';
import type { Period } from './period.js';
import type { Report } from './types.js';

export function reportActivities(model: Model, period: Period): Report['activities'] {
  const list = model.activities
    .filter((a) => period.from <= firstDayOf(a) && firstDayOf(a) <= period.to)
    .map((a) => ({
      id: a.id,
      title: a.title,
      type: a.type,
      date: a.date ?? null,
      start: a.start ?? null,
      end: a.end ?? null,
      body: a.body ?? null,
      count: a.count ?? null,
      url: a.url ?? null,
    }));
  const byType: Report['activities']['by_type'] = {};
  for (const type of ACTIVITY_TYPES) {
    const ofType = list.filter((a) => a.type === type);
    if (ofType.length > 0) byType[type] = { entries: ofType.length, count: ofType.reduce((sum, a) => sum + (a.count ?? 0), 0) };
  }
  return { total: list.length, by_type: byType, list };
}
